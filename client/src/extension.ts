// The VS Code side on the desktop: starts the language server as a Node process and hands it the
// policy files. Everything else (diagnostics, fixes, completions, settings) lives in the server, so
// other editors get the same. VS Code for the web starts browser.ts instead.
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/protocol/launch';
import type { NodeInitializationOptions } from '../../server/src/protocol/requests';
import { startClient } from './start';

export { deactivate, POLICY_PATTERN } from './start';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // The client adds these to its own environment (vscode-languageclient merges `env` over process.env).
    run: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_EXEC_ARGV], env: SERVER_ENV },
    },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'], env: SERVER_ENV },
    },
  };
  // The server keeps the parser's compiled code and the policies' last diagnostics there between starts
  // (server/src/lsp/nodeLibraries.ts, savedDiagnostics.ts).
  const storage = context.globalStorageUri;
  const initializationOptions: NodeInitializationOptions =
    storage.scheme === 'file' ? { cacheFolder: storage.fsPath } : {};
  await startClient(
    context,
    (options) =>
      new LanguageClient('securityPolicy', 'Security Policy', serverOptions, { ...options, initializationOptions }),
  );
}
