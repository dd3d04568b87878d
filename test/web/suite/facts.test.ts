// Repository facts in the browser: the worker server has no file system, so the client reads the git
// config and the manifest through vscode.workspace.fs for it (server/src/facts/uriFacts.ts), following
// a `.git` file (a worktree, a submodule) as on the desktop.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, expectDiagnostics, fileIn, open, ours } from '../../e2e/suite/helpers';

const POLICY = [
  '# Security Policy',
  '',
  '## Supported Versions',
  '',
  '| Version | Supported |',
  '| ------- | --------- |',
  '| 1.x     | ✅        |',
  '| < 1.0   | ❌        |',
  '',
  '## Reporting a Vulnerability',
  '',
  'Use <https://github.com/someone-else/tool/security/advisories/new>. We reply within 3 days.',
  '',
].join('\n');

describe('repository facts in the browser', () => {
  afterEach(closeAll);

  const write = (path: string, text: string) =>
    vscode.workspace.fs.writeFile(fileIn(`cases/${path}`), new TextEncoder().encode(text));

  it('reads the origin remote and the version through the client: the link to another repository, the uncovered version', async () => {
    await write(
      'facts/.git/config',
      '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/widget.git\n',
    );
    await write('facts/package.json', JSON.stringify({ name: 'widget', version: '2.4.1' }));
    await write('facts/SECURITY.md', POLICY);
    const editor = await open(fileIn('cases/facts/SECURITY.md'));
    const uri = editor.document.uri;
    await expectDiagnostics(
      uri,
      ['SEC030 warning 11:5-11:65', 'SEC043 warning 4:0-4:23'],
      'the diagnostics that need the facts',
    );
    const messages = ours(uri).map((d) => `${codeOf(d)} ${d.message}`);
    assert.ok(
      messages.some((m) => m.startsWith('SEC030') && m.includes('(acme/widget)')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.startsWith('SEC043') && m.includes('2.4.1')),
      messages.join('\n'),
    );
  });

  it('lists the policy files through the client: SEC002 names the .github/ policy that shadows the root one', async () => {
    await write(
      'shadow/.git/config',
      '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/widget.git\n',
    );
    await write('shadow/.github/SECURITY.md', POLICY);
    await write('shadow/SECURITY.md', POLICY);
    const editor = await open(fileIn('cases/shadow/SECURITY.md'));
    const uri = editor.document.uri;
    await expectDiagnostics(uri, ['SEC002 info 0:0-0:17', 'SEC030 warning 11:5-11:65'], 'SEC002 with the listing');
    const shadowed = ours(uri).find((d) => codeOf(d) === 'SEC002');
    assert.equal(shadowed?.message, 'GitHub shows .github/SECURITY.md on the Security tab, not this file.');
  });

  it("follows a linked worktree's `.git` file to the main repository's config", async () => {
    await write('worktrees/main/.git/config', '[remote "origin"]\n\turl = https://github.com/acme/gadget.git\n');
    await write('worktrees/main/.git/worktrees/feature/commondir', '../..\n');
    await write('worktrees/feature/.git', 'gitdir: ../main/.git/worktrees/feature\n');
    await write('worktrees/feature/SECURITY.md', POLICY);
    const uri = (await open(fileIn('cases/worktrees/feature/SECURITY.md'))).document.uri;
    // No manifest, no SEC043; SEC030 only once the remote is known.
    await expectDiagnostics(uri, ['SEC030 warning 11:5-11:65'], "the link to another repository than the worktree's");
    const sec030 = ours(uri).find((d) => codeOf(d) === 'SEC030');
    assert.ok(sec030?.message.includes('(acme/gadget)'), sec030?.message);
  });
});
