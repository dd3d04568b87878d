// security.txt in the editor: its language, an expired Expires and the quick fix that renews it, a
// suppression comment inserted by its quick fix, the cross-check finding on both files, and the two
// commands (Renew Expires, Create security.txt).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAll,
  codeOf,
  expectDiagnostics,
  fileIn,
  ours,
  poll,
  quickFixes,
  waitForDiagnostics,
  waitForText,
} from './helpers';

/** `days` after today, local time, as the server computes it. */
function dateAhead(days: number): string {
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return new Date(today + days * 86_400_000).toISOString().slice(0, 10);
}

const EXPIRED = [
  'Contact: mailto:security@acme-widget.org',
  'Expires: 2020-01-31T12:00:00Z',
  'Canonical: https://acme-widget.org/.well-known/security.txt',
  '',
].join('\n');

async function openTxt(relativePath: string, text: string): Promise<vscode.TextEditor> {
  const uri = fileIn(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.languageId, 'security-txt', `${relativePath} opens as security.txt`);
  return vscode.window.showTextDocument(document);
}

describe('security.txt', () => {
  afterEach(closeAll);

  it('reports an expired Expires, and its quick fix renews it to today + 364 days', async () => {
    const editor = await openTxt('cases/txt-expired/.well-known/security.txt', EXPIRED);
    const uri = editor.document.uri;
    await expectDiagnostics(uri, ['TXT011 error 1:9-1:29'], 'the expired date');
    const diagnostic = ours(uri).find((d) => codeOf(d) === 'TXT011')!;
    const renewed = `${dateAhead(364)}T12:00:00Z`;
    const fix = await poll('the renew quick fix', async () =>
      (await quickFixes(uri, diagnostic.range)).find((a) => a.title === `Renew Expires to ${renewed}`),
    );
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.equal(editor.document.getText(), EXPIRED.replace('2020-01-31T12:00:00Z', renewed));
    await expectDiagnostics(uri, [], 'nothing once renewed');
  });

  it('silences a finding with a # disable comment inserted by its quick fix', async () => {
    const editor = await openTxt(
      'cases/txt-disable/security.txt',
      EXPIRED.replace('Canonical:', 'X-Team: red\nCanonical:'),
    );
    const uri = editor.document.uri;
    const [unknown] = await waitForDiagnostics(
      uri,
      (ds) => ds.some((d) => codeOf(d) === 'TXT050'),
      'the unknown field',
    );
    const field = ours(uri).find((d) => codeOf(d) === 'TXT050') ?? unknown!;
    const fix = await poll('the disable quick fix', async () =>
      (await quickFixes(uri, field.range)).find((a) => a.title === 'Disable TXT050 for this line'),
    );
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.match(editor.document.getText(), /\n# security-policy-disable-next-line TXT050\nX-Team: red\n/);
    await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'TXT050'), 'TXT050 silenced');
  });

  it('shows a Contact the SECURITY.md does not mention on both files', async () => {
    const policy = fileIn('cases/cross/SECURITY.md');
    await vscode.workspace.fs.writeFile(
      policy,
      new TextEncoder().encode(
        '# Security Policy\n\n## Supported Versions\n\nOnly the latest release receives security fixes.\n\n## Reporting a Vulnerability\n\nEmail security@acme-widget.org; we reply within 3 business days.\n',
      ),
    );
    const txt = await openTxt(
      'cases/cross/.well-known/security.txt',
      `Contact: mailto:security@acme-widget.org\nContact: https://acme-widget.org/report\nExpires: ${dateAhead(200)}T00:00:00Z\nCanonical: https://acme-widget.org/.well-known/security.txt\n`,
    );
    await expectDiagnostics(txt.document.uri, ['TXT090 info 1:9-1:39'], 'the cross-check on the security.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(policy));
    const [finding] = await waitForDiagnostics(
      policy,
      (ds) => ds.some((d) => codeOf(d) === 'SEC091'),
      'the cross-check on the SECURITY.md',
    );
    const sec091 = ours(policy).find((d) => codeOf(d) === 'SEC091') ?? finding!;
    assert.equal(sec091.range.start.line, 6, 'at the reporting heading');
    assert.match(sec091.message, /https:\/\/acme-widget\.org\/report/);
  });

  it('Renew Expires renews the active file; Create security.txt scaffolds one and never overwrites', async () => {
    const editor = await openTxt('cases/txt-command/security.txt', EXPIRED);
    await vscode.commands.executeCommand('securityPolicy.renewExpires');
    await waitForText(editor.document, (t) => t.includes(`Expires: ${dateAhead(364)}T12:00:00Z`), 'the renewed date');
    const created = fileIn('.well-known/security.txt');
    try {
      await vscode.commands.executeCommand('securityPolicy.createSecurityTxt');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
      assert.match(text, new RegExp(`^Expires: ${dateAhead(364)}T00:00:00\\.000Z$`, 'm'));
      await vscode.workspace.fs.writeFile(created, new TextEncoder().encode('# mine\n'));
      await vscode.commands.executeCommand('securityPolicy.createSecurityTxt');
      assert.equal(
        new TextDecoder().decode(await vscode.workspace.fs.readFile(created)),
        '# mine\n',
        'an existing file is opened, not replaced',
      );
    } finally {
      // The root SECURITY.md of the other tests must not gain a companion.
      await closeAll();
      await vscode.workspace.fs.delete(fileIn('.well-known'), { recursive: true });
    }
  });
});
