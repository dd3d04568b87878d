// Running the built CLI (dist/cli.js, from `npm run build`) as a process on temporary repositories.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const CLI = path.resolve(__dirname, '../../dist/cli.js');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly lines: string[];
}

/** Runs the CLI without a terminal and without colour variables inherited from the test's environment. */
export function runCli(cwd: string, args: readonly string[], env: Record<string, string> = {}): Run {
  const base = { ...process.env };
  delete base['FORCE_COLOR'];
  delete base['NO_COLOR'];
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...base, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean) };
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

export const GIT_CONFIG = (url: string): string => `[core]
\trepositoryformatversion = 0
[remote "origin"]
\turl = ${url}
\tfetch = +refs/heads/*:refs/remotes/origin/*
`;
