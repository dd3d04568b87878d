// Workspace facts for one policy file, read from disk: the repository (origin remote) and the project's
// current version. Node-fs glue around the pure parsers in gitRemote.ts and projectVersion.ts; shared by
// the CLI and the language server. Reads files only: no processes, no network. Never throws.
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Repository } from '../core/types';
import { repositoryFromGit } from './gitRemote';
import { projectVersion, type ManifestKind } from './projectVersion';

export interface WorkspaceFacts {
  /** The work tree's root: the nearest ancestor of the policy holding `.git` (a folder or a file). */
  readonly root?: string;
  /** From the origin remote in the repository's git config. */
  readonly repository?: Repository;
  readonly projectVersion?: string;
  /** The manifest the version was read from. */
  readonly manifest?: string;
}

/** Checked in this order within one folder; the first that declares a version wins. */
const MANIFESTS: readonly ManifestKind[] = ['package.json', 'Cargo.toml', 'pyproject.toml', 'go.mod'];

export async function readFacts(policyPath: string): Promise<WorkspaceFacts> {
  const folder = path.dirname(path.resolve(policyPath));
  const root = await repositoryRoot(folder);
  const [repository, version] = await Promise.all([
    root === undefined ? undefined : repositoryFromGit(toSlashes(root), readText).catch(() => undefined),
    nearestVersion(folder, root),
  ]);
  return {
    ...(root !== undefined ? { root } : {}),
    ...(repository ? { repository } : {}),
    ...(version ? { projectVersion: version.version, manifest: version.manifest } : {}),
  };
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
async function nearestVersion(folder: string, root: string | undefined): Promise<{ version: string; manifest: string } | undefined> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    for (const kind of MANIFESTS) {
      const file = path.join(dir, kind);
      const text = await readText(file);
      if (text === undefined) continue;
      const version = projectVersion(kind, text);
      if (version) return { version, manifest: file };
    }
    if (root === undefined || dir === root || path.dirname(dir) === dir) return undefined;
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined; // missing, a directory, unreadable: no fact
  }
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
