// Runs the built CLI (dist/cli.js, from `npm run build`) as a process on temporary repositories: what
// only a process shows (the shebang, exit codes, the pipe, worker threads). The rest of the CLI's
// tests call `main(argv, io)` in-process (cli-check.test.ts, cli-init.test.ts, …).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertBuilt, CLI, COMPLETE_POLICY, makeRepo, runCli, TRICKY } from './cliHelpers';

const VERSION = (JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string })
  .version;

/** `file:line:col severity SEC### message`. */
const FINDING_LINE = /^(.+):(\d+):(\d+) (error|warning|info|hint) (SEC\d{3}) \S.*$/;
const SUMMARY_LINE = /^(No problems|\d+ problems?) .*in \d+ files?\.$/;

let root: string;
const run = (cwd: string, ...args: string[]) => runCli(cwd, args);
const repo = (files: Record<string, string>) => makeRepo(root, files);
const json = (stdout: string): unknown[] => JSON.parse(stdout) as unknown[];

describe('security-policy CLI', () => {
  before(() => {
    assertBuilt();
    root = mkdtempSync(path.join(tmpdir(), 'security-policy-cli-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('prints its version and help', () => {
    const version = run(root, '--version');
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), VERSION);
    const help = run(root, '--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: security-policy check/);
  });

  it('exits 2 on a wrong command line', () => {
    for (const args of [[], ['lint'], ['check', '--no-such-flag']]) {
      const result = run(root, ...args);
      assert.equal(result.status, 2, `args ${JSON.stringify(args)}`);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^security-policy: /);
    }
  });

  it('reports an empty policy: SEC010 error at 1:1, exit 1', () => {
    const dir = repo({ 'SECURITY.md': '' });
    const result = run(dir, 'check', 'SECURITY.md');
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '');
    // The findings, then the file's Scorecard score, then the summary.
    const findings = result.lines.slice(0, -2);
    for (const line of findings) assert.match(line, FINDING_LINE);
    assert.match(result.lines.at(-2)!, /^SECURITY\.md: Scorecard Security-Policy 0\/10 · /);
    assert.ok(
      findings.some((l) => l.startsWith('SECURITY.md:1:1 error SEC010 ')),
      `no SEC010 error at 1:1 in\n${result.stdout}`,
    );
    assert.match(result.lines.at(-1)!, SUMMARY_LINE);
    assert.match(result.lines.at(-1)!, /\d+ errors?/);
  });

  it('keeps its exit code when the reader closes the pipe early (`check | head -1`)', () => {
    const dir = repo({ 'SECURITY.md': '', 'docs/SECURITY.md': '' });
    // A shell pipeline: `head` exits after one line; the CLI's later writes meet a closed pipe.
    const result = spawnSync(
      'bash',
      ['-c', `set -o pipefail; node ${JSON.stringify(CLI)} check SECURITY.md docs/SECURITY.md | head -1`],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.equal(result.stdout.split('\n').filter(Boolean).length, 1);
    assert.equal(result.stderr, '');
    assert.equal(result.status, 1);
  });

  it('exits 0 on a complete policy and says so', () => {
    const dir = repo({ 'SECURITY.md': COMPLETE_POLICY });
    const result = run(dir, 'check', 'SECURITY.md');
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.ok(!result.lines.some((l) => / error SEC\d{3} /.test(l)), result.stdout);
    assert.match(result.lines.at(-1)!, SUMMARY_LINE);
  });

  it('gives 1-based line and column of the finding', () => {
    // SEC010 points at the title heading, which starts on line 3 here.
    const dir = repo({ 'SECURITY.md': '\n\n# Security\n\nNothing here yet.\n' });
    const result = run(dir, 'check', 'SECURITY.md');
    assert.ok(
      result.lines.some((l) => l.startsWith('SECURITY.md:3:1 error SEC010 ')),
      result.stdout,
    );
  });

  it('exits 2 when a file cannot be read, and still checks the others', () => {
    const dir = repo({ 'SECURITY.md': COMPLETE_POLICY });
    const result = run(dir, 'check', 'missing/SECURITY.md', 'SECURITY.md');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /missing\/SECURITY\.md/);
    assert.match(result.lines.at(-1)!, /in 1 file\.$/);
  });

  it('finds SECURITY.md in any case in the root, .github/ and docs/ when given no paths', () => {
    const dir = repo({ '.github/security.markdown': '', 'docs/Security.md': COMPLETE_POLICY });
    const result = run(dir, 'check');
    assert.equal(result.status, 1);
    assert.ok(
      result.lines.some((l) => l.startsWith('.github/security.markdown:1:1 error SEC010 ')),
      result.stdout,
    );
    assert.match(result.lines.at(-1)!, /in 2 files\.$/);
  });

  it('exits 2 when there is no policy to check', () => {
    const dir = repo({ 'README.md': '# Hello\n' });
    const result = run(dir, 'check');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /no SECURITY\.md/);
  });

  it('judges the location from the repository root, not the working directory', () => {
    const dir = repo({ '.github/SECURITY.md': COMPLETE_POLICY, 'packages/app/SECURITY.md': COMPLETE_POLICY });
    const inGithub = run(path.join(dir, '.github'), 'check', 'SECURITY.md');
    assert.ok(!inGithub.stdout.includes('SEC001'), inGithub.stdout);
    const nested = run(path.join(dir, 'packages/app'), 'check', 'SECURITY.md');
    assert.ok(
      nested.lines.some((l) => /^SECURITY\.md:\d+:\d+ warning SEC001 /.test(l)),
      nested.stdout,
    );
  });

  // Worker threads start from dist/cli.js itself, so they need the built file.
  it('gives the same report on worker threads as on one thread, in the same order', () => {
    const policies = [
      COMPLETE_POLICY,
      '',
      TRICKY,
      '# Security\n\nOpen an issue.\n',
      `${COMPLETE_POLICY}\nLast reviewed: 2001-01-01\n`,
    ];
    const dir = repo(
      Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [
          `p${String(i).padStart(2, '0')}/SECURITY.md`,
          policies[i % policies.length]!,
        ]),
      ),
    );
    const one = runCli(dir, ['check', '--format', 'json', '--jobs', '1', '**/SECURITY.md']);
    const three = runCli(dir, ['check', '--format', 'json', '--jobs', '3', '**/SECURITY.md']);
    assert.equal(one.status, 1);
    assert.equal(three.status, 1);
    assert.equal(three.stderr, '');
    assert.equal(three.stdout, one.stdout);
    assert.equal(json(one.stdout).length, 30);
    assert.equal(runCli(dir, ['check', '--jobs', '0']).status, 2);
  });

  it('shows no progress line when stderr is not a terminal', () => {
    const files = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`p${i}/SECURITY.md`, COMPLETE_POLICY]));
    const dir = repo(files);
    const result = runCli(dir, ['check', '**/SECURITY.md']);
    assert.equal(result.stderr, '');
    assert.match(result.lines.at(-1)!, /in 25 files\.$/);
  });
});
