// security.txt over the protocol: diagnostics from the TXT rules, the renew fix applied, Fix All
// without proposals, hover and completion of field names; `#` suppression comments as quick fixes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CompletionRequest,
  HoverRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { localDate, TestClient } from './client';

const FOLDER = 'file:///work/acme-widget';
const URI = `${FOLDER}/.well-known/security.txt`;
const TEXT = 'Contact:mailto:security@acme.test\nExpires: 2020-01-31T12:00:00+01:00\n';

function apply(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[URI] ?? [];
  return TextDocument.applyEdits(TextDocument.create(URI, 'security-txt', 1, text), edits);
}

describe('protocol: security.txt', () => {
  let client: TestClient;
  let diagnostics: Diagnostic[] = [];
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER] }));
    client.open(URI, TEXT);
    diagnostics = (await client.published(URI, 1)).diagnostics;
  });
  after(async () => client?.stop());

  it('publishes the TXT findings with their ranges, codes and docs links', () => {
    assert.deepEqual(
      diagnostics.map((d) => [
        d.code,
        d.severity,
        d.range.start.line,
        d.range.start.character,
        d.range.end.character,
        d.source,
      ]),
      [
        ['TXT041', 4, 0, 0, 33, 'security-policy'],
        ['TXT062', 2, 0, 7, 8, 'security-policy'],
        ['TXT011', 1, 1, 9, 34, 'security-policy'],
      ],
    );
    assert.match(String(diagnostics[2]!.codeDescription?.href), /docs\/rules\/TXT011\.md$/);
  });

  it('renews an expired Expires to today + 364 days, keeping time and offset; offers # disable comments', async () => {
    const expired = diagnostics.filter((d) => d.code === 'TXT011');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: expired[0]!.range,
      context: { diagnostics: expired, only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => a.title.replace(/\d{4}-\d{2}-\d{2}/, 'DATE')),
      ['Renew Expires to DATET12:00:00+01:00', 'Disable TXT011 for this line', 'Disable TXT011 for this file'],
    );
    assert.equal(
      apply(TEXT, actions[1]!),
      'Contact:mailto:security@acme.test\n# security-policy-disable-next-line TXT011\nExpires: 2020-01-31T12:00:00+01:00\n',
    );
    const [y, m, d] = localDate().split('-').map(Number) as [number, number, number];
    const renewed = new Date(Date.UTC(y, m - 1, d) + 364 * 86_400_000).toISOString().slice(0, 10);
    assert.equal(apply(TEXT, actions[0]!), `Contact:mailto:security@acme.test\nExpires: ${renewed}T12:00:00+01:00\n`);
  });

  it('Fix All applies the mechanical fixes and leaves the renewal to the author', async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: diagnostics[0]!.range,
      context: { diagnostics: [], only: ['source.fixAll.securityPolicy'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(apply(TEXT, actions[0]!), 'Contact: mailto:security@acme.test\nExpires: 2020-01-31T12:00:00+01:00\n');
  });

  it('hovers a field name and completes field names, missing required ones first', async () => {
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: URI },
      position: { line: 1, character: 3 },
    })) as Hover;
    assert.match(JSON.stringify(hover.contents), /Expires.*RFC 9116 §2\.5\.5.*exactly once/);
    client.change(URI, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Po' }]);
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: URI },
      position: { line: 2, character: 2 },
    })) as CompletionItem[];
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.ok(sorted.some((i) => i.label === 'Policy' && (i.textEdit as TextEdit).newText === 'Policy: '));
    assert.equal(
      sorted.at(-1)!.label === 'Expires' || sorted.slice(-3).some((i) => i.label === 'Expires'),
      true,
      'Expires, present and allowed once, sorts last',
    );
  });
});
