// Which files `check` reads: the repository's policies where GitHub looks for them, or the paths,
// directories and glob patterns on the command line. Node 20 has no fs.glob, so patterns are matched
// with minimatch (already in the dependency tree through vscode-languageclient) over a directory walk.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { Minimatch } from 'minimatch';
import { isSecurityTxtName } from '../core/securitytxt/analyze';

/** Where GitHub looks for a policy, relative to a repository root, in its order of precedence. */
export const POLICY_DIRS = ['.github', '.', 'docs'];
export const POLICY_NAME = /^security\.(md|markdown)$/i;
/** Never descended into by a pattern walk: large, and never where a policy lives. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

export interface Target {
  /** As given, or relative to the working directory when discovered. */
  readonly display: string;
  readonly absolute: string;
}

export interface Discovery {
  readonly targets: readonly Target[];
  /** Arguments that named nothing to check. */
  readonly problems: readonly string[];
}

/**
 * The files to check. `root` is where discovery starts without arguments: the repository root of the
 * working directory (or the working directory outside a repository).
 */
export function discover(args: readonly string[], cwd: string, root: string): Discovery {
  const targets: Target[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (absolute: string, display: string): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    targets.push({ absolute, display });
  };
  const relative = (absolute: string): string => toSlashes(path.relative(cwd, absolute)) || '.';

  if (args.length === 0) {
    const found = [...findPolicies(root), ...findSecurityTxt(root)];
    if (found.length === 0) problems.push(`no SECURITY.md in ${describeDir(relative(root))}, its .github/ or docs/`);
    for (const file of found) add(file, relative(file));
    return { targets, problems };
  }
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const kind = statKind(absolute);
    if (kind === 'directory') {
      const found = [...findPolicies(absolute), ...findSecurityTxt(absolute)];
      if (found.length === 0) problems.push(`no SECURITY.md in ${describeDir(arg)}, its .github/ or docs/`);
      for (const file of found)
        add(file, arg === '.' ? relative(file) : toSlashes(path.join(arg, path.relative(absolute, file))));
    } else if (kind === undefined && isPattern(arg)) {
      const matches = expandPattern(arg, cwd);
      if (matches.length === 0) problems.push(`no files match ${arg}`);
      for (const file of matches) add(file, path.isAbsolute(arg) ? toSlashes(file) : relative(file));
    } else {
      // A file, or a missing path: reading it reports what is wrong.
      add(absolute, arg);
    }
  }
  return { targets, problems };
}

/** Policy files in `dir` and in its `.github/` and `docs/`, any case, `.md` or `.markdown`. */
export function findPolicies(dir: string): string[] {
  const found: string[] = [];
  for (const sub of POLICY_DIRS) {
    const folder = path.join(dir, sub);
    for (const entry of readDir(folder)
      .filter((e) => POLICY_NAME.test(e.name))
      .sort(byName)) {
      const file = path.join(folder, entry.name);
      if (statKind(file) === 'file') found.push(file);
    }
  }
  return found;
}

/**
 * security.txt files in `dir`, its `.well-known/`, and the `.well-known/` of its direct subfolders
 * (where site generators keep it: `static/`, `public/`, `src/`, `docs/`), named as `isSecurityTxtName` says.
 */
export function findSecurityTxt(dir: string): string[] {
  const folders = [dir, path.join(dir, '.well-known')];
  for (const entry of readDir(dir).sort(byName)) {
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name) && entry.name !== '.well-known')
      folders.push(path.join(dir, entry.name, '.well-known'));
  }
  return folders.flatMap((folder) =>
    readDir(folder)
      .filter((e) => isSecurityTxtName(path.join(folder, e.name)))
      .sort(byName)
      .map((e) => path.join(folder, e.name))
      .filter((file) => statKind(file) === 'file'),
  );
}

function isPattern(arg: string): boolean {
  return new Minimatch(toSlashes(arg)).hasMagic();
}

/** Files matching a glob pattern relative to `cwd` (or absolute), sorted. `dot: true` so `**` reaches `.github/`. */
export function expandPattern(pattern: string, cwd: string): string[] {
  const normalized = toSlashes(pattern).replace(/^(\.\/)+/, '');
  const matcher = new Minimatch(normalized, { dot: true });
  // Walk from the pattern's literal prefix, only as deep as the pattern can reach.
  const segments = normalized.split('/');
  let literal = 0;
  while (literal < segments.length - 1 && !new Minimatch(segments[literal]!).hasMagic()) literal++;
  const prefix = segments.slice(0, literal).join('/');
  const base = prefix === '' && normalized.startsWith('/') ? '/' : prefix;
  const maxDepth = segments.slice(literal).includes('**') ? Infinity : segments.length - literal;
  const found: string[] = [];
  const walk = (dir: string, shown: string, depth: number): void => {
    for (const entry of readDir(dir).sort(byName)) {
      const absolute = path.join(dir, entry.name);
      const candidate = shown === '' ? entry.name : shown.endsWith('/') ? shown + entry.name : `${shown}/${entry.name}`;
      // Symbolic links are followed for files only, so a link cycle cannot trap the walk.
      const kind = entry.isSymbolicLink()
        ? statKind(absolute) === 'file'
          ? 'file'
          : undefined
        : entry.isDirectory()
          ? 'directory'
          : entry.isFile()
            ? 'file'
            : undefined;
      if (kind === 'file' && matcher.match(candidate)) found.push(absolute);
      else if (kind === 'directory' && depth < maxDepth && !SKIPPED_DIRS.has(entry.name))
        walk(absolute, candidate, depth + 1);
    }
  };
  walk(path.resolve(cwd, base || '.'), base, 1);
  return found;
}

function readDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function statKind(p: string): 'file' | 'directory' | 'other' | undefined {
  try {
    const stat = statSync(p);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
  } catch {
    return undefined;
  }
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function describeDir(dir: string): string {
  return dir === '.' ? 'the current directory' : dir;
}

export function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}
