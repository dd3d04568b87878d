// A minimal LSP client for the protocol tests: spawns the built dist/server.js over stdio, answers
// workspace/configuration from a per-URI table, records every publishDiagnostics and log message,
// and waits for them with deadlines (never with fixed sleeps).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/analyze';
import type { AnalysisContext } from '../../server/src/core/types';

export const SERVER_PATH = resolve(__dirname, '../../dist/server.js');
export const DOCS_BASE = 'https://github.com/security-policy/security-policy-vscode/blob/main/docs/rules/';
/** Wall-clock limit for one wait; generous, since it only matters when something is broken. */
export const DEFAULT_DEADLINE_MS = 15_000;
/**
 * Server CPU for one didOpen that only a hang or a change of complexity reaches: ten times issue 14's
 * budget of a second. The budget itself is measured by `npm run bench:hostile`, not asserted here (a
 * timed assertion fails a loaded machine's CI).
 */
export const HANG_GUARD_CPU_MS = 10_000;

type Predicate<T> = (item: T) => boolean;

interface Waiter<T> {
  readonly predicate: Predicate<T>;
  readonly resolve: (item: T) => void;
}

/** An append-only log that can be awaited: `next` resolves with the first matching item at or after an index. */
class Recorder<T> {
  readonly items: T[] = [];
  private waiters: Waiter<T>[] = [];

  push(item: T): void {
    this.items.push(item);
    const matched = this.waiters.filter((w) => w.predicate(item));
    this.waiters = this.waiters.filter((w) => !matched.includes(w));
    for (const w of matched) w.resolve(item);
  }

  next(predicate: Predicate<T>, what: string, from = 0, deadlineMs = DEFAULT_DEADLINE_MS): Promise<T> {
    const seen = this.items.slice(from).find(predicate);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise<T>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${deadlineMs} ms waiting for ${what}`));
      }, deadlineMs);
      const waiter: Waiter<T> = {
        predicate,
        resolve: (item) => {
          clearTimeout(timer);
          resolvePromise(item);
        },
      };
      this.waiters.push(waiter);
    });
  }
}

export interface ClientOptions {
  readonly workspaceFolders?: readonly string[];
  /** Whether the client answers workspace/configuration (it does by default). */
  readonly configuration?: boolean;
  /** Extra client capabilities; `textDocument` and `workspace` are merged into the defaults. */
  readonly capabilities?: ClientCapabilities;
  readonly initializationOptions?: unknown;
}

export class TestClient {
  readonly diagnostics = new Recorder<PublishDiagnosticsParams>();
  readonly logs = new Recorder<LogMessageParams>();
  /** The scope URI of every workspace/configuration item the server asked for. */
  readonly configurationRequests: Array<string | undefined> = [];
  /** The methods the server registered dynamically (client/registerCapability). */
  readonly registrations = new Recorder<string>();
  /** `securityPolicy` settings per document URI; `defaultSettings` for the others. */
  readonly settings = new Map<string, unknown>();
  defaultSettings: unknown = null;
  private readonly documents = new Map<string, TextDocument>();
  private flushes = 0;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: ClientOptions = {}): Promise<{ client: TestClient; initialize: InitializeResult }> {
    assertFreshBuild();
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    // The server must write nothing but protocol to stdout; stderr is surfaced to help debugging.
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[server stderr] ${chunk.toString()}`));
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new TestClient(child, connection);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => client.diagnostics.push(params));
    connection.onNotification(LogMessageNotification.type, (params) => client.logs.push(params));
    connection.onRequest(RegistrationRequest.type, (params) => {
      for (const r of params.registrations) client.registrations.push(r.method);
    });
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        assert(item.section === 'securityPolicy', `unexpected configuration section ${String(item.section)}`);
        client.configurationRequests.push(item.scopeUri);
        return (item.scopeUri !== undefined ? client.settings.get(item.scopeUri) : undefined) ?? client.defaultSettings;
      }),
    );
    connection.listen();

    const configuration = options.configuration ?? true;
    const folders = options.workspaceFolders ?? [];
    const initialize = await connection.sendRequest(InitializeRequest.type, {
      // The server polls this pid and exits if the test process dies without shutting it down.
      processId: process.pid,
      rootUri: folders[0] ?? null,
      workspaceFolders: folders.map((uri, i) => ({ uri, name: `folder${i}` })),
      initializationOptions: options.initializationOptions,
      capabilities: {
        ...options.capabilities,
        workspace: { configuration, ...options.capabilities?.workspace },
        textDocument: {
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
          ...options.capabilities?.textDocument,
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return { client, initialize };
  }

  /** Shuts the server down politely, then forcibly if it does not exit in time. */
  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    const exited = once(this.process, 'exit');
    try {
      await withDeadline(this.connection.sendRequest(ShutdownRequest.type), 5000, 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
      await withDeadline(exited, 5000, 'exit');
    } catch {
      this.process.kill('SIGKILL');
      await exited;
    } finally {
      this.connection.dispose();
    }
  }

  open(uri: string, text: string, version = 1): TextDocument {
    const document = TextDocument.create(uri, 'markdown', version, text);
    this.documents.set(uri, document);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
    return document;
  }

  /**
   * CPU milliseconds the server process has used so far (all its threads), from /proc on Linux;
   * undefined elsewhere. Load on a shared machine stretches the wall clock, not this.
   */
  cpuMs(): number | undefined {
    const pid = this.process.pid;
    if (pid === undefined || process.platform !== 'linux') return undefined;
    // Fields 14 and 15 (utime, stime) in clock ticks of 10 ms, after the command name in parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  /** Sends an incremental (or full, without `range`) change and returns the document as the server sees it. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): TextDocument {
    const current = this.documents.get(uri);
    if (!current) throw new Error(`${uri} is not open`);
    const version = current.version + 1;
    const next = TextDocument.update(current, changes, version);
    this.documents.set(uri, next);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return next;
  }

  /** The document as the server sees it (after every change sent). */
  document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  close(uri: string): void {
    this.documents.delete(uri);
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  changeConfiguration(): void {
    void this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** The first publish for `uri` (at or after index `from`) whose version is `version`. */
  published(uri: string, version: number | undefined, from = 0): Promise<PublishDiagnosticsParams> {
    return this.diagnostics.next(
      (p) => p.uri === uri && p.version === version,
      `diagnostics for ${uri} version ${version}`,
      from,
    );
  }

  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.items.filter((p) => p.uri === uri);
  }

  /**
   * Waits until the server has handled everything sent so far, including debounced work: a fresh
   * document is opened and edited, and its debounced publish can only come after every earlier timer
   * of the same length has fired and its settings round trip has been answered.
   */
  async flush(): Promise<void> {
    const uri = `file:///flush/${++this.flushes}/SECURITY.md`;
    this.open(uri, '# Flush\n');
    const from = this.diagnostics.items.length;
    this.change(uri, [{ text: '# Flush\n\nflushed\n' }]);
    await this.published(uri, 2, from);
    const closed = this.diagnostics.items.length;
    this.close(uri);
    await this.diagnostics.next(
      (p) => p.uri === uri && p.diagnostics.length === 0 && p.version === undefined,
      'flush close',
      closed,
    );
  }
}

/** A diagnostic's message as text: LSP 3.18 lets it be Markdown (the server sends plain strings). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** What the server should publish for `text`, computed by the core in-process. */
export function localDate(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function expectedDiagnostics(document: TextDocument, context: AnalysisContext = {}): Diagnostic[] {
  const severities = { error: 1, warning: 2, info: 3, hint: 4 } as const;
  const text = document.getText();
  // The server's defaults, and the date on the server's clock (the test's: both run here).
  const defaults: AnalysisContext = {
    requiredSections: ['reporting', 'supported-versions'],
    ruleSeverities: {},
    staleReviewMonths: 12,
    today: localDate(),
  };
  return analyze(text, { ...defaults, ...context }).map((f) => ({
    range: { start: document.positionAt(f.start), end: document.positionAt(f.end) },
    severity: severities[f.severity],
    source: 'security-policy',
    code: f.ruleId,
    codeDescription: { href: `${DOCS_BASE}${f.ruleId}.md` },
    message: f.message,
  }));
}

export async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The tests compare the bundle with the core sources run in-process; a bundle older than the sources
 * would fail with confusing diffs, so say what is wrong instead.
 */
function assertFreshBuild(): void {
  if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run \`npm run build\` first`);
  const built = statSync(SERVER_PATH).mtimeMs;
  const sources = resolve(__dirname, '../../server/src');
  const newer = readdirSync(sources, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && statSync(join(sources, file)).mtimeMs > built,
  );
  if (newer.length > 0)
    throw new Error(`dist/server.js is older than ${newer.join(', ')}: run \`npm run build\` first`);
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
