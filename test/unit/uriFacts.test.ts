// The browser server's repository facts (server/src/facts/uriFacts.ts): the same walk as on disk, over
// URIs, each file asked of the client; never above the workspace folder; github.dev's URI names the
// repository when there is no `.git`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shadowedBy } from '../../server/src/config/analysisContext';
import { listPolicyFiles, type FolderEntry } from '../../server/src/facts/factsWalk';
import { readFactsThroughClient, repositoryOfVirtualUri, rootRelativeOfUriPath } from '../../server/src/facts/uriFacts';
import type { ListFolderResult, ReadFactFileResult } from '../../server/src/protocol/requests';
import { GIT_CONFIG } from './cliHelpers';

/** A client over `files` (URI → text); every folder above a file exists. Records what was asked. */
function client(files: Record<string, string>) {
  const asked: string[] = [];
  const read = (uri: string): Promise<ReadFactFileResult | null> => {
    asked.push(uri);
    if (uri in files) return Promise.resolve({ exists: true, text: files[uri]! });
    return Promise.resolve({ exists: Object.keys(files).some((f) => f.startsWith(`${uri}/`)) });
  };
  /** A folder's entries: the names one level below it, a folder where more follows. */
  const list = (folderUri: string): Promise<ListFolderResult> => {
    const uri = folderUri.replace(/\/$/, '');
    const entries = new Map<string, boolean>();
    for (const f of Object.keys(files)) {
      if (!f.startsWith(`${uri}/`)) continue;
      const [name, ...rest] = f.slice(uri.length + 1).split('/');
      entries.set(decodeURIComponent(name!), rest.length > 0 || entries.get(decodeURIComponent(name!)) === true);
    }
    return Promise.resolve(entries.size === 0 ? null : [...entries].map(([name, folder]) => ({ name, folder })));
  };
  return { read, list, asked };
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
    const files = {
      'file:///home/me/.git/config': GIT_CONFIG('git@github.com:someone/else.git'),
      'file:///home/me/package.json': '{"version":"9.9.9"}',
    };
    const inFolder = client(files);
    assert.deepEqual(
      await readFactsThroughClient('file:///home/me/work/docs/SECURITY.md', 'docs/SECURITY.md', inFolder.read),
      {},
    );
    assert.ok(
      inFolder.asked.every((u) => u.startsWith('file:///home/me/work/')),
      inFolder.asked.join(', '),
    );
    const outside = client(files);
    assert.deepEqual(await readFactsThroughClient('file:///home/me/work/SECURITY.md', undefined, outside.read), {});
    assert.deepEqual(
      outside.asked.map((u) => u.replace(/[^/]*$/, '')),
      outside.asked.map(() => 'file:///home/me/work/'),
    );
  });

  it('follows a `.git` file (a worktree, a submodule) to a git directory inside the workspace folder, not outside it', async () => {
    const worktree = {
      [`${ROOT}/main/.git/config`]: GIT_CONFIG('https://github.com/acme/widget.git'),
      [`${ROOT}/main/.git/worktrees/feature/commondir`]: '../..\n',
      [`${ROOT}/feature/.git`]: 'gitdir: ../main/.git/worktrees/feature\n',
    };
    assert.deepEqual(
      await readFactsThroughClient(`${ROOT}/feature/SECURITY.md`, 'feature/SECURITY.md', client(worktree).read),
      {
        root: '/feature',
        repository: { host: 'github.com', owner: 'acme', name: 'widget' },
      },
    );
    const submodule = {
      [`${ROOT}/vendor/lib/.git`]: 'gitdir: ../../.git/modules/lib\n',
      [`${ROOT}/.git/modules/lib/config`]: GIT_CONFIG('git@github.com:acme/lib.git'),
    };
    assert.deepEqual(
      (await readFactsThroughClient(`${ROOT}/vendor/lib/SECURITY.md`, 'vendor/lib/SECURITY.md', client(submodule).read))
        .repository,
      { host: 'github.com', owner: 'acme', name: 'lib' },
    );
    // The workspace folder is /home/me/work; its `.git` file points above it.
    const outside = client({
      'file:///home/me/work/.git': 'gitdir: ../main/.git/worktrees/work\n',
      'file:///home/me/main/.git/worktrees/work/commondir': '../..\n',
      'file:///home/me/main/.git/config': GIT_CONFIG('https://github.com/someone/else.git'),
    });
    assert.deepEqual(await readFactsThroughClient('file:///home/me/work/SECURITY.md', 'SECURITY.md', outside.read), {
      root: '/home/me/work',
    });
    assert.ok(
      outside.asked.every((u) => u.startsWith('file:///home/me/work/')),
      outside.asked.join(', '),
    );
  });

  it('names the repository of a github.dev workspace, which has no .git', async () => {
    const uri = 'vscode-vfs://github/acme/widget/SECURITY.md';
    const { read } = client({
      'vscode-vfs://github/acme/widget/Cargo.toml': '[package]\nname = "widget"\nversion = "0.4.2"\n',
    });
    assert.deepEqual(await readFactsThroughClient(uri, 'SECURITY.md', read), {
      repository: { host: 'github.com', owner: 'acme', name: 'widget' },
      projectVersion: '0.4.2',
      manifest: '/acme/widget/Cargo.toml',
    });
    assert.deepEqual(
      repositoryOfVirtualUri('vscode-vfs://github%2B7b22726566223a226d61696e227d/acme/widget/docs/SECURITY.md'),
      { host: 'github.com', owner: 'acme', name: 'widget' },
    );
    assert.deepEqual(repositoryOfVirtualUri('vscode-vfs://github+ref/acme/widget/docs/SECURITY.md'), {
      host: 'github.com',
      owner: 'acme',
      name: 'widget',
    });
    assert.equal(repositoryOfVirtualUri('vscode-vfs://azurerepos/acme/widget/SECURITY.md'), undefined);
    assert.equal(repositoryOfVirtualUri('file:///acme/widget/SECURITY.md'), undefined);
  });

  it('gives no facts when the client fails or never answers in time', async () => {
    assert.deepEqual(
      await readFactsThroughClient(`${ROOT}/SECURITY.md`, 'SECURITY.md', () => Promise.reject(new Error('gone'))),
      {},
    );
    assert.deepEqual(
      await readFactsThroughClient('untitled:Untitled-1', undefined, () => Promise.resolve({ exists: true, text: '' })),
      {},
    );
  });
});

describe('the policy files of the repository, listed through the client (SEC002 in the browser)', () => {
  it('lists security.* in the root, .github, docs and doc, whatever their case; not deeper, not folders, not elsewhere', async () => {
    const tree: Record<string, readonly FolderEntry[]> = {
      '/r': [
        { name: 'SECURITY.md', folder: false },
        { name: 'security.md', folder: true },
        { name: '.GitHub', folder: true },
        { name: 'Docs', folder: true },
        { name: 'src', folder: true },
        { name: 'README.md', folder: false },
      ],
      '/r/.GitHub': [
        { name: 'security.markdown', folder: false },
        { name: 'workflows', folder: true },
      ],
      '/r/Docs': [
        { name: 'Security.rst', folder: false },
        { name: 'security-notes.md', folder: false },
      ],
      '/r/src': [{ name: 'SECURITY.md', folder: false }],
    };
    const files = {
      join: (dir: string, name: string) => `${dir}/${name}`,
      list: (folder: string) => Promise.resolve(tree[folder] ?? []),
    };
    assert.deepEqual(await listPolicyFiles('/r', files), [
      'SECURITY.md',
      '.GitHub/security.markdown',
      'Docs/Security.rst',
    ]);
    assert.deepEqual(
      await listPolicyFiles('/r', { join: files.join }),
      [],
      'a reader that cannot list folders lists nothing',
    );
  });

  it('on github.dev, the workspace folder is the root: a policy in docs/ is shadowed by the one in .github/', async () => {
    const { read, list } = client({
      'vscode-vfs://github/acme/widget/.github/SECURITY.md': '# Policy',
      'vscode-vfs://github/acme/widget/docs/SECURITY.md': '# Policy',
      'vscode-vfs://github/acme/widget/docs/guide%20book.md': '',
    });
    const uri = 'vscode-vfs://github/acme/widget/docs/SECURITY.md';
    const facts = await readFactsThroughClient(uri, 'docs/SECURITY.md', read, list);
    assert.deepEqual(facts, {
      repository: { host: 'github.com', owner: 'acme', name: 'widget' },
      root: '/acme/widget',
      policyFiles: ['.github/SECURITY.md', 'docs/SECURITY.md'],
    });
    const self = rootRelativeOfUriPath(uri, facts.root)!;
    assert.equal(self, 'docs/SECURITY.md');
    assert.deepEqual(shadowedBy(self, facts), { github: '.github/SECURITY.md', scorecard: '.github/SECURITY.md' });
    assert.equal(
      shadowedBy(rootRelativeOfUriPath('vscode-vfs://github/acme/widget/.github/SECURITY.md', facts.root)!, facts),
      undefined,
    );
  });

  it('lists from the root that holds .git; names are decoded; outside the root nothing is relative to it', async () => {
    const { read, list } = client({
      [`${ROOT}/.git/config`]: GIT_CONFIG('https://github.com/acme/widget.git'),
      [`${ROOT}/Security.md`]: '',
      [`${ROOT}/doc/security.rst`]: '',
    });
    const facts = await readFactsThroughClient(`${ROOT}/doc/security.rst`, 'doc/security.rst', read, list);
    assert.deepEqual(facts.policyFiles, ['Security.md', 'doc/security.rst']);
    assert.equal(rootRelativeOfUriPath(`${ROOT}/doc/my%20policy/SECURITY.md`, '/'), 'doc/my policy/SECURITY.md');
    assert.equal(rootRelativeOfUriPath('vscode-vfs://github/acme/other/SECURITY.md', '/acme/widget'), undefined);
  });
});
