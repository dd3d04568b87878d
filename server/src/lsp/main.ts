// Entry point of the bundled Node server. `createConnection` picks the transport from argv
// (--node-ipc inside VS Code, --stdio for other editors and the protocol tests, --socket=N).
// The browser's entry point is browserMain.ts.
import nodeModule from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import type { NodeInitializationOptions } from '../protocol/requests';
import { createCompanionSource } from './companionSource';
import { readFactsOfUri, rootRelativeOfUri } from '../facts/readFacts';
import { join } from 'node:path';
import { saveCodeCache, setCodeCacheFolder } from './nodeLibraries';
import { createSavedDiagnostics } from './savedDiagnostics';
import { isRecord } from './params';
import { startServer } from './server';
import { scheduleWarmUp } from './warmUp';

// Node 22.1+ (VS Code on Electron 35 and later) keeps the bytecode of the modules loaded from here on
// in a disk cache between starts; Node 20 has no such API. dist/libraries.js, the parser, has a code
// cache of its own in the folder the VS Code client gives (nodeLibraries.ts).
try {
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // No cache: compiled as usual.
}

// V8 runs a regular expression in its bytecode interpreter first and compiles it to machine code on
// its second run, so each pattern is compiled twice; the rules run each one per paragraph, and a cold
// first analysis of a 3 KB policy spent about 40 ms of its 175 ms in those compilations. Compiling
// each once, natively, took the first diagnostics to about 120 ms (scripts/bench/cold-open.ts).
// Set here rather than on the command line: V8 reads it whenever it compiles a pattern, and a runtime
// that did not know it (another Electron) would refuse to start with it there, but ignores it here.
// A copy of a pattern (String.prototype.matchAll makes one) is compiled again: core/regexpMatches.ts.
try {
  setFlagsFromString('--no-regexp-tier-up');
} catch {
  // Patterns compile as V8 decides.
}

// After a full collection V8 lets the old generation grow by a factor it picks from how cheap
// collections were, up to 4x; fixed at 1.5x, the garbage of a large policy's parse is collected
// sooner. Measured on the corpus replay (every fourth policy, taking turns, scripts/bench/replay-servers.ts):
// peak RSS 146 -> 98 MB for 10% more CPU and a per-policy median 1.02x; 1.2x: 95 MB, 13%, 1.07x.
// Set at run time for the same reason as above; V8 reads it after every full collection.
try {
  setFlagsFromString('--heap-growing-percent=50');
} catch {
  // The heap grows as V8 decides.
}

const connection = createConnection(ProposedFeatures.all);

// Over --stdio, stdout carries the protocol: a stray console.log would corrupt it.
console.log = connection.console.log.bind(connection.console);
console.info = connection.console.info.bind(connection.console);
console.warn = connection.console.warn.bind(connection.console);
console.error = connection.console.error.bind(connection.console);
console.debug = connection.console.log.bind(connection.console);

keepServingOnErrors(connection);
// The VS Code client gives a folder of the extension's own: the parser bundle's code cache
// (nodeLibraries.ts) and the policies' last diagnostics (savedDiagnostics.ts) are kept there.
let cacheFolder: string | undefined;
startServer(connection, {
  initializationOptions: (options) => {
    const folder = isRecord(options) ? (options as NodeInitializationOptions).cacheFolder : undefined;
    cacheFolder = typeof folder === 'string' && folder !== '' ? folder : undefined;
    setCodeCacheFolder(cacheFolder);
  },
  published: saveCodeCache,
  // This bundle and the parser's (esbuild.mjs) are the code the diagnostics come from.
  saved: createSavedDiagnostics(() => cacheFolder, [__filename, join(__dirname, 'libraries.js')]),
  // Facts from the disk, for `file:` documents (a virtual workspace has no disk here).
  readFacts: (uri) => readFactsOfUri(uri),
  companions: (openDocuments) => createCompanionSource(openDocuments),
  rootRelative: rootRelativeOfUri,
  // SECURITY_POLICY_WARMUP=0 turns it off, to measure what it buys (scripts/bench/first-analysis.ts).
  // A warm-up run to its end has compiled what a first analysis needs: the code cache is written then too.
  ...(process.env.SECURITY_POLICY_WARMUP !== '0' ? { warmUp: (busy) => scheduleWarmUp(busy, saveCodeCache) } : {}),
  // Off unless asked for: the benchmark counts analyses through it.
  trace: process.env.SECURITY_POLICY_TRACE === '1',
});

/**
 * An error no handler caught (a rejected promise of a notification's work, or one inside
 * vscode-jsonrpc, which reads `$/cancelRequest` params unchecked) is logged, and the server keeps
 * serving: by default Node would exit, and the editor gives up after a few restarts.
 */
function keepServingOnErrors(connection: Connection): void {
  const log = (what: string) => (error: unknown) => {
    connection.console.error(
      `security-policy: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  };
  process.on('unhandledRejection', log('unhandled rejection'));
  process.on('uncaughtException', log('uncaught exception'));
}
