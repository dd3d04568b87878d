// Issue 14 item 3: no message can crash the server. Every LSP method the server handles is sent with
// its params missing, null, of the wrong type, and with each field in turn deleted, null or of the
// wrong type. Requests must be answered (a result, or an InvalidParams error: never an internal error
// from a TypeError), and afterwards the server is alive and still publishes diagnostics.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { inspect } from 'node:util';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { expectedDiagnostics, TestClient, withDeadline } from './client';

const FOLDER = 'file:///work/malformed-params';
const OPEN = `${FOLDER}/open/SECURITY.md`;
const POLICY = '# Security Policy\n\n## Reporting a Vulnerability\n\nEmail security@example.com.\n';

const position = { line: 2, character: 3 };
const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 17 } };
const diagnostic = { range, message: 'x', source: 'security-policy', code: 'SEC010', severity: 2 };

interface Method {
  readonly method: string;
  readonly kind: 'request' | 'notification';
  /** Well-formed params; the variants are derived from them. `/VARIANT/` in them becomes a folder per variant. */
  readonly params: unknown;
  /** Opens the variant's document first, so the notification acts on an open document. */
  readonly opened?: boolean;
}

const METHODS: readonly Method[] = [
  {
    method: 'textDocument/didOpen',
    kind: 'notification',
    params: {
      textDocument: { uri: `${FOLDER}/opened/VARIANT/SECURITY.md`, languageId: 'markdown', version: 1, text: POLICY },
    },
  },
  {
    method: 'textDocument/didChange',
    kind: 'notification',
    params: {
      textDocument: { uri: `${FOLDER}/changed/VARIANT/SECURITY.md`, version: 2 },
      contentChanges: [{ range, text: '# Policy' }],
    },
    opened: true,
  },
  {
    method: 'textDocument/didSave',
    kind: 'notification',
    params: { textDocument: { uri: `${FOLDER}/saved/VARIANT/SECURITY.md` } },
    opened: true,
  },
  {
    method: 'textDocument/didClose',
    kind: 'notification',
    params: { textDocument: { uri: `${FOLDER}/closed/VARIANT/SECURITY.md` } },
    opened: true,
  },
  {
    method: 'workspace/didChangeConfiguration',
    kind: 'notification',
    params: { settings: { securityPolicy: { enable: true } } },
  },
  {
    method: 'workspace/didChangeWatchedFiles',
    kind: 'notification',
    params: { changes: [{ uri: `${FOLDER}/package.json`, type: 2 }] },
  },
  { method: '$/cancelRequest', kind: 'notification', params: { id: 12345 } },
  { method: '$/setTrace', kind: 'notification', params: { value: 'off' } },
  { method: 'textDocument/hover', kind: 'request', params: { textDocument: { uri: OPEN }, position } },
  { method: 'textDocument/completion', kind: 'request', params: { textDocument: { uri: OPEN }, position } },
  { method: 'textDocument/codeLens', kind: 'request', params: { textDocument: { uri: OPEN } } },
  {
    method: 'textDocument/codeAction',
    kind: 'request',
    params: {
      textDocument: { uri: OPEN },
      range,
      context: { diagnostics: [diagnostic], only: ['quickfix', 'source.fixAll'] },
    },
  },
  {
    method: 'codeAction/resolve',
    kind: 'request',
    params: {
      title: 'Fix all',
      kind: 'source.fixAll.securityPolicy',
      data: { action: 'fixAll', uri: OPEN, version: 1 },
    },
  },
  { method: 'securityPolicy/sections', kind: 'request', params: { uri: OPEN } },
  {
    method: 'securityPolicy/insertSection',
    kind: 'request',
    params: { uri: OPEN, version: 1, sectionId: 'supported-versions' },
  },
  { method: 'securityPolicy/fixAll', kind: 'request', params: { uri: OPEN, version: 1 } },
  {
    method: 'securityPolicy/newPolicy',
    kind: 'request',
    params: {
      template: 'minimal',
      facts: { projectName: 'acme', repository: { host: 'github.com', owner: 'acme', name: 'widget' } },
      manifest: { name: 'package.json', text: '{"version":"1.2.3"}' },
    },
  },
];

/** A value of another type than `value`. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'forty-two';
  if (Array.isArray(value)) return { 0: value[0] as unknown };
  if (typeof value === 'object' && value !== null) return 'an object was expected';
  return [value];
}

/** `params` with the value at `path` replaced (or deleted, for `undefined`). */
function replaced(params: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(params) ? [...(params as unknown[])] : { ...(params as object) }) as Record<
    string | number,
    unknown
  >;
  if (rest.length === 0 && value === undefined) delete copy[key];
  else copy[key] = replaced(copy[key], rest, value);
  return copy;
}

function* paths(value: unknown, prefix: readonly (string | number)[] = []): Generator<readonly (string | number)[]> {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    yield path;
    yield* paths(child, path);
  }
}

/** The malformed variants of well-formed `params`, each with a label. */
export function* variants(params: unknown): Generator<[string, unknown]> {
  yield ['no params', undefined];
  yield ['null params', null];
  yield ['number params', 7];
  yield ['string params', 'params'];
  yield ['empty object', {}];
  for (const path of paths(params)) {
    const at = path.join('.');
    let leaf: unknown = params;
    for (const key of path) leaf = (leaf as Record<string | number, unknown>)[key];
    yield [`${at} missing`, replaced(params, path, undefined)];
    yield [`${at} null`, replaced(params, path, null)];
    yield [`${at} wrong type`, replaced(params, path, wrongType(leaf))];
  }
}

describe('protocol: malformed params', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER] }));
    client.open(OPEN, POLICY);
    await client.published(OPEN, 1);
  });
  after(async () => client?.stop());

  for (const { method, kind, params, opened } of METHODS) {
    it(`${method}: every malformed variant is answered or dropped, and the server keeps serving`, async () => {
      let n = 0;
      for (const [label, template] of variants(params)) {
        // A document per variant: a later well-formed notification must not cancel the run an earlier one started.
        const folder = `${method.replace(/\W/g, '-')}-${++n}`;
        if (opened)
          client.open(
            JSON.stringify(params)
              .match(/"(file:[^"]*VARIANT[^"]*)"/)![1]!
              .replace('VARIANT', folder),
            POLICY,
          );
        const variant =
          template === undefined
            ? undefined
            : (JSON.parse(JSON.stringify(template).replaceAll('/VARIANT/', `/${folder}/`)) as unknown);
        const what = `${method} with ${label}`;
        if (kind === 'notification') {
          await (variant === undefined
            ? client.connection.sendNotification(method)
            : client.connection.sendNotification(method, variant));
          continue;
        }
        const answer = (
          variant === undefined ? client.connection.sendRequest(method) : client.connection.sendRequest(method, variant)
        ).then(
          () => undefined,
          (error: unknown) => error,
        );
        const error = await withDeadline(answer, 10_000, what);
        if (error !== undefined) {
          assert.ok(error instanceof ResponseError, `${what}: ${inspect(error)}`);
          assert.equal(error.code, ErrorCodes.InvalidParams, `${what}: ${error.message}`);
        }
      }
      // Every debounced run the variants started has run.
      await client.flush();
      if (method.startsWith('textDocument/did')) {
        assert.ok(
          client.logs.items.some((l) =>
            l.message.startsWith(`security-policy: ignored ${method} with malformed params`),
          ),
          `${method}: dropped with a warning`,
        );
      }
      assert.equal(client.process.exitCode, null, `the server is alive after ${method}`);
      // A good document still gets its diagnostics.
      const uri = `${FOLDER}/after/${method.replace(/\W/g, '-')}/SECURITY.md`;
      const document = client.open(uri, POLICY);
      const published = await client.published(uri, 1);
      assert.deepEqual(
        published.diagnostics,
        expectedDiagnostics(document, { relativePath: uri.slice(FOLDER.length + 1) }),
      );
      client.close(uri);
      assert.equal(client.process.exitCode, null, `the server is alive after ${method}`);
    });
  }
});
