// Push diagnostics (textDocument/publishDiagnostics) for open policy files.
// Each document has its own pending run, generation counter and incremental parser. A run starts once
// the changes already received have all been applied (a burst is analysed once, at its last version),
// and while changes keep coming, runs start at most every MIN_RUN_INTERVAL_MS. A run pauses between
// chunk parses and between rules once it has held the thread for a while, so other requests are
// answered meanwhile, and it stops as soon as its version is outdated: a result whose document moved
// on is never published. While the user types, the rules stop after TYPING_BUDGET_MS (of CPU time);
// what they left out is said in a SEC000 notice and checked once typing pauses.
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSteps, type AnalyzeOptions } from './core/analyze';
import { DEFAULT_BUDGET_MS, TYPING_BUDGET_MS, typingNotice, type RuleSkipped } from './core/limits';
import { limitedDocument } from './core/policyModel';
import type { PolicyDocument } from './core/document';
import { createPolicyParser, type PolicyParser } from './core/incremental';
import type { AnalysisContext, Finding, Severity } from './core/types';
import { ruleDocsUrl } from './ruleDocs';
import { shownFindings } from './shownFindings';
import type { ContextSource } from './analysisContext';
import type { Settings, SettingsSource } from './settings';
import { securityTxtSteps } from './core/securitytxt/analyze';
import { isPolicyDocument, isPolicyUri, isSecurityTxtUri, type Workspace } from './workspace';

export const DIAGNOSTIC_SOURCE = 'security-policy';

/**
 * The shortest time between the starts of two runs of one document while it is being typed in.
 * Keystrokes are 30 ms or more apart (key repeat; typing is slower), so typing is analysed keystroke
 * by keystroke; a stream of edits closer together than this (a macro, another extension) is
 * analysed every so often instead of at every change, and its last version right after it ends.
 */
export const MIN_RUN_INTERVAL_MS = 15;

/**
 * Event-loop turns without a new change to the document before its run starts. vscode-jsonrpc
 * handles one queued message per turn, and a run armed while handling one change is cancelled by the
 * next: so the changes of a burst that have arrived are all applied before the analysis starts, at
 * no fixed delay. Two turns, because the first can come before the next queued message's.
 */
const DRAIN_TURNS = 2;

/** A run gives other messages a turn after holding the thread this long. */
const SLICE_MS = 8;

/** After a run while typing stopped at its budget, the full run starts once no change came for this long. */
export const TYPING_PAUSE_MS = 500;

/**
 * The clock of the rules' budget: CPU milliseconds of this process where Node gives them (on a busy
 * machine the wall clock would skip rules by the load, not by their work), else the wall clock.
 */
const cpuClock: () => number =
  typeof process !== 'undefined' && typeof process.cpuUsage === 'function'
    ? () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      }
    : () => performance.now();

/** Sent per finished or abandoned run when tracing is on (the benchmark counts analyses with it). */
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

export interface DiagnosticsOptions {
  readonly settings: SettingsSource;
  readonly workspace: () => Workspace;
  readonly context: ContextSource;
  /** Send a `securityPolicy/trace` notification per run. */
  readonly trace?: boolean;
}

/** What asked for an analysis: with `run: onSave`, typing does not; `pause` completes a run typing cut short. */
type Trigger = 'open' | 'type' | 'save' | 'settings' | 'pause';

/** Which trigger a pending run keeps when another comes: a save is not downgraded by a keystroke within the debounce, nor a keystroke by a pause. */
const TRIGGER_RANK: Readonly<Record<Trigger, number>> = { pause: 0, type: 1, open: 2, save: 2, settings: 2 };

export interface DiagnosticsSupport {
  /** Re-analyses every open policy file, e.g. after a settings change. */
  revalidateAll(): void;
  /**
   * The findings for the document's current version, with the context they were computed in: the
   * ones last published when they match the version, else analysed now the same way. Code actions,
   * Fix All and the custom requests use this, so they see exactly what the diagnostics show and the
   * context is built in one place. Undefined when the document is not an open policy file.
   */
  analysis(document: TextDocument): Promise<Analysis | undefined>;
  /** The parsed current text (or `text`, a variant of it), built with the document's chunk cache. */
  parsed(document: TextDocument, text?: string): PolicyDocument;
  /** The analysis of the document's current version when it is done already (hover reads it without waiting). */
  current(document: TextDocument): Analysis | undefined;
  /**
   * The parsed current text when it is built already (no parsing): a large document whose first
   * analysis is under way would otherwise be parsed in full right now, holding up the request.
   */
  ready(document: TextDocument): PolicyDocument | undefined;
}

export interface Analysis {
  readonly version: number;
  readonly context: AnalysisContext;
  /** Empty when the extension is disabled for this document. */
  readonly findings: readonly Finding[];
  /** False when `securityPolicy.enable` is off for this document. */
  readonly enabled: boolean;
  /** Rules the typing budget left out (a SEC000 notice says so); a full run follows. */
  readonly partial?: true;
}

interface DocumentState {
  /** Cancels the pending run, if one is scheduled. */
  cancelPending?: () => void;
  trigger?: Trigger;
  /** Bumped by every scheduled or cancelled run; a run whose number is no longer current drops its result. */
  generation: number;
  /** Runs started and not yet finished or abandoned. */
  running: number;
  /** When the document's last run started (performance.now()). */
  lastStart: number;
  /** Caches the document's chunks across versions: an edit re-parses only the chunk it touched. */
  parser?: PolicyParser;
  /** `securityPolicy.maxFileSize` for this document as last read (the default until then). */
  maxFileSize?: number;
  /** The most CPU time each rule took on the document: a run while typing does not start a rule that would pass its budget. */
  costs?: Map<string, number>;
}

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function registerDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  options: DiagnosticsOptions,
): DiagnosticsSupport {
  const states = new Map<string, DocumentState>();
  // The last analysis per URI; one entry per open policy, dropped on close and on settings changes.
  const analyses = new Map<string, Analysis>();

  // Policies diagnostics were published for: closing one clears them (extra globs make this a setting).
  const published = new Set<string>();

  /** Runs once the received changes are applied; typing no sooner than MIN_RUN_INTERVAL_MS after the last run started. */
  function schedule(uri: string, trigger: Trigger): void {
    let state = states.get(uri);
    if (!state) {
      state = { generation: 0, running: 0, lastStart: -Infinity };
      states.set(uri, state);
    }
    state.cancelPending?.();
    const generation = ++state.generation;
    const current = state;
    if (current.trigger === undefined || TRIGGER_RANK[trigger] >= TRIGGER_RANK[current.trigger]) current.trigger = trigger;
    const run = (): void => {
      const why = current.trigger ?? trigger;
      current.cancelPending = undefined;
      current.trigger = undefined;
      current.lastStart = performance.now();
      void validate(uri, current, generation, why);
    };
    const wait = trigger === 'type' ? current.lastStart + MIN_RUN_INTERVAL_MS - performance.now() : trigger === 'pause' ? TYPING_PAUSE_MS : 0;
    current.cancelPending = later(wait, DRAIN_TURNS, run);
  }

  async function validate(uri: string, state: DocumentState, generation: number, trigger: Trigger): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const isCurrent = (): boolean =>
      states.get(uri) === state && state.generation === generation && documents.get(uri)?.version === document.version;
    const started = performance.now();
    const parser = parserOf(state);
    const { parses, parsedChars } = parser.stats;
    const trace = (event: TraceEvent['event']): void => {
      if (!options.trace) return;
      const params: TraceEvent = {
        uri,
        version: document.version,
        event,
        ms: performance.now() - started,
        parsedChunks: parser.stats.parses - parses,
        parsedChars: parser.stats.parsedChars - parsedChars,
        phases,
      };
      void connection.sendNotification(TRACE_NOTIFICATION, params).catch(() => undefined);
    };
    let slice = performance.now();
    const pause = async (): Promise<boolean> => {
      if (performance.now() - slice < SLICE_MS) return true;
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
      return isCurrent();
    };
    const phases = { parse: 0, wait: 0, analyse: 0 };
    let phaseStart = performance.now();
    const phaseEnd = (phase: keyof typeof phases): void => {
      const now = performance.now();
      phases[phase] += now - phaseStart;
      phaseStart = now;
    };
    state.running++;
    try {
      const pending = options.settings.forDocument(uri);
      // The parse needs no settings, so a file named like a policy is parsed while they are fetched;
      // not a text the size cap or depth guard keeps from the parser (minutes, or a stack overflow).
      if (isPolicyUri(uri)) {
        try {
          const parse = modelSteps(state, document.getText());
          while (!parse.next().done) if (!(await pause())) return trace('abandoned');
        } catch {
          // The analysis below parses again, fails the same way and reports it.
        }
      }
      phaseEnd('parse');
      const settings = await pending;
      state.maxFileSize = settings.maxFileSize;
      if (!isPolicy(uri, settings) || (settings.run === 'onSave' && trigger === 'type')) return;
      const context = await options.context.forDocument(uri, settings);
      // The settings and facts round trips yield to other messages: the document may have changed or closed since.
      if (!isCurrent()) return trace('abandoned');
      slice = performance.now();
      phaseEnd('wait');
      const budget = { budgetMs: trigger === 'type' ? TYPING_BUDGET_MS : DEFAULT_BUDGET_MS, costs: (state.costs ??= new Map()) };
      const analysis = await analyse(document, state, settings, context, pause, budget);
      phaseEnd('analyse');
      if (!analysis || !isCurrent()) return trace('abandoned');
      trace('analysed');
      const diagnostics = shownFindings(analysis.findings).map((finding) => toDiagnostic(document, finding));
      published.add(uri);
      await connection.sendDiagnostics({ uri, version: document.version, diagnostics }).catch((error: unknown) => {
        connection.console.error(`security-policy: publishing diagnostics for ${uri} failed: ${describe(error)}`);
      });
      // Unless a change came meanwhile (its run is scheduled already).
      if (analysis.partial && isCurrent()) schedule(uri, 'pause');
    } finally {
      state.running--;
    }
  }

  /**
   * Analyses one version and remembers the result for code actions. `pause` is awaited between steps
   * (chunk parses, rules); when it resolves false the run gives up and returns undefined. With less
   * than the document budget (typing), rules skipped for time are named in a notice, not logged.
   */
  async function analyse(
    document: TextDocument,
    state: DocumentState | undefined,
    settings: Settings,
    context: AnalysisContext,
    pause?: () => Promise<boolean>,
    { budgetMs = DEFAULT_BUDGET_MS, costs }: Pick<AnalyzeOptions, 'budgetMs' | 'costs'> = {},
  ): Promise<Analysis | undefined> {
    let findings: Finding[] = [];
    const outOfTime: string[] = [];
    if (settings.enable) {
      const onRuleError = (ruleId: string, skipped: RuleSkipped) => {
        if (budgetMs < DEFAULT_BUDGET_MS && skipped.reason !== 'threw') outOfTime.push(ruleId);
        else connection.console.error(`security-policy: rule ${ruleId} failed on ${document.uri}: ${skipped.cause === undefined ? skipped.message : describe(skipped.cause)}`);
      };
      const options = { onRuleError, now: cpuClock, budgetMs, ...(costs ? { costs } : {}) };
      try {
        const text = document.getText();
        const steps = isSecurityTxtUri(document.uri) ? securityTxtSteps(text, context, options) : modelAndAnalyse(state, text, context, options);
        for (let step = steps.next(); ; step = steps.next()) {
          if (step.done) {
            findings = step.value;
            break;
          }
          if (pause && !(await pause())) return undefined;
        }
      } catch (error) {
        connection.console.error(`security-policy: analysis of ${document.uri} failed: ${describe(error)}`);
        // Clear what an older version reported rather than leave ranges that no longer match the text.
      }
    }
    if (outOfTime.length > 0) findings = [typingNotice(outOfTime, budgetMs), ...findings];
    const analysis: Analysis = { version: document.version, context, findings, enabled: settings.enable, ...(outOfTime.length > 0 ? { partial: true as const } : {}) };
    // Only a still-open document is remembered: a late result must not resurrect a closed one.
    if (documents.get(document.uri) === document) analyses.set(document.uri, analysis);
    return analysis;
  }

  /**
   * The document model of `text` (the document's current text or a variant of it), built with the
   * document's chunk cache; a document with no state (closed, or never sent) gets a throwaway parser.
   * A text the size cap or depth guard keeps from the parser gets the unparsed model the limited
   * analysis uses: requests on it answer at once instead of parsing for minutes.
   */
  function modelOf(document: TextDocument, text: string): PolicyDocument {
    const state = documents.get(document.uri) === document ? states.get(document.uri) : undefined;
    return limitedDocument(text, state?.maxFileSize) ?? parserOf(state).document(text);
  }

  /**
   * The model of `text` with the document's chunk cache, a step per chunk parsed: the parse decision
   * (policyModel.ts) under the document's size cap.
   */
  function* modelSteps(state: DocumentState | undefined, text: string, maxFileSize = state?.maxFileSize): Generator<void, PolicyDocument, void> {
    return limitedDocument(text, maxFileSize) ?? (yield* parserOf(state).steps(text));
  }

  /** The full analysis of `text` in steps: the chunk parses (with the document's cache), then the rules. */
  function* modelAndAnalyse(state: DocumentState | undefined, text: string, context: AnalysisContext, options: AnalyzeOptions): Generator<void, Finding[], void> {
    const doc = yield* modelSteps(state, text, context.maxFileSize);
    return yield* analyzeSteps(doc, context, options);
  }

  function parserOf(state: DocumentState | undefined): PolicyParser {
    return state ? (state.parser ??= createPolicyParser()) : createPolicyParser();
  }

  function cancel(uri: string): void {
    const state = states.get(uri);
    state?.cancelPending?.();
    states.delete(uri);
    analyses.delete(uri);
  }

  /** A policy by its name, or by the extra globs of `securityPolicy.files`. */
  function isPolicy(uri: string, settings: Settings): boolean {
    return isSecurityTxtUri(uri) || isPolicyDocument(uri, options.workspace().relativePath(uri), settings.files);
  }

  // TextDocuments fires this on open too; the first analysis of a document is not held back. Every
  // document the client sends is considered: whether it is a policy can depend on its settings.
  documents.onDidChangeContent(({ document }) => {
    schedule(document.uri, states.has(document.uri) ? 'type' : 'open');
    scheduleCompanions(document.uri, 'type');
  });

  documents.onDidSave(({ document }) => {
    schedule(document.uri, 'save');
    scheduleCompanions(document.uri, 'save');
  });

  /**
   * A policy file changed: the open files of the other kind are cross-checked with its text
   * (analysisContext.ts), so they are analysed again. Only those analysed before: this never opens
   * a run for a document that is not a policy.
   */
  function scheduleCompanions(uri: string, trigger: Trigger): void {
    const securityTxt = isSecurityTxtUri(uri);
    if (!securityTxt && !isPolicyUri(uri) && !published.has(uri)) return;
    for (const other of documents.all()) {
      if (other.uri === uri || !published.has(other.uri) || isSecurityTxtUri(other.uri) === securityTxt) continue;
      // Its findings were computed with the old text: code actions must not reuse them.
      analyses.delete(other.uri);
      schedule(other.uri, trigger);
    }
  }

  documents.onDidClose(({ document }) => {
    cancel(document.uri);
    if (published.delete(document.uri) || isPolicyUri(document.uri)) {
      connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch((error: unknown) => {
        connection.console.error(`security-policy: clearing diagnostics of ${document.uri} failed: ${describe(error)}`);
      });
    }
  });

  return {
    revalidateAll() {
      // The settings may have changed: what was analysed under the old ones is no longer current.
      analyses.clear();
      for (const document of documents.all()) schedule(document.uri, 'settings');
    },
    async analysis(document) {
      if (documents.get(document.uri) !== document) return undefined;
      const cached = analyses.get(document.uri);
      if (cached?.version === document.version) return cached;
      const settings = await options.settings.forDocument(document.uri);
      if (!isPolicy(document.uri, settings)) return undefined;
      const context = await options.context.forDocument(document.uri, settings);
      // Not paused: the caller waits for this, and it mostly reuses the cached chunks.
      return analyse(document, states.get(document.uri), settings, context);
    },
    parsed(document, text = document.getText()) {
      return modelOf(document, text);
    },
    current(document) {
      const cached = documents.get(document.uri) === document ? analyses.get(document.uri) : undefined;
      return cached?.version === document.version ? cached : undefined;
    },
    ready(document) {
      if (documents.get(document.uri) !== document) return undefined;
      const state = states.get(document.uri);
      const text = document.getText();
      return limitedDocument(text, state?.maxFileSize) ?? state?.parser?.peek(text);
    },
  };
}

/**
 * Calls `run` after `delayMs` (if positive) and then `turns` event-loop turns (setImmediate, which
 * unlike a timer adds no millisecond of its own); returns what cancels it.
 */
function later(delayMs: number, turns: number, run: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  const turn = (left: number): void => {
    immediate = setImmediate(() => (left > 1 ? turn(left - 1) : run()));
  };
  if (delayMs > 0) timer = setTimeout(() => turn(turns), delayMs);
  else turn(turns);
  return () => {
    clearTimeout(timer);
    clearImmediate(immediate);
  };
}

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITIES[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
