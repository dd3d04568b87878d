// The VS Code side in the browser (vscode.dev, github.dev; package.json `browser`): the same client
// as extension.ts, with the server in a web worker (dist/browser/server.js, from
// server/src/lsp/browserMain.ts) instead of a Node process. What differs there is listed in the README.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import type { BrowserInitializationOptions } from '../../server/src/protocol/requests';
import { startClient } from './start';

export { deactivate } from './start';

/** The browser's Worker, which the project's Node typings do not declare. */
interface ServerWorker {
  terminate(): void;
}
declare const Worker: new (url: string) => ServerWorker;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const url = (file: string) => vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', file).toString(true);
  let worker: ServerWorker | undefined;
  // A fresh worker on every start (Restart Server, a settings change); the stopped one is ended.
  // The transports are built here: the extension host's Worker is a stand-in that fails the client's
  // own `instanceof Worker` check.
  const serverOptions = () => {
    worker?.terminate();
    worker = new Worker(url('server.js'));
    // The reader's port is a DOM type (MessagePort | Worker), and this project has no DOM library
    // (the server code must not use DOM globals): the checker sees an unresolved type here.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
    const port = worker as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
    return Promise.resolve({ reader: new BrowserMessageReader(port), writer: new BrowserMessageWriter(port) });
  };
  // The worker loads its libraries from there on first use (server/src/lsp/browserLibraries.ts).
  const initializationOptions: BrowserInitializationOptions = { librariesUrl: url('libraries.js') };
  await startClient(
    context,
    (options) =>
      new LanguageClient('securityPolicy', 'Security Policy', serverOptions, { ...options, initializationOptions }),
  );
}
