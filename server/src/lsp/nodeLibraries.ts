// The libraries bundle of the Node server (dist/libraries.js: the Markdown parser, semver, minimatch;
// esbuild.mjs, LAZY_MODULES), loaded on first use, with a V8 code cache when the client gives a folder
// for it. Compiling the bundle and, during the first analysis, the functions it runs is a fixed cost
// of every fresh server (scripts/bench/cold-open.ts); the cache keeps that work from one start to the
// next. Node 22's module.enableCompileCache does the same (main.ts), but VS Code's Electron may run an
// older Node. The cache is only ever an optimisation: one that is missing, unreadable, corrupt or from
// another build or runtime is ignored (V8 checks its data against the source and its own version and
// flags too) and a fresh one is written after the next analysis.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const CACHE_PREFIX = 'libraries-';
const CACHE_SUFFIX = '.v8cache';

let cacheFolder: string | undefined;
let loaded: Record<string, unknown> | undefined;
/** What writes the cache once the first analysis has compiled what it needs. */
let pendingSave: (() => void) | undefined;

/** The folder the cache lives in: the client's storage for the extension (initializationOptions). */
export function setCodeCacheFolder(folder: string | undefined): void {
  cacheFolder = folder;
}

/** The exports of `bundle` (dist/libraries.js), loaded on the first call (synchronous, as `require` is). */
export function loadLibraries(bundle: string): Record<string, unknown> {
  if (loaded === undefined) {
    if (cacheFolder === undefined) {
      // Node's loader: where Node has it (22.1+), its own compile cache (main.ts) applies.
      loaded = createRequire(bundle)(bundle) as Record<string, unknown>;
    } else {
      const { exports, save } = loadWithCodeCache(bundle, cacheFolder);
      loaded = exports;
      pendingSave = save;
    }
  }
  return loaded;
}

/**
 * Writes the cache if this process found none that fitted: called after an analysis, so that the
 * functions compiled lazily while it ran are in the cache too. Once per process.
 */
export function saveCodeCache(): void {
  const save = pendingSave;
  pendingSave = undefined;
  save?.();
}

/**
 * Runs the CommonJS bundle at `bundle` as `require` would, compiled with the code cache kept in
 * `folder` if there is one that fits. `save` writes one, when there was none that fitted.
 */
export function loadWithCodeCache(
  bundle: string,
  folder: string,
): { readonly exports: Record<string, unknown>; readonly save?: () => void } {
  // Hashed as bytes: hashing the decoded text would encode it again.
  const bytes = readFileSync(bundle);
  const source = bytes.toString('utf8');
  // The same wrapper Node's own loader puts around a CommonJS module.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const cacheFile = codeCacheFile(folder, bytes);
  const cachedData = readCache(cacheFile);
  const script = new Script(wrapped, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const fits = cachedData !== undefined && script.cachedDataRejected !== true;
  return fits ? { exports: module.exports } : { exports: module.exports, save: () => writeCache(cacheFile, script) };
}

/** Where the cache of a bundle of these bytes goes: a new build or another Node or Electron gets a new file. */
export function codeCacheFile(folder: string, bundleBytes: Uint8Array): string {
  const key = createHash('sha256')
    .update(bundleBytes)
    .update(`\0${process.version}\0${process.versions.v8}\0${process.arch}`)
    .digest('hex');
  return join(folder, `${CACHE_PREFIX}${key.slice(0, 32)}${CACHE_SUFFIX}`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written beside and renamed into place, so a reader never sees half a file; the other builds' caches go. */
function writeCache(file: string, script: Script): void {
  const folder = dirname(file);
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, file);
    for (const name of readdirSync(folder))
      if (name.startsWith(CACHE_PREFIX) && name.endsWith(CACHE_SUFFIX) && join(folder, name) !== file)
        rmSync(join(folder, name), { force: true });
  } catch {
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing more to do: the next start compiles without a cache and tries again.
    }
  }
}
