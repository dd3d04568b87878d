// Completion of values in security.txt: language tags after Preferred-Languages, this repository's
// policy URL after Policy, the SECURITY.md's channels after Contact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver/node';
import type { AnalysisContext } from '../../server/src/core/types';
import { securityTxtCompletions } from '../../server/src/lsp/securityTxtCompletion';

const repository = { host: 'github.com', owner: 'acme', name: 'widget' };
const policy =
  '# Sicherheitsrichtlinie\n\n## Meldung\n\nBitte melden Sie Sicherheitslücken nicht öffentlich, sondern per E-Mail an security@acme.dev. Wir sind dankbar und wir antworten mit einer Bestätigung, die Sie und der Entwickler bekommen.\n';
const context: AnalysisContext = {
  today: '2026-03-10',
  repository,
  companion: { kind: 'policy', relativePath: 'docs/SECURITY.md', text: policy },
};

/** Items at the end of `line` (the last line of `text`). */
function itemsAt(text: string, ctx: AnalysisContext = context) {
  const lines = text.split('\n');
  const position = { line: lines.length - 1, character: lines.at(-1)!.length };
  return securityTxtCompletions(text, position, ctx) ?? [];
}

describe('security.txt value completion', () => {
  it("offers language tags after Preferred-Languages, the policy's language first, the listed ones left out", () => {
    const items = itemsAt('Preferred-Languages: en, f');
    assert.equal(items[0]!.label, 'de');
    assert.match(String(items[0]!.detail), /German · the language of SECURITY\.md/);
    assert.ok(!items.some((i) => i.label === 'en'));
    const fr = items.find((i) => i.label === 'fr')!;
    assert.deepEqual((fr.textEdit as TextEdit).range, {
      start: { line: 0, character: 25 },
      end: { line: 0, character: 26 },
    });
    assert.equal(itemsAt('Preferred-Languages: ', { today: '2026-03-10' })[0]!.label, 'en');
  });
  it("offers this repository's SECURITY.md and policy page after Policy, replacing what is typed", () => {
    const items = itemsAt('Policy: https://gi');
    assert.deepEqual(
      items.map((i) => i.label),
      ['https://github.com/acme/widget/blob/HEAD/docs/SECURITY.md', 'https://github.com/acme/widget/security/policy'],
    );
    assert.deepEqual((items[0]!.textEdit as TextEdit).range, {
      start: { line: 0, character: 8 },
      end: { line: 0, character: 18 },
    });
    assert.deepEqual(itemsAt('Policy: ', { today: '2026-03-10' }), [], 'nothing without a known repository');
  });
  it("offers the policy's channels not listed yet and the advisory form after Contact", () => {
    assert.deepEqual(
      itemsAt('Contact: ').map((i) => i.label),
      ['mailto:security@acme.dev', 'https://github.com/acme/widget/security/advisories/new'],
    );
    assert.deepEqual(
      itemsAt('Contact: mailto:security@acme.dev\nContact: ').map((i) => i.label),
      ['https://github.com/acme/widget/security/advisories/new'],
    );
  });
});
