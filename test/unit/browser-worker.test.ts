// The browser server (dist/browser/server.js) as a web worker runs it: a classic script in a global
// scope with no Node (require, process, Buffer) and no DOM (document, window). Evaluated here in
// such a scope (node:vm), it must start and answer `initialize` over postMessage, which catches a
// library whose browser build needs the DOM before a real browser would (npm run test:web).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import vm from 'node:vm';

const BUNDLE = join(__dirname, '../../dist/browser/server.js');

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
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    removeEventListener: () => undefined,
  };
  scope['self'] = scope;
  scope['globalThis'] = scope;
  const context = vm.createContext(scope);
  // The LSP reader listens with `onmessage`, the error logging with addEventListener.
  const dispatch = (data: unknown) => (scope['onmessage'] as ((event: unknown) => void) | undefined)?.({ data });
  return { context, posted, dispatch };
}

describe('the browser server bundle', () => {
  it('starts in a worker scope without Node or the DOM and answers initialize', { skip: !existsSync(BUNDLE) && 'not built' }, async () => {
    const { context, posted, dispatch } = workerScope();
    vm.runInContext(readFileSync(BUNDLE, 'utf8'), context, { filename: 'server.js' });
    dispatch({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const deadline = Date.now() + 5000;
    let answer: { id?: number; result?: { serverInfo?: { name?: string } } } | undefined;
    while (!answer && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      answer = posted.find((m) => (m as { id?: number }).id === 1) as typeof answer;
    }
    assert.equal(answer?.result?.serverInfo?.name, 'security-policy');
  });
});
