// Push diagnostics (textDocument/publishDiagnostics) for open policy files.
// Each document has its own pending timer and generation counter: a burst of edits yields one analysis
// of the latest version, and a result whose document moved on meanwhile is dropped, never published.
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from './core/analyze';
import type { AnalysisContext, Finding, Severity } from './core/types';
import { ruleDocsUrl } from './ruleDocs';
import type { Settings, SettingsSource } from './settings';
import { isPolicyUri, type Workspace } from './workspace';

export const DIAGNOSTIC_SOURCE = 'security-policy';

/** Long enough to span the keystrokes of a burst, short enough to feel live. */
export const DEFAULT_DEBOUNCE_MS = 150;

export interface DiagnosticsOptions {
  readonly settings: SettingsSource;
  readonly workspace: () => Workspace;
  readonly debounceMs?: number;
}

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

  function schedule(uri: string, delay: number): void {
    let state = states.get(uri);
    if (!state) {
      state = { generation: 0 };
      states.set(uri, state);
    }
    clearTimeout(state.timer);
    const generation = ++state.generation;
    const current = state;
    current.timer = setTimeout(() => {
      current.timer = undefined;
      void validate(uri, current, generation);
    }, delay);
  }

  async function validate(uri: string, state: DocumentState, generation: number): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const isCurrent = (): boolean =>
      states.get(uri) === state && state.generation === generation && documents.get(uri)?.version === document.version;
    const settings = await options.settings.forDocument(uri);
    // The settings round trip yields to other messages: the document may have changed or closed since.
    if (!isCurrent()) return;
    const diagnostics = analyse(document, settings).findings.map((finding) => toDiagnostic(document, finding));
    if (!isCurrent()) return;
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics }).catch((error: unknown) => {
      connection.console.error(`security-policy: publishing diagnostics for ${uri} failed: ${describe(error)}`);
    });
  }

  /** Analyses one version and remembers the result for code actions. */
  function analyse(document: TextDocument, settings: Settings): Analysis {
    const relativePath = options.workspace().relativePath(document.uri);
    const context: AnalysisContext = {
      ...(relativePath !== undefined ? { relativePath } : {}),
      requiredSections: settings.requiredSections,
      ruleSeverities: settings.rules,
    };
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

  // TextDocuments fires this on open too; the first analysis of a document is not debounced.
  documents.onDidChangeContent(({ document }) => {
    if (isPolicyUri(document.uri)) schedule(document.uri, states.has(document.uri) ? debounceMs : 0);
  });

  documents.onDidClose(({ document }) => {
    cancel(document.uri);
    if (isPolicyUri(document.uri)) {
      connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch((error: unknown) => {
        connection.console.error(`security-policy: clearing diagnostics of ${document.uri} failed: ${describe(error)}`);
      });
    }
  });

  return {
    revalidateAll() {
      // The settings may have changed: what was analysed under the old ones is no longer current.
      analyses.clear();
      for (const document of documents.all()) {
        if (isPolicyUri(document.uri)) schedule(document.uri, 0);
      }
    },
    async analysis(document) {
      if (!isPolicyUri(document.uri) || documents.get(document.uri) !== document) return undefined;
      const cached = analyses.get(document.uri);
      if (cached?.version === document.version) return cached;
      const settings = await options.settings.forDocument(document.uri);
      return analyse(document, settings);
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
