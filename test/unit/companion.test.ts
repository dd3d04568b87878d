// Where the other policy file of a repository is found (facts/companion.ts) and how it is read from
// disk (readCompanion): GitHub's order for the policy, the usual .well-known places for security.txt.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { companionKindFor, companionRank, companionRoot } from '../../server/src/facts/companion';
import { readCompanion } from '../../server/src/facts/readFacts';

describe('companion files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'security-policy-companion-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ranks the candidates: .github, root, docs for the policy; .well-known first for security.txt', () => {
    const root = '/r';
    assert.equal(companionRank('policy', root, '/r/.github/security.md'), 0);
    assert.equal(companionRank('policy', root, '/r/SECURITY.md'), 1);
    assert.equal(companionRank('policy', root, '/r/docs/SECURITY.markdown'), 2);
    assert.equal(companionRank('policy', root, '/r/src/SECURITY.md'), undefined);
    assert.equal(companionRank('security.txt', root, '/r/.well-known/SECURITY.TXT'), 0);
    assert.equal(
      companionRank('security.txt', root, '/r/SECURITY.txt'),
      undefined,
      'upper case outside .well-known is a plain-text policy',
    );
    assert.equal(companionRank('security.txt', root, '/r/public/.well-known/security.txt'), 2);
    assert.equal(companionRank('security.txt', root, '/elsewhere/.well-known/security.txt'), undefined);
  });

  it('knows which kind a file needs, and the root without a repository', () => {
    assert.equal(companionKindFor('/r/.well-known/security.txt'), 'policy');
    assert.equal(companionKindFor('/r/SECURITY.md'), 'security.txt');
    assert.equal(companionRoot('/r/site/.well-known/security.txt', undefined), '/r/site');
    assert.equal(companionRoot('/r/.github/SECURITY.md', undefined), '/r');
    assert.equal(companionRoot('/r/x/SECURITY.md', '/r'), '/r');
  });

  it('reads the best-placed one from disk, with its path relative to the root', async () => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'docs'));
    mkdirSync(join(dir, '.github'));
    mkdirSync(join(dir, 'static', '.well-known'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'SECURITY.md'), '# docs\n');
    writeFileSync(join(dir, '.github', 'Security.md'), '# github\n');
    writeFileSync(join(dir, 'static', '.well-known', 'security.txt'), 'Contact: mailto:a@b.dev\n');
    const txt = join(dir, 'static', '.well-known', 'security.txt');
    const policy = await readCompanion(txt, dir);
    assert.deepEqual(policy && { kind: policy.kind, relativePath: policy.relativePath, text: policy.text }, {
      kind: 'policy',
      relativePath: '.github/Security.md',
      text: '# github\n',
    });
    const other = await readCompanion(join(dir, 'docs', 'SECURITY.md'), dir);
    assert.deepEqual(other && [other.kind, other.relativePath], ['security.txt', 'static/.well-known/security.txt']);
    assert.equal(await readCompanion(join(dir, 'docs', 'SECURITY.md'), join(dir, 'docs')), undefined);
  });
});
