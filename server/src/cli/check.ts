// `security-policy check`: discover, read, gather facts, analyse, report. The analysis and its
// context are built exactly as the language server builds them, plus the facts read from disk.
import { readFileSync } from 'node:fs';
import { decode } from 'iconv-lite';
import * as path from 'node:path';
import type { AnalysisContext, Companion } from '../core/types';
import { companionKindFor, companionRoot } from '../facts/companion';
import { readCompanion, readFacts, repositoryRoot, rootRelativePath, type WorkspaceFacts } from '../facts/readFacts';
import { contextFrom, shadowedBy } from '../config/analysisContext';
import type { Settings } from '../config/settings';
import type { CheckOptions } from './args';
import { loadConfig, withOverrides } from './config';
import { discover, toSlashes } from './discovery';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exitCodes';
import {
  jsonReport,
  jsonText,
  printable,
  printablePath,
  sarifReport,
  scorecardLine,
  textLines,
  textSummary,
  type CheckedFile,
  type Problem,
} from './formats';
import type { Io } from './io';
import { analyzeAll, type Job } from './pool';
import { isSecurityTxtName } from '../core/securitytxt/analyze';
import { colors, progress, PROGRESS_THRESHOLD, useColor } from './terminal';

/** Bytes looked at for NUL, as git and grep do to tell binary from text. */
const BINARY_SNIFF_BYTES = 8192;

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const config = await loadConfig(options.config, io.cwd);
  if ('problems' in config) {
    for (const problem of config.problems) io.err(`security-policy: ${printable(problem)}`);
    return EXIT_USAGE;
  }
  const settings = withOverrides(config.settings, options.rules, options.profiles);
  const srcRoot = (await repositoryRoot(io.cwd)) ?? io.cwd;
  const discovery = discover(options.targets, io.cwd, srcRoot);
  const problems: Problem[] = discovery.problems.map((message) => ({ message }));
  for (const message of discovery.problems) io.err(`security-policy: ${printable(message)}`);
  const factsOf = memoizedFacts();
  const companionOf = memoizedCompanions();

  // 1. Read every file and gather its facts (cheap, I/O).
  const pending: (Omit<CheckedFile, 'findings'> & Pick<Job, 'kind'>)[] = [];
  for (const target of discovery.targets) {
    const securityTxt = isSecurityTxtName(target.absolute);
    const read = readPolicy(target.absolute, securityTxt);
    if ('problem' in read) {
      io.err(`security-policy: cannot check ${printablePath(target.display)}: ${read.problem}`);
      problems.push({ display: target.display, message: read.problem });
      continue;
    }
    if (read.invalidUtf8)
      io.err(
        `security-policy: ${printablePath(target.display)} is not valid UTF-8; its invalid bytes were read as U+FFFD`,
      );
    const facts = await factsOf(target.absolute);
    // The repository's other policy file, for the cross-check (SEC090, TXT090 …), as the server reads it from disk.
    const companion = await companionOf(target.absolute, facts.root);
    const context = contextFor(target.absolute, facts, companion, settings, options, io);
    const rootRelative = relativeInside(srcRoot, target.absolute);
    pending.push({
      ...target,
      text: read.text,
      context,
      ...(rootRelative !== undefined ? { rootRelative } : {}),
      ...(securityTxt ? { kind: 'security.txt' as const } : {}),
    });
  }

  // 2. Analyse (CPU-bound; on worker threads when there are many files).
  const bar = progress(io.errWrite, io.stderrIsTTY && pending.length > PROGRESS_THRESHOLD);
  const analysed = settings.enable
    ? await analyzeAll(
        pending,
        (finished, index) => bar.update(finished, pending.length, printablePath(pending[index]!.display)),
        options.jobs,
      )
    : pending.map(() => ({ findings: [], ruleErrors: [] }));
  bar.clear();
  const checked: CheckedFile[] = pending.map((file, i) => {
    const { findings, ruleErrors } = analysed[i]!;
    for (const error of ruleErrors)
      io.err(`security-policy: internal error on ${printablePath(file.display)}: ${printable(error)}`);
    return { ...file, findings };
  });

  // 3. Report.
  const paint = colors(useColor(io.env, io.stdoutIsTTY));
  if (options.format === 'text') {
    for (const file of checked) {
      for (const line of textLines(file, paint)) io.out(line);
      // `enable: false` in the config turns every judgement off, this one too.
      if (settings.enable && !isSecurityTxtName(file.absolute)) io.out(scorecardLine(file, paint));
    }
  }
  switch (options.format) {
    case 'text':
      if (checked.length > 0) io.out(textSummary(checked));
      break;
    case 'json':
      io.out(jsonText(jsonReport(checked, problems)));
      break;
    case 'sarif':
      io.out(jsonText(sarifReport(checked, problems, srcRoot)));
      break;
  }
  if (problems.length > 0) return EXIT_USAGE;
  return checked.some((f) => f.findings.some((x) => x.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/** The context the language server would build for this file (contextFrom), with the command line's overrides. */
function contextFor(
  absolute: string,
  facts: WorkspaceFacts,
  companion: Companion | undefined,
  settings: Settings,
  options: CheckOptions,
  io: Io,
): AnalysisContext {
  // Outside a repository the location is judged from the working directory, if the file is inside it.
  const relativePath = relativeInside(facts.root ?? io.cwd, absolute);
  const projectVersion = options.projectVersion ?? facts.projectVersion;
  const shadowing = facts.root === undefined ? undefined : shadowedBy(rootRelativePath(facts.root, absolute), facts);
  const context = contextFrom(settings, {
    ...(relativePath !== undefined ? { relativePath } : {}),
    ...(facts.repository ? { repository: facts.repository } : {}),
    ...(projectVersion ? { projectVersion } : {}),
    ...(companion
      ? { companion: { kind: companion.kind, relativePath: companion.relativePath, text: companion.text } }
      : {}),
    ...(shadowing ? { shadowedBy: shadowing } : {}),
    today: options.today ?? io.today,
  });
  return options.repository ? { ...context, repository: options.repository } : context;
}

/** `file` relative to `base`, `/`-separated, or undefined when it lies outside `base`. */
function relativeInside(base: string, file: string): string | undefined {
  const relative = path.relative(base, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
    return undefined;
  return toSlashes(relative);
}

/** The companion depends only on the kind of file and the repository root: files of one kind in one repository share one lookup. */
function memoizedCompanions(): typeof readCompanion {
  const byRoot = new Map<string, ReturnType<typeof readCompanion>>();
  return (file, root) => {
    const key = `${companionKindFor(file)}\u0000${companionRoot(file, root)}`;
    let companion = byRoot.get(key);
    if (!companion) {
      companion = readCompanion(file, root);
      byRoot.set(key, companion);
    }
    return companion;
  };
}

/** Facts depend only on the folder: policies side by side share one lookup. */
function memoizedFacts(): (file: string) => Promise<WorkspaceFacts> {
  const byFolder = new Map<string, Promise<WorkspaceFacts>>();
  return (file) => {
    const folder = path.dirname(file);
    let facts = byFolder.get(folder);
    if (!facts) {
      facts = readFacts(file);
      byFolder.set(folder, facts);
    }
    return facts;
  };
}

type ReadResult = { readonly text: string; readonly invalidUtf8: boolean } | { readonly problem: string };

/**
 * The file's text as an editor opening it as UTF-8 would show it: BOM dropped, invalid bytes as
 * U+FFFD (which SEC062 then reports). A NUL byte near the start means a binary file, not checked.
 */
/** `keepBom`: a security.txt keeps its byte order mark, which TXT071 reports (RFC 9116 wants none). */
export function readPolicy(file: string, keepBom = false): ReadResult {
  let bytes: Buffer;
  try {
    // Synchronous: files are checked one after the other, and fs.promises.readFile costs more per file.
    bytes = readFileSync(file);
  } catch (error) {
    return { problem: describeReadError(error) };
  }
  // A UTF-16 file (Windows editors save "Unicode" so) is text full of NUL bytes: its BOM says so.
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: decode(bytes, utf16), invalidUtf8: false };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
    return { problem: 'binary file (NUL bytes), not a Markdown policy' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: keepBom }).decode(bytes), invalidUtf8: false };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: keepBom }).decode(bytes), invalidUtf8: true };
  }
}

/** UTF-16 by its byte order mark; iconv-lite drops the BOM and turns unpaired surrogates into U+FFFD (SEC062 reports them). */
function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String(error);
}
