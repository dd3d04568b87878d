// Repository facts in the browser: the worker server has no file system, so the client reads the git
// config and the manifest through vscode.workspace.fs for it (server/src/facts/uriFacts.ts).
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

  it('reads the origin remote and the version through the client: the link to another repository, the uncovered version', async () => {
    const write = (path: string, text: string) => vscode.workspace.fs.writeFile(fileIn(`cases/facts/${path}`), new TextEncoder().encode(text));
    await write('.git/config', '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/widget.git\n');
    await write('package.json', JSON.stringify({ name: 'widget', version: '2.4.1' }));
    await write('SECURITY.md', POLICY);
    const editor = await open(fileIn('cases/facts/SECURITY.md'));
    const uri = editor.document.uri;
    await expectDiagnostics(uri, ['SEC030 warning 11:5-11:65', 'SEC043 warning 4:0-4:23'], 'the diagnostics that need the facts');
    const messages = ours(uri).map((d) => `${codeOf(d)} ${d.message}`);
    assert.ok(messages.some((m) => m.startsWith('SEC030') && m.includes('(acme/widget)')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('SEC043') && m.includes('2.4.1')), messages.join('\n'));
  });

  it('lists the policy files through the client: SEC002 names the .github/ policy that shadows the root one', async () => {
    const write = (path: string, text: string) => vscode.workspace.fs.writeFile(fileIn(`cases/shadow/${path}`), new TextEncoder().encode(text));
    await write('.git/config', '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/widget.git\n');
    await write('.github/SECURITY.md', POLICY);
    await write('SECURITY.md', POLICY);
    const editor = await open(fileIn('cases/shadow/SECURITY.md'));
    const uri = editor.document.uri;
    await expectDiagnostics(uri, ['SEC002 info 0:0-0:17', 'SEC030 warning 11:5-11:65'], 'SEC002 with the listing');
    const shadowed = ours(uri).find((d) => codeOf(d) === 'SEC002');
    assert.equal(shadowed?.message, 'GitHub shows .github/SECURITY.md on the Security tab, not this file.');
  });
});
