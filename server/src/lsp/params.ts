// Shape checks for the params of the LSP messages the server handles. vscode-jsonrpc passes params on
// as they came; a field of the wrong type would otherwise fail deep inside an analysis, where a
// notification's error has nobody to go to (issue 14). Requests answer InvalidParams; notifications
// are dropped with a logged warning.
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

type Guard<T> = (value: unknown) => value is T;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** LSP `uinteger`: positions and versions. */
function isUinteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** LSP `integer`: a version may be any whole number. */
function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export function isPosition(value: unknown): value is Position {
  return isRecord(value) && isUinteger(value['line']) && isUinteger(value['character']);
}

export function isRange(value: unknown): value is Range {
  return isRecord(value) && isPosition(value['start']) && isPosition(value['end']);
}

function isDocumentIdentifier(value: unknown): value is Record<string, unknown> & { uri: string } {
  return isRecord(value) && typeof value['uri'] === 'string';
}

function isArrayOf<T>(value: unknown, guard: Guard<T>): value is T[] {
  return Array.isArray(value) && value.every(guard);
}

function isContentChange(value: unknown): value is unknown {
  return (
    isRecord(value) && typeof value['text'] === 'string' && (value['range'] === undefined || isRange(value['range']))
  );
}

function isDiagnostic(value: unknown): value is unknown {
  return isRecord(value) && isRange(value['range']) && typeof value['message'] === 'string';
}

const TEXT_SYNC: Readonly<Record<string, Guard<unknown>>> = {
  'textDocument/didOpen': (p): p is unknown => {
    const td = isRecord(p) ? p['textDocument'] : undefined;
    return (
      isDocumentIdentifier(td) &&
      typeof td['languageId'] === 'string' &&
      isInteger(td['version']) &&
      typeof td['text'] === 'string'
    );
  },
  'textDocument/didChange': (p): p is unknown =>
    isRecord(p) &&
    isDocumentIdentifier(p['textDocument']) &&
    isInteger(p['textDocument']['version']) &&
    isArrayOf(p['contentChanges'], isContentChange),
  'textDocument/didClose': (p): p is unknown => isRecord(p) && isDocumentIdentifier(p['textDocument']),
  'textDocument/didSave': (p): p is unknown => isRecord(p) && isDocumentIdentifier(p['textDocument']),
  'textDocument/willSave': (p): p is unknown => isRecord(p) && isDocumentIdentifier(p['textDocument']),
  'textDocument/willSaveWaitUntil': (p): p is unknown => isRecord(p) && isDocumentIdentifier(p['textDocument']),
};

/** Which `on…` method of the connection registers the handler of each text-sync notification. */
const TEXT_SYNC_REGISTRATIONS = {
  onDidOpenTextDocument: 'textDocument/didOpen',
  onDidChangeTextDocument: 'textDocument/didChange',
  onDidCloseTextDocument: 'textDocument/didClose',
  onDidSaveTextDocument: 'textDocument/didSave',
  onWillSaveTextDocument: 'textDocument/willSave',
  onWillSaveTextDocumentWaitUntil: 'textDocument/willSaveWaitUntil',
} as const;

/**
 * The connection as `TextDocuments.listen` should see it: its text-sync handlers only receive
 * well-formed params (a didOpen without `text` would otherwise become a document whose text is
 * undefined). Malformed ones are logged and dropped.
 */
export function withCheckedTextSync(connection: Connection): Connection {
  return new Proxy(connection, {
    get(target, property, receiver) {
      const method = TEXT_SYNC_REGISTRATIONS[property as keyof typeof TEXT_SYNC_REGISTRATIONS];
      const value: unknown = Reflect.get(target, property, receiver);
      if (method === undefined || typeof value !== 'function') return value;
      const isValid = TEXT_SYNC[method]!;
      return (handler: (params: unknown, ...rest: unknown[]) => unknown) =>
        (value as (h: typeof handler) => unknown).call(target, (params: unknown, ...rest: unknown[]) => {
          if (isValid(params)) return handler(params, ...rest);
          target.console.warn(`security-policy: ignored ${method} with malformed params: ${preview(params)}`);
          return method === 'textDocument/willSaveWaitUntil' ? [] : undefined;
        });
    },
  });
}

/** Throws InvalidParams unless `params` passes `guard`: a request handler's first line. */
export function requireParams<T>(method: string, params: unknown, guard: Guard<T>, expected: string): T {
  if (guard(params)) return params;
  throw new ResponseError(ErrorCodes.InvalidParams, `${method}: expected ${expected}, got ${preview(params)}`);
}

export interface DocumentPositionParams {
  readonly textDocument: { readonly uri: string };
  readonly position: Position;
}

export function isDocumentPositionParams(value: unknown): value is DocumentPositionParams {
  return isRecord(value) && isDocumentIdentifier(value['textDocument']) && isPosition(value['position']);
}

export interface CodeActionParamsShape {
  readonly textDocument: { readonly uri: string };
  readonly range: Range;
  readonly context: { readonly diagnostics: unknown[]; readonly only?: string[] };
}

export function isCodeActionParams(value: unknown): value is CodeActionParamsShape {
  if (!isRecord(value) || !isDocumentIdentifier(value['textDocument']) || !isRange(value['range'])) return false;
  const context = value['context'];
  return (
    isRecord(context) &&
    isArrayOf(context['diagnostics'], isDiagnostic) &&
    (context['only'] === undefined || isArrayOf(context['only'], (k): k is string => typeof k === 'string'))
  );
}

export function isCodeAction(value: unknown): value is { title: string; data?: unknown } {
  return isRecord(value) && typeof value['title'] === 'string';
}

/** The start of a value, for a log line: never the whole of a huge message. */
function preview(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  json ??= String(value);
  return json.length > 200 ? `${json.slice(0, 200)}…` : json;
}

export interface TextDocumentParams {
  readonly textDocument: { readonly uri: string };
}

export function isTextDocumentParams(value: unknown): value is TextDocumentParams {
  return isRecord(value) && isDocumentIdentifier(value['textDocument']);
}
