// Incremental parsing with link and footnote definitions: chunk parses resolve references against the
// labels the whole document defines, and only chunks whose references change meaning are parsed again.
// The random-edit equivalence hunt is in incremental.property.slow.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generatePolicy } from '../../scripts/bench/generate';
import { createPolicyDocument, type PolicyDocument } from '../../server/src/core/document';
import { createPolicyParser, scanLabels } from '../../server/src/core/incremental';
import { parseWithLabels } from '../../server/src/core/parse';

const plain = (doc: PolicyDocument): unknown => JSON.parse(JSON.stringify(doc.tree));
const types = (tree: { children: Array<{ type: string; children?: unknown[] }> }): string[] =>
  tree.children.flatMap((c) => [c.type, ...types({ children: (c.children ?? []) as Array<{ type: string }> })]);

function edit(text: string, find: string, replace: string): string {
  const at = text.indexOf(find);
  assert.ok(at >= 0, find);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

describe('parseWithLabels', () => {
  it('resolves references against the labels given and notes every lookup', () => {
    const { tree, use } = parseWithLabels('See [x], ![Pic], [a][b] and [^n].\n\n[own]: /o\n\n[^m]: note\n', {
      links: new Set(['X', 'PIC']),
      footnotes: new Set(['N']),
    });
    assert.deepEqual(types(tree), [
      'paragraph',
      'text',
      'linkReference',
      'text',
      'text',
      'imageReference',
      'text',
      'footnoteReference',
      'text',
      'definition',
      'footnoteDefinition',
      'paragraph',
      'text',
    ]);
    assert.deepEqual(
      [...use.asked.links],
      [
        ['X', true],
        ['PIC', true],
        ['A', false],
        ['B', false],
      ],
    );
    assert.deepEqual([...use.asked.footnotes], [['N', true]]);
    assert.deepEqual(use.defines, { links: new Set(['OWN']), footnotes: new Set(['M']) });
    assert.equal(use.late, false);
  });

  it('leaves an undefined label as text, as a whole parse does', () => {
    const { tree, use } = parseWithLabels('See [x].\n', { links: new Set(), footnotes: new Set() });
    assert.deepEqual(types(tree), ['paragraph', 'text']);
    assert.deepEqual([...use.asked.links], [['X', false]]);
  });
});

describe('scanLabels', () => {
  it('guesses definitions at line starts, in quotes and lists, normalised as micromark does', () => {
    const labels = scanLabels('[Foo  Bar]: /f\n> [q]: /q\n- [^Note]: n\ntext [not]: here\n');
    assert.deepEqual(labels, { links: new Set(['FOO BAR', 'Q']), footnotes: new Set(['NOTE']) });
  });
});

describe('incremental parsing with definitions', () => {
  const text = generatePolicy(20_000, 3, { references: true });

  function check(before: string, after: string): number {
    const parser = createPolicyParser();
    parser.document(before);
    const parsed = parser.stats.parsedChars;
    const doc = parser.document(after);
    assert.deepEqual(plain(doc), plain(createPolicyDocument(after)));
    assert.equal(parser.stats.fallbacks, 0);
    return parser.stats.parsedChars - parsed;
  }

  it('re-parses only the edited chunk when typing in a paragraph of a document with definitions', () => {
    const parsed = check(text, edit(text, 'Reporting a Vulnerability', 'xReporting a Vulnerability'));
    assert.ok(parsed < 2000, `parsed ${parsed} characters`);
  });

  it('re-parses the definitions and the one chunk whose reference a renamed definition breaks', () => {
    const renamed = edit(text, '[ghsa-5]: ', '[ghsa-5x]: ');
    const parsed = check(text, renamed);
    const definitions = text.length - text.indexOf('We thank everyone');
    assert.ok(parsed < definitions + 2000, `parsed ${parsed} characters, the definitions are ${definitions}`);
    // The reference is text now, and back again when the label is restored.
    assert.ok(!JSON.stringify(plain(createPolicyParser().document(renamed))).includes('"identifier":"ghsa-5"'));
    assert.ok(check(renamed, text) < definitions + 2000);
  });

  it('turns text into a reference when a definition for it is added, and back when it is removed or broken', () => {
    const small = '# Policy\n\nSee [later].\n\n## Other\n\nMore [later] text.\n\n## End\n\nDone.\n';
    const defined = small + '\n[later]: https://example.com\n';
    assert.ok(check(small, defined) > 0);
    assert.ok(check(defined, small) > 0);
    check(defined, defined.replace(']:', ']'));
    check(defined, defined.replace('[later]:', '[Later]:'));
    check(small, small + '\n[^1]: note\n');
    check(small.replace('[later]', '[^1]'), small.replace('[later]', '[^1]') + '\n[^1]: note\n');
  });

  it('parses each chunk once when it opens a document whose definitions the line scan finds', () => {
    const parser = createPolicyParser();
    parser.document(text);
    assert.equal(parser.stats.parsedChars, text.length);
  });
});
