// Issue 14 item 6: workspace facts are read safely. Only regular files of at most 1 MB inside the
// repository (git files: inside its git directory), no blocking opens, every parser error caught.
// Each case would otherwise read a device without end, block on a FIFO, leak a fact from outside
// the repository, or throw out of readFacts, which promises never to throw.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAX_FACT_FILE_BYTES, readFacts, withinBudget } from '../../server/src/facts/readFacts';
import { GIT_CONFIG, writeFiles } from './cliHelpers';

let root: string;

/** A fresh folder under the test's root holding `files`. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(root, 'case-'));
  writeFiles(dir, files);
  return dir;
}

/** readFacts within a generous deadline: a blocking read shows as a failure, not a hung suite. */
async function factsWithin(policy: string, ms = 5000): ReturnType<typeof readFacts> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`readFacts(${policy}) took over ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([readFacts(policy), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

describe('readFacts on hostile repositories', () => {
  before(() => {
    root = realpathSync(mkdtempSync(path.join(tmpdir(), 'security-policy-hostile-facts-')));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('gives up on a read that never finishes when its time budget runs out (a hung network drive)', async () => {
    const never = new Promise<string>(() => undefined);
    // The budget's timer does not keep a process alive (unref): this one stands for the server's work.
    const alive = setTimeout(() => undefined, 5_000);
    try {
      assert.equal(await withinBudget(never, 20, 'no facts'), 'no facts');
      assert.equal(await withinBudget(Promise.resolve('facts'), 1_000, 'no facts'), 'facts');
    } finally {
      clearTimeout(alive);
    }
  });

  it('does not open a FIFO as a manifest or git config', { skip: process.platform === 'win32' }, async () => {
    const repo = folder({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'Cargo.toml': '[package]\nversion = "1.0.0"\n',
      'SECURITY.md': '',
    });
    execFileSync('mkfifo', [path.join(repo, 'package.json')]);
    execFileSync('mkfifo', [path.join(repo, '.git/config')]);
    const facts = await factsWithin(path.join(repo, 'SECURITY.md'));
    // The FIFO is skipped; the next manifest still counts.
    assert.deepEqual(facts, {
      root: repo,
      projectVersion: '1.0.0',
      manifest: path.join(repo, 'Cargo.toml'),
      policyFiles: ['SECURITY.md'],
    });
  });

  it('does not read a device behind a symlink', { skip: process.platform === 'win32' }, async () => {
    const repo = folder({ '.git/HEAD': '', 'SECURITY.md': '' });
    symlinkSync('/dev/zero', path.join(repo, 'package.json'));
    symlinkSync('/dev/zero', path.join(repo, '.git/config'));
    assert.deepEqual(await factsWithin(path.join(repo, 'SECURITY.md')), { root: repo, policyFiles: ['SECURITY.md'] });
  });

  it('does not follow a manifest or config symlinked out of the repository', async () => {
    const outside = folder({
      'package.json': '{ "version": "6.6.6" }',
      config: GIT_CONFIG('https://github.com/evil/elsewhere'),
    });
    const repo = folder({ '.git/HEAD': '', 'SECURITY.md': '', 'inner/ok.json': '{ "version": "1.2.3" }' });
    symlinkSync(path.join(outside, 'package.json'), path.join(repo, 'package.json'));
    symlinkSync(path.join(outside, 'config'), path.join(repo, '.git/config'));
    assert.deepEqual(await factsWithin(path.join(repo, 'SECURITY.md')), { root: repo, policyFiles: ['SECURITY.md'] });
    // A symlink that stays inside the repository is fine.
    const inside = folder({
      '.git/config': GIT_CONFIG('https://github.com/acme/widget'),
      'real/package.json': '{ "version": "1.2.3" }',
      'SECURITY.md': '',
    });
    symlinkSync(path.join(inside, 'real/package.json'), path.join(inside, 'package.json'));
    assert.equal((await factsWithin(path.join(inside, 'SECURITY.md'))).projectVersion, '1.2.3');
  });

  it('follows a .git file only to a git directory, and commondir only up to its repository', async () => {
    const elsewhere = folder({ config: GIT_CONFIG('https://github.com/evil/elsewhere') });
    const pointer = folder({ '.git': `gitdir: ${elsewhere}\n`, 'SECURITY.md': '' });
    assert.equal((await factsWithin(path.join(pointer, 'SECURITY.md'))).repository, undefined);

    const main = folder({
      '.git/config': GIT_CONFIG('https://github.com/acme/widget'),
      '.git/worktrees/feature/commondir': '../..\n',
    });
    const worktree = folder({ '.git': `gitdir: ${main}/.git/worktrees/feature\n`, 'SECURITY.md': '' });
    assert.deepEqual((await factsWithin(path.join(worktree, 'SECURITY.md'))).repository, {
      host: 'github.com',
      owner: 'acme',
      name: 'widget',
    });

    const escaping = folder({ '.git/commondir': `${elsewhere}\n`, 'SECURITY.md': '' });
    assert.equal((await factsWithin(path.join(escaping, 'SECURITY.md'))).repository, undefined);
  });

  it('skips a manifest over 1 MB', async () => {
    const huge = `{ "version": "3.0.0", "padding": "${'x'.repeat(MAX_FACT_FILE_BYTES)}" }`;
    const repo = folder({ '.git/HEAD': '', 'package.json': huge, 'SECURITY.md': '' });
    assert.deepEqual(await factsWithin(path.join(repo, 'SECURITY.md')), { root: repo, policyFiles: ['SECURITY.md'] });
  });

  it('survives a manifest its parser cannot follow (deep nesting)', async () => {
    const repo = folder({
      '.git/HEAD': '',
      'package.json': '['.repeat(200_000),
      'pyproject.toml': `[project]\nversion = ${'['.repeat(20_000)}\n`,
      'Cargo.toml': `[package]\nversion = ${'{ a = '.repeat(20_000)}\n`,
      'SECURITY.md': '',
    });
    assert.deepEqual(await factsWithin(path.join(repo, 'SECURITY.md')), { root: repo, policyFiles: ['SECURITY.md'] });
  });
});
