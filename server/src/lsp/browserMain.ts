// Entry point of the server in VS Code for the web: a classic web worker started by the browser
// client (client/src/browser.ts), talking LSP over postMessage. The same server as main.ts; what
// needs Node is replaced here:
// - repository facts: the client reads the files and lists the folders policies may be in through
//   vscode.workspace.fs (facts/uriFacts.ts);
// - the libraries (the Markdown parser …) are loaded with importScripts, from the URL the client gives
//   in initialize (browserLibraries.ts); the idle-time warm-up (warmUp.ts) loads them before a policy
//   opens when the worker started for a policy in the workspace;
// - setImmediate, which the analysis yields with: a MessageChannel turn;
// - uncaught errors: logged from the worker's error events instead of process events.
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
  type Connection,
} from 'vscode-languageserver/browser';
import { setLibrariesUrl } from './browserLibraries';
import { readFactsThroughClient, rootRelativeOfUriPath } from '../facts/uriFacts';
import { isRecord } from './params';
import {
  LIST_FOLDER_REQUEST,
  READ_FACT_FILE_REQUEST,
  type BrowserInitializationOptions,
  type ListFolderParams,
  type ListFolderResult,
  type ReadFactFileParams,
  type ReadFactFileResult,
} from '../protocol/requests';
import { startServer } from './server';
import { scheduleWarmUp } from './warmUp';

/** The worker's global scope, as far as this file uses it (the project's types are Node's). */
interface WorkerScope {
  addEventListener(
    type: 'error' | 'unhandledrejection',
    listener: (event: { error?: unknown; reason?: unknown; message?: string }) => void,
  ): void;
}
const scope = globalThis as unknown as WorkerScope;

installSetImmediate();
const connection = createConnection(
  new BrowserMessageReader(globalThis as never),
  new BrowserMessageWriter(globalThis as never),
);
keepServingOnErrors(connection);
startServer(connection, {
  initializationOptions: (options) => {
    const url = isRecord(options) ? (options as BrowserInitializationOptions).librariesUrl : undefined;
    setLibrariesUrl(typeof url === 'string' ? url : undefined);
  },
  warmUp: scheduleWarmUp,
  readFacts: (uri, relativePath) =>
    readFactsThroughClient(
      uri,
      relativePath,
      (fileUri) =>
        connection.sendRequest<ReadFactFileResult | null>(READ_FACT_FILE_REQUEST, {
          uri: fileUri,
        } satisfies ReadFactFileParams),
      (folderUri) =>
        connection.sendRequest<ListFolderResult>(LIST_FOLDER_REQUEST, { uri: folderUri } satisfies ListFolderParams),
    ),
  rootRelative: rootRelativeOfUriPath,
});

/** setImmediate as Node has it: a turn of the event loop without a timer's clamped delay. */
function installSetImmediate(): void {
  if (typeof globalThis.setImmediate === 'function') return;
  const queue = new Map<number, () => void>();
  let next = 0;
  const channel = new MessageChannel();
  // addEventListener needs start() on a port; onmessage starts it (Node's typings lack onmessage).
  (channel.port1 as unknown as { onmessage: (event: { data: number }) => void }).onmessage = (event) => {
    const run = queue.get(event.data);
    queue.delete(event.data);
    run?.();
  };
  const set = (callback: (...args: unknown[]) => void, ...args: unknown[]): number => {
    const id = ++next;
    queue.set(id, () => callback(...args));
    channel.port2.postMessage(id);
    return id;
  };
  globalThis.setImmediate = set as unknown as typeof setImmediate;
  globalThis.clearImmediate = ((id: number | undefined) =>
    void (id !== undefined && queue.delete(id))) as unknown as typeof clearImmediate;
}

/** As main.ts does with process events: an error no handler caught is logged and the worker keeps serving. */
function keepServingOnErrors(connection: Connection): void {
  const log = (what: string, error: unknown) => {
    connection.console.error(
      `security-policy: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  };
  scope.addEventListener('unhandledrejection', (event) => log('unhandled rejection', event.reason));
  scope.addEventListener('error', (event) => log('uncaught exception', event.error ?? event.message));
}
