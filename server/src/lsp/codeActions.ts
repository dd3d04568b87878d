// Code actions for this server's diagnostics: one quick fix per core Fix, "Disable RULE for this
// line/file", and Fix All as `source.fixAll.securityPolicy`.
// The findings come from the document store (the last published analysis when it matches the
// version), so an action is always computed from the same findings the user sees. Multi-line edits
// (section templates, restored line breaks) and Fix All travel as `data` and are computed in
// codeAction/resolve when the client supports it; every action carries uri+version, and an action
// whose document moved on resolves without an edit.
import {
  CodeActionKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientSupport } from './clientSupport';
import type { PolicyDocument } from '../core/document';
import { autoFix, fixAll } from '../core/edits';
import { disableForFileEdit, disableForLineEdit } from '../core/suppression';
import type { Finding, Fix, TextEdit } from '../core/types';
import type { Analysis, DocumentStore } from './documentStore';
import { DIAGNOSTIC_SOURCE } from './shownDiagnostics';
import { isCodeAction, isCodeActionParams, requireParams } from './params';
import { toWorkspaceEdit } from './workspaceEdit';
import { analyzeSecurityTxt } from '../core/securitytxt/analyze';
import { parseSecurityTxt, type SecurityTxt } from '../core/securitytxt/parse';
import { disableTxtFileEdit, disableTxtLineEdit } from '../core/securitytxt/suppression';
import { isSecurityTxtUri } from '../config/workspace';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.securityPolicy`;
export const CODE_ACTION_KINDS: readonly string[] = [CodeActionKind.QuickFix, FIX_ALL_KIND];
export const FIX_ALL_TITLE = 'Fix all auto-fixable security-policy problems';

/** What a lazy action needs to find its edit again in codeAction/resolve. */
type ActionData =
  | {
      readonly action: 'fix';
      readonly uri: string;
      readonly version: number;
      readonly ruleId: string;
      readonly start: number;
      readonly end: number;
      readonly fix: number;
    }
  | { readonly action: 'fixAll'; readonly uri: string; readonly version: number };

export function registerCodeActions(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  store: DocumentStore,
  client: () => ClientSupport,
): void {
  connection.onCodeAction(async (params: unknown, token) => {
    const { textDocument, context } = requireParams(
      'textDocument/codeAction',
      params,
      isCodeActionParams,
      'a text document, a range and a context with diagnostics',
    );
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const version = document.version;
    const wantQuickFixes = requested(context.only, CodeActionKind.QuickFix);
    const wantFixAll = requested(context.only, FIX_ALL_KIND);
    const ours = (context.diagnostics as Diagnostic[]).filter(
      (d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string',
    );
    if (!(wantQuickFixes && ours.length > 0) && !wantFixAll) return [];

    const analysis = await store.analysis(document);
    // The analysis may have awaited settings: drop the request if the text changed meanwhile.
    if (!analysis || token.isCancellationRequested || document.version !== version || analysis.version !== version)
      return [];
    const support = client();
    const actions: CodeAction[] = [];
    if (wantQuickFixes && ours.length > 0)
      actions.push(...quickFixes(document, analysis, ours, support, () => store.parsed(document)));
    if (wantFixAll && analysis.findings.some((f) => autoFix(f) !== undefined)) {
      const action: CodeAction = { title: FIX_ALL_TITLE, kind: FIX_ALL_KIND };
      if (support.resolveCodeActionEdits) {
        actions.push({ ...action, data: { action: 'fixAll', uri: document.uri, version } satisfies ActionData });
      } else {
        const edit = fixAll(document.getText(), analysis.context, analyzerOf(document.uri));
        if (edit) actions.push({ ...action, edit: toWorkspaceEdit(document, [edit], support.documentChanges) });
      }
    }
    return actions;
  });

  connection.onCodeActionResolve(async (params: unknown) => {
    const action = requireParams('codeAction/resolve', params, isCodeAction, 'a code action') as CodeAction;
    const data = actionData(action.data);
    if (!data) return action;
    const document = documents.get(data.uri);
    if (!document || document.version !== data.version) return action;
    const analysis = await store.analysis(document);
    if (!analysis || document.version !== data.version || analysis.version !== data.version) return action;
    const edits = resolveEdits(document, analysis, data, action.title);
    return edits ? { ...action, edit: toWorkspaceEdit(document, edits, client().documentChanges) } : action;
  });
}

/** The quick fixes for the diagnostics of the request, in their order, without duplicate disable actions. */
function quickFixes(
  document: TextDocument,
  analysis: Analysis,
  ours: readonly Diagnostic[],
  support: ClientSupport,
  parse: () => PolicyDocument,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  let doc: PolicyDocument | undefined;
  let txt: SecurityTxt | undefined;
  for (const diagnostic of ours) {
    const finding = findingOf(document, analysis, diagnostic);
    // A diagnostic of an older version with no counterpart now: offering a fix for it would be a guess.
    if (!finding) continue;
    finding.fixes?.forEach((fix, index) => {
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(fix.isPreferred ? { isPreferred: true } : {}),
      };
      if (support.resolveCodeActionEdits && isHeavy(fix)) {
        const data: ActionData = {
          action: 'fix',
          uri: document.uri,
          version: document.version,
          ruleId: finding.ruleId,
          start: finding.start,
          end: finding.end,
          fix: index,
        };
        actions.push({ ...action, data });
      } else {
        actions.push({ ...action, edit: toWorkspaceEdit(document, fix.edits, support.documentChanges) });
      }
    });
    const disable = (title: string, edit: TextEdit, key: string): void => {
      if (seen.has(key)) return;
      seen.add(key);
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: toWorkspaceEdit(document, [edit], support.documentChanges),
      });
    };
    let lineEdit: TextEdit | undefined;
    let fileEdit: TextEdit | undefined;
    // security.txt has `#` comment lines (core/securitytxt/suppression.ts), a policy HTML comments.
    if (isSecurityTxtUri(document.uri)) {
      txt ??= parseSecurityTxt(document.getText());
      lineEdit = disableTxtLineEdit(txt, finding);
      fileEdit = disableTxtFileEdit(txt, finding.ruleId);
    } else {
      doc ??= parse();
      lineEdit = disableForLineEdit(doc, finding);
      fileEdit = disableForFileEdit(doc, finding.ruleId);
    }
    if (lineEdit)
      disable(
        `Disable ${finding.ruleId} for this line`,
        lineEdit,
        `line:${finding.ruleId}:${lineEdit.start}:${lineEdit.end}`,
      );
    if (fileEdit) disable(`Disable ${finding.ruleId} for this file`, fileEdit, `file:${finding.ruleId}`);
  }
  return actions;
}

/** The finding a diagnostic was made from: same rule and range (and message, when several match). */
function findingOf(document: TextDocument, analysis: Analysis, diagnostic: Diagnostic): Finding | undefined {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const candidates = analysis.findings.filter(
    (f) => f.ruleId === diagnostic.code && f.start === start && f.end === end,
  );
  return candidates.find((f) => f.message === diagnostic.message) ?? candidates[0];
}

/** Section templates and restored line breaks are large; a one-line repair is cheaper to send than to resolve. */
function isHeavy(fix: Fix): boolean {
  return fix.edits.some((edit) => /[\r\n]/.test(edit.newText));
}

function resolveEdits(
  document: TextDocument,
  analysis: Analysis,
  data: ActionData,
  title: string,
): readonly TextEdit[] | undefined {
  if (data.action === 'fixAll') {
    if (!analysis.findings.some((f) => autoFix(f) !== undefined)) return undefined;
    const edit = fixAll(document.getText(), analysis.context, analyzerOf(document.uri));
    return edit ? [edit] : undefined;
  }
  const finding = analysis.findings.find(
    (f) =>
      f.ruleId === data.ruleId && f.start === data.start && f.end === data.end && f.fixes?.[data.fix]?.title === title,
  );
  return finding?.fixes?.[data.fix]?.edits;
}

/** Fix All re-analyses with the analysis of the document's kind. */
function analyzerOf(uri: string): typeof analyzeSecurityTxt | undefined {
  return isSecurityTxtUri(uri) ? analyzeSecurityTxt : undefined;
}

/** Kinds are hierarchical: asking for `source.fixAll` (or `source`, or everything) includes `source.fixAll.securityPolicy`. */
function requested(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((k) => k === '' || k === kind || kind.startsWith(`${k}.`));
}

function actionData(data: unknown): ActionData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  if (typeof d['uri'] !== 'string' || typeof d['version'] !== 'number') return undefined;
  if (d['action'] === 'fixAll') return data as ActionData;
  if (
    d['action'] === 'fix' &&
    typeof d['ruleId'] === 'string' &&
    typeof d['start'] === 'number' &&
    typeof d['end'] === 'number' &&
    typeof d['fix'] === 'number'
  ) {
    return data as ActionData;
  }
  return undefined;
}
