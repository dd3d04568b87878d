// The SECURITY.md ↔ security.txt cross-check over the protocol: the companion read from disk while
// it is closed and from the editor once open, the finding on both files, and an edit of one file
// re-checking the other.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type CodeAction,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { messageOf, TestClient } from './client';

const POLICY = [
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please email security@acme.dev with the details. We will answer within three days.',
  '',
  '## Supported Versions',
  '',
  'Only the latest release is supported.',
  '',
].join('\n');

const TXT = 'Contact: https://acme.dev/report\nExpires: 2099-01-01T00:00:00Z\n';

const codes = (diagnostics: ReadonlyArray<{ code?: unknown }>) =>
  diagnostics
    .map((d) => String(d.code))
    .filter((c) => /^(?:SEC|TXT)09/.test(c))
    .sort();

describe('protocol: cross-check of SECURITY.md and security.txt', () => {
  let dir: string;
  let folder: string;
  let client: TestClient;
  let txtUri: string;
  let policyUri: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'security-policy-cross-'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, '.well-known'));
    writeFileSync(join(dir, '.git', 'config'), '[remote "origin"]\n\turl = https://github.com/acme/widget.git\n');
    writeFileSync(join(dir, 'SECURITY.md'), POLICY);
    writeFileSync(join(dir, '.well-known', 'security.txt'), TXT);
    folder = pathToFileURL(dir).href;
    txtUri = `${folder}/.well-known/security.txt`;
    policyUri = `${folder}/SECURITY.md`;
    ({ client } = await TestClient.start({ workspaceFolders: [folder] }));
  });
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('compares a security.txt with the SECURITY.md on disk, and offers the missing Contact', async () => {
    client.open(txtUri, TXT);
    const { diagnostics } = await client.published(txtUri, 1);
    assert.deepEqual(codes(diagnostics), ['TXT090', 'TXT091']);
    const missing = diagnostics.filter((d) => d.code === 'TXT091');
    assert.match(messageOf(missing[0]!), /^SECURITY\.md names "security@acme\.dev" as a private channel/);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: txtUri },
      range: missing[0]!.range,
      context: { diagnostics: missing, only: ['quickfix'] },
    })) as CodeAction[];
    const add = actions.find((a) => a.title.startsWith('Add "Contact: mailto:security@acme.dev"'))!;
    const edits = add.edit?.changes?.[txtUri] ?? [];
    assert.equal(
      TextDocument.applyEdits(TextDocument.create(txtUri, 'security-txt', 1, TXT), edits),
      'Contact: https://acme.dev/report\nContact: mailto:security@acme.dev\nExpires: 2099-01-01T00:00:00Z\n',
    );
  });

  it('shows the same mismatch on the SECURITY.md, and re-checks it when the security.txt is edited', async () => {
    client.open(policyUri, POLICY);
    const first = await client.published(policyUri, 1);
    assert.deepEqual(codes(first.diagnostics), ['SEC090', 'SEC091']);
    // The security.txt lists the address now (unsaved): the open text counts, and the policy is checked again.
    const from = client.diagnostics.items.length;
    client.change(txtUri, [
      {
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        text: 'Contact: mailto:security@acme.dev\n',
      },
    ]);
    // (its version 2 may first be published with the cross-check left until typing pauses, SEC000's
    // deferral when the rules run over their budget on a keystroke; the finding must come)
    const txtAgain = await client.diagnostics.next(
      (p) => p.uri === txtUri && codes(p.diagnostics).includes('TXT090'),
      'the security.txt re-checked',
      from,
    );
    assert.deepEqual(codes(txtAgain.diagnostics), ['TXT090']);
    const policyAgain = await client.diagnostics.next(
      (p) => p.uri === policyUri && !codes(p.diagnostics).includes('SEC090'),
      'the policy re-checked',
      from,
    );
    assert.deepEqual(codes(policyAgain.diagnostics), ['SEC091']);
  });

  it('reads a closed SECURITY.md again when the file watcher reports it changed', async () => {
    client.close(policyUri);
    writeFileSync(
      join(dir, 'SECURITY.md'),
      POLICY.replace('with the details.', 'or use https://acme.dev/report/ with the details.'),
    );
    const from = client.diagnostics.items.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: policyUri, type: FileChangeType.Changed }],
    });
    const again = await client.diagnostics.next(
      (p) => p.uri === txtUri && codes(p.diagnostics).length === 0,
      'the security.txt re-checked against the new policy',
      from,
    );
    assert.deepEqual(codes(again.diagnostics), []);
  });
});
