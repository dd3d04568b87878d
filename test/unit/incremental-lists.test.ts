// Incremental parsing of lists: a list is cut at its items' marker lines, the cuts the whole parse
// would not make are joined again, and a list cut between items is one list in the document. The
// random-edit equivalence hunt (findings too) is in incremental.property.slow.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPolicyDocument, startsBlock, type PolicyDocument } from '../../server/src/core/document';
import { createPolicyParser } from '../../server/src/core/incremental';

type Parser = ReturnType<typeof createPolicyParser>;

/** The document of `text` from `parser`, checked against a whole parse (tree and prose). */
function sameAsWhole(text: string, parser: Parser): PolicyDocument {
  const doc = parser.document(text);
  const whole = createPolicyDocument(text);
  assert.deepEqual(JSON.parse(JSON.stringify(doc.tree)), JSON.parse(JSON.stringify(whole.tree)), text);
  assert.equal(doc.prose, whole.prose);
  return doc;
}

/** A parser that has parsed another text: every stretch of the next one is new, so its lists are cut at items. */
function typingParser(): Parser {
  const parser = createPolicyParser();
  parser.document('');
  return parser;
}

describe('incremental parsing of lists', () => {
  it('parses a list whole when the document opens, item by item once edited, then the edited item alone', () => {
    const list = '# Reporting\n\nWrite to:\n- security@example.com\n- the form\n- the portal\n';
    const parser = createPolicyParser();
    sameAsWhole(list, parser);
    assert.equal(parser.stats.parses, 2);
    const once = list.replace('the form', 'the web form');
    sameAsWhole(once, parser);
    assert.equal(parser.stats.parses, 2 + 4);
    const edited = once.replace('web form', 'web forms');
    const before = parser.stats.parsedChars;
    const doc = sameAsWhole(edited, parser);
    assert.equal(parser.stats.parsedChars - before, '- the web forms\n'.length);
    const lists = doc.tree.children.filter((c) => c.type === 'list');
    assert.equal(lists.length, 1);
    assert.equal(lists[0]!.type === 'list' && lists[0]!.children.length, 3);
    // The second item starts no top-level block: the list does.
    assert.equal(startsBlock(doc, edited.indexOf('- the web')), false);
    assert.equal(startsBlock(doc, edited.indexOf('- security')), true);
  });

  it('joins items the whole parse reads otherwise', () => {
    const texts = [
      '- a\n\n- b\n', // loose: one list, spread
      '1. a\n2. b\n3) c\n', // another delimiter: another list
      'Para\n2. lazy\n', // a number other than 1 does not interrupt a paragraph
      '> quote\n2. lazy\n',
      '- a\n2. lazy\n',
      '| a |\n| - |\n- x\n',
      '    code\n\n2. b\n', // micromark: a paragraph after indented code
      'Para\n* *\nlazy\n', // an empty nested item does not interrupt the paragraph
      '- a\n  - nested\n- b\n',
      '* a\n* * *\n* b\n', // a thematic break, not an item
    ];
    for (const text of texts) sameAsWhole(text, typingParser());
  });

  it('joins chunks in doubling steps when a block runs on over many cuts', () => {
    for (const text of [
      '<!--\n' + '- item\n'.repeat(2000),
      '<!--\n' + 'Paragraph\n\n'.repeat(2000),
      'Para\n' + Array.from({ length: 2000 }, (_, i) => `${i + 2}. lazy`).join('\n'),
    ]) {
      const parser = typingParser();
      sameAsWhole(text, parser);
      // One chunk per cut joined one at a time parsed the text about 2,000 / 2 times over.
      assert.ok(parser.stats.parsedChars < 3 * text.length, `${parser.stats.parsedChars} of ${text.length}`);
    }
  });

  it('reads a line of only U+FEFF (or another character String.trim takes) as text, not a blank line to cut after (a property test seed)', () => {
    for (const odd of ['\ufeff', '\u00a0']) {
      const parser = typingParser();
      const before = '# Reporting\n\nReport it through:\n- e\n\nmail to security@example.com\n- the form\n';
      sameAsWhole(before, parser);
      const text = before.replace('- e\n\n', `- e\n${odd}\n`);
      const doc = sameAsWhole(text, parser);
      // The line after it continues the item's paragraph, as in the whole parse.
      assert.ok(doc.tree.children.some((c) => c.type === 'list'));
    }
  });
});
