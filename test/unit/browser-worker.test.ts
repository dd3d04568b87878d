// The browser server (dist/browser/server.js) as a web worker runs it: a classic script in a global
// scope with no Node (require, process, Buffer) and no DOM (document, window). Evaluated here in
// such a scope (node:vm), it must start, answer `initialize` over postMessage, load its libraries
// (dist/browser/libraries.js) with importScripts from the URL the client gives, and lint a policy,
// which catches a library whose browser build needs the DOM before a real browser would (npm run test:web).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import vm from 'node:vm';

const DIST = join(__dirname, '../../dist/browser');
const BUNDLE = join(DIST, 'server.js');
/** What the client gives as initializationOptions.librariesUrl; importScripts below reads it from DIST. */
const LIBRARIES_URL = 'https://extension.test/dist/browser/libraries.js';

/** A MessageChannel on timers: Node's real one would keep this test's process alive. */
class TimerChannel {
  readonly port1: { onmessage: ((event: { data: unknown }) => void) | null } = { onmessage: null };
  readonly port2 = { postMessage: (data: unknown) => setTimeout(() => this.port1.onmessage?.({ data }), 0) };
}

/** A dedicated worker's global scope, as far as a worker script may use it. */
function workerScope() {
  const listeners = new Map<string, Array<(event: unknown) => void>>();
  const posted: unknown[] = [];
  const scope: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    MessageChannel: TimerChannel,
    TextEncoder,
    TextDecoder,
    URL,
    performance,
    postMessage: (message: unknown) => posted.push(message),
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    removeEventListener: () => undefined,
  };
  scope['self'] = scope;
  scope['globalThis'] = scope;
  const loaded: string[] = [];
  const context = vm.createContext(scope);
  // A classic script in the worker's global scope, as the browser runs it (synchronously).
  scope['importScripts'] = (...urls: string[]) => {
    for (const url of urls) {
      loaded.push(url);
      vm.runInContext(readFileSync(join(DIST, new URL(url).pathname.split('/').pop()!), 'utf8'), context, {
        filename: url,
      });
    }
  };
  // The LSP reader listens with `onmessage`, the error logging with addEventListener.
  const dispatch = (data: unknown) => (scope['onmessage'] as ((event: unknown) => void) | undefined)?.({ data });
  return { context, posted, dispatch, loaded };
}

/** Polls `posted` until `find` matches a message. */
async function waitFor<T>(posted: unknown[], find: (message: T) => boolean): Promise<T | undefined> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = (posted as T[]).find(find);
    if (found || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the browser server bundle', () => {
  it(
    'starts in a worker scope without Node or the DOM, answers initialize, and loads its libraries only to lint a policy',
    { skip: !existsSync(BUNDLE) && 'not built' },
    async () => {
      const { context, posted, dispatch, loaded } = workerScope();
      vm.runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: 'server.js' });
      dispatch({
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: {
          processId: null,
          rootUri: null,
          capabilities: {},
          initializationOptions: { librariesUrl: LIBRARIES_URL },
        },
      });
      const answer = await waitFor<{ id?: number; result?: { serverInfo?: { name?: string } } }>(
        posted,
        (m) => m.id === 1,
      );
      assert.equal(answer?.result?.serverInfo?.name, 'security-policy');
      dispatch({ jsonrpc: '2.0', method: 'initialized', params: {} });
      assert.deepEqual(loaded, [], 'no libraries to answer initialize');
      // The server asks the client for repository facts; this client has none.
      const answered = new Set<unknown>();
      const answerRequests = setInterval(() => {
        for (const m of posted as Array<{ id?: unknown; method?: string }>) {
          if (m.method && m.id !== undefined && !answered.has(m.id)) {
            answered.add(m.id);
            dispatch({ jsonrpc: '2.0', id: m.id, result: null });
          }
        }
      }, 10);
      try {
        const uri = 'file:///work/SECURITY.md';
        dispatch({
          jsonrpc: '2.0',
          method: 'textDocument/didOpen',
          params: {
            textDocument: {
              uri,
              languageId: 'markdown',
              version: 1,
              text: '# Security Policy\n\nEmail security@example.com.\n',
            },
          },
        });
        type Published = {
          method?: string;
          params?: { uri: string; diagnostics: Array<{ code: string | { value: string } }> };
        };
        const published = await waitFor<Published>(
          posted,
          (m) =>
            m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && m.params.diagnostics.length > 0,
        );
        const codes = published?.params?.diagnostics.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
        assert.ok(codes?.includes('SEC011'), `the missing reporting section is reported: ${JSON.stringify(codes)}`);
        assert.deepEqual(loaded, [LIBRARIES_URL], 'the libraries, once');
      } finally {
        clearInterval(answerRequests);
      }
    },
  );
});
