// The Node server keeps the diagnostics of each policy it opened or saved in the folder the client
// gives (the extension's global storage), keyed by everything they are computed from: the server's
// bundles, the document's URI and text, its settings and analysis context (the facts, the companion
// file, today's date). A fresh server that is given the same policy again (the editor restarted
// with it open) shows them at once, while its first analysis, cold, still runs; that analysis then
// publishes what it found, in the rare case it differs. The core is a pure function of those inputs,
// so a saved entry under the same key is the same result. Only an optimisation: an entry that is
// missing, unreadable or malformed is a miss.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import type { SavedDiagnostics, SavedKey } from './diagnostics';

const PREFIX = 'diagnostics-';
const SUFFIX = '.json';
const PARTIAL = '.partial';

/** Entries kept; past it the least recently used go. A policy's entry is a few KB. */
export const MAX_SAVED = 64;

/**
 * Saved diagnostics in `folder()` (undefined: none kept). `buildFiles` are the files whose bytes
 * identify the running server (its bundles): another build never reads this build's entries.
 */
export function createSavedDiagnostics(
  folder: () => string | undefined,
  buildFiles: readonly string[],
): SavedDiagnostics {
  let build: string | undefined;
  const buildId = (): string => {
    if (build === undefined) {
      const hash = createHash('sha256');
      for (const file of buildFiles) {
        try {
          hash.update(readFileSync(file));
        } catch {
          hash.update(`\0missing ${file}`);
        }
      }
      build = hash.digest('hex');
    }
    return build;
  };
  const fileOf = (dir: string, key: SavedKey): string => join(dir, `${PREFIX}${keyHash(buildId(), key)}${SUFFIX}`);
  let writes = 0;

  return {
    enabled: () => folder() !== undefined,
    async read(key) {
      const dir = folder();
      if (dir === undefined) return undefined;
      const file = fileOf(dir, key);
      try {
        const saved: unknown = JSON.parse(await readFile(file, 'utf8'));
        if (!isDiagnosticList(saved)) return undefined;
        // Read is use: pruning keeps the entries used last, not only those written last.
        const now = new Date();
        void utimes(file, now, now).catch(() => undefined);
        return saved;
      } catch {
        return undefined;
      }
    },
    async write(key, diagnostics) {
      const dir = folder();
      if (dir === undefined) return;
      const file = fileOf(dir, key);
      // One name per write: two saves of one text in a row must not write into the same partial file.
      const partial = `${file}.${process.pid}-${++writes}${PARTIAL}`;
      try {
        await mkdir(dir, { recursive: true });
        // Written beside and renamed into place: a server reading it meanwhile sees all or nothing.
        await writeFile(partial, JSON.stringify(diagnostics));
        await rename(partial, file);
        await prune(dir);
      } catch {
        await rm(partial, { force: true }).catch(() => undefined);
      }
    },
  };
}

/** An entry as written: a list of diagnostics, each with a range and a message (anything else is a miss). */
function isDiagnosticList(value: unknown): value is Diagnostic[] {
  const isPosition = (p: unknown): boolean =>
    typeof p === 'object' &&
    p !== null &&
    Number.isInteger((p as { line?: unknown }).line) &&
    Number.isInteger((p as { character?: unknown }).character);
  return (
    Array.isArray(value) &&
    value.every((d: unknown) => {
      if (typeof d !== 'object' || d === null) return false;
      const { range, message } = d as { range?: { start?: unknown; end?: unknown }; message?: unknown };
      return typeof message === 'string' && isPosition(range?.start) && isPosition(range?.end);
    })
  );
}

/** The entry's name: one hash over the build and every input of the analysis, each field delimited. */
export function keyHash(buildId: string, key: SavedKey): string {
  const hash = createHash('sha256');
  for (const part of [buildId, key.uri, JSON.stringify(key.settings), JSON.stringify(key.context)])
    hash.update(`${part.length}:${part}`);
  return hash.update(key.text).digest('hex').slice(0, 40);
}

/** A partial file this old was left by a server that stopped while writing it. */
const STALE_PARTIAL_MS = 60_000;

/** Keeps the MAX_SAVED entries used last, and removes what writes cut short left behind. */
async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.startsWith(PREFIX));
  const dated = await Promise.all(
    names.map(async (name) => ({
      name,
      at: await stat(join(dir, name)).then(
        (s) => s.mtimeMs,
        () => 0,
      ),
    })),
  );
  const entries = dated.filter(({ name }) => name.endsWith(SUFFIX)).sort((a, b) => b.at - a.at);
  const stale = dated.filter(({ name, at }) => name.endsWith(PARTIAL) && Date.now() - at > STALE_PARTIAL_MS);
  await Promise.all([...entries.slice(MAX_SAVED), ...stale].map(({ name }) => rm(join(dir, name), { force: true })));
}
