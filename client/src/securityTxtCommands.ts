// The security.txt commands: "Create security.txt" (from the repository's SECURITY.md, never over an
// existing file) and "Renew Expires". The text and edits come from the server
// (server/src/protocol/securityTxtRequests.ts); this file only asks, reads through workspace.fs and applies.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  NEW_SECURITY_TXT_REQUEST,
  RENEW_EXPIRES_REQUEST,
  type NewSecurityTxtParams,
  type RenewExpiresParams,
  type RenewExpiresResult,
} from '../../server/src/protocol/securityTxtRequests';
import { isReadableFact, isWritableFolder } from './safeFiles';

/** Where GitHub looks for a policy, in its order (as server/src/facts/companion.ts). */
const POLICY_FOLDERS = ['.github', '', 'docs'];
const POLICY_FILE_NAME = /^security\.(?:md|markdown)$/i;

export interface SecurityTxtClientAccess {
  /** The running client, or undefined while it is stopped. */
  readonly current: () => BaseLanguageClient | undefined;
}

export function registerSecurityTxtCommands(context: vscode.ExtensionContext, access: SecurityTxtClientAccess): void {
  const register = (id: string, run: () => Promise<unknown>): void => {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async () => {
        try {
          return await run();
        } catch (error) {
          void vscode.window.showErrorMessage(
            `Security Policy: ${error instanceof Error ? error.message : String(error)}`,
          );
          return undefined;
        }
      }),
    );
  };
  register('securityPolicy.createSecurityTxt', () => createSecurityTxt(access));
  register('securityPolicy.renewExpires', () => renewExpires(access));
}

function runningClient(access: SecurityTxtClientAccess): BaseLanguageClient {
  const client = access.current();
  if (!client?.isRunning())
    throw new Error('the language server is not running; try "Security Policy: Restart Server".');
  return client;
}

/** Create security.txt: `.well-known/security.txt` in the first workspace folder; an existing one is opened instead. */
async function createSecurityTxt(access: SecurityTxtClientAccess): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0];
  if (!root) {
    void vscode.window.showInformationMessage('Security Policy: open a folder first; security.txt is created in it.');
    return;
  }
  const folder = vscode.Uri.joinPath(root.uri, '.well-known');
  if (!isWritableFolder(await vscode.workspace.fs.stat(folder).then(undefined, () => undefined))) {
    void vscode.window.showErrorMessage(
      'Security Policy: .well-known is not a plain folder (a symbolic link?); not creating security.txt through it.',
    );
    return;
  }
  const existing = await findIn(folder, (name) => name.toLowerCase() === 'security.txt');
  if (existing) {
    await vscode.window.showTextDocument(existing);
    void vscode.window.showInformationMessage(
      `Security Policy: ${vscode.workspace.asRelativePath(existing)} already exists; opened it instead.`,
    );
    return;
  }
  const client = runningClient(access);
  const target = vscode.Uri.joinPath(folder, 'security.txt');
  const policy = await readPolicy(root.uri);
  const params: NewSecurityTxtParams = { uri: target.toString(), ...(policy ? { policy } : {}) };
  const text = await client.sendRequest<string>(NEW_SECURITY_TXT_REQUEST, params);
  const edit = new vscode.WorkspaceEdit();
  // Without overwrite, creating over a file that appeared meanwhile fails instead of replacing it.
  edit.createFile(target, { contents: new TextEncoder().encode(text) });
  if (!(await vscode.workspace.applyEdit(edit)))
    throw new Error(`could not create ${vscode.workspace.asRelativePath(target)}.`);
  await vscode.window.showTextDocument(target);
}

/** Renew Expires in the active security.txt: today + securityPolicy.securityTxt.expiresRenewDays. */
async function renewExpires(access: SecurityTxtClientAccess): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'security-txt') {
    void vscode.window.showInformationMessage('Security Policy: open a security.txt file first.');
    return;
  }
  const client = runningClient(access);
  const params: RenewExpiresParams = { uri: editor.document.uri.toString(), version: editor.document.version };
  const result = await client.sendRequest<RenewExpiresResult>(RENEW_EXPIRES_REQUEST, params);
  if (!result.edit) {
    void vscode.window.showInformationMessage(`Security Policy: ${result.problem ?? 'nothing to renew.'}`);
    return;
  }
  const applied = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(result.edit));
  if (!applied)
    void vscode.window.showWarningMessage(
      'Security Policy: the edit could not be applied (the document changed?); run the command again.',
    );
}

/** The repository's SECURITY.md, in GitHub's order, read through workspace.fs. */
async function readPolicy(root: vscode.Uri): Promise<NewSecurityTxtParams['policy']> {
  for (const name of POLICY_FOLDERS) {
    const folder = name ? vscode.Uri.joinPath(root, name) : root;
    const file = await findIn(folder, (n) => POLICY_FILE_NAME.test(n));
    if (!file) continue;
    try {
      if (!isReadableFact(await vscode.workspace.fs.stat(file))) continue;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      return { relativePath: name ? `${name}/${file.path.split('/').pop()}` : file.path.split('/').pop()!, text };
    } catch {
      continue;
    }
  }
  return undefined;
}

/** The first entry of `folder` (not a folder) whose name passes `test`. */
async function findIn(folder: vscode.Uri, test: (name: string) => boolean): Promise<vscode.Uri | undefined> {
  let entries: Array<[string, vscode.FileType]>;
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return undefined;
  }
  const found = entries
    .filter(([name, type]) => type !== vscode.FileType.Directory && test(name))
    .map(([name]) => name)
    .sort()[0];
  return found === undefined ? undefined : vscode.Uri.joinPath(folder, found);
}
