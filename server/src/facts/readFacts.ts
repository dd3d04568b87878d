// Workspace facts for one policy file, read from disk: the repository (origin remote) and the project's
// current version. Node-fs glue around the pure parsers in gitRemote.ts and projectVersion.ts; shared by
// the CLI and the language server. Reads files only: no processes, no network. Never throws.
import { constants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { POLICY_FOLDERS } from '../core/precedence';
import type { Companion, Repository } from '../core/types';
import { companionKindFor, companionOf, companionRoot, findCompanion } from './companion';
import { repositoryFromGit } from './gitRemote';
import { projectVersion, type ManifestKind } from './projectVersion';

/** A manifest or git file larger than this is not a fact source (a real one is a few KB). */
export const MAX_FACT_FILE_BYTES = 1_000_000;

/** readFacts gives up after this long (a hung network drive): the facts are optional. */
export const FACTS_TIME_BUDGET_MS = 2000;

export interface WorkspaceFacts {
  /** The work tree's root: the nearest ancestor of the policy holding `.git` (a folder or a file). */
  readonly root?: string;
  /** From the origin remote in the repository's git config. */
  readonly repository?: Repository;
  readonly projectVersion?: string;
  /** The manifest the version was read from. */
  readonly manifest?: string;
  /** Policy files in the root, .github/, docs/ and doc/ of the repository, root-relative and `/`-separated (core/precedence.ts). */
  readonly policyFiles?: readonly string[];
}

/** Checked in this order within one folder; the first that declares a version wins. */
const MANIFESTS: readonly ManifestKind[] = ['package.json', 'Cargo.toml', 'pyproject.toml', 'go.mod'];

export async function readFacts(policyPath: string): Promise<WorkspaceFacts> {
  return withinBudget(readFactsUnbounded(policyPath).catch((): WorkspaceFacts => ({})), FACTS_TIME_BUDGET_MS, {});
}

/** What `work` gives, or `fallback` once `ms` have passed without it (the work is left to finish unseen). */
export async function withinBudget<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, outOfTime]);
  } finally {
    clearTimeout(timer);
  }
}

async function readFactsUnbounded(policyPath: string): Promise<WorkspaceFacts> {
  const folder = path.dirname(path.resolve(policyPath));
  const root = await repositoryRoot(folder);
  // Manifests count only from inside the repository (outside one, the policy's folder).
  const readManifest = (file: string) => readText(file, root ?? folder);
  const [repository, version, policyFiles] = await Promise.all([
    root === undefined ? undefined : repositoryFromGit(toSlashes(root), readText).catch(() => undefined),
    nearestVersion(folder, root, readManifest),
    root === undefined ? undefined : listPolicyFiles(root),
  ]);
  return {
    ...(root !== undefined ? { root } : {}),
    ...(repository ? { repository } : {}),
    ...(version ? { projectVersion: version.version, manifest: version.manifest } : {}),
    ...(policyFiles ? { policyFiles } : {}),
  };
}

/**
 * The other policy file of the repository `file` belongs to, read from disk (companion.ts says
 * where): its SECURITY.md for a security.txt, its security.txt for a SECURITY.md. Within the time
 * budget, like the other facts; undefined when there is none.
 */
export async function readCompanion(file: string, root: string | undefined): Promise<(Companion & { readonly path: string }) | undefined> {
  const base = companionRoot(file, root);
  const kind = companionKindFor(file);
  const work = async () => {
    const found = await findCompanion(kind, base, listNames);
    const text = found === undefined ? undefined : await readText(found, base);
    return found !== undefined && text !== undefined ? { ...companionOf(kind, base, found, text), path: found } : undefined;
  };
  return withinBudget(work().catch(() => undefined), FACTS_TIME_BUDGET_MS, undefined);
}

/** The names in a folder; none when it is missing or unreadable. */
async function listNames(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch {
    return [];
  }
}

/** Names only, from the few folders GitHub and Scorecard look in: files (or links to them) called security.*. */
async function listPolicyFiles(root: string): Promise<string[]> {
  const lists = await Promise.all(
    POLICY_FOLDERS.map(async (folder) => {
      const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch(() => []);
      return entries.filter((e) => !e.isDirectory() && /^security\.[a-z]+$/i.test(e.name)).map((e) => (folder ? `${folder}/${e.name}` : e.name));
    }),
  );
  return lists.flat();
}

/** The nearest folder at or above `folder` that holds `.git`, a directory or (worktrees, submodules) a file. */
export async function repositoryRoot(folder: string): Promise<string | undefined> {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if (await exists(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The version declared by the nearest manifest from the policy's folder up to the repository root
 * (only the policy's folder outside a repository). A manifest without a version (a private monorepo
 * root, go.mod) does not stop the search: a nearer versionless one says nothing about the project.
 */
async function nearestVersion(
  folder: string,
  root: string | undefined,
  read: (file: string) => Promise<string | undefined>,
): Promise<{ version: string; manifest: string } | undefined> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    for (const kind of MANIFESTS) {
      const file = path.join(dir, kind);
      const text = await read(file);
      if (text === undefined) continue;
      const version = versionOrUndefined(kind, text);
      if (version) return { version, manifest: file };
    }
    if (root === undefined || dir === root || path.dirname(dir) === dir) return undefined;
  }
}

/** A manifest the parsers cannot follow (nested past the stack, say) declares no version. */
function versionOrUndefined(kind: ManifestKind, text: string): string | undefined {
  try {
    return projectVersion(kind, text);
  } catch {
    return undefined;
  }
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

function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}
