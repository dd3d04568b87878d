// The open documents as the server's features see them: per document, the incremental parser (its
// chunk cache), the size cap last read from its settings, and its last analysis. Hover, completion,
// code actions, commands and the diagnostics scheduler all read documents through here, so they see
// the same model and the same findings, and the analysis is written once.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSteps, type AnalyzeOptions } from '../core/analyze';
import type { PolicyDocument } from '../core/document';
import { createPolicyParser, type ParserStats, type PolicyParser } from '../core/incremental';
import { DEFAULT_BUDGET_MS, DEFAULT_MAX_FILE_SIZE, typingNotice, type RuleSkipped } from '../core/limits';
import { limitedDocument } from '../core/policyModel';
import { securityTxtSteps } from '../core/securitytxt/analyze';
import type { AnalysisContext, Finding } from '../core/types';
import type { ContextSource } from '../config/analysisContext';
import type { Settings, SettingsSource } from '../config/settings';
import { isPolicyDocument, isSecurityTxtUri, type Workspace } from '../config/workspace';
import { cpuClock } from './cpuClock';

export interface Analysis {
  readonly version: number;
  readonly context: AnalysisContext;
  /** Empty when the extension is disabled for this document. */
  readonly findings: readonly Finding[];
  /** False when `securityPolicy.enable` is off for this document. */
  readonly enabled: boolean;
  /** Rules the typing budget left out (a SEC000 notice says so); a full run follows. */
  readonly partial?: true;
  /** Every rule ran to its end: none was skipped for time or threw, and the analysis itself did not fail. */
  readonly complete: boolean;
}

export interface DocumentStoreOptions {
  readonly settings: SettingsSource;
  readonly workspace: () => Workspace;
  readonly context: ContextSource;
}

export interface DocumentStore {
  /** The document's settings; its size cap is remembered for the parses that do not wait for them. */
  settings(document: TextDocument): Promise<Settings>;
  /** A policy by its name, or by the extra globs of `securityPolicy.files`; or a security.txt. */
  isPolicy(uri: string, settings: Settings): boolean;
  /** The model of the document's current text, a step per chunk parsed (with its chunk cache). */
  modelSteps(document: TextDocument): Generator<void, PolicyDocument, void>;
  /** The document's parser counters (the scheduler's trace reads them). */
  parserStats(document: TextDocument): Readonly<ParserStats>;
  /**
   * Analyses one version and remembers the result. `pause` is awaited between steps (chunk parses,
   * rules); when it resolves false the analysis gives up and returns undefined. With less than the
   * document budget (typing), rules skipped for time are named in a notice, not logged.
   */
  analyse(
    document: TextDocument,
    settings: Settings,
    context: AnalysisContext,
    pause?: () => Promise<boolean>,
    budget?: Pick<AnalyzeOptions, 'budgetMs' | 'costs'>,
  ): Promise<Analysis | undefined>;
  /**
   * The findings for the document's current version, with the context they were computed in: the
   * ones last published when they match the version, else analysed now the same way. Code actions,
   * Fix All and the custom requests use this, so they see exactly what the diagnostics show and the
   * context is built in one place. Undefined when the document is not an open policy file.
   */
  analysis(document: TextDocument): Promise<Analysis | undefined>;
  /** The analysis of the document's current version when it is done already (hover reads it without waiting). */
  current(document: TextDocument): Analysis | undefined;
  /** The model of the current text (or `text`, a variant of it), built with the document's chunk cache. */
  parsed(document: TextDocument, text?: string): PolicyDocument;
  /**
   * The model of the current text when it is built already (no parsing): a large document whose first
   * analysis is under way would otherwise be parsed in full right now, holding up the request.
   */
  ready(document: TextDocument): PolicyDocument | undefined;
  /** Forgets the last analysis of `uri` (its companion changed), or of every document (the settings changed). */
  invalidate(uri?: string): void;
  /** Forgets a closed document. */
  close(uri: string): void;
}

interface Entry {
  /** Caches the document's chunks across versions: an edit re-parses only the chunk it touched. */
  parser?: PolicyParser;
  /**
   * `securityPolicy.maxFileSize` for this document as last read (the default until then): the one
   * size cap the server parses under. Every analysis reads the settings through `settings()` first,
   * so it equals its context's `maxFileSize`.
   */
  maxFileSize?: number;
  /** The last parse decision: a run asks for it twice (before and after its settings arrive), hover once more. */
  decided?: { readonly text: string; readonly maxFileSize: number; readonly limited: PolicyDocument | undefined };
}

export function createDocumentStore(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  options: DocumentStoreOptions,
): DocumentStore {
  const entries = new Map<string, Entry>();
  // The last analysis per URI; one entry per open policy, dropped on close and on settings changes.
  const analyses = new Map<string, Analysis>();

  const isOpen = (document: TextDocument): boolean => documents.get(document.uri) === document;

  /** The open document's entry; a document not open (closed, or never sent) gets a throwaway one. */
  function entryOf(document: TextDocument): Entry {
    if (!isOpen(document)) return {};
    let entry = entries.get(document.uri);
    if (!entry) entries.set(document.uri, (entry = {}));
    return entry;
  }

  const parserOf = (entry: Entry): PolicyParser => (entry.parser ??= createPolicyParser());

  /** The text-only model when the size cap or the parser's limits keep `text` from the parser (policyModel.ts). */
  function limitedOf(entry: Entry, text: string): PolicyDocument | undefined {
    const maxFileSize = entry.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const last = entry.decided;
    if (last?.text === text && last.maxFileSize === maxFileSize) return last.limited;
    const limited = limitedDocument(text, maxFileSize);
    entry.decided = { text, maxFileSize, limited };
    return limited;
  }

  /** The model of `text`, a step per chunk parsed with the document's chunk cache. */
  function* modelSteps(entry: Entry, text: string): Generator<void, PolicyDocument, void> {
    return limitedOf(entry, text) ?? (yield* parserOf(entry).steps(text));
  }

  function* policySteps(
    entry: Entry,
    text: string,
    context: AnalysisContext,
    analyzeOptions: AnalyzeOptions,
  ): Generator<void, Finding[], void> {
    const doc = yield* modelSteps(entry, text);
    return yield* analyzeSteps(doc, context, analyzeOptions);
  }

  const store: DocumentStore = {
    async settings(document) {
      const settings = await options.settings.forDocument(document.uri);
      entryOf(document).maxFileSize = settings.maxFileSize;
      return settings;
    },
    isPolicy(uri, settings) {
      return isSecurityTxtUri(uri) || isPolicyDocument(uri, options.workspace().relativePath(uri), settings.files);
    },
    modelSteps: (document) => modelSteps(entryOf(document), document.getText()),
    parserStats: (document) => parserOf(entryOf(document)).stats,
    async analyse(document, settings, context, pause, { budgetMs = DEFAULT_BUDGET_MS, costs } = {}) {
      let findings: Finding[] = [];
      const outOfTime: string[] = [];
      let complete = true;
      if (settings.enable) {
        const onRuleError = (ruleId: string, skipped: RuleSkipped) => {
          complete = false;
          if (budgetMs < DEFAULT_BUDGET_MS && skipped.reason !== 'threw') outOfTime.push(ruleId);
          else
            connection.console.error(
              `security-policy: rule ${ruleId} failed on ${document.uri}: ${skipped.cause === undefined ? skipped.message : describe(skipped.cause)}`,
            );
        };
        const analyzeOptions = { onRuleError, now: cpuClock, budgetMs, ...(costs ? { costs } : {}) };
        try {
          const text = document.getText();
          const steps = isSecurityTxtUri(document.uri)
            ? securityTxtSteps(text, context, analyzeOptions)
            : policySteps(entryOf(document), text, context, analyzeOptions);
          for (let step = steps.next(); ; step = steps.next()) {
            if (step.done) {
              findings = step.value;
              break;
            }
            if (pause && !(await pause())) return undefined;
          }
        } catch (error) {
          complete = false;
          connection.console.error(`security-policy: analysis of ${document.uri} failed: ${describe(error)}`);
          // Clear what an older version reported rather than leave ranges that no longer match the text.
        }
      }
      if (outOfTime.length > 0) findings = [typingNotice(outOfTime, budgetMs), ...findings];
      const analysis: Analysis = {
        version: document.version,
        context,
        findings,
        enabled: settings.enable,
        complete,
        ...(outOfTime.length > 0 ? { partial: true as const } : {}),
      };
      // Only a still-open document is remembered: a late result must not resurrect a closed one.
      if (isOpen(document)) analyses.set(document.uri, analysis);
      return analysis;
    },
    async analysis(document) {
      if (!isOpen(document)) return undefined;
      const cached = analyses.get(document.uri);
      if (cached?.version === document.version) return cached;
      const settings = await store.settings(document);
      if (!store.isPolicy(document.uri, settings)) return undefined;
      const context = await options.context.forDocument(document.uri, settings);
      // Not paused: the caller waits for this, and it mostly reuses the cached chunks.
      return store.analyse(document, settings, context);
    },
    current(document) {
      const cached = isOpen(document) ? analyses.get(document.uri) : undefined;
      return cached?.version === document.version ? cached : undefined;
    },
    parsed(document, text = document.getText()) {
      const entry = entryOf(document);
      return limitedOf(entry, text) ?? parserOf(entry).document(text);
    },
    ready(document) {
      if (!isOpen(document)) return undefined;
      const entry = entries.get(document.uri) ?? {};
      const text = document.getText();
      return limitedOf(entry, text) ?? entry.parser?.peek(text);
    },
    invalidate(uri) {
      if (uri === undefined) analyses.clear();
      else analyses.delete(uri);
    },
    close(uri) {
      entries.delete(uri);
      analyses.delete(uri);
    },
  };
  return store;
}

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
