// Shared by the editor tests: the fixture workspace, opening documents, and waiting for the language
// server with deadlines (events where VS Code has them, polling where it does not; never fixed sleeps).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'security-policy.security-policy';
export const SOURCE = 'security-policy';
/**
 * For one wait. Several times what a wait takes here (well under 2 s), and short enough that a broken
 * extension fails the whole suite in a few minutes rather than hours.
 */
export const DEADLINE_MS = 10_000;
/** The first wait also covers activation and the server's start. */
export const FIRST_DEADLINE_MS = 30_000;

/** The policy the launchers copy into the fresh workspace as SECURITY.md (and README.md, docs/SECURITY-notes.md). */
export const DEFECTIVE_POLICY = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please do not open public issues for security problems.',
  'Email security@example.com with the details.',
  '',
  '## Disclosure Policy',
  '',
  'We publish an advisory once a fix is released.',
  '',
].join('\n');

/** Diagnostics of DEFECTIVE_POLICY, as `CODE severity startLine:startChar-endLine:endChar`. */
export const DEFECTIVE_POLICY_DIAGNOSTICS = [
  'SEC011 error 0:0-0:17',
  'SEC013 warning 0:0-0:17',
  'SEC015 warning 0:0-0:17',
  'SEC022 error 5:6-5:26',
];

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher opens the fixture workspace');
  return folder.uri;
}

export function fileIn(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/**
 * Writes `text` to `cases/<name>/SECURITY.md` and opens it: each test starts from its own file, so
 * an edit another test left unsaved (or that refactoring auto-save wrote) cannot leak into it.
 */
export async function openCase(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = fileIn(`cases/${name}/SECURITY.md`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return open(uri);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.languageId, 'markdown', `${uri.path} opens as Markdown`);
  return vscode.window.showTextDocument(document);
}

/** Reverts and closes every editor, so the next test starts with a clean workbench. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The code as a string: the server attaches a documentation link, which makes VS Code's code an object. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'] as const;

export function describeDiagnostic(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${codeOf(d)} ${SEVERITY_NAMES[d.severity]} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** This extension's diagnostics for `uri`, described and sorted (by code, then position). */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function described(uri: vscode.Uri): string[] {
  return ours(uri).map(describeDiagnostic).sort();
}

/**
 * Resolves once `predicate` holds for this extension's diagnostics of `uri`: checked now and on every
 * onDidChangeDiagnostics for it; fails after the deadline, showing what was there last.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  deadlineMs = DEADLINE_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = ours(uri);
      if (!predicate(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `timed out after ${deadlineMs} ms waiting for ${what}; diagnostics now: ${JSON.stringify(described(uri))}`,
        ),
      );
    }, deadlineMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** Waits until the described diagnostics of `uri` are exactly `expected` (any order). */
export async function expectDiagnostics(
  uri: vscode.Uri,
  expected: readonly string[],
  what = 'the expected diagnostics',
  deadlineMs = DEADLINE_MS,
): Promise<void> {
  const want = [...expected].sort();
  const matches = (ds: vscode.Diagnostic[]): boolean =>
    JSON.stringify(ds.map(describeDiagnostic).sort()) === JSON.stringify(want);
  await waitForDiagnostics(uri, matches, `${what} ${JSON.stringify(want)}`, deadlineMs);
}

/**
 * Calls `probe` until it returns something other than undefined, with a deadline. For provider
 * commands, which can answer empty right after the server published diagnostics (see E2E.md).
 */
export async function poll<T>(
  what: string,
  probe: () => Thenable<T | undefined> | T | undefined,
  deadlineMs = DEADLINE_MS,
): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let delay = 50;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 500);
  }
}

/** Waits until the document's text satisfies `predicate` (edits from commands arrive asynchronously). */
export function waitForText(
  document: vscode.TextDocument,
  predicate: (text: string) => boolean,
  what: string,
): Promise<string> {
  return poll(what, () => (predicate(document.getText()) ? document.getText() : undefined));
}

/** The quick fixes VS Code's own provider pipeline offers for `range`, with their edits resolved. */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  // The fourth argument asks VS Code to run codeAction/resolve on up to that many actions.
  const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
    100,
  );
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || 'diagnostics' in a);
}

/** Replaces `vscode.window[name]` for the duration of `body` (the test and the extension share one API object). */
export async function withStub<K extends keyof typeof vscode.window, T>(
  name: K,
  stub: (typeof vscode.window)[K],
  body: () => Thenable<T>,
): Promise<T> {
  const original = vscode.window[name];
  (vscode.window as Record<K, unknown>)[name] = stub;
  try {
    return await body();
  } finally {
    (vscode.window as Record<K, unknown>)[name] = original;
  }
}
