// Protocol robustness (issue 8): malformed JSON-RPC, unknown methods, requests for unknown or closed
// documents and out-of-range positions, 50 documents at once, and memory after closing documents.
// The server answers errors where JSON-RPC says so and keeps serving.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  ErrorCodes,
  HoverRequest,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { expectedDiagnostics, TestClient, withDeadline } from './client';

const FOLDER = 'file:///work/protocol-robustness';
const POLICY = '# Security Policy\n\n## Reporting a Vulnerability\n\nEmail security@example.com.\n';

/** Frames a JSON-RPC payload as the base protocol does. */
function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

/** Writes raw bytes to the server's stdin, behind the connection's back. */
async function writeRaw(client: TestClient, data: string): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    client.process.stdin!.write(data, (error) => (error ? reject(error) : resolve())),
  );
}

async function assertServes(client: TestClient, name: string): Promise<void> {
  const uri = `${FOLDER}/${name}/SECURITY.md`;
  const document = client.open(uri, POLICY);
  assert.deepEqual(
    (await client.published(uri, 1)).diagnostics,
    expectedDiagnostics(document, { relativePath: `${name}/SECURITY.md` }),
  );
  client.close(uri);
}

/** Old-space limit of the server in the memory test, and how many batches of 50 large documents it gets. */
const HEAP_MB = 96;
const BATCHES = 4;

function rssKiB(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  assert.ok(match, 'VmRSS in /proc/PID/status');
  return Number(match[1]);
}

describe('protocol: robustness', () => {
  const clients: TestClient[] = [];
  after(async () => {
    await Promise.all(clients.map((c) => c.stop()));
  });
  async function start(): Promise<TestClient> {
    const { client } = await TestClient.start({ workspaceFolders: [FOLDER] });
    clients.push(client);
    return client;
  }

  it('answers a request with a body that is not JSON with a parse error, or ignores it, and keeps serving', async () => {
    const client = await start();
    await writeRaw(client, frame('{"jsonrpc":"2.0","id":9001,"method":'));
    await writeRaw(client, frame('not json at all \u0000\u00ff'));
    await writeRaw(client, frame('[1, 2, 3]'));
    await writeRaw(client, frame('{"jsonrpc":"2.0","id":9002}'));
    await writeRaw(client, frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":null}}'));
    await assertServes(client, 'after-bad-json');
    assert.equal(client.process.exitCode, null, 'still running');
  });

  it('after a frame it cannot parse (no or bad Content-Length) it stays quiet and exits when its input closes', async () => {
    // The base protocol has no way to find the next message once framing is lost: vscode-jsonrpc's
    // reader reports "Header must provide a Content-Length property." (or a malformed header) on every
    // later chunk and reads nothing more. What matters is that the server does not spin or hang on
    // exit: closing its input (as an editor does when it goes away) ends the process.
    for (const garbage of [
      'Content-Type: application/json\r\n\r\n{}',
      'Content-Length: abc\r\n\r\n{}',
      'hello\r\n\r\n',
    ]) {
      const client = await start();
      const exited = new Promise<number | null>((resolve) => client.process.once('exit', (code) => resolve(code)));
      await writeRaw(client, garbage);
      client.process.stdin!.end();
      await withDeadline(exited, 10_000, `exit after ${JSON.stringify(garbage)} and end of input`);
    }
  });

  it('answers unknown requests with MethodNotFound and ignores unknown notifications', async () => {
    const client = await start();
    await assert.rejects(client.connection.sendRequest('securityPolicy/noSuchThing', { x: 1 }), (error: unknown) => {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.code, ErrorCodes.MethodNotFound);
      return true;
    });
    await assert.rejects(
      client.connection.sendRequest('textDocument/noSuchFeature'),
      (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound,
    );
    await client.connection.sendNotification('securityPolicy/noSuchNotification', { y: 2 });
    await client.connection.sendNotification('$/noSuchProtocolNotification');
    // `$/` requests may be ignored by a server, but must still be answered (with an error).
    await assert.rejects(
      client.connection.sendRequest('$/noSuchRequest'),
      (error: unknown) => error instanceof ResponseError,
    );
    await assertServes(client, 'after-unknown');
  });

  it('answers requests for unknown and closed documents, and out-of-range positions, without an error', async () => {
    const client = await start();
    const unknown = `${FOLDER}/never-opened/SECURITY.md`;
    const closed = `${FOLDER}/closed/SECURITY.md`;
    client.open(closed, POLICY);
    await client.published(closed, 1);
    client.close(closed);
    const open = `${FOLDER}/open/SECURITY.md`;
    client.open(open, POLICY);
    await client.published(open, 1);

    const empty = (value: unknown) =>
      value === null ||
      (Array.isArray(value) && value.length === 0) ||
      (typeof value === 'object' &&
        value !== null &&
        'items' in value &&
        (value as { items: unknown[] }).items.length === 0);
    const far = { line: 100_000, character: 100_000 };
    const range = { start: { line: 0, character: 0 }, end: far };
    for (const uri of [unknown, closed]) {
      const position = { line: 0, character: 0 };
      assert.ok(
        empty(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })),
        `hover ${uri}`,
      );
      assert.ok(
        empty(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })),
        `completion ${uri}`,
      );
      assert.ok(
        empty(
          await client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri },
            range,
            context: { diagnostics: [] },
          }),
        ),
        `codeAction ${uri}`,
      );
    }
    // Out of range in an open document: clamped or empty, never an error.
    for (const position of [far, { line: 0, character: 100_000 }]) {
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: open }, position });
      await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: open }, position });
    }
    // A negative position is not a position (LSP's uinteger): InvalidParams, and the server goes on.
    const negative = { textDocument: { uri: open }, position: { line: -1, character: -1 } };
    await assert.rejects(client.connection.sendRequest(HoverRequest.type, negative), { code: -32602 });
    await assert.rejects(client.connection.sendRequest(CompletionRequest.type, negative), { code: -32602 });
    await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: open },
      range,
      context: { diagnostics: [] },
    });
    // A change to a document that is not open, and a close of one that is not open.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: unknown, version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: unknown } });
    await assertServes(client, 'after-unknown-documents');
  });

  it('50 documents opened, changed and closed at once each get their final diagnostics, then []', async () => {
    const client = await start();
    const uris = Array.from({ length: 50 }, (_, i) => `${FOLDER}/many/${i}/SECURITY.md`);
    const from = client.diagnostics.items.length;
    for (const [i, uri] of uris.entries()) client.open(uri, `# Policy ${i}\n\nEmail security@example.com.\n`);
    const finals = uris.map((uri, i) =>
      client.change(uri, [
        {
          range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
          text: `## Reporting\n\nWithin ${i} days.\n\n`,
        },
      ]),
    );
    for (const [i, uri] of uris.entries()) {
      const published = await client.published(uri, 2, from);
      assert.deepEqual(
        published.diagnostics,
        expectedDiagnostics(finals[i]!, { relativePath: `many/${i}/SECURITY.md` }),
        uri,
      );
    }
    const closing = client.diagnostics.items.length;
    for (const uri of uris) client.close(uri);
    for (const uri of uris) {
      await client.diagnostics.next(
        (p) => p.uri === uri && p.version === undefined && p.diagnostics.length === 0,
        `[] for ${uri}`,
        closing,
      );
    }
    // Nothing is published for a closed document afterwards.
    await client.flush();
    const late = client.diagnostics.items
      .slice(closing)
      .filter((p) => uris.includes(p.uri) && p.diagnostics.length > 0);
    assert.deepEqual(late, []);
  });

  it('memory returns after closing documents: batches of 50 large documents fit in a small heap', async (t) => {
    // With a small heap, V8 must collect instead of growing: closed documents that stayed reachable
    // would run it out of memory within a few batches.
    const options = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `${options ?? ''} --max-old-space-size=${HEAP_MB}`;
    const client = await start().finally(() => {
      if (options === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = options;
    });
    const pid = client.process.pid!;
    // A large but realistic policy (about 60 KB), different per document.
    const big = (i: number) =>
      `# Policy ${i}\n\n` +
      `## Section\n\nEmail security@example.com about release ${i}.x. We reply within 3 days.\n\n`.repeat(700);
    async function batch(name: string): Promise<{ open: number; closed: number }> {
      const uris = Array.from({ length: 50 }, (_, i) => `${FOLDER}/${name}/${i}/SECURITY.md`);
      const from = client.diagnostics.items.length;
      for (const [i, uri] of uris.entries()) client.open(uri, big(i));
      for (const uri of uris) await client.published(uri, 1, from);
      const open = rssKiB(pid);
      const closing = client.diagnostics.items.length;
      for (const uri of uris) client.close(uri);
      for (const uri of uris)
        await client.diagnostics.next(
          (p) => p.uri === uri && p.diagnostics.length === 0 && p.version === undefined,
          `[] for ${uri}`,
          closing,
        );
      await assertServes(client, `after-${name}`);
      return { open, closed: rssKiB(pid) };
    }
    await assertServes(client, 'warm-up');
    const baseline = rssKiB(pid);
    const batches: Array<{ open: number; closed: number }> = [];
    for (let i = 0; i < BATCHES; i++) batches.push(await batch(`batch${i}`));
    const mb = (kib: number) => `${(kib / 1024).toFixed(0)} MB`;
    t.diagnostic(
      `server RSS (heap limit ${HEAP_MB} MB): ${mb(baseline)} at start; after each batch of 50 opened/closed: ${batches.map((b) => `${mb(b.open)}/${mb(b.closed)}`).join(', ')}`,
    );
    // The documents of all batches together (with trees and findings) need far more than the heap
    // limit; the server got through them, so closed documents were collected. And RSS levels off.
    assert.equal(client.process.exitCode, null, 'the server is still running');
    const last = batches[batches.length - 1]!.closed;
    assert.ok(last - baseline < (HEAP_MB + 150) * 1024, `RSS grew by ${mb(last - baseline)}`);
  });
});
