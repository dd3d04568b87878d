// Workspace facts for one policy file, read from disk: the repository (origin remote) and the project's
// current version. Node-fs glue around the walk in factsWalk.ts; shared by the CLI and the Node
// language server (the browser server reads through the client: uriFacts.ts). Reads files only: no
// processes, no network. Never throws.
import { constants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Companion } from '../core/types';
import { companionKindFor, companionOf, companionRoot, findCompanion } from './companion';
import {
  factsFrom,
  FACTS_TIME_BUDGET_MS,
  MAX_FACT_FILE_BYTES,
  repositoryRoot as rootOf,
  withinBudget,
  type FactFiles,
  type FolderEntry,
  type WorkspaceFacts,
} from './factsWalk';

export { FACTS_TIME_BUDGET_MS, MAX_FACT_FILE_BYTES, withinBudget, type WorkspaceFacts };

/** The disk, through node:fs and node:path. */
const DISK: FactFiles = {
  dirname: (p) => path.dirname(p),
  join: (folder, name) => path.join(folder, name),
  toSlashes: (p) => p.split(path.sep).join('/'),
  exists,
  read: readText,
  list: listFolder,
};

/** A folder's entries; a link to a folder (a `.github` shared between repositories) counts as a folder. */
async function listFolder(folder: string): Promise<FolderEntry[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const isLinkedFolder = async (name: string) =>
    (await stat(path.join(folder, name)).catch(() => undefined))?.isDirectory() === true;
  return Promise.all(
    entries.map(async (e) => ({
      name: e.name,
      folder: e.isDirectory() || (e.isSymbolicLink() && (await isLinkedFolder(e.name))),
    })),
  );
}

export async function readFacts(policyPath: string): Promise<WorkspaceFacts> {
  const read = factsFrom(path.dirname(path.resolve(policyPath)), DISK);
  return withinBudget(
    read.catch((): WorkspaceFacts => ({})),
    FACTS_TIME_BUDGET_MS,
    {},
  );
}

/** `file` relative to the work tree's `root`, `/`-separated, as the policy files are listed (SEC002). */
export function rootRelativePath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** A `file:` document's `rootRelativePath`; undefined for other schemes. */
export function rootRelativeOfUri(uri: string, root: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return rootRelativePath(root, fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** The language server's facts of a document: `file:` URIs only (other schemes have no disk here). */
export async function readFactsOfUri(uri: string): Promise<WorkspaceFacts> {
  if (!uri.startsWith('file:')) return {};
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return {};
  }
  return readFacts(file);
}

/**
 * The other policy file of the repository `file` belongs to, read from disk (companion.ts says
 * where): its SECURITY.md for a security.txt, its security.txt for a SECURITY.md. Within the time
 * budget, like the other facts; undefined when there is none.
 */
export async function readCompanion(
  file: string,
  root: string | undefined,
): Promise<(Companion & { readonly path: string }) | undefined> {
  const base = companionRoot(file, root);
  const kind = companionKindFor(file);
  const work = async () => {
    const found = await findCompanion(kind, base, listNames);
    const text = found === undefined ? undefined : await readText(found, base);
    return found !== undefined && text !== undefined
      ? { ...companionOf(kind, base, found, text), path: found }
      : undefined;
  };
  return withinBudget(
    work().catch(() => undefined),
    FACTS_TIME_BUDGET_MS,
    undefined,
  );
}

/** The names in a folder; none when it is missing or unreadable. */
async function listNames(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch {
    return [];
  }
}

/** The nearest folder at or above `folder` that holds `.git`, a directory or (worktrees, submodules) a file. */
export async function repositoryRoot(folder: string): Promise<string | undefined> {
  return rootOf(path.resolve(folder), DISK);
}

// Where the platform has it: opening a FIFO then returns at once instead of waiting for a writer.
const O_NONBLOCK: number = constants.O_NONBLOCK ?? 0;

/**
 * The text of a regular file of at most MAX_FACT_FILE_BYTES whose real path (symlinks resolved) lies
 * inside `within` (also resolved); undefined otherwise, or when it is missing or unreadable. A FIFO or
 * a device (`/dev/zero` behind a symlink) is turned away by stat before it is opened, and the open is
 * non-blocking in case it was swapped in between.
 */
async function readText(file: string, within?: string): Promise<string | undefined> {
  try {
    const real = await realpath(file);
    if (within !== undefined && !isInside(await realpath(within), real)) return undefined;
    if (!isSmallRegularFile(await stat(real))) return undefined;
    const handle = await open(real, constants.O_RDONLY | O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!isSmallRegularFile(info)) return undefined;
      // One byte more than stat says: a file that grew past the limit since is noticed.
      const buffer = Buffer.alloc(Math.min(info.size, MAX_FACT_FILE_BYTES) + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return bytesRead > MAX_FACT_FILE_BYTES ? undefined : buffer.toString('utf8', 0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return undefined; // missing, a directory, unreadable: no fact
  }
}

function isSmallRegularFile(info: { isFile(): boolean; size: number }): boolean {
  return info.isFile() && info.size <= MAX_FACT_FILE_BYTES;
}

/** Whether `file` is `folder` or inside it (both absolute, compared as given). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
