import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  gitDirFromFile,
  originUrl,
  parseGitConfig,
  parseRemoteUrl,
  remotesOf,
  repositoryFromGit,
  resolveGitPath,
} from '../../server/src/protocol/gitRemote';

const CLONE = [
  '[core]',
  '\trepositoryformatversion = 0',
  '\tfilemode = true',
  '\tbare = false',
  '\tlogallrefupdates = true',
  '[remote "origin"]',
  '\turl = git@github.com:acme/widgets.git',
  '\tfetch = +refs/heads/*:refs/remotes/origin/*',
  '[branch "main"]',
  '\tremote = origin',
  '\tmerge = refs/heads/main',
  '',
].join('\n');

describe('parseGitConfig', () => {
  it('reads sections, subsections, quoted values, comments and boolean keys', () => {
    const text = [
      '; a comment',
      '# another',
      '[Core]',
      '    bare',
      '[REMOTE "Upstream"] ',
      '  URL = "https://example.org/a b.git" ; trailing comment',
      '  pushurl = x#y',
      '[remote.legacy]',
      '  url = https://host/o/n',
    ].join('\r\n');
    assert.deepEqual(parseGitConfig(text), [
      { section: 'core', key: 'bare', value: 'true' },
      { section: 'remote', subsection: 'Upstream', key: 'url', value: 'https://example.org/a b.git' },
      { section: 'remote', subsection: 'Upstream', key: 'pushurl', value: 'x' },
      { section: 'remote', subsection: 'legacy', key: 'url', value: 'https://host/o/n' },
    ]);
  });

  it('resolves escapes and line continuations', () => {
    const entries = parseGitConfig('[alias]\n  x = "a\\"b\\\\c" \\\n  d\n');
    assert.deepEqual(entries, [{ section: 'alias', key: 'x', value: 'a"b\\c   d' }]);
  });

  it('skips what it cannot read instead of throwing', () => {
    for (const text of [
      '[remote "origin\nurl = x',
      '\u0000\u0001garbage',
      '[[[]]]\n= = =',
      'url = before any section',
      '[remote "o"]\nurl = "unterminated',
      '',
    ]) {
      assert.doesNotThrow(() => parseGitConfig(text));
    }
    assert.equal(originUrl('[remote "origin\n\turl = https://github.com/a/b\n'), undefined);
    assert.equal(originUrl('[remote "origin"]\n\turl = "https://github.com/a/b\n'), undefined);
    assert.equal(originUrl('not a config at all'), undefined);
  });
});

describe('originUrl', () => {
  it('reads origin from a plain clone', () => {
    assert.equal(originUrl(CLONE), 'git@github.com:acme/widgets.git');
  });

  it('prefers origin among several remotes, wherever it appears', () => {
    const text =
      '[remote "upstream"]\n\turl = https://github.com/upstream/widgets.git\n[remote "origin"]\n\turl = https://github.com/me/widgets.git\n\turl = https://mirror.example/me/widgets.git\n';
    assert.equal(originUrl(text), 'https://github.com/me/widgets.git');
    assert.deepEqual([...remotesOf(text).keys()], ['upstream', 'origin']);
  });

  it('falls back to the only remote, but not to one of several', () => {
    assert.equal(
      originUrl('[remote "upstream"]\n\turl = https://github.com/acme/widgets\n'),
      'https://github.com/acme/widgets',
    );
    assert.equal(
      originUrl('[remote "a"]\n\turl = https://github.com/a/x\n[remote "b"]\n\turl = https://github.com/b/x\n'),
      undefined,
    );
    assert.equal(originUrl('[core]\n\tbare = true\n'), undefined);
  });

  it('does not take a remote subsection name case-insensitively', () => {
    const text = '[remote "Origin"]\n\turl = https://github.com/a/x\n[remote "fork"]\n\turl = https://github.com/b/x\n';
    assert.equal(originUrl(text), undefined);
  });
});

describe('parseRemoteUrl', () => {
  const github = { host: 'github.com', owner: 'acme', name: 'widgets' };
  const cases: Array<[string, object | undefined]> = [
    ['https://github.com/acme/widgets.git', github],
    ['https://github.com/acme/widgets', github],
    ['https://github.com/acme/widgets/', github],
    ['https://user:token@github.com/acme/widgets.git', github],
    ['http://GitHub.com/acme/widgets.git', github],
    ['git@github.com:acme/widgets.git', github],
    ['github.com:acme/widgets', github],
    ['ssh://git@github.com/acme/widgets.git', github],
    ['ssh://git@ssh.github.com:443/acme/widgets.git', github],
    ['git+ssh://git@github.com/acme/widgets.git', github],
    ['git://github.com/acme/widgets.git', github],
    ['  https://github.com/acme/widgets.git  ', github],
    ['https://github.example-corp.com/team/tool.git', { host: 'github.example-corp.com', owner: 'team', name: 'tool' }],
    ['ssh://git@ghe.corp.internal:7999/team/tool.git', { host: 'ghe.corp.internal', owner: 'team', name: 'tool' }],
    ['https://gitlab.com/group/sub/project.git', { host: 'gitlab.com', owner: 'group/sub', name: 'project' }],
    ['git@gitlab.com:group/sub/deeper/project.git', { host: 'gitlab.com', owner: 'group/sub/deeper', name: 'project' }],
    ['https://dev.azure.com/org/proj/_git/repo', { host: 'dev.azure.com', owner: 'org/proj', name: 'repo' }],
    ['https://github.com/acme', undefined],
    ['/home/me/src/widgets.git', undefined],
    ['../widgets', undefined],
    ['C:/src/widgets', undefined],
    ['file:///srv/git/widgets.git', undefined],
    ['', undefined],
    ['https://', undefined],
    ['not a url', undefined],
  ];
  for (const [url, expected] of cases) {
    it(`reads ${JSON.stringify(url)}`, () => assert.deepEqual(parseRemoteUrl(url), expected));
  }
});

describe('.git files and worktrees', () => {
  it('reads the gitdir line of a .git file', () => {
    assert.equal(gitDirFromFile('gitdir: ../main/.git/worktrees/feature\n'), '../main/.git/worktrees/feature');
    assert.equal(gitDirFromFile('gitdir: C:/src/main/.git/worktrees/x\r\n'), 'C:/src/main/.git/worktrees/x');
    assert.equal(gitDirFromFile('[core]\n'), undefined);
    assert.equal(gitDirFromFile(''), undefined);
  });

  it('joins relative and keeps absolute paths', () => {
    assert.equal(resolveGitPath('/src/feature', '../main/.git/worktrees/feature'), '/src/main/.git/worktrees/feature');
    assert.equal(resolveGitPath('/src/main/.git/worktrees/feature', '../..'), '/src/main/.git');
    assert.equal(resolveGitPath('/src/feature', '/elsewhere/.git'), '/elsewhere/.git');
    assert.equal(resolveGitPath('C:\\src\\feature', '..\\main\\.git'), 'C:/src/main/.git');
    assert.equal(resolveGitPath('/a', '../../../b'), '/b');
  });

  function files(map: Record<string, string>) {
    return (path: string) => map[path];
  }

  it('follows a plain .git directory', async () => {
    const read = files({ '/src/widgets/.git/config': CLONE });
    assert.deepEqual(await repositoryFromGit('/src/widgets', read), {
      host: 'github.com',
      owner: 'acme',
      name: 'widgets',
    });
  });

  it('follows a worktree: .git file → gitdir → commondir → config', async () => {
    const read = files({
      '/src/feature/.git': 'gitdir: ../widgets/.git/worktrees/feature\n',
      '/src/widgets/.git/worktrees/feature/commondir': '../..\n',
      '/src/widgets/.git/config': CLONE,
    });
    assert.deepEqual(await repositoryFromGit('/src/feature', read), {
      host: 'github.com',
      owner: 'acme',
      name: 'widgets',
    });
  });

  it('follows a .git file pointing at a separate git directory (submodule, --separate-git-dir)', async () => {
    const read = files({
      '/src/app/lib/.git': 'gitdir: ../.git/modules/lib',
      '/src/app/.git/modules/lib/config': '[remote "origin"]\n\turl = https://gitlab.com/acme/lib.git\n',
    });
    assert.deepEqual(await repositoryFromGit('/src/app/lib', read), { host: 'gitlab.com', owner: 'acme', name: 'lib' });
  });

  it('has no facts when files are missing or malformed', async () => {
    assert.equal(await repositoryFromGit('/x', files({})), undefined);
    assert.equal(await repositoryFromGit('/x', files({ '/x/.git': 'gitdir: /nowhere' })), undefined);
    assert.equal(await repositoryFromGit('/x', files({ '/x/.git/config': '\u0000[remote "origin"\n' })), undefined);
    assert.equal(
      await repositoryFromGit('/x', files({ '/x/.git/config': '[remote "origin"]\n\turl = /local/path\n' })),
      undefined,
    );
  });
});
