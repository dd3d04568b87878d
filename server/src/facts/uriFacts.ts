// Workspace facts for the browser server: the walk of factsWalk.ts over URIs, each file read by the
// client through `vscode.workspace.fs` (a server in a web worker has no file system). The walk stays
// inside the document's workspace folder. On github.dev the files are the repository's but there is
// no `.git`: the repository is then the one the workspace URI names.
import type { Repository } from '../core/types';
import type { ListFolderResult, ReadFactFileResult } from '../protocol/requests';
import {
  factsFrom,
  FACTS_TIME_BUDGET_MS,
  listPolicyFiles,
  withinBudget,
  type FactFiles,
  type WorkspaceFacts,
} from './factsWalk';

/** Asks the client for one file (READ_FACT_FILE_REQUEST); null or a failure counts as missing. */
export type ReadThroughClient = (uri: string) => Promise<ReadFactFileResult | null | undefined>;
/** Asks the client for a folder's entries (LIST_FOLDER_REQUEST); null or a failure counts as empty. */
export type ListThroughClient = (uri: string) => Promise<ListFolderResult | undefined>;

interface SplitUri {
  /** `scheme://authority`, as written. */
  readonly origin: string;
  /** The path, percent-encoded as written, without query or fragment. */
  readonly path: string;
}

function splitUri(uri: string): SplitUri | undefined {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)/i.exec(uri);
  return match ? { origin: match[1]!, path: match[2]! } : undefined;
}

/**
 * The facts of the document at `uri`. `relativePath` (its path inside the workspace folder) bounds
 * the walk; outside a workspace folder only the document's own folder is read. With `list`, the
 * repository's policy files too (SEC002); on github.dev, which has no `.git`, the workspace folder
 * is the repository's root.
 */
export async function readFactsThroughClient(
  uri: string,
  relativePath: string | undefined,
  read: ReadThroughClient,
  list?: ListThroughClient,
): Promise<WorkspaceFacts> {
  const split = splitUri(uri);
  if (!split) return {};
  const folder = parentOf(split.path);
  const depth = relativePath === undefined ? 1 : relativePath.split('/').filter((s) => s !== '').length;
  let top = split.path;
  for (let i = 0; i < depth; i++) top = parentOf(top);
  // One request per file even when the walk asks whether it exists and then for its text.
  const answers = new Map<string, Promise<ReadFactFileResult | undefined>>();
  const ask = (path: string) => {
    let answer = answers.get(path);
    if (!answer) {
      // A `.git` file's `gitdir:` (a worktree, a submodule) is followed only inside the workspace folder.
      answer = isWithin(top, path)
        ? read(split.origin + path).then(
            (r) => r ?? undefined,
            () => undefined,
          )
        : Promise.resolve(undefined);
      answers.set(path, answer);
    }
    return answer;
  };
  const files: FactFiles = {
    dirname: (p) => (p === top ? p : parentOf(p)),
    join: (dir, name) => `${dir.replace(/\/+$/, '')}/${encodeURIComponent(name)}`,
    // git's paths are decoded; the URI's stay encoded in the requests. Fact paths are plain ASCII names
    // joined onto the folder, so decoding here and re-encoding in `read` round-trips.
    toSlashes: (p) => p,
    exists: async (p) => (await ask(p))?.exists === true,
    read: async (p, within) => (within === undefined || isWithin(within, p) ? (await ask(p))?.text : undefined),
    ...(list ? { list: async (p: string) => (await list(split.origin + p).catch(() => null)) ?? [] } : {}),
  };
  const facts = await withinBudget(
    factsFrom(folder, files, top).catch((): WorkspaceFacts => ({})),
    FACTS_TIME_BUDGET_MS,
    {},
  );
  if (facts.repository) return facts;
  const repository = repositoryOfVirtualUri(uri);
  if (!repository) return facts;
  // github.dev opens the repository itself, without `.git`: its workspace folder is the root.
  const listed =
    facts.root === undefined && relativePath !== undefined && files.list
      ? await withinBudget(
          listPolicyFiles(top, files).catch(() => undefined),
          FACTS_TIME_BUDGET_MS,
          undefined,
        )
      : undefined;
  return { ...facts, repository, ...(listed ? { root: top, policyFiles: listed } : {}) };
}

/** `uri`'s path relative to `root` (a path of readFactsThroughClient's facts), decoded and `/`-separated; undefined outside it. */
export function rootRelativeOfUriPath(uri: string, root: string): string | undefined {
  const path = splitUri(uri)?.path;
  const base = root.replace(/\/+$/, '');
  if (path === undefined || !path.startsWith(`${base}/`)) return undefined;
  try {
    return decodeURIComponent(path.slice(base.length + 1));
  } catch {
    return undefined;
  }
}

/**
 * The GitHub repository a github.dev / vscode.dev document belongs to: GitHub Repositories' file
 * system names it in the URI, `vscode-vfs://github/<owner>/<name>/…` (the authority is
 * `github+<ref>`, `github%2B<ref>` once encoded, when a branch is picked).
 */
export function repositoryOfVirtualUri(uri: string): Repository | undefined {
  const match = /^vscode-vfs:\/\/github(?:(?:\+|%2B)[^/]*)?\/([^/?#]+)\/([^/?#]+)/i.exec(uri);
  if (!match) return undefined;
  try {
    const owner = decodeURIComponent(match[1]!);
    const name = decodeURIComponent(match[2]!);
    return /^[\w.-]+$/.test(owner) && /^[\w.-]+$/.test(name) ? { host: 'github.com', owner, name } : undefined;
  } catch {
    return undefined;
  }
}

function parentOf(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  return slash <= 0 ? '/' : trimmed.slice(0, slash);
}

function isWithin(folder: string, path: string): boolean {
  const base = folder.replace(/\/+$/, '');
  return path === base || path.startsWith(`${base}/`);
}
