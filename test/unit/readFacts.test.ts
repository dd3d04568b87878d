// readFacts on real folders: the repository root, the origin remote (also through worktree and
// submodule `.git` files) and the nearest manifest's version between the policy and the root.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readFacts, repositoryRoot } from '../../server/src/facts/readFacts';
import { GIT_CONFIG, writeFiles } from './cliHelpers';

let root: string;
let count = 0;

function folder(files: Record<string, string>): string {
  const dir = path.join(root, `case-${++count}`);
  mkdirSync(dir);
  writeFiles(dir, files);
  return dir;
}

describe('readFacts', () => {
  before(() => {
    // realpath: macOS's tmpdir is a symlink, and roots are compared as paths.
    root = realpathSync(mkdtempSync(path.join(tmpdir(), 'security-policy-facts-')));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads the origin remote and the root manifest for a policy in .github/', async () => {
    const repo = folder({
      '.git/config': GIT_CONFIG('git@github.com:acme/widget.git'),
      'package.json': '{ "name": "widget", "version": "2.3.1" }',
      '.github/SECURITY.md': '',
    });
    assert.deepEqual(await readFacts(path.join(repo, '.github/SECURITY.md')), {
      root: repo,
      repository: { host: 'github.com', owner: 'acme', name: 'widget' },
      projectVersion: '2.3.1',
      manifest: path.join(repo, 'package.json'),
      policyFiles: ['.github/SECURITY.md'],
    });
  });

  it('prefers the nearest manifest with a version, and skips versionless ones', async () => {
    const repo = folder({
      '.git/config': GIT_CONFIG('https://github.com/acme/mono'),
      'package.json': '{ "private": true }',
      'crates/core/Cargo.toml': '[package]\nname = "core"\nversion = "0.4.2"\n',
      'crates/core/SECURITY.md': '',
      'py/pyproject.toml': '[project]\nname = "x"\nversion = "1.5.0"\n',
      'py/sub/go.mod': 'module example.com/x\n',
      'py/sub/SECURITY.md': '',
    });
    assert.equal((await readFacts(path.join(repo, 'crates/core/SECURITY.md'))).projectVersion, '0.4.2');
    assert.equal((await readFacts(path.join(repo, 'py/sub/SECURITY.md'))).projectVersion, '1.5.0');
    assert.equal((await readFacts(path.join(repo, 'SECURITY.md'))).projectVersion, undefined);
  });

  it('does not look above the repository root for a manifest', async () => {
    const outer = folder({
      'package.json': '{ "version": "9.9.9" }',
      'inner/.git/config': '',
      'inner/SECURITY.md': '',
    });
    const facts = await readFacts(path.join(outer, 'inner/SECURITY.md'));
    assert.equal(facts.root, path.join(outer, 'inner'));
    assert.equal(facts.projectVersion, undefined);
    assert.equal(facts.repository, undefined);
  });

  it('follows a worktree: .git file → gitdir → commondir → config', async () => {
    const dir = folder({
      'main/.git/config': GIT_CONFIG('https://github.com/acme/widget.git'),
      'main/.git/worktrees/feature/commondir': '../..\n',
      'main/.git/worktrees/feature/HEAD': 'ref: refs/heads/feature\n',
      'feature/.git': 'gitdir: ../main/.git/worktrees/feature\n',
      'feature/SECURITY.md': '',
    });
    const facts = await readFacts(path.join(dir, 'feature/SECURITY.md'));
    assert.equal(facts.root, path.join(dir, 'feature'));
    assert.deepEqual(facts.repository, { host: 'github.com', owner: 'acme', name: 'widget' });
  });

  it('follows a submodule .git file to its own config', async () => {
    const dir = folder({
      '.git/config': GIT_CONFIG('https://github.com/acme/parent.git'),
      '.git/modules/lib/config': GIT_CONFIG('https://gitlab.com/group/lib.git'),
      'lib/.git': 'gitdir: ../.git/modules/lib\n',
      'lib/docs/SECURITY.md': '',
    });
    const facts = await readFacts(path.join(dir, 'lib/docs/SECURITY.md'));
    assert.equal(facts.root, path.join(dir, 'lib'));
    assert.deepEqual(facts.repository, { host: 'gitlab.com', owner: 'group', name: 'lib' });
  });

  it('outside a repository, reads only the policy folder and knows no repository', async () => {
    const dir = folder({ 'package.json': '{ "version": "1.0.0" }', 'SECURITY.md': '' });
    const facts = await readFacts(path.join(dir, 'SECURITY.md'));
    // tmpdir may itself sit inside a repository on a developer's machine; only assert what holds anywhere.
    if (facts.root === undefined) assert.equal(facts.repository, undefined);
    assert.equal(facts.projectVersion, '1.0.0');
  });

  it('survives broken inputs: unreadable config, invalid manifest, missing folders', async () => {
    const dir = folder({
      '.git/config': '[remote "origin"\nurl = ???',
      'package.json': '{ not json',
      'SECURITY.md': '',
    });
    assert.deepEqual(await readFacts(path.join(dir, 'SECURITY.md')), { root: dir, policyFiles: ['SECURITY.md'] });
    assert.deepEqual(await readFacts(path.join(dir, 'no/such/folder/SECURITY.md')), {
      root: dir,
      policyFiles: ['SECURITY.md'],
    });
  });

  it('finds the root from a folder that does not exist yet', async () => {
    const dir = folder({ '.git/HEAD': 'ref: refs/heads/main\n' });
    assert.equal(await repositoryRoot(path.join(dir, '.github')), dir);
  });
});
