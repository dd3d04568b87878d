// The browser server's repository facts (server/src/facts/uriFacts.ts): the same walk as on disk, over
// URIs, each file asked of the client; never above the workspace folder; github.dev's URI names the
// repository when there is no `.git`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFactsThroughClient, repositoryOfVirtualUri } from '../../server/src/facts/uriFacts';
import type { ReadFactFileResult } from '../../server/src/requests';
import { GIT_CONFIG } from './cliHelpers';

/** A client over `files` (URI → text); every folder above a file exists. Records what was asked. */
function client(files: Record<string, string>) {
  const asked: string[] = [];
  const read = async (uri: string): Promise<ReadFactFileResult | null> => {
    asked.push(uri);
    if (uri in files) return { exists: true, text: files[uri]! };
    return Object.keys(files).some((f) => f.startsWith(`${uri}/`)) ? { exists: true } : { exists: false };
  };
  return { read, asked };
}

const ROOT = 'vscode-test-web://mount';

describe('repository facts through the client', () => {
  it('reads the origin remote and the nearest manifest of a policy in .github/', async () => {
    const { read, asked } = client({
      [`${ROOT}/.git/config`]: GIT_CONFIG('https://github.com/acme/widget.git'),
      [`${ROOT}/package.json`]: '{ "name": "widget", "version": "2.3.1" }',
    });
    assert.deepEqual(await readFactsThroughClient(`${ROOT}/.github/SECURITY.md`, '.github/SECURITY.md', read), {
      root: '/',
      repository: { host: 'github.com', owner: 'acme', name: 'widget' },
      projectVersion: '2.3.1',
      manifest: '/package.json',
    });
    // Each file once, though the walk asks whether `.git` exists and reads manifests in two places.
    assert.equal(new Set(asked).size, asked.length, asked.join(', '));
  });

  it('never asks above the workspace folder, and outside one only the policy folder', async () => {
    const files = { 'file:///home/me/.git/config': GIT_CONFIG('git@github.com:someone/else.git'), 'file:///home/me/package.json': '{"version":"9.9.9"}' };
    const inFolder = client(files);
    assert.deepEqual(await readFactsThroughClient('file:///home/me/work/docs/SECURITY.md', 'docs/SECURITY.md', inFolder.read), {});
    assert.ok(inFolder.asked.every((u) => u.startsWith('file:///home/me/work/')), inFolder.asked.join(', '));
    const outside = client(files);
    assert.deepEqual(await readFactsThroughClient('file:///home/me/work/SECURITY.md', undefined, outside.read), {});
    assert.deepEqual(outside.asked.map((u) => u.replace(/[^/]*$/, '')), outside.asked.map(() => 'file:///home/me/work/'));
  });

  it('names the repository of a github.dev workspace, which has no .git', async () => {
    const uri = 'vscode-vfs://github/acme/widget/SECURITY.md';
    const { read } = client({ 'vscode-vfs://github/acme/widget/Cargo.toml': '[package]\nname = "widget"\nversion = "0.4.2"\n' });
    assert.deepEqual(await readFactsThroughClient(uri, 'SECURITY.md', read), {
      repository: { host: 'github.com', owner: 'acme', name: 'widget' },
      projectVersion: '0.4.2',
      manifest: '/acme/widget/Cargo.toml',
    });
    assert.deepEqual(repositoryOfVirtualUri('vscode-vfs://github%2B7b22726566223a226d61696e227d/acme/widget/docs/SECURITY.md'), { host: 'github.com', owner: 'acme', name: 'widget' });
    assert.deepEqual(repositoryOfVirtualUri('vscode-vfs://github+ref/acme/widget/docs/SECURITY.md'), { host: 'github.com', owner: 'acme', name: 'widget' });
    assert.equal(repositoryOfVirtualUri('vscode-vfs://azurerepos/acme/widget/SECURITY.md'), undefined);
    assert.equal(repositoryOfVirtualUri('file:///acme/widget/SECURITY.md'), undefined);
  });

  it('gives no facts when the client fails or never answers in time', async () => {
    assert.deepEqual(await readFactsThroughClient(`${ROOT}/SECURITY.md`, 'SECURITY.md', () => Promise.reject(new Error('gone'))), {});
    assert.deepEqual(await readFactsThroughClient('untitled:Untitled-1', undefined, async () => ({ exists: true, text: '' })), {});
  });
});
