// Running the CLI on temporary repositories: in-process through `main(argv, io)` (fast), or the built
// dist/cli.js (from `npm run build`) as a process, for what only a process shows (the shebang, exit
// codes set by the entry point, worker threads).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../server/src/cli/main';
import { localDate } from '../../server/src/config/localDate';

export const CLI = path.resolve(__dirname, '../../dist/cli.js');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly lines: string[];
}

/** What `runCli` gives, from `main(argv, io)` in this process: the same output, no process started. */
export async function runMain(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, {
    cwd,
    env: { ...colorlessEnv(), ...env },
    today: localDate(new Date()),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    out: (line) => out.push(line + '\n'),
    err: (line) => err.push(line + '\n'),
    errWrite: (chunk) => err.push(chunk),
  });
  const stdout = out.join('');
  return { status, stdout, stderr: err.join(''), lines: stdout.split('\n').filter(Boolean) };
}

function colorlessEnv(): NodeJS.ProcessEnv {
  const base = { ...process.env };
  delete base['FORCE_COLOR'];
  delete base['NO_COLOR'];
  return base;
}

/** Runs the built CLI without a terminal and without colour variables inherited from the test's environment. */
export function runCli(cwd: string, args: readonly string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...colorlessEnv(), ...env },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    lines: result.stdout.split('\n').filter(Boolean),
  };
}

export function assertBuilt(): void {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
}

/** A fresh repository under `parent` (a `.git` folder marks its root) with the given files. */
export function makeRepo(parent: string, files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(parent, 'repo-'));
  mkdirSync(path.join(dir, '.git'));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/** A policy that leaves nothing to fix at error level: private channel, versions, response times. */
export const COMPLETE_POLICY = `# Security Policy

## Supported Versions

| Version | Supported |
| ------- | --------- |
| 3.x     | ✅        |
| < 3.0   | ❌        |

## Reporting a Vulnerability

Please do not report security problems in public issues. Use GitHub's private vulnerability
reporting instead: https://github.com/acme-tools/widget/security/advisories/new

## Response Timeline

We acknowledge a report within 3 business days and send an assessment within 10 business days.

## Disclosure Policy

We publish a security advisory once a fix is released and credit the reporter.
`;

/** CRLF line ends and astral emoji before a finding: lines, columns and offsets must be UTF-16 based. */
export const TRICKY = [
  '# 🔒 Security 🚨',
  '',
  '## Reporting',
  '',
  '🚨🚨 Mail [your security contact email] please.',
  '',
].join('\r\n');

export const GIT_CONFIG = (url: string): string => `[core]
\trepositoryformatversion = 0
[remote "origin"]
\turl = ${url}
\tfetch = +refs/heads/*:refs/remotes/origin/*
`;
