// Which policy GitHub and Scorecard read (core/precedence.ts), the files the facts list, and SEC002.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { shadowedBy } from '../../server/src/config/analysisContext';
import { githubPick, scorecardPick, shadowingPolicies } from '../../server/src/core/precedence';
import { readFacts } from '../../server/src/facts/readFacts';
import { makeRepo, runMain } from './cliHelpers';
import { at, doc, findingsOf } from './helpers';
import { analyze } from '../../server/src/core/analyze';

describe('policy precedence', () => {
  const all = ['docs/SECURITY.md', 'SECURITY.md', '.github/SECURITY.md'];

  it('GitHub reads .github/, then the root, then docs/; Scorecard the root, then .github/, then docs/', () => {
    assert.equal(githubPick(all), '.github/SECURITY.md');
    assert.equal(scorecardPick(all), 'SECURITY.md');
    assert.equal(githubPick(['docs/SECURITY.md', 'SECURITY.md']), 'SECURITY.md');
    assert.equal(scorecardPick(['docs/security.md', '.github/Security.MD']), '.github/Security.MD');
  });

  it('Scorecard reads .adoc and .rst (doc/ for .rst only), GitHub Markdown only', () => {
    assert.equal(githubPick(['SECURITY.rst', 'docs/SECURITY.md']), 'docs/SECURITY.md');
    assert.equal(scorecardPick(['SECURITY.rst', 'docs/SECURITY.md']), 'SECURITY.rst');
    assert.equal(scorecardPick(['doc/SECURITY.md', 'doc/security.rst']), 'doc/security.rst');
    assert.equal(githubPick(['doc/SECURITY.md']), undefined);
  });

  it('names only the platforms that read another file, case-insensitively', () => {
    assert.deepEqual(shadowingPolicies('docs/SECURITY.md', all), {
      github: '.github/SECURITY.md',
      scorecard: 'SECURITY.md',
    });
    assert.deepEqual(shadowingPolicies('.github/security.md', all), { scorecard: 'SECURITY.md' });
    assert.deepEqual(shadowingPolicies('SECURITY.md', all), { github: '.github/SECURITY.md' });
    assert.deepEqual(shadowingPolicies('SECURITY.md', ['SECURITY.md']), {});
    assert.deepEqual(shadowingPolicies('packages/x/SECURITY.md', ['SECURITY.md']), {
      github: 'SECURITY.md',
      scorecard: 'SECURITY.md',
    });
  });

  it('the facts list the policy files where the platforms look, and shadowedBy compares the file with them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precedence-'));
    try {
      for (const folder of ['.git', '.github', 'docs', 'src']) mkdirSync(path.join(dir, folder));
      for (const file of [
        'SECURITY.md',
        '.github/security.md',
        'docs/SECURITY.md',
        'src/SECURITY.md',
        'docs/README.md',
      ])
        writeFileSync(path.join(dir, file), '# Security\n');
      mkdirSync(path.join(dir, 'docs', 'security.d'));
      const facts = await readFacts(path.join(dir, 'docs', 'SECURITY.md'));
      assert.deepEqual([...facts.policyFiles!].sort(), ['.github/security.md', 'SECURITY.md', 'docs/SECURITY.md']);
      assert.deepEqual(shadowedBy('docs/SECURITY.md', facts), {
        github: '.github/security.md',
        scorecard: 'SECURITY.md',
      });
      assert.equal(shadowedBy('SECURITY.md', { ...facts, policyFiles: ['SECURITY.md'] }), undefined);
      assert.equal(shadowedBy('SECURITY.md', {}), undefined, 'no listed policy files, no verdict');
      // Folders in another case, and a linked .github folder, are where the platforms look too.
      rmSync(path.join(dir, '.github'), { recursive: true });
      mkdirSync(path.join(dir, 'shared'));
      writeFileSync(path.join(dir, 'shared', 'SECURITY.md'), '# Security\n');
      symlinkSync(path.join(dir, 'shared'), path.join(dir, '.github'), 'dir');
      renameSync(path.join(dir, 'docs'), path.join(dir, 'Docs'));
      const relisted = await readFacts(path.join(dir, 'SECURITY.md'));
      assert.deepEqual([...relisted.policyFiles!].sort(), ['.github/SECURITY.md', 'Docs/SECURITY.md', 'SECURITY.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SEC002 shadowed-policy', () => {
  const text = doc('# Security Policy', '', 'Email security@acme.dev.');

  it('is an info on the first line naming the file each platform reads instead', () => {
    assert.deepEqual(
      findingsOf('SEC002', text, { shadowedBy: { github: '.github/SECURITY.md', scorecard: 'SECURITY.md' } }),
      [at(text, '# Security Policy', 'info')],
    );
    const message = (shadowed: { github?: string; scorecard?: string }) =>
      analyze(text, { shadowedBy: shadowed }).find((f) => f.ruleId === 'SEC002')?.message;
    assert.equal(
      message({ github: '.github/SECURITY.md', scorecard: 'SECURITY.md' }),
      'GitHub shows .github/SECURITY.md on the Security tab and OpenSSF Scorecard scores SECURITY.md, not this file.',
    );
    assert.equal(
      message({ github: 'SECURITY.md', scorecard: 'SECURITY.md' }),
      'GitHub and OpenSSF Scorecard read SECURITY.md, not this file: edits here show neither on the Security tab nor in the Security-Policy score.',
    );
    assert.equal(
      message({ github: '.github/SECURITY.md' }),
      'GitHub shows .github/SECURITY.md on the Security tab, not this file.',
    );
    assert.equal(message({ scorecard: 'SECURITY.md' }), 'OpenSSF Scorecard scores SECURITY.md, not this file.');
  });

  it('is silent without the facts, and covers a one-line document whole', () => {
    assert.deepEqual(findingsOf('SEC002', text), []);
    assert.deepEqual(findingsOf('SEC002', 'Email security@acme.dev.', { shadowedBy: { scorecard: 'SECURITY.md' } }), [
      at('Email security@acme.dev.', 'Email security@acme.dev.', 'info'),
    ]);
  });
});

describe('check reports a shadowed policy', () => {
  it('names the file GitHub and Scorecard read instead, for each shadowed file', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'precedence-cli-'));
    try {
      const policy =
        '# Security Policy\n\n## Supported Versions\n\nOnly the latest release.\n\n## Reporting a Vulnerability\n\nEmail security@acme.dev; we reply within 3 days.\n';
      const repo = makeRepo(parent, {
        'SECURITY.md': policy,
        '.github/SECURITY.md': policy,
        'docs/SECURITY.md': policy,
      });
      const run = await runMain(repo, ['check']);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(
        run.lines.filter((l) => l.includes(' SEC002 ')),
        [
          '.github/SECURITY.md:1:1 info SEC002 OpenSSF Scorecard scores SECURITY.md, not this file.',
          'SECURITY.md:1:1 info SEC002 GitHub shows .github/SECURITY.md on the Security tab, not this file.',
          'docs/SECURITY.md:1:1 info SEC002 GitHub shows .github/SECURITY.md on the Security tab and OpenSSF Scorecard scores SECURITY.md, not this file.',
        ],
      );
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
