// The diagnostics runs' trace: one `securityPolicy/trace` notification per finished or abandoned run
// when tracing is on (the benchmark counts analyses and splits their time with it).
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParserStats } from '../core/incremental';

export const TRACE_NOTIFICATION = 'securityPolicy/trace';

export interface TraceEvent {
  readonly uri: string;
  readonly version: number;
  readonly event: 'analysed' | 'abandoned';
  /** Milliseconds from the start of the run, settings and facts round trips included. */
  readonly ms: number;
  /** Chunks the run had to parse, and their characters. */
  readonly parsedChunks: number;
  readonly parsedChars: number;
  /** Where the run's time went, in ms: parsing, waiting for settings and workspace facts, the rules (and any parsing left). */
  readonly phases: { readonly parse: number; readonly wait: number; readonly analyse: number };
}

export interface RunTrace {
  /** The time since the last phase ended is `phase`'s. */
  phase(phase: keyof TraceEvent['phases']): void;
  /** Sends the run's notification (when tracing is on). */
  end(event: TraceEvent['event']): void;
}

/** Starts timing one run on `document`; `stats` are its parser's counters, read now and at the end. */
export function startTrace(
  connection: Connection,
  document: TextDocument,
  stats: Readonly<ParserStats>,
  enabled: boolean,
): RunTrace {
  const started = performance.now();
  const { parses, parsedChars } = stats;
  const phases = { parse: 0, wait: 0, analyse: 0 };
  let phaseStart = started;
  return {
    phase(phase) {
      const now = performance.now();
      phases[phase] += now - phaseStart;
      phaseStart = now;
    },
    end(event) {
      if (!enabled) return;
      const params: TraceEvent = {
        uri: document.uri,
        version: document.version,
        event,
        ms: performance.now() - started,
        parsedChunks: stats.parses - parses,
        parsedChars: stats.parsedChars - parsedChars,
        phases,
      };
      void connection.sendNotification(TRACE_NOTIFICATION, params).catch(() => undefined);
    },
  };
}
