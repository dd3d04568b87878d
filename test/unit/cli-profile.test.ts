// `check --profile NAME`: parsed and validated, added to the config's `profiles`, and the controls
// named in the text, JSON and SARIF output of the CLI (run in-process).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseCommand } from '../../server/src/cli/args';
import { configFromJson, withOverrides } from '../../server/src/cli/config';
import { CHECK_HELP } from '../../server/src/cli/help';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import { makeRepo, runMain } from './cliHelpers';

/** Private channel and versions, no disclosure policy, a first response after 30 days. */
const POLICY = `# Security Policy

## Supported Versions

Only the latest release gets fixes.

## Reporting a Vulnerability

Please email security@acme.dev. We reply within 30 days.
`;

describe('check --profile', () => {
  it('is repeatable, takes comma-separated names, drops repeats and rejects unknown names', () => {
    const parsed = parseCommand([
      'check',
      '--profile',
      'cra',
      '-p',
      'best-practices,cra',
      '--profile',
      ' OpenSSF-Baseline-2 ',
    ]);
    assert.equal(parsed.kind, 'check');
    assert.deepEqual(parsed.kind === 'check' && parsed.options.profiles, [
      'cra',
      'best-practices',
      'openssf-baseline-2',
    ]);
    assert.deepEqual(parseCommand(['check', '--profile', 'openssf-baseline']), {
      kind: 'usage-error',
      message:
        "--profile must be one of github, openssf-baseline-1, openssf-baseline-2, openssf-baseline-3, best-practices, cra, cisa-vdp (got 'openssf-baseline')",
    });
    assert.equal(
      parseCommand(['check']).kind === 'check' &&
        'profiles' in (parseCommand(['check']) as { options: object }).options,
      false,
    );
    const init = parseCommand(['init', '-p', 'cra', '--profile', 'cisa-vdp']);
    assert.deepEqual(init.kind === 'init' && init.options.profiles, ['cra', 'cisa-vdp']);
  });

  it('adds to the profiles of the config file, which validates them like the editor', () => {
    const config = configFromJson({ 'securityPolicy.profiles': ['cra'] }, 'c.json');
    assert.ok('settings' in config);
    assert.deepEqual(withOverrides(config.settings, {}, ['best-practices', 'cra']).profiles, ['cra', 'best-practices']);
    assert.deepEqual(withOverrides(DEFAULT_SETTINGS, {}).profiles, ['github']);
    assert.deepEqual(configFromJson({ profiles: ['cra', 'iso-27001'] }, 'c.json'), {
      problems: [
        'config c.json: securityPolicy.profiles: unknown profile "iso-27001" ignored (known: github, openssf-baseline-1, openssf-baseline-2, openssf-baseline-3, best-practices, cra, cisa-vdp).',
      ],
    });
  });

  it('is in the help, with every profile', () => {
    assert.match(CHECK_HELP, /-p, --profile NAME/);
    for (const id of ['openssf-baseline-1', 'openssf-baseline-3', 'best-practices', 'cra', 'cisa-vdp'])
      assert.match(CHECK_HELP, new RegExp(`\\n {34}${id}\\n`));
  });

  describe('the CLI', () => {
    let parent: string;
    let repo: string;
    before(() => {
      parent = mkdtempSync(path.join(tmpdir(), 'cli-profile-'));
      repo = makeRepo(parent, { 'SECURITY.md': POLICY, 'profiles.json': JSON.stringify({ profiles: ['cra'] }) });
    });
    after(() => rmSync(parent, { recursive: true, force: true }));

    it('prints the findings with the control named, and none without a profile', async () => {
      const plain = await runMain(repo, ['check']);
      assert.equal(plain.status, 0, plain.stderr);
      assert.deepEqual(
        plain.lines.filter((l) => / SEC\d{3} /.test(l)),
        [],
      );
      const run = await runMain(repo, ['check', '--profile', 'best-practices', '--config', 'profiles.json']);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(
        run.lines.filter((l) => / SEC\d{3} /.test(l)),
        [
          'SECURITY.md:1:1 warning SEC017 CRA Annex I Part II (5): no coordinated vulnerability disclosure policy: say how reports are handled and when a fixed vulnerability is made public (a "Disclosure Policy" section).',
          'SECURITY.md:1:1 info SEC017 CRA Annex I Part II (4): the policy does not say where fixed vulnerabilities are made public (security advisories, release notes).',
          'SECURITY.md:9:49 warning SEC017 Best Practices: vulnerability_report_response: the first response the policy promises comes later than the 14 days the badge allows.',
        ],
      );
    });

    it('lists the controls of each finding in JSON and SARIF', async () => {
      const json = await runMain(repo, ['check', '--format', 'json', '--profile', 'best-practices']);
      const [file] = JSON.parse(json.stdout) as Array<{
        findings: Array<{ ruleId: string; controls?: string[]; start: { line: number; column: number } }>;
      }>;
      assert.deepEqual(
        file!.findings.map((f) => [f.ruleId, f.start.line, f.start.column, f.controls]),
        [['SEC017', 9, 49, ['bp:vulnerability_report_response']]],
      );
      const sarif = await runMain(repo, ['check', '--format', 'sarif', '-p', 'best-practices']);
      const [result] = (
        JSON.parse(sarif.stdout) as {
          runs: Array<{ results: Array<{ ruleId: string; message: { text: string }; properties?: unknown }> }>;
        }
      ).runs[0]!.results;
      assert.equal(result!.ruleId, 'SEC017');
      assert.match(result!.message.text, /^Best Practices: vulnerability_report_response: /);
      assert.deepEqual(result!.properties, {
        controls: [{ id: 'bp:vulnerability_report_response', label: 'Best Practices: vulnerability_report_response' }],
      });
    });

    it('init --profile writes the sections the profile needs, which check --profile then finds', async () => {
      const fresh = makeRepo(parent, {});
      const init = await runMain(fresh, ['init', '--template', 'minimal', '--profile', 'cisa-vdp']);
      assert.equal(init.status, 0, init.stderr);
      const checked = await runMain(fresh, ['check', '--format', 'json', '--profile', 'cisa-vdp']);
      const [file] = JSON.parse(checked.stdout) as Array<{ findings: Array<{ ruleId: string }> }>;
      // Only the facts the author must give are reported: the placeholders, the contact and the times they stand for.
      assert.deepEqual([...new Set(file!.findings.map((f) => f.ruleId))].sort(), ['SEC011', 'SEC013', 'SEC023']);
    });

    it('rejects an unknown profile with exit status 2', async () => {
      const run = await runMain(repo, ['check', '--profile', 'nope']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--profile must be one of/);
    });
  });
});
