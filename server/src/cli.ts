// `security-policy`: the command-line face of the core, for CI and pre-commit hooks.
// Same analysis as the editor, with the default settings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { analyze } from './core/analyze';
import type { AnalysisContext, Finding, Severity } from './core/types';

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

/** Where GitHub looks for a policy, relative to a repository root. */
const POLICY_DIRS = ['.', '.github', 'docs'];
const POLICY_NAME = /^security\.(md|markdown)$/i;

const HELP = `Usage: security-policy check [files or directories...]

Checks SECURITY.md files and prints one line per problem:
  file:line:column severity RULE message

With no paths, checks SECURITY.md (any case, .md or .markdown) in the
current directory, .github/ and docs/. A directory is searched the same way.

Options:
  -h, --help     show this help
  -v, --version  show the version

Exit status: 0 no error-level problem, 1 an error-level problem was found,
2 a file could not be read or the command line is wrong.
`;

type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'check'; paths: string[] } | { kind: 'usage-error'; message: string };

interface Io {
  readonly cwd: string;
  out(line: string): void;
  err(line: string): void;
}

interface CheckedFile {
  /** The path as the user gave it (or as discovered, relative to the cwd). */
  readonly display: string;
  readonly text: string;
  readonly findings: readonly Finding[];
}

function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  if (parsed.values.help) return { kind: 'help' };
  if (parsed.values.version) return { kind: 'version' };
  const [command, ...paths] = parsed.positionals;
  if (command === undefined) return { kind: 'usage-error', message: 'missing command' };
  if (command !== 'check') return { kind: 'usage-error', message: `unknown command '${command}'` };
  return { kind: 'check', paths };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
  });
}

/** Policy files in `dir` (absolute) where GitHub honours them, as paths relative to `dir`. */
function findPolicies(dir: string): string[] {
  const found: string[] = [];
  for (const sub of POLICY_DIRS) {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => POLICY_NAME.test(n)).sort()) {
      const relative = sub === '.' ? name : path.join(sub, name);
      if (isFile(path.join(dir, relative))) found.push(relative);
    }
  }
  return found;
}

/** The nearest ancestor of `file` holding `.git` (a directory, or a file in worktrees and submodules). */
function repositoryRoot(file: string): string | undefined {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    try {
      statSync(path.join(dir, '.git'));
      return dir;
    } catch {
      // not here; go up
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function contextFor(absolute: string, cwd: string, today: string): AnalysisContext {
  const base = repositoryRoot(absolute) ?? cwd;
  return { relativePath: path.relative(base, absolute).split(path.sep).join('/'), today };
}

/** 1-based line and column; columns count UTF-16 code units, as editors and LSP do. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function formatFinding(file: CheckedFile, finding: Finding): string {
  const { line, column } = position(file.text, finding.start);
  return `${file.display}:${line}:${column} ${finding.severity} ${finding.ruleId} ${finding.message}`;
}

function formatSummary(files: readonly CheckedFile[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of files) for (const f of file.findings) counts[f.severity]++;
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const checked = `${files.length} ${plural(files.length, 'file')}`;
  if (total === 0) return `No problems in ${checked}.`;
  const parts = (Object.keys(counts) as Severity[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${plural(counts[s], s)}`);
  return `${total} ${plural(total, 'problem')} (${parts.join(', ')}) in ${checked}.`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String(error);
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The files to check, as given or discovered; `missing` collects directories without a policy. */
function resolveTargets(paths: readonly string[], cwd: string, missing: string[]): string[] {
  const roots = paths.length === 0 ? ['.'] : paths;
  const targets: string[] = [];
  for (const given of roots) {
    if (!isDirectory(path.resolve(cwd, given))) {
      targets.push(given);
      continue;
    }
    const found = findPolicies(path.resolve(cwd, given));
    if (found.length === 0) missing.push(given);
    for (const f of found) targets.push(given === '.' ? f : path.join(given, f));
  }
  return targets;
}

function check(paths: readonly string[], io: Io, today: string): number {
  const missing: string[] = [];
  const targets = resolveTargets(paths, io.cwd, missing);
  for (const dir of missing) {
    io.err(`security-policy: no SECURITY.md in ${dir === '.' ? 'the current directory' : dir}, its .github/ or docs/`);
  }
  let unreadable = missing.length > 0;
  const checked: CheckedFile[] = [];
  for (const display of targets) {
    const absolute = path.resolve(io.cwd, display);
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch (error) {
      io.err(`security-policy: cannot read ${display}: ${readError(error)}`);
      unreadable = true;
      continue;
    }
    const findings = analyze(text, contextFor(absolute, io.cwd, today), {
      onRuleError: (ruleId, error) => io.err(`security-policy: internal error in ${ruleId} on ${display}: ${String(error)}`),
    });
    const file = { display, text, findings };
    for (const finding of findings) io.out(formatFinding(file, finding));
    checked.push(file);
  }
  if (checked.length > 0) io.out(formatSummary(checked));
  if (unreadable) return EXIT_USAGE;
  return checked.some((f) => f.findings.some((x) => x.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

function main(argv: readonly string[], io: Io, today: string): number {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      io.out(HELP.trimEnd());
      return EXIT_OK;
    case 'version':
      io.out(version);
      return EXIT_OK;
    case 'usage-error':
      io.err(`security-policy: ${command.message}\nRun 'security-policy --help' for usage.`);
      return EXIT_USAGE;
    case 'check':
      return check(command.paths, io, today);
  }
}

process.exitCode = main(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  },
  localDate(new Date()),
);

/** `YYYY-MM-DD` in local time: the core never reads the clock, so the CLI says what today is. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
