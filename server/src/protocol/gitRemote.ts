// Which repository a workspace belongs to, read from git's own files. Pure: text in, facts out.
// The adapter reads the files; nothing here touches the file system, spawns git or the network.
//
// Where the config lives (what the adapter reads, in order):
//   1. `<root>/.git`. If it is a FILE (worktrees, submodules, `git clone --separate-git-dir`), its text
//      is `gitdir: <path>`: `gitDirFromFile` returns that path, relative to the folder holding the
//      `.git` file. Otherwise `<root>/.git` is itself the git directory.
//   2. `<gitdir>/commondir`. A linked worktree's git directory (`<main>/.git/worktrees/<name>`) holds
//      only per-worktree state; its `commondir` file names the shared directory (usually `../..`),
//      relative to the gitdir. No `commondir` file: the gitdir is the common directory.
//   3. `<commondir>/config` holds the remotes.
// `repositoryFromGit` runs these steps over a caller-supplied reader; `resolveGitPath` joins paths.
import type { Repository } from '../core/types';

export interface GitConfigEntry {
  /** Section name, lower-cased (`remote`). */
  readonly section: string;
  /** Subsection, case kept (`origin`); absent for `[core]`. */
  readonly subsection?: string;
  /** Key, lower-cased (`url`). */
  readonly key: string;
  /** Value with quotes and escapes resolved; a key with no `=` is `true`, as git reads it. */
  readonly value: string;
}

/**
 * Reads git's INI-like config format: `[section]`, `[section "subsection"]`, the legacy
 * `[section.subsection]`, `key = value` with `"…"` quoting, `\"`/`\\`/`\n`/`\t` escapes, line
 * continuations and `;`/`#` comments. Lines that do not parse are skipped, never thrown on.
 */
export function parseGitConfig(text: string): GitConfigEntry[] {
  const entries: GitConfigEntry[] = [];
  let section: string | undefined;
  let subsection: string | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    const header = /^\s*\[([^\]]*)\](.*)$/.exec(line);
    if (header) {
      const parsed = parseSectionHeader(header[1]!);
      section = parsed?.section;
      subsection = parsed?.subsection;
      // A key may follow the header on the same line: `[core] bare = false`.
      line = header[2]!;
      if (!section) continue;
    }
    if (!section) continue;
    const keyMatch = /^\s*([A-Za-z][A-Za-z0-9-]*)\s*(=|$|[;#])/.exec(line);
    if (!keyMatch) continue;
    const key = keyMatch[1]!.toLowerCase();
    if (keyMatch[2] !== '=') {
      entries.push({ section, ...(subsection !== undefined ? { subsection } : {}), key, value: 'true' });
      continue;
    }
    let rest = line.slice(keyMatch[0].length);
    // A value ending in an unescaped backslash continues on the next line.
    while (/(^|[^\\])(\\\\)*\\$/.test(rest) && i + 1 < lines.length) rest = rest.slice(0, -1) + lines[++i]!;
    const value = parseValue(rest);
    if (value === undefined) continue;
    entries.push({ section, ...(subsection !== undefined ? { subsection } : {}), key, value });
  }
  return entries;
}

function parseSectionHeader(inner: string): { section: string; subsection?: string } | undefined {
  const quoted = /^\s*([A-Za-z0-9.-]+)\s+"((?:[^"\\]|\\.)*)"\s*$/.exec(inner);
  if (quoted) return { section: quoted[1]!.toLowerCase(), subsection: quoted[2]!.replace(/\\(.)/g, '$1') };
  const plain = /^\s*([A-Za-z0-9-]+)(?:\.([A-Za-z0-9.-]+))?\s*$/.exec(inner);
  if (!plain) return undefined;
  // Legacy `[remote.origin]`: the subsection is compared lower-cased.
  return plain[2]
    ? { section: plain[1]!.toLowerCase(), subsection: plain[2].toLowerCase() }
    : { section: plain[1]!.toLowerCase() };
}

function parseValue(raw: string): string | undefined {
  let out = '';
  let pendingSpace = '';
  let inQuotes = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\') {
      const next = raw[++i];
      const escaped =
        next === 'n'
          ? '\n'
          : next === 't'
            ? '\t'
            : next === 'b'
              ? '\b'
              : next === '"' || next === '\\'
                ? next
                : undefined;
      if (escaped === undefined) return undefined; // git rejects unknown escapes
      out += pendingSpace + escaped;
      pendingSpace = '';
    } else if (c === '"') {
      inQuotes = !inQuotes;
      out += pendingSpace;
      pendingSpace = '';
    } else if (!inQuotes && (c === ';' || c === '#')) {
      break;
    } else if (!inQuotes && (c === ' ' || c === '\t')) {
      // Whitespace outside quotes is kept only between words.
      if (out !== '') pendingSpace += c;
    } else {
      out += pendingSpace + c;
      pendingSpace = '';
    }
  }
  return inQuotes ? undefined : out;
}

/** Remote name → first `url` (the one git fetches from), in config order. */
export function remotesOf(configText: string): Map<string, string> {
  const remotes = new Map<string, string>();
  for (const e of parseGitConfig(configText)) {
    if (e.section === 'remote' && e.subsection !== undefined && e.key === 'url' && !remotes.has(e.subsection)) {
      remotes.set(e.subsection, e.value);
    }
  }
  return remotes;
}

/**
 * The URL of `origin`. Without an `origin` but with exactly one remote (a clone renamed to
 * `upstream`, a repository whose remote was added by hand under another name), that remote: it is
 * the only repository the workspace can be about. Several remotes and none named `origin`: undefined,
 * since picking one would be a guess.
 */
export function originUrl(configText: string): string | undefined {
  const remotes = remotesOf(configText);
  const origin = remotes.get('origin');
  if (origin !== undefined) return origin;
  return remotes.size === 1 ? [...remotes.values()][0] : undefined;
}

/**
 * `{host, owner, name}` of a remote URL: `https://[user@]host[:port]/owner/name[.git][/]`,
 * `ssh://[user@]host[:port]/owner/name[.git]`, `git://…`, scp-style `[user@]host:owner/name[.git]`.
 * Any host counts (GitHub Enterprise, GitLab, Gitea …); a GitLab subgroup path keeps everything before
 * the last segment as the owner (`group/sub`). The host is lower-cased and has no port (web links on
 * the same server use another port than ssh). Local paths and `file://` URLs have no repository.
 */
export function parseRemoteUrl(url: string): Repository | undefined {
  const trimmed = url.trim();
  let host: string;
  let path: string;
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^/:?#]+)(?::\d*)?(\/[^?#]*)?/i.exec(trimmed);
  if (withScheme) {
    const scheme = withScheme[1]!.toLowerCase();
    if (!/^(?:https?|ssh|git|git\+ssh|ssh\+git|git\+https?)$/.test(scheme)) return undefined;
    host = withScheme[2]!;
    path = withScheme[3] ?? '';
  } else {
    // scp-style: `[user@]host:path`, where the host is not a single drive letter (`C:/repo`).
    const scp = /^(?:[^@/:\s]+@)?([^@/:\s]+):(?!\/\/)(.+)$/.exec(trimmed);
    if (!scp || /^[a-z]$/i.test(scp[1]!)) return undefined;
    host = scp[1]!;
    path = scp[2]!;
  }
  host = host.toLowerCase();
  // GitHub's ssh-over-443 endpoint serves github.com repositories.
  if (host === 'ssh.github.com') host = 'github.com';
  const segments = path
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '')
    .split('/')
    .filter((s) => s !== '' && s !== '~');
  // Azure DevOps: `org/project/_git/name`.
  const gitMarker = segments.indexOf('_git');
  if (gitMarker > 0) segments.splice(gitMarker, 1);
  if (segments.length < 2 || !host || /\s/.test(host)) return undefined;
  if (segments.some((s) => /[\s\\]/.test(s) || s === '.' || s === '..')) return undefined;
  const name = segments[segments.length - 1]!;
  const owner = segments.slice(0, -1).join('/');
  return { host, owner, name };
}

/** The path in a `.git` FILE (`gitdir: ../main/.git/worktrees/feature`), as written; undefined if it is not one. */
export function gitDirFromFile(text: string): string | undefined {
  const m = /^\uFEFF?gitdir:[ \t]*(.+?)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[1] : undefined;
}

/**
 * Joins a path read from a git file onto the directory it is relative to. Absolute paths (`/x`,
 * `C:/x`, `C:\x`, `\\server\x`) are kept; backslashes become `/`; `.` and `..` are resolved.
 */
export function resolveGitPath(base: string, relative: string): string {
  const rel = relative.trim().replace(/\\/g, '/');
  if (/^(?:\/|[a-z]:\/)/i.test(rel)) return normalize(rel);
  return normalize(base.replace(/\\/g, '/').replace(/\/+$/, '') + '/' + rel);
}

function normalize(path: string): string {
  const root = /^(?:[a-z]:\/|\/\/|\/)/i.exec(path)?.[0] ?? '';
  const parts: string[] = [];
  for (const part of path.slice(root.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !root) parts.push(part);
  }
  return root + parts.join('/');
}

/**
 * Reads a file's text, or undefined when it is missing, is a directory or cannot be read, or when its
 * real path (symlinks resolved) is not inside `within`.
 */
export type ReadText = (path: string, within?: string) => string | undefined | Promise<string | undefined>;

/**
 * The repository of the work tree at `root` (a `/`-separated path), following `.git` files and
 * worktrees as described at the top of this file. `read` is the only way out to the world.
 */
export async function repositoryFromGit(root: string, read: ReadText): Promise<Repository | undefined> {
  const dotGit = resolveGitPath(root, '.git');
  const pointer = await read(dotGit, root);
  const target = pointer === undefined ? undefined : gitDirFromFile(pointer);
  const gitDir = target === undefined ? dotGit : resolveGitPath(root, target);
  // A `.git` file is followed only to a git directory: inside the work tree, or named like one
  // (`…/.git/worktrees/x`, `…/.git/modules/x`, `repo.git`), not to any folder holding a `config`.
  if (!isWithin(root, gitDir) && !looksLikeGitDir(gitDir)) return undefined;
  const commonDir = await read(resolveGitPath(gitDir, 'commondir'), gitDir);
  const configDir = commonDir?.trim() ? resolveGitPath(gitDir, commonDir.trim()) : gitDir;
  // `commondir` leads from a worktree's git directory up to the repository's (`../..`), nowhere else.
  if (configDir !== gitDir && !(isWithin(configDir, gitDir) && looksLikeGitDir(configDir))) return undefined;
  const config = await read(resolveGitPath(configDir, 'config'), configDir);
  if (config === undefined) return undefined;
  const url = originUrl(config);
  return url === undefined ? undefined : parseRemoteUrl(url);
}

/** Whether the `/`-separated `path` is `folder` or inside it. */
function isWithin(folder: string, path: string): boolean {
  const base = folder.replace(/\/+$/, '');
  return path === base || path.startsWith(`${base}/`);
}

function looksLikeGitDir(path: string): boolean {
  return path.split('/').some((segment) => /\.git$/i.test(segment));
}
