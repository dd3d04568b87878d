// Runs the built CLI (dist/cli.js, from `npm run build`) as a process on temporary repositories.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const VERSION = (JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;

/** `file:line:col severity SEC### message`. */
const FINDING_LINE = /^(.+):(\d+):(\d+) (error|warning|info|hint) (SEC\d{3}) \S.*$/;
const SUMMARY_LINE = /^(No problems|\d+ problems?) .*in \d+ files?\.$/;

/** A policy that leaves nothing to fix at error level: private channel, versions, response times. */
const COMPLETE_POLICY = `# Security Policy

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

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly lines: string[];
}

function run(cwd: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean) };
}

let root: string;

/** A fresh repository (a `.git` folder marks its root) with the given files. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(root, 'repo-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('security-policy CLI', () => {
  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
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
    const findings = result.lines.slice(0, -1);
    for (const line of findings) assert.match(line, FINDING_LINE);
    assert.ok(
      findings.some((l) => l.startsWith('SECURITY.md:1:1 error SEC010 ')),
      `no SEC010 error at 1:1 in\n${result.stdout}`,
    );
    assert.match(result.lines.at(-1)!, SUMMARY_LINE);
    assert.match(result.lines.at(-1)!, /\d+ errors?/);
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
    assert.ok(result.lines.some((l) => l.startsWith('SECURITY.md:3:1 error SEC010 ')), result.stdout);
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
    assert.ok(result.lines.some((l) => l.startsWith('.github/security.markdown:1:1 error SEC010 ')), result.stdout);
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
    assert.ok(nested.lines.some((l) => /^SECURITY\.md:\d+:\d+ warning SEC001 /.test(l)), nested.stdout);
  });
});
