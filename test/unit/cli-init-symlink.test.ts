// Issue 14 item 7: `init` never writes through a folder symlinked out of the repository.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { EXIT_OK, EXIT_USAGE } from '../../server/src/cli/exitCodes';
import { init } from '../../server/src/cli/init';
import type { Io } from '../../server/src/cli/io';

const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'init-symlink-')));

function io(cwd: string): Io & { errors: string[] } {
  const errors: string[] = [];
  return {
    cwd,
    env: {},
    today: '2025-01-01',
    stdoutIsTTY: false,
    stderrIsTTY: false,
    out: () => undefined,
    err: (l) => errors.push(l),
    errWrite: () => undefined,
    errors,
  };
}

describe('init and symlinks', () => {
  after(() => rmSync(base, { recursive: true, force: true }));

  it('refuses --dir .github when .github is a symlink out of the repository, and writes nothing there', async () => {
    const outside = path.join(base, 'outside');
    mkdirSync(outside);
    const repo = path.join(base, 'repo');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    symlinkSync(outside, path.join(repo, '.github'));
    const run = io(repo);
    assert.equal(await init({ dir: '.github', template: 'minimal' }, run), EXIT_USAGE);
    assert.deepEqual(readdirSync(outside), []);
    assert.match(run.errors.join('\n'), /\.github leads out of the repository/);
  });

  it('refuses a dangling symlink too, and creates nothing at its target', async () => {
    const repo = path.join(base, 'dangling');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    const target = path.join(base, 'not-yet');
    symlinkSync(target, path.join(repo, 'docs'));
    assert.equal(await init({ dir: 'docs', template: 'minimal' }, io(repo)), EXIT_USAGE);
    assert.equal(existsSync(target), false);
  });

  it('writes through a symlink that stays inside the repository, and into a new folder', async () => {
    const repo = path.join(base, 'inside');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(path.join(repo, 'site/docs'), { recursive: true });
    symlinkSync(path.join(repo, 'site/docs'), path.join(repo, 'docs'));
    assert.equal(await init({ dir: 'docs', template: 'minimal' }, io(repo)), EXIT_OK);
    assert.ok(existsSync(path.join(repo, 'site/docs/SECURITY.md')));
    assert.equal(await init({ dir: '.github', template: 'minimal' }, io(repo)), EXIT_OK);
    assert.ok(existsSync(path.join(repo, '.github/SECURITY.md')));
  });
});
