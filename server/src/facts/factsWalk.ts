// Where the workspace facts come from, independent of how files are reached: the repository root
// (the nearest folder holding `.git`), its origin remote and the nearest manifest's version. The Node
// reader (readFacts.ts) walks the disk; the browser server (uriFacts.ts) walks URIs and reads through
// the client. Paths are the reader's own; `files` is the only way out to the world.
import { POLICY_FOLDERS } from '../core/precedence';
import type { Repository } from '../core/types';
import { repositoryFromGit } from '../protocol/gitRemote';
import { projectVersion, type ManifestKind } from './projectVersion';

/** A manifest or git file larger than this is not a fact source (a real one is a few KB). */
export const MAX_FACT_FILE_BYTES = 1_000_000;

/** Facts are read for at most this long (a hung network drive, a slow client): they are optional. */
export const FACTS_TIME_BUDGET_MS = 2000;

export interface WorkspaceFacts {
  /** The work tree's root: the nearest ancestor of the policy holding `.git` (a folder or a file). */
  readonly root?: string;
  /** From the origin remote in the repository's git config. */
  readonly repository?: Repository;
  readonly projectVersion?: string;
  /** The manifest the version was read from. */
  readonly manifest?: string;
  /** Policy files in the root, .github/, docs/ and doc/ of the repository, root-relative and `/`-separated (core/precedence.ts); where the reader can list folders. */
  readonly policyFiles?: readonly string[];
}

export interface FactFiles {
  /** The parent folder; `path` itself at the top. */
  dirname(path: string): string;
  join(folder: string, name: string): string;
  /** `path` as git's files name paths: `/`-separated. */
  toSlashes(path: string): string;
  /** Whether `path` exists (a file or a folder). */
  exists(path: string): Promise<boolean>;
  /** A small regular file's text inside `within`, undefined otherwise (see gitRemote.ts, ReadText). */
  read(path: string, within?: string): Promise<string | undefined>;
  /** The entries of a folder, none when it is missing or unreadable; absent where folders cannot be listed. */
  list?(folder: string): Promise<readonly FolderEntry[]>;
}

export interface FolderEntry {
  /** The name as the file system spells it (decoded). */
  readonly name: string;
  readonly folder: boolean;
}

/** Checked in this order within one folder; the first that declares a version wins. */
const MANIFESTS: readonly ManifestKind[] = ['package.json', 'Cargo.toml', 'pyproject.toml', 'go.mod'];

/**
 * The facts for a policy in `folder`. The walks upward stop at `top` when given (a workspace folder:
 * what lies above it is not the reader's to see), else at the top of the file system.
 */
export async function factsFrom(folder: string, files: FactFiles, top?: string): Promise<WorkspaceFacts> {
  const root = await repositoryRoot(folder, files, top);
  // Manifests count only from inside the repository (outside one, the policy's folder).
  const readManifest = (file: string) => files.read(file, root ?? folder);
  const [repository, version] = await Promise.all([
    root === undefined
      ? undefined
      : repositoryFromGit(files.toSlashes(root), (p, within) => files.read(p, within)).catch(() => undefined),
    nearestVersion(folder, root, files, readManifest),
  ]);
  return {
    ...(root !== undefined ? { root } : {}),
    ...(repository ? { repository } : {}),
    ...(version ? { projectVersion: version.version, manifest: version.manifest } : {}),
    ...(root !== undefined && files.list ? { policyFiles: await listPolicyFiles(root, files) } : {}),
  };
}

/** Named like a policy: `security.md`, `SECURITY.rst` (core/precedence.ts says which count where). */
const POLICY_NAME = /^security\.[a-z]+$/i;

/**
 * The policy files GitHub and Scorecard could read: in the root and in its folders `.github`, `docs`
 * and `doc`, whatever their case (precedence.ts compares without case), root-relative and
 * `/`-separated, as the file system spells them.
 */
export async function listPolicyFiles(root: string, files: Pick<FactFiles, 'join' | 'list'>): Promise<string[]> {
  if (!files.list) return [];
  const list = files.list.bind(files);
  const policiesIn = (entries: readonly FolderEntry[]) =>
    entries.filter((e) => !e.folder && POLICY_NAME.test(e.name)).map((e) => e.name);
  const top = await list(root);
  const folders = top.filter((e) => e.folder && POLICY_FOLDERS.includes(e.name.toLowerCase()));
  const nested = await Promise.all(
    folders.map(async (f) => policiesIn(await list(files.join(root, f.name))).map((name) => `${f.name}/${name}`)),
  );
  return [...policiesIn(top), ...nested.flat()];
}

/** The nearest folder at or above `folder` (up to `top`) that holds `.git`, a directory or (worktrees, submodules) a file. */
export async function repositoryRoot(folder: string, files: FactFiles, top?: string): Promise<string | undefined> {
  for (let dir = folder; ; dir = files.dirname(dir)) {
    if (await files.exists(files.join(dir, '.git'))) return dir;
    if (dir === top || files.dirname(dir) === dir) return undefined;
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
  files: FactFiles,
  read: (file: string) => Promise<string | undefined>,
): Promise<{ version: string; manifest: string } | undefined> {
  for (let dir = folder; ; dir = files.dirname(dir)) {
    for (const kind of MANIFESTS) {
      const file = files.join(dir, kind);
      const text = await read(file);
      if (text === undefined) continue;
      const version = versionOrUndefined(kind, text);
      if (version) return { version, manifest: file };
    }
    if (root === undefined || dir === root || files.dirname(dir) === dir) return undefined;
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

/** What `work` gives, or `fallback` once `ms` have passed without it (the work is left to finish unseen). */
export async function withinBudget<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outOfTime = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
    // Node: a pending budget does not keep a finished CLI alive. Browsers have no unref.
    (timer as { unref?: () => void }).unref?.();
  });
  try {
    return await Promise.race([work, outOfTime]);
  } finally {
    clearTimeout(timer);
  }
}
