// `init` through `main(argv, io)`, in-process: writes a policy from the templates with the repository's facts, and
// never overwrites one.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { policyTemplate } from '../../server/src/core/policyTemplates';
import { GIT_CONFIG, makeRepo, runMain } from './cliHelpers';

let root: string;

describe('security-policy init', () => {
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'security-policy-init-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('writes the github template filled with the git remote and the manifest version', async () => {
    const dir = makeRepo(root, {
      '.git/config': GIT_CONFIG('https://github.com/acme/widget.git'),
      'package.json': JSON.stringify({ name: 'widget', version: '2.3.1' }),
    });
    const result = await runMain(dir, ['init']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.lines[0], 'Wrote SECURITY.md (github template).');
    assert.match(result.stdout, /Repository: github\.com\/acme\/widget \(git remote\)/);
    assert.match(result.stdout, /Supported versions: from 2\.3\.1 \(package\.json\)/);
    assert.match(result.stdout, /Fill in the 3 \[your …\] placeholders, then run: security-policy check SECURITY\.md/);
    const written = readFileSync(path.join(dir, 'SECURITY.md'), 'utf8');
    assert.equal(
      written,
      policyTemplate('github', {
        projectName: 'widget',
        repository: { host: 'github.com', owner: 'acme', name: 'widget' },
        projectVersion: '2.3.1',
      }),
    );
    // Checking it finds only the fields to fill in.
    const check = await runMain(dir, ['check', '--format', 'json']);
    const ids = new Set(
      (JSON.parse(check.stdout) as { findings: { ruleId: string }[] }[])[0]!.findings.map((f) => f.ruleId),
    );
    assert.deepEqual([...ids].sort(), ['SEC013', 'SEC023']);
  });

  it('refuses to overwrite an existing policy, whatever its case or extension', async () => {
    for (const existing of ['SECURITY.md', 'security.md', 'Security.markdown']) {
      const dir = makeRepo(root, { [existing]: 'mine\n' });
      const result = await runMain(dir, ['init']);
      assert.equal(result.status, 2, existing);
      assert.equal(result.stdout, '');
      assert.equal(result.stderr, `security-policy: ${existing} already exists; not overwriting it.\n`);
      assert.equal(readFileSync(path.join(dir, existing), 'utf8'), 'mine\n');
    }
  });

  it('writes into .github/ or docs/ of the repository root, from any folder, with the chosen template', async () => {
    const dir = makeRepo(root, { 'src/lib/index.js': '' });
    const result = await runMain(path.join(dir, 'src/lib'), [
      'init',
      '--dir',
      '.github',
      '--template',
      'email-pgp',
      '--repo',
      'acme/widget',
      '--version',
      '1.0.0',
    ]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.lines[0], 'Wrote ../../.github/SECURITY.md (email-pgp template).');
    assert.match(result.stdout, /Repository: github\.com\/acme\/widget \(--repo\)/);
    assert.match(result.stdout, /from 1\.0\.0 \(--version\)/);
    const written = readFileSync(path.join(dir, '.github/SECURITY.md'), 'utf8');
    assert.match(written, /## Encrypted Communication/);
    assert.match(written, /^\| 1\.0\.x \| ✅ \|$/m);
    // A second run finds it there.
    assert.equal((await runMain(dir, ['init', '--dir', '.github/'])).status, 2);
    // docs/ is a separate location.
    assert.equal((await runMain(dir, ['init', '--dir', './docs'])).status, 0);
    assert.ok(existsSync(path.join(dir, 'docs/SECURITY.md')));
  });

  it('leaves placeholders when nothing is known, and says how to supply the facts', async () => {
    const dir = makeRepo(root, {});
    const result = await runMain(dir, ['init', '--template', 'minimal']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Repository: unknown/);
    assert.match(result.stdout, /Supported versions: unknown/);
    assert.match(readFileSync(path.join(dir, 'SECURITY.md'), 'utf8'), /\[your supported versions\]/);
  });

  it('defaults to the minimal template when the remote is not on GitHub', async () => {
    const dir = makeRepo(root, { '.git/config': GIT_CONFIG('git@gitlab.com:group/widget.git') });
    const result = await runMain(dir, ['init']);
    assert.equal(result.lines[0], 'Wrote SECURITY.md (minimal template).');
    assert.doesNotMatch(readFileSync(path.join(dir, 'SECURITY.md'), 'utf8'), /advisories/);
  });

  it('rejects an unknown template or folder with exit 2 and writes nothing', async () => {
    const dir = makeRepo(root, {});
    for (const args of [['--template', 'fancy'], ['--dir', 'src'], ['extra-path']]) {
      const result = await runMain(dir, ['init', ...args]);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^security-policy: /);
    }
    assert.ok(!existsSync(path.join(dir, 'SECURITY.md')));
  });
});
