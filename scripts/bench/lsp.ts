// Drives a language server over stdio the way an editor does, and times it: our server (push
// diagnostics, counted through its SECURITY_POLICY_TRACE notifications) and the reference peer,
// vscode-markdown-languageserver (pull diagnostics; it asks the client to tokenize with markdown-it,
// as VS Code's Markdown extension does, so that parse runs here in the bench process).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TraceEvent } from '../../server/src/lsp/trace';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../server/src/protocol/launch';
import { sleep } from './options';

export type ServerKind = 'ours' | 'peer';

/** Our server's Node options: as the client starts it, unless BENCH_SERVER_ARGV (space-separated) replaces them. */
const ourExecArgv = (): readonly string[] =>
  process.env.BENCH_SERVER_ARGV?.split(' ').filter(Boolean) ?? SERVER_EXEC_ARGV;

const requireHere = createRequire(__filename);

let benchCodeCache: string | undefined;
/**
 * The folder our server keeps its parser's code cache and the policies' diagnostics in, as the VS Code
 * client gives it its storage: one for the whole bench process, so every start after the first finds
 * the code cache a user's restarts find (a policy's diagnostics only when that very policy was opened
 * before). BENCH_CODE_CACHE=none gives none (a first start ever); another value is the folder to use.
 */
function cacheFolder(): string | undefined {
  const chosen = process.env.BENCH_CODE_CACHE;
  if (chosen === 'none') return undefined;
  if (chosen) return chosen;
  if (benchCodeCache === undefined) {
    const folder = mkdtempSync(join(tmpdir(), 'security-policy-bench-cache-'));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    benchCodeCache = folder;
  }
  return benchCodeCache;
}

interface MarkdownIt {
  parse(text: string, env: object): unknown[];
}

/** The peer's client side: VS Code's Markdown extension tokenizes with markdown-it (html and linkify on). */
function createTokenizer(): (text: string) => unknown[] {
  const MarkdownItCtor = requireHere('markdown-it') as new (options: object) => MarkdownIt;
  const md = new MarkdownItCtor({ html: true, linkify: true });
  return (text) => md.parse(text, {});
}

/** What VS Code sends the peer: validation on, links checked as in a default install with validation enabled. */
const PEER_SETTINGS = {
  markdown: {
    server: { log: 'off' },
    preferredMdPathExtensionStyle: 'auto',
    suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'never' } },
    occurrencesHighlight: { enabled: false },
    validate: {
      enabled: true,
      referenceLinks: { enabled: 'warning' },
      fragmentLinks: { enabled: 'warning' },
      fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
      ignoredLinks: [],
      unusedLinkDefinitions: { enabled: 'hint' },
      duplicateLinkDefinitions: { enabled: 'warning' },
    },
  },
};

export interface Started {
  readonly session: Session;
  /** Spawn to initialize result, in ms. */
  readonly initializeMs: number;
}

export class Session {
  private readonly documents = new Map<string, TextDocument>();
  private readonly waiters: Array<{ uri: string; version: number; resolve: () => void }> = [];
  /** Our server: finished analyses per URI (from trace notifications). Peer: markdown/parse requests. */
  readonly analyses = new Map<string, number>();
  readonly abandoned = new Map<string, number>();
  /** Our server's trace events, in order. */
  readonly traces: TraceEvent[] = [];
  private tokenCache: { uri: string; version: number; tokens: unknown[] } | undefined;

  private constructor(
    readonly kind: ServerKind,
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    private readonly settings: object | null = null,
  ) {}

  /** `serverPath`: our bundle (the bench runs a snapshot of dist/server.js, so a rebuild meanwhile cannot mix builds). */
  /** `settings`: our server's `securityPolicy` settings (defaults when absent); the peer ignores them. */
  static async start(kind: ServerKind, folderUri: string, serverPath: string, settings?: object): Promise<Started> {
    const began = performance.now();
    const script =
      kind === 'ours' ? serverPath : requireHere.resolve('vscode-markdown-languageserver/dist/node/workerMain.js');
    // Each as its editor starts it: ours with the client's Node options and environment, the peer as VS Code starts it (neither).
    const child = spawn(process.execPath, [...(kind === 'ours' ? ourExecArgv() : []), script, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...(kind === 'ours' ? SERVER_ENV : {}), SECURITY_POLICY_TRACE: '1' },
    });
    child.stderr.resume();
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const session = new Session(kind, child, connection, settings ?? null);
    session.listen();
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: 'bench' }],
      initializationOptions: kind === 'peer' ? { markdownFileExtensions: ['md'] } : { cacheFolder: cacheFolder() },
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
        },
        textDocument: {
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          synchronization: { didSave: true },
        },
      },
    });
    const initializeMs = performance.now() - began;
    await connection.sendNotification(InitializedNotification.type, {});
    if (kind === 'peer')
      await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: PEER_SETTINGS });
    return { session, initializeMs };
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) =>
      this.settle(p.uri, p.version),
    );
    c.onNotification('securityPolicy/trace', (e: TraceEvent) => {
      this.traces.push(e);
      const counts = e.event === 'analysed' ? this.analyses : this.abandoned;
      counts.set(e.uri, (counts.get(e.uri) ?? 0) + 1);
    });
    // Our server asks for its settings (defaults) and registers for changes; the peer asks for files.
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('workspace/diagnostic/refresh', () => null);
    c.onRequest('markdown/parse', (p: { uri: string; text?: string }) => this.tokenize(p));
    c.onRequest('markdown/fs/stat', (p: { uri: string }): { isDirectory: boolean } | null => {
      try {
        return { isDirectory: statSync(fileURLToPath(p.uri)).isDirectory() };
      } catch {
        return null;
      }
    });
    c.onRequest('markdown/fs/readDirectory', (p: { uri: string }) =>
      readdirSync(fileURLToPath(p.uri), { withFileTypes: true }).map((e) => [e.name, { isDirectory: e.isDirectory() }]),
    );
    c.onRequest('markdown/fs/readFile', (p: { uri: string }) => [...readFileSync(fileURLToPath(p.uri))]);
    c.onRequest('markdown/findMarkdownFilesInWorkspace', () => [...this.documents.keys()]);
    c.onRequest('markdown/fs/watcher/create', () => null);
    c.onRequest('markdown/fs/watcher/delete', () => null);
  }

  private readonly tokenizer = createTokenizer();

  /** VS Code's engine caches tokens per document version; so does this. */
  private tokenize({ uri, text }: { uri: string; text?: string }): unknown[] {
    this.analyses.set(uri, (this.analyses.get(uri) ?? 0) + 1);
    if (text !== undefined) return this.tokenizer(text);
    const document = this.documents.get(uri);
    if (!document) return [];
    if (this.tokenCache?.uri === uri && this.tokenCache.version === document.version) return this.tokenCache.tokens;
    const tokens = this.tokenizer(document.getText());
    this.tokenCache = { uri, version: document.version, tokens };
    return tokens;
  }

  private settle(uri: string, version: number | undefined): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i]!;
      if (w.uri === uri && version !== undefined && version >= w.version) {
        this.waiters.splice(i, 1);
        w.resolve();
      }
    }
  }

  /** Resolves when diagnostics for `version` (or a later one) of `uri` are in: pushed, or pulled now for the peer. */
  private diagnosticsFor(uri: string, version: number): Promise<void> {
    if (this.kind === 'peer') {
      return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }).then(() => undefined);
    }
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  /** didOpen until its diagnostics, in ms. */
  async open(uri: string, text: string): Promise<number> {
    const began = performance.now();
    const document = TextDocument.create(uri, 'markdown', 1, text);
    this.documents.set(uri, document);
    const done = this.kind === 'ours' ? this.diagnosticsFor(uri, 1) : undefined;
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    await (done ?? this.diagnosticsFor(uri, 1));
    return performance.now() - began;
  }

  /** Sends a change without waiting; returns the new version. */
  change(uri: string, change: TextDocumentContentChangeEvent): number {
    const current = this.documents.get(uri)!;
    const version = current.version + 1;
    this.documents.set(uri, TextDocument.update(current, [change], version));
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    return version;
  }

  /** One change and its diagnostics, in ms. */
  async edit(uri: string, change: TextDocumentContentChangeEvent): Promise<number> {
    const began = performance.now();
    const version = this.change(uri, change);
    await this.diagnosticsFor(uri, version);
    return performance.now() - began;
  }

  /** Sends a change without waiting for its diagnostics; resolves with the time until they (or a later version's) arrive, in ms. */
  typed(uri: string, change: TextDocumentContentChangeEvent): Promise<number> {
    const began = performance.now();
    const version = this.change(uri, change);
    return this.diagnosticsFor(uri, version).then(() => performance.now() - began);
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    if (this.tokenCache?.uri === uri) this.tokenCache = undefined;
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Changes sent back to back, then the time until diagnostics for the last version, in ms. */
  async burst(uri: string, changes: readonly TextDocumentContentChangeEvent[]): Promise<number> {
    const began = performance.now();
    let version = 0;
    for (const change of changes) version = this.change(uri, change);
    await this.diagnosticsFor(uri, version);
    return performance.now() - began;
  }

  async hover(uri: string, position: Position): Promise<number> {
    const began = performance.now();
    await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return performance.now() - began;
  }

  document(uri: string): TextDocument {
    return this.documents.get(uri)!;
  }

  /** Whether diagnostics for `version` of `uri` have arrived (push only). */
  pending(uri: string, version: number): boolean {
    return this.waiters.some((w) => w.uri === uri && w.version <= version);
  }

  /** CPU time the server process has used so far (all its threads), in ms. */
  cpuMs(): number {
    // /proc/PID/stat: utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux).
    const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  /** Resident set of the server process now, in KB (VmRSS). */
  rssKb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  }

  /** Peak resident set of the server process, in KB (VmHWM). */
  peakRssKb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  }

  async stop(): Promise<void> {
    const exited = once(this.child, 'exit');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.child.kill('SIGKILL');
    }
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/**
 * Our server started from `PATH` or `PATH@NODE OPTIONS` (space-separated; the client's options when
 * there is no `@`), as replay-servers.ts and keystrokes.ts name the builds they compare.
 */
export async function startOurs(spec: string, folderUri: string): Promise<Session> {
  const [path, argv] = spec.split('@') as [string, string | undefined];
  const previous = process.env.BENCH_SERVER_ARGV;
  if (argv !== undefined) process.env.BENCH_SERVER_ARGV = argv;
  try {
    return (await Session.start('ours', folderUri, resolve(path))).session;
  } finally {
    if (previous === undefined) delete process.env.BENCH_SERVER_ARGV;
    else process.env.BENCH_SERVER_ARGV = previous;
  }
}

/** Where the corpus replay types: the end of the line at the middle of the text (before its CR LF). */
export function replaySpot(text: string): number {
  let end = text.indexOf('\n', Math.floor(text.length / 2));
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  return end;
}

/**
 * Types `chars` letters at the replay spot of an open document, one every `pauseMs` at the most and
 * never more than one ahead of the diagnostics; calls `each` with each keystroke's latency and
 * returns their sum.
 */
export async function typeAtReplaySpot(
  session: Session,
  uri: string,
  text: string,
  chars: number,
  pauseMs: number,
  each: (ms: number) => void = () => {},
): Promise<number> {
  const at = session.document(uri).positionAt(replaySpot(text));
  let typedMs = 0;
  for (let i = 0; i < chars; i++) {
    const position = { line: at.line, character: at.character + i };
    const [ms] = await Promise.all([
      session.edit(uri, { range: { start: position, end: position }, text: 'abcdefghij'[i % 10]! }),
      sleep(pauseMs),
    ]);
    typedMs += ms;
    each(ms);
  }
  return typedMs;
}
