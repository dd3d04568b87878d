// The files repository facts come from (`.git`, its config, a manifest), read through
// vscode.workspace.fs: for Create SECURITY.md's template, and for the server in a web worker, which
// has no file system and asks with READ_FACT_FILE_REQUEST (server/src/facts/uriFacts.ts).
import * as vscode from 'vscode';
import type { ListFolderResult, ReadFactFileResult } from '../../server/src/protocol/requests';
import { isReadableFact } from './safeFiles';

/** A plain, small file's text (safeFiles.ts, isReadableFact); undefined when missing, a folder, a link or unreadable. */
export async function readFactText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    if (!isReadableFact(await vscode.workspace.fs.stat(uri))) return undefined;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The URI a server request names, when it lies inside a workspace folder. */
function workspaceUriOf(params: unknown): vscode.Uri | undefined {
  const uriText = typeof params === 'object' && params !== null ? (params as { uri?: unknown }).uri : undefined;
  if (typeof uriText !== 'string') return undefined;
  try {
    const uri = vscode.Uri.parse(uriText, true);
    return vscode.workspace.getWorkspaceFolder(uri) ? uri : undefined;
  } catch {
    return undefined;
  }
}

/** The answer to the server's LIST_FOLDER_REQUEST: a folder's entries (names only), inside a workspace folder. */
export async function answerListFolder(params: unknown): Promise<ListFolderResult> {
  const uri = workspaceUriOf(params);
  if (!uri) return null;
  try {
    const entries = await vscode.workspace.fs.readDirectory(uri);
    return entries.map(([name, type]) => ({ name, folder: (type & vscode.FileType.Directory) !== 0 }));
  } catch {
    return null;
  }
}

/** The answer to the server's READ_FACT_FILE_REQUEST: only for files inside a workspace folder. */
export async function answerFactFile(params: unknown): Promise<ReadFactFileResult | null> {
  const uri = workspaceUriOf(params);
  if (!uri) return null;
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    return { exists: false };
  }
  const text = await readFactText(uri);
  return text === undefined ? { exists: true } : { exists: true, text };
}
