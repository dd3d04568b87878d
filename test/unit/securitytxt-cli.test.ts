// `check` on security.txt files, through `main(argv, io)`: found by name and in directories, the same JSON and
// SARIF as for policies with 1-based lines, the same exit codes, --rule for TXT ids.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { COMPLETE_POLICY, makeRepo, runMain } from './cliHelpers';

// With Canonical, so that the hint proposing one (TXT041) does not join the findings.
const CANONICAL = 'Canonical: https://acme.test/.well-known/security.txt\n';
const EXPIRED = `Contact: security@acme.test\nExpires: 2020-01-01T00:00:00Z\n${CANONICAL}`;
const SOUND = `Contact: mailto:security@acme.test\nExpires: 2027-06-30T00:00:00Z\n${CANONICAL}`;

describe('CLI: security.txt', () => {
  let parent = '';
  before(() => {
    parent = mkdtempSync(path.join(tmpdir(), 'sectxt-cli-'));
  });
  after(() => rmSync(parent, { recursive: true, force: true }));

  it('reports a file named on the command line in JSON with 1-based lines, and exits 1 on an error', async () => {
    const repo = makeRepo(parent, { '.well-known/security.txt': EXPIRED });
    const run = await runMain(repo, ['check', '--format', 'json', '--today', '2026-12-05', '.well-known/security.txt']);
    assert.equal(run.status, 1, run.stderr);
    const [file] = JSON.parse(run.stdout) as Array<{
      path: string;
      findings: Array<{ ruleId: string; severity: string; start: { line: number; column: number } }>;
      scorecard?: unknown;
    }>;
    assert.equal(file!.path, '.well-known/security.txt');
    assert.equal(file!.scorecard, undefined, 'Scorecard scores the policy, not security.txt');
    assert.deepEqual(
      file!.findings.map((f) => [f.ruleId, f.severity, f.start.line, f.start.column]),
      [
        ['TXT020', 'error', 1, 10],
        ['TXT011', 'error', 2, 10],
      ],
    );
  });

  it('searches directories for SECURITY.md and security.txt, and exits 0 when nothing is an error', async () => {
    // An upper-case SECURITY.txt beside them is a plain-text policy, not an RFC 9116 file: left alone.
    const repo = makeRepo(parent, {
      'SECURITY.md': COMPLETE_POLICY,
      'static/.well-known/security.txt': SOUND,
      'SECURITY.txt': 'Report issues by email.\n',
    });
    const run = await runMain(repo, ['check', '--today', '2026-12-05']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /in 2 files\.|No problems|2 files/);
    const json = JSON.parse(
      (await runMain(repo, ['check', '--format', 'json', '--today', '2026-12-05'])).stdout,
    ) as Array<{ path: string }>;
    assert.deepEqual(json.map((f) => f.path).sort(), ['SECURITY.md', 'static/.well-known/security.txt']);
  });

  it('takes --rule for TXT ids, lists TXT rules in SARIF and in `rules`', async () => {
    const repo = makeRepo(parent, { 'security.txt': EXPIRED });
    assert.equal(
      (
        await runMain(repo, [
          'check',
          '--today',
          '2026-12-05',
          '--rule',
          'TXT011=off',
          '--rule',
          'TXT020=warning',
          'security.txt',
        ])
      ).status,
      0,
    );
    const sarif = JSON.parse(
      (await runMain(repo, ['check', '--format', 'sarif', '--today', '2026-12-05', 'security.txt'])).stdout,
    ) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string }> } };
        results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>;
      }>;
    };
    const run = sarif.runs[0]!;
    assert.ok(run.tool.driver.rules.some((r) => r.id === 'TXT011'));
    assert.deepEqual(
      run.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine]),
      [
        ['TXT020', 1],
        ['TXT011', 2],
      ],
    );
    assert.match((await runMain(repo, ['rules'])).stdout, /TXT080\s+error\s+signature-structure/);
  });

  it('keeps a byte order mark of a security.txt to report it', async () => {
    const repo = makeRepo(parent, { 'security.txt': Buffer.from(`\uFEFF${SOUND}`, 'utf8') });
    const run = await runMain(repo, ['check', '--format', 'json', '--today', '2026-12-05', 'security.txt']);
    const [file] = JSON.parse(run.stdout) as Array<{ findings: Array<{ ruleId: string }> }>;
    assert.deepEqual(
      file!.findings.map((f) => f.ruleId),
      ['TXT071'],
    );
  });
});
