// The VS Code side: starts the language server and hands it the policy files. Everything else
// (diagnostics, fixes, completions, settings) lives in the server, so other editors get the same.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/launch';
import { registerCommands } from './commands';
import { registerSecurityTxtCommands } from './securityTxtCommands';

/**
 * SECURITY.md in any case, also `.markdown`. VS Code globs are case-sensitive on Linux, so each
 * letter is a character class. No scheme is named, so files in virtual workspaces (vscode-vfs:,
 * vscode-remote:) match too; an untitled buffer has no such name and does not.
 */
export const POLICY_PATTERN = '**/[Ss][Ee][Cc][Uu][Rr][Ii][Tt][Yy].{[Mm][Dd],[Mm][Aa][Rr][Kk][Dd][Oo][Ww][Nn]}';

let client: LanguageClient | undefined;

/**
 * The policy files, plus the `securityPolicy.files` globs. Those are workspace-relative and a
 * document filter's pattern matches the absolute path, hence the `**` prefix; the server, which
 * knows the workspace folders, decides exactly.
 */
function documentSelector(): DocumentSelector {
  const extra = vscode.workspace.getConfiguration('securityPolicy').get<unknown>('files');
  const globs = Array.isArray(extra) ? extra.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
  const policies = [POLICY_PATTERN, ...globs.map((g) => (g.startsWith('**/') || g.startsWith('/') ? g : `**/${g}`))].map((pattern) => ({
    language: 'markdown',
    pattern,
  }));
  // security.txt (RFC 9116) files, by the language package.json gives them.
  return [...policies, { language: 'security-txt' }];
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // The client adds these to its own environment (vscode-languageclient merges `env` over process.env).
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: SERVER_ENV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'], env: SERVER_ENV } },
  };
  const outputChannel = vscode.window.createOutputChannel('Security Policy', { log: true });
  // No `synchronize.configurationSection`: it is deprecated. The server pulls settings with
  // workspace/configuration and registers for didChangeConfiguration itself, which makes this
  // client forward every settings change.
  const createClient = () =>
    new LanguageClient('securityPolicy', 'Security Policy', serverOptions, { documentSelector: documentSelector(), outputChannel } satisfies LanguageClientOptions);
  client = createClient();
  // Registered first: the commands exist (and can restart the server) even when the start fails.
  registerCommands(context, {
    current: () => client,
    restart: async () => {
      if (client?.isRunning()) await client.restart();
      else await client?.start();
    },
  });
  registerSecurityTxtCommands(context, { current: () => client });
  // The document selector is fixed when a client starts: new globs need a new client.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('securityPolicy.files')) return;
      await client?.stop();
      client = createClient();
      await client.start();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
