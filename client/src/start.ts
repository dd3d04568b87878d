// What the Node client (extension.ts) and the browser client (browser.ts) share: which documents go
// to the server, the commands, and restarting when the file globs change. Each entry point only says
// how its server is started.
import * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { LIST_FOLDER_REQUEST, READ_FACT_FILE_REQUEST } from '../../server/src/protocol/requests';
import { registerCommands } from './commands';
import { answerFactFile, answerListFolder } from './factFiles';
import { registerSecurityTxtCommands } from './securityTxtCommands';

/**
 * SECURITY.md in any case, also `.markdown`. VS Code globs are case-sensitive on Linux, so each
 * letter is a character class. No scheme is named, so files in virtual workspaces (vscode-vfs:,
 * vscode-remote:) match too; an untitled buffer has no such name and does not.
 */
export const POLICY_PATTERN = '**/[Ss][Ee][Cc][Uu][Rr][Ii][Tt][Yy].{[Mm][Dd],[Mm][Aa][Rr][Kk][Dd][Oo][Ww][Nn]}';

/**
 * The policy files, plus the `securityPolicy.files` globs. Those are workspace-relative and a
 * document filter's pattern matches the absolute path, hence the `**` prefix; the server, which
 * knows the workspace folders, decides exactly.
 */
function documentSelector(): DocumentSelector {
  const extra = vscode.workspace.getConfiguration('securityPolicy').get<unknown>('files');
  const globs = Array.isArray(extra) ? extra.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
  const policies = [
    POLICY_PATTERN,
    ...globs.map((g) => (g.startsWith('**/') || g.startsWith('/') ? g : `**/${g}`)),
  ].map((pattern) => ({
    language: 'markdown',
    pattern,
  }));
  // security.txt (RFC 9116) files, by the language package.json gives them.
  return [...policies, { language: 'security-txt' }];
}

/** Builds a client for `options`; `initializationOptions` is the entry point's to add. */
export type CreateClient = (options: LanguageClientOptions) => BaseLanguageClient;

/** What stops the running client; both entry points export `deactivate` from here. */
let stop: (() => Promise<void>) | undefined;

export async function deactivate(): Promise<void> {
  await stop?.();
  stop = undefined;
}

/** Starts the client; `deactivate` stops it. */
export async function startClient(context: vscode.ExtensionContext, create: CreateClient): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('Security Policy', { log: true });
  // No `synchronize.configurationSection`: it is deprecated. The server pulls settings with
  // workspace/configuration and registers for didChangeConfiguration itself, which makes this
  // client forward every settings change.
  const createClient = (): BaseLanguageClient => {
    const client = create({ documentSelector: documentSelector(), outputChannel });
    // Only the browser server asks: it has no file system for the repository facts.
    client.onRequest(READ_FACT_FILE_REQUEST, answerFactFile);
    client.onRequest(LIST_FOLDER_REQUEST, answerListFolder);
    return client;
  };
  let client: BaseLanguageClient | undefined = createClient();
  // The extension activates with any Markdown file; the server starts only once a policy is open or
  // the workspace holds one (then it warms up before one opens). A command that talks to the server
  // starts it too (vscode-languageclient starts a client on its first request).
  let wanted = false;
  const start = async (): Promise<void> => {
    if (wanted) return;
    wanted = true;
    watcher.dispose();
    await client?.start();
  };
  const isPolicy = (document: vscode.TextDocument): boolean =>
    vscode.languages.match(documentSelector() as vscode.DocumentSelector, document) > 0;
  const watcher = vscode.workspace.onDidOpenTextDocument((document) => {
    if (isPolicy(document)) void start();
  });
  context.subscriptions.push(watcher);
  // Registered first: the commands exist (and can restart the server) even when the start fails.
  registerCommands(context, {
    current: () => client,
    // What the Node client's restart() does, for both clients (the browser one has no restart()).
    restart: async () => {
      if (client?.isRunning()) await client.stop();
      await client?.start();
    },
  });
  registerSecurityTxtCommands(context, { current: () => client });
  // The document selector is fixed when a client starts: new globs need a new client.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('securityPolicy.files')) return;
      await client?.stop();
      client = createClient();
      if (wanted) await client.start();
      else if (vscode.workspace.textDocuments.some(isPolicy)) await start();
    }),
  );
  if (vscode.workspace.textDocuments.some(isPolicy)) await start();
  else {
    // Not awaited: a search of a large workspace must not hold up activation.
    const inWorkspace = async (pattern: string): Promise<boolean> =>
      (await vscode.workspace.findFiles(pattern, '**/node_modules/**', 1)).length > 0;
    void (async () => {
      if ((await inWorkspace(POLICY_PATTERN)) || (await inWorkspace('**/security.txt'))) await start();
    })().catch((error: unknown) => outputChannel.error(`Could not start the Security Policy server: ${String(error)}`));
  }
  stop = async () => {
    await client?.stop();
    client = undefined;
  };
}
