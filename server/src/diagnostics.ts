// Push diagnostics (textDocument/publishDiagnostics) for open policy files.
// Each document has its own pending timer and generation counter: a burst of edits yields one analysis
// of the latest version, and a result whose document moved on meanwhile is dropped, never published.
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './core/analyze';
import type { AnalysisContext, Finding, Severity } from './core/types';
import { ruleDocsUrl } from './ruleDocs';
import type { ContextSource } from './analysisContext';
import type { Settings, SettingsSource } from './settings';
import { isPolicyDocument, isPolicyUri, type Workspace } from './workspace';

export const DIAGNOSTIC_SOURCE = 'security-policy';

/** Long enough to span the keystrokes of a burst, short enough to feel live. */
export const DEFAULT_DEBOUNCE_MS = 150;

export interface DiagnosticsOptions {
  readonly settings: SettingsSource;
  readonly workspace: () => Workspace;
  readonly context: ContextSource;
  readonly debounceMs?: number;
}

/** What asked for an analysis: with `run: onSave`, typing does not. */
type Trigger = 'open' | 'type' | 'save' | 'settings';

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
}

export interface Analysis {
  readonly version: number;
  readonly context: AnalysisContext;
  /** Empty when the extension is disabled for this document. */
  readonly findings: readonly Finding[];
}

interface DocumentState {
  timer?: NodeJS.Timeout;
  trigger?: Trigger;
  /** Bumped by every scheduled or cancelled run; a run whose number is no longer current drops its result. */
  generation: number;
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
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const states = new Map<string, DocumentState>();
  // The last analysis per URI; one entry per open policy, dropped on close and on settings changes.
  const analyses = new Map<string, Analysis>();

  // Policies diagnostics were published for: closing one clears them (extra globs make this a setting).
  const published = new Set<string>();

  function schedule(uri: string, delay: number, trigger: Trigger): void {
    let state = states.get(uri);
    if (!state) {
      state = { generation: 0 };
      states.set(uri, state);
    }
    clearTimeout(state.timer);
    const generation = ++state.generation;
    const current = state;
    // A save or a settings change must not be downgraded by a keystroke that follows it within the debounce.
    if (current.trigger === undefined || trigger !== 'type') current.trigger = trigger;
    current.timer = setTimeout(() => {
      const why = current.trigger ?? trigger;
      current.timer = undefined;
      current.trigger = undefined;
      void validate(uri, current, generation, why);
    }, delay);
  }

  async function validate(uri: string, state: DocumentState, generation: number, trigger: Trigger): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const isCurrent = (): boolean =>
      states.get(uri) === state && state.generation === generation && documents.get(uri)?.version === document.version;
    const settings = await options.settings.forDocument(uri);
    if (!isPolicy(uri, settings) || (settings.run === 'onSave' && trigger === 'type')) return;
    const context = await options.context.forDocument(uri, settings);
    // The settings and facts round trips yield to other messages: the document may have changed or closed since.
    if (!isCurrent()) return;
    const diagnostics = analyse(document, settings, context).findings.map((finding) => toDiagnostic(document, finding));
    if (!isCurrent()) return;
    published.add(uri);
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics }).catch((error: unknown) => {
      connection.console.error(`security-policy: publishing diagnostics for ${uri} failed: ${describe(error)}`);
    });
  }

  /** Analyses one version and remembers the result for code actions. */
  function analyse(document: TextDocument, settings: Settings, context: AnalysisContext): Analysis {
    let findings: Finding[] = [];
    if (settings.enable) {
      try {
        findings = analyze(document.getText(), context, {
          onRuleError: (ruleId, error) =>
            connection.console.error(`security-policy: rule ${ruleId} failed on ${document.uri}: ${describe(error)}`),
        });
      } catch (error) {
        connection.console.error(`security-policy: analysis of ${document.uri} failed: ${describe(error)}`);
        // Clear what an older version reported rather than leave ranges that no longer match the text.
      }
    }
    const analysis: Analysis = { version: document.version, context, findings };
    // Only a still-open document is remembered: a late result must not resurrect a closed one.
    if (documents.get(document.uri) === document) analyses.set(document.uri, analysis);
    return analysis;
  }

  function cancel(uri: string): void {
    const state = states.get(uri);
    if (state) clearTimeout(state.timer);
    states.delete(uri);
    analyses.delete(uri);
  }

  /** A policy by its name, or by the extra globs of `securityPolicy.files`. */
  function isPolicy(uri: string, settings: Settings): boolean {
    return isPolicyDocument(uri, options.workspace().relativePath(uri), settings.files);
  }

  // TextDocuments fires this on open too; the first analysis of a document is not debounced. Every
  // document the client sends is considered: whether it is a policy can depend on its settings.
  documents.onDidChangeContent(({ document }) => {
    const opened = !states.has(document.uri);
    schedule(document.uri, opened ? 0 : debounceMs, opened ? 'open' : 'type');
  });

  documents.onDidSave(({ document }) => schedule(document.uri, 0, 'save'));

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
      for (const document of documents.all()) schedule(document.uri, 0, 'settings');
    },
    async analysis(document) {
      if (documents.get(document.uri) !== document) return undefined;
      const cached = analyses.get(document.uri);
      if (cached?.version === document.version) return cached;
      const settings = await options.settings.forDocument(document.uri);
      if (!isPolicy(document.uri, settings)) return undefined;
      return analyse(document, settings, await options.context.forDocument(document.uri, settings));
    },
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
