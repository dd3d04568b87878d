// Push diagnostics (textDocument/publishDiagnostics) for open policy files: the scheduler and
// publisher. The documents, their parsers and analyses are the store's (documentStore.ts); this file
// decides when a document is analysed and publishes what the editor shows of the result.
// Each document has its own pending run and generation counter. A run starts once the changes already
// received have all been applied (a burst is analysed once, at its last version), and while changes
// keep coming, runs start at most every MIN_RUN_INTERVAL_MS. A run pauses between chunk parses and
// between rules once it has held the thread for a while, so other requests are answered meanwhile,
// and it stops as soon as its version is outdated: a result whose document moved on is never published.
// While the user types, the rules stop after TYPING_BUDGET_MS (of CPU time); what they left out is
// said in a SEC000 notice and checked once typing pauses.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ContextSource } from '../config/analysisContext';
import type { Settings } from '../config/settings';
import type { AnalysisContext } from '../core/types';
import { DEFAULT_BUDGET_MS, TYPING_BUDGET_MS } from '../core/limits';
import { describe, type DocumentStore } from './documentStore';
import { shownDiagnostics } from './shownDiagnostics';
import { startTrace } from './trace';
import { isPolicyUri, isSecurityTxtUri } from '../config/workspace';

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

export interface DiagnosticsOptions {
  readonly context: ContextSource;
  /** Send a `securityPolicy/trace` notification per run. */
  readonly trace?: boolean;
  /** Called after an analysis's diagnostics are sent. */
  readonly published?: () => void;
  /** Diagnostics kept from the analyses of earlier servers, shown on open before the analysis ends (savedDiagnostics.ts). */
  readonly saved?: SavedDiagnostics;
}

/** Everything a policy's diagnostics are computed from, besides the server's own code. */
export interface SavedKey {
  readonly uri: string;
  readonly text: string;
  readonly settings: Settings;
  readonly context: AnalysisContext;
}

export interface SavedDiagnostics {
  /** Whether there is a place to keep them (the client gave a folder): without one, nothing is looked up. */
  enabled(): boolean;
  /** What an earlier analysis under the same key published; undefined when there is none. */
  read(key: SavedKey): Promise<Diagnostic[] | undefined>;
  write(key: SavedKey, diagnostics: readonly Diagnostic[]): Promise<void>;
}

/** What asked for an analysis: with `run: onSave`, typing does not; `pause` completes a run typing cut short. */
type Trigger = 'open' | 'type' | 'save' | 'settings' | 'pause';

/** Which trigger a pending run keeps when another comes: a save is not downgraded by a keystroke within the debounce, nor a keystroke by a pause. */
const TRIGGER_RANK: Readonly<Record<Trigger, number>> = { pause: 0, type: 1, open: 2, save: 2, settings: 2 };

export interface DiagnosticsSupport {
  /** Re-analyses every open policy file, e.g. after a settings change. */
  revalidateAll(): void;
}

interface RunState {
  /** Cancels the pending run, if one is scheduled. */
  cancelPending?: () => void;
  trigger?: Trigger;
  /** Bumped by every scheduled or cancelled run; a run whose number is no longer current drops its result. */
  generation: number;
  /** When the document's last run started (performance.now()). */
  lastStart: number;
  /** The most CPU time each rule took on the document: a run while typing does not start a rule that would pass its budget. */
  costs?: Map<string, number>;
}

export function registerDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  store: DocumentStore,
  options: DiagnosticsOptions,
): DiagnosticsSupport {
  const runs = new Map<string, RunState>();
  // Policies diagnostics were published for: closing one clears them (extra globs make this a setting).
  const published = new Set<string>();

  /** Runs once the received changes are applied; typing no sooner than MIN_RUN_INTERVAL_MS after the last run started. */
  function schedule(uri: string, trigger: Trigger): void {
    let state = runs.get(uri);
    if (!state) runs.set(uri, (state = { generation: 0, lastStart: -Infinity }));
    state.cancelPending?.();
    const generation = ++state.generation;
    const current = state;
    if (current.trigger === undefined || TRIGGER_RANK[trigger] >= TRIGGER_RANK[current.trigger])
      current.trigger = trigger;
    const run = (): void => {
      const why = current.trigger ?? trigger;
      current.cancelPending = undefined;
      current.trigger = undefined;
      current.lastStart = performance.now();
      void validate(uri, current, generation, why);
    };
    const wait =
      trigger === 'type'
        ? current.lastStart + MIN_RUN_INTERVAL_MS - performance.now()
        : trigger === 'pause'
          ? TYPING_PAUSE_MS
          : 0;
    current.cancelPending = later(wait, DRAIN_TURNS, run);
  }

  async function validate(uri: string, state: RunState, generation: number, trigger: Trigger): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const isCurrent = (): boolean =>
      runs.get(uri) === state && state.generation === generation && documents.get(uri)?.version === document.version;
    const trace = startTrace(connection, document, store.parserStats(document), options.trace === true);
    let slice = performance.now();
    const pause = async (): Promise<boolean> => {
      if (performance.now() - slice < SLICE_MS) return true;
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
      return isCurrent();
    };
    const pending = store.settings(document);
    // A policy opened again: the diagnostics an earlier server saved for this very text and context are
    // shown before the first parse, which on a fresh server is cold (a 3 KB policy: about 11 against
    // 110 ms, scripts/bench/cold-open.ts --again). They are looked up first, as their inputs are the
    // settings and facts the analysis waits for anyway; a failed lookup is a miss.
    const found =
      trigger === 'open' && options.saved?.enabled()
        ? await showSaved(uri, document, pending, isCurrent).catch(() => undefined)
        : undefined;
    if (found) trace.phase('wait');
    // The parse needs no settings: without a lookup, a file named like a policy is parsed while they are fetched.
    if (isPolicyUri(uri)) {
      try {
        const parse = store.modelSteps(document);
        while (!parse.next().done) if (!(await pause())) return trace.end('abandoned');
      } catch {
        // The analysis below parses again, fails the same way and reports it.
      }
    }
    trace.phase('parse');
    const settings = found?.key.settings ?? (await pending);
    if (!store.isPolicy(uri, settings) || (settings.run === 'onSave' && trigger === 'type')) return;
    const context = found?.key.context ?? (await options.context.forDocument(uri, settings));
    // The settings and facts round trips yield to other messages: the document may have changed or closed since.
    if (!isCurrent()) return trace.end('abandoned');
    slice = performance.now();
    trace.phase('wait');
    const budget = {
      budgetMs: trigger === 'type' ? TYPING_BUDGET_MS : DEFAULT_BUDGET_MS,
      costs: (state.costs ??= new Map()),
    };
    const analysis = await store.analyse(document, settings, context, pause, budget);
    trace.phase('analyse');
    if (!analysis || !isCurrent()) return trace.end('abandoned');
    trace.end('analysed');
    const diagnostics = shownDiagnostics(document, analysis.findings);
    // Not sent again when the saved ones shown for this version are the same (nor saved again).
    const differs = found?.shown === undefined || found.shown !== JSON.stringify(diagnostics);
    // The key's text is this version's: read before the publish, after which a change may have come.
    const key = found?.key ?? { uri, text: document.getText(), settings, context };
    if (differs) await publish(uri, document.version, diagnostics);
    options.published?.();
    const saves = trigger === 'open' || trigger === 'save';
    if (options.saved && saves && differs && analysis.complete && analysis.enabled && isCurrent())
      void options.saved.write(key, diagnostics);
    // Unless a change came meanwhile (its run is scheduled already).
    if (analysis.partial && isCurrent()) schedule(uri, 'pause');
  }

  /**
   * Publishes the saved diagnostics of the document's text, if there are any and it is still current;
   * returns the key looked up and, when shown, what was sent. Undefined for a document that is not a policy.
   */
  async function showSaved(
    uri: string,
    document: TextDocument,
    pending: Promise<Settings>,
    isCurrent: () => boolean,
  ): Promise<{ readonly key: SavedKey; readonly shown?: string } | undefined> {
    const settings = await pending;
    if (!store.isPolicy(uri, settings)) return undefined;
    const key = { uri, text: document.getText(), settings, context: await options.context.forDocument(uri, settings) };
    const saved = settings.enable ? await options.saved?.read(key) : undefined;
    if (!saved || !isCurrent()) return { key };
    await publish(uri, document.version, saved);
    return { key, shown: JSON.stringify(saved) };
  }

  async function publish(uri: string, version: number, diagnostics: Diagnostic[]): Promise<void> {
    published.add(uri);
    await connection.sendDiagnostics({ uri, version, diagnostics }).catch((error: unknown) => {
      connection.console.error(`security-policy: publishing diagnostics for ${uri} failed: ${describe(error)}`);
    });
  }

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
      store.invalidate(other.uri);
      schedule(other.uri, trigger);
    }
  }

  // TextDocuments fires this on open too; the first analysis of a document is not held back. Every
  // document the client sends is considered: whether it is a policy can depend on its settings.
  documents.onDidChangeContent(({ document }) => {
    schedule(document.uri, runs.has(document.uri) ? 'type' : 'open');
    scheduleCompanions(document.uri, 'type');
  });

  documents.onDidSave(({ document }) => {
    schedule(document.uri, 'save');
    scheduleCompanions(document.uri, 'save');
  });

  documents.onDidClose(({ document }) => {
    runs.get(document.uri)?.cancelPending?.();
    runs.delete(document.uri);
    store.close(document.uri);
    if (published.delete(document.uri) || isPolicyUri(document.uri)) {
      connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch((error: unknown) => {
        connection.console.error(`security-policy: clearing diagnostics of ${document.uri} failed: ${describe(error)}`);
      });
    }
  });

  return {
    revalidateAll() {
      // The settings may have changed: what was analysed under the old ones is no longer current.
      store.invalidate();
      for (const document of documents.all()) schedule(document.uri, 'settings');
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
