// The requests behind "Create security.txt" and "Renew Expires", over the protocol: the policy read
// by the server, the renewal period from the settings, a signed file refused.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  NEW_SECURITY_TXT_REQUEST,
  RENEW_EXPIRES_REQUEST,
  type RenewExpiresResult,
} from '../../server/src/protocol/securityTxtRequests';
import { localDate, TestClient } from './client';

const POLICY =
  '# Security Policy\n\n## Reporting a Vulnerability\n\nPlease email security@acme.dev to report a vulnerability. We will answer within three days and keep you informed.\n';

function daysAhead(days: number): string {
  const [y, m, d] = localDate().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('protocol: security.txt commands', () => {
  let dir: string;
  let folder: string;
  let client: TestClient;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'security-policy-txtcmd-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config'), '[remote "origin"]\n\turl = git@github.com:acme/widget.git\n');
    writeFileSync(join(dir, 'SECURITY.md'), POLICY);
    folder = pathToFileURL(dir).href;
    ({ client } = await TestClient.start({ workspaceFolders: [folder] }));
  });
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the text of a new security.txt from the SECURITY.md on disk, Expires per the settings', async () => {
    const uri = `${folder}/.well-known/security.txt`;
    client.settings.set(uri, { securityTxt: { expiresRenewDays: 100 } });
    const text = await client.connection.sendRequest<string>(NEW_SECURITY_TXT_REQUEST, { uri });
    assert.match(text, /^Contact: mailto:security@acme\.dev$/m);
    assert.match(text, new RegExp(`^Expires: ${daysAhead(100)}T00:00:00\\.000Z$`, 'm'));
    assert.match(text, /^Policy: https:\/\/github\.com\/acme\/widget\/blob\/HEAD\/SECURITY\.md$/m);
    await assert.rejects(
      client.connection.sendRequest(NEW_SECURITY_TXT_REQUEST, { uri: `${folder}/README.md` }),
      /security\.txt/,
    );
  });

  it('renews Expires in an open security.txt, and refuses a signed one', async () => {
    const uri = `${folder}/security.txt`;
    const text = 'Contact: mailto:security@acme.dev\nExpires: 2020-01-01T08:00:00Z\n';
    client.open(uri, text);
    await client.published(uri, 1);
    const result = await client.connection.sendRequest<RenewExpiresResult>(RENEW_EXPIRES_REQUEST, { uri, version: 1 });
    const edits = (result.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    assert.equal(
      TextDocument.applyEdits(TextDocument.create(uri, 'security-txt', 1, text), edits),
      `Contact: mailto:security@acme.dev\nExpires: ${daysAhead(364)}T08:00:00Z\n`,
    );
    assert.deepEqual(await client.connection.sendRequest(RENEW_EXPIRES_REQUEST, { uri, version: 7 }), {
      problem: 'the document changed meanwhile; run the command again.',
    });
    client.change(uri, [
      {
        text: `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n${text}-----BEGIN PGP SIGNATURE-----\n\niQEz\n-----END PGP SIGNATURE-----\n`,
      },
    ]);
    const signed = await client.connection.sendRequest<RenewExpiresResult>(RENEW_EXPIRES_REQUEST, { uri, version: 2 });
    assert.equal(signed.edit, undefined);
    assert.match(signed.problem!, /signed/);
  });
});
