// The incremental parser must be invisible: after any sequence of edits, the document it assembles
// from cached chunks gives exactly the findings (rule, range, message, fixes) and the tree of a full
// parse of the same text. Edits are drawn from Markdown's troublemakers (fences, HTML, comments,
// headings, tables, definitions, line endings) and applied to corpus and generated policies; link and
// footnote definitions are also added, removed, renamed and broken where they are.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { corpusEntries, corpusSkip, corpusText } from '../corpus';
import { generatePolicy } from '../../scripts/bench/generate';
import { analyzeDocument } from '../../server/src/core/analyze';
import { createPolicyDocument, type PolicyDocument } from '../../server/src/core/document';
import { createPolicyParser, cutsOf } from '../../server/src/core/incremental';
import type { AnalysisContext } from '../../server/src/core/types';

const CONTEXT: AnalysisContext = {
  relativePath: 'SECURITY.md',
  repository: { host: 'github.com', owner: 'acme', name: 'widget' },
  projectVersion: '2.4.1',
  today: '2026-11-22',
};

function corpusTexts(): string[] {
  // The first 150 policies: the property runs many edits on each, and the rest add time, not kinds.
  // A missing corpus fails the file (corpusSkip throws) rather than leaving only the generated texts.
  if (corpusSkip()) return [];
  return corpusEntries(['MANIFEST.tsv']).map((e) => corpusText(e));
}

/** References in every place a label is looked up, defined in block quotes, lists and at the end. */
const REFERENCES = [
  '# Security Policy [home]',
  '',
  'Report through [the form][Form] or [email], see ![badge] and [Full  Label][].[^a]',
  '',
  '## Supported Versions',
  '',
  '| Version | Notes |',
  '| ------- | ----- |',
  '| 2.x | [changelog] and [^b] |',
  '',
  '## Reporting',
  '',
  '> Quoted [form] and [undefined].',
  '> [quoted]: https://example.com/q',
  '',
  '- item [quoted] [^c]',
  '- [listed]: https://example.com/l',
  '',
  'Setext [listed]',
  '---',
  '',
  '[form]: https://example.com/form',
  '[EMAIL]: mailto:security@example.com',
  '[badge]: https://example.com/b.png "Badge"',
  '[full label]:',
  '  https://example.com/full',
  '[changelog]: <https://example.com/changes>',
  '[home]: /',
  '',
  '[^a]: A footnote.',
  '[^b]: Another,',
  '    continued.',
  '',
  '## Acknowledgments',
  '',
  'Thanks [^a] and [form].',
  '',
].join('\n');

/** Lists cut between their items: tight and loose, other markers, lazy lines, items that cannot interrupt. */
const LISTS = [
  '# Reporting',
  '',
  'Report a vulnerability through:',
  '- email to security@example.com',
  '- the [form] or `the portal`',
  '  continued under the item',
  'a lazy line',
  '* another bullet',
  '+ and another',
  '',
  '1. first',
  '2. second',
  '   - nested [^a]',
  '   - nested too',
  '3) another delimiter',
  '1) starts again',
  '',
  '- loose',
  '',
  '- still the loose list',
  '',
  '> quoted',
  '- after the quote',
  '> quoted',
  '2. lazy in the quote',
  '',
  'A paragraph',
  '2. continues it',
  '1. interrupts it',
  '- - -',
  '- [ ] a task',
  '- [x] done',
  '',
  '| a | b |',
  '| - | - |',
  '- after the table',
  '',
  '- ```',
  '  fenced in an item',
  '- not in it',
  '',
  '[form]: https://example.com/form',
  '[^a]: A note.',
  '',
  '## Supported Versions',
  '',
  '- 2.x',
  '- 1.x',
  '',
].join('\n');

const TEXTS = [
  ...corpusTexts(),
  generatePolicy(3000, 7),
  generatePolicy(6000, 11),
  generatePolicy(3000, 5, { references: true }),
  generatePolicy(8000, 13, { references: true }),
  REFERENCES,
  REFERENCES.replace(/\n/g, '\r\n'),
  LISTS,
  LISTS.replace(/\n/g, '\r\n'),
];

const SNIPPETS = [
  '#',
  '## ',
  '\n# Heading\n',
  '\n## Reporting a Vulnerability\n',
  '```',
  '\n```\n',
  '~~~',
  '\n    indented\n',
  '<!--',
  '-->',
  '\n<div>\n',
  '</div>',
  '<h2>Supported Versions</h2>',
  '\n| a | b |\n| - | - |\n| 1 | 2 |\n',
  '|',
  '\n> ',
  '\n- ',
  '\n1. ',
  '\n2. ',
  '\n* ',
  '\n+ x',
  '\n1) ',
  '\n  - ',
  '\n- - -\n',
  '\n- [ ] ',
  '- ',
  '[link](https://example.com)',
  '\n[ref]: https://example.com\n',
  '[ref]',
  '[^1]',
  '\n',
  '\r\n',
  '\r',
  ' ',
  'x',
  'security@example.com',
  '`',
  '\n\n',
  '\n\nText',
  '\n\n  indented',
  '\n\n- item\n\nText',
  '\t',
  '\uFEFF',
  '<script>',
  '</script>',
  '\n[form]: /f\n',
  '\n[^a]: note\n',
  '\n[^9]: note\n',
  '[^a]',
  '[email]',
  '![badge]',
  '[x][form]',
  '[ghsa-3]',
  '\n[ghsa-3]: /g\n',
  '\n[advisories]: /a\n',
  '\n> [form]: /q\n',
  ']',
  '[',
  ':',
  '\\',
];

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const edit: fc.Arbitrary<Edit> = fc
  .record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
    insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')),
  })
  .map(({ at, remove, insert }) => ({ at, remove, insert }));

/** An edit to one of the text's definitions (`[label]: …`, `[^label]: …`), picked by `which`. */
interface DefinitionEdit {
  readonly which: number;
  readonly kind: 'rename' | 'break' | 'remove' | 'case' | 'copy';
}

const definitionEdit: fc.Arbitrary<DefinitionEdit> = fc.record({
  which: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('rename', 'break', 'remove', 'case', 'copy'),
});

const DEFINITION = /^[ \t>*-]*\[\^?([^\]\r\n]+)\]:.*(?:\r\n|\r|\n|$)/gm;

function applyToDefinition(text: string, e: DefinitionEdit): string {
  const found = [...text.matchAll(DEFINITION)];
  if (found.length === 0) return text;
  const m = found[Math.min(found.length - 1, Math.floor(e.which * found.length))]!;
  const label = m.index + m[0].indexOf(m[1]!);
  const colon = m.index + m[0].indexOf(']:') + 1;
  switch (e.kind) {
    case 'rename':
      return text.slice(0, label) + 'x' + text.slice(label);
    case 'break':
      return text.slice(0, colon) + text.slice(colon + 1);
    case 'remove':
      return text.slice(0, m.index) + text.slice(m.index + m[0].length);
    case 'case':
      return text.slice(0, label) + m[1]!.toUpperCase() + text.slice(label + m[1]!.length);
    case 'copy': {
      // The definition again, at a random line start elsewhere.
      const starts = [...text.matchAll(/^/gm)].map((s) => s.index);
      const at = starts[Math.floor(e.which * 7919) % starts.length]!;
      return text.slice(0, at) + m[0].replace(/[\r\n]*$/, '\n') + text.slice(at);
    }
  }
}

function apply(text: string, e: Edit | DefinitionEdit | NearItemEdit): string {
  if ('kind' in e) return applyToDefinition(text, e);
  if ('shift' in e) return applyNearItem(text, e);
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** An edit `shift` characters from the start of a list item's line (`at` picks which). */
interface NearItemEdit extends Edit {
  readonly shift: number;
}

const nearItem: fc.Arbitrary<NearItemEdit> = fc
  .record({ which: fc.double({ min: 0, max: 1, noNaN: true }), shift: fc.integer({ min: -3, max: 12 }), edit })
  .map(({ which, shift, edit: e }) => ({ ...e, at: which, remove: Math.min(e.remove, 6), shift }));

/** `e` applied near a list item's line, or as a plain edit when there is none. */
function applyNearItem(text: string, e: NearItemEdit): string {
  const items = cutsOf(text).filter((c) => c.item);
  if (items.length === 0) return apply(text, { at: e.at, remove: e.remove, insert: e.insert });
  const at = Math.max(
    0,
    Math.min(text.length, items[Math.min(items.length - 1, Math.floor(e.at * items.length))]!.offset + e.shift),
  );
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** The tree as plain data (the assembled tree is built by a getter). */
const plain = (doc: PolicyDocument): unknown => JSON.parse(JSON.stringify(doc.tree));

function assertSame(incremental: PolicyDocument, full: PolicyDocument): void {
  assert.deepEqual(analyzeDocument(incremental, CONTEXT), analyzeDocument(full, CONTEXT));
  assert.deepEqual(plain(incremental), plain(full));
  assert.equal(incremental.prose, full.prose);
}

/**
 * After each edit, a parser given one of `texts` gives what a whole parse gives. `primed`: the parser
 * has parsed another text first, so the lists of the first one are cut at their items too.
 */
function matchesWholeParse(
  texts: readonly string[],
  edits: fc.Arbitrary<ReadonlyArray<Edit | DefinitionEdit | NearItemEdit>>,
  { primed = false, noFallback = false } = {},
): void {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: texts.length - 1 }), edits, (index, list) => {
      const parser = createPolicyParser();
      let text = texts[index]!;
      if (primed) parser.document('');
      parser.document(text);
      for (const e of list) {
        text = apply(text, e);
        assertSame(parser.document(text), createPolicyDocument(text));
      }
      if (noFallback) assert.equal(parser.stats.fallbacks, 0);
    }),
    // INCREMENTAL_RUNS raises the count for a longer hunt; npm test keeps it bounded.
    { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 60) },
  );
}

describe('incremental parsing', () => {
  it('gives the findings and tree of a full parse after random edits', () => {
    matchesWholeParse(TEXTS, fc.array(fc.oneof(edit, definitionEdit), { minLength: 1, maxLength: 8 }));
  });

  it('gives the findings and tree of a full parse when definitions are added, removed, renamed or broken', () => {
    const withDefinitions = TEXTS.filter((t) => t.includes(']:'));
    const edits = fc.oneof({ arbitrary: definitionEdit, weight: 3 }, { arbitrary: edit, weight: 1 });
    matchesWholeParse(withDefinitions, fc.array(edits, { minLength: 1, maxLength: 8 }), { noFallback: true });
  });

  it('gives the findings and tree of a full parse after edits in and around lists', () => {
    const withLists = [LISTS, LISTS.replace(/\n/g, '\r\n'), ...TEXTS.filter((t) => cutsOf(t).some((c) => c.item))];
    // Edits at the start, inside or at the end of a list item's line, or anywhere.
    const edits = fc.oneof({ arbitrary: nearItem, weight: 3 }, { arbitrary: edit, weight: 1 });
    matchesWholeParse(withLists, fc.array(edits, { minLength: 1, maxLength: 8 }), { primed: true, noFallback: true });
  });

  it('re-parses only the chunk an edit touched', () => {
    const text = generatePolicy(60_000, 3);
    const parser = createPolicyParser();
    parser.document(text);
    const before = parser.stats.parsedChars;
    const at = text.indexOf('Reporting a Vulnerability');
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    assertSame(parser.document(edited), createPolicyDocument(edited));
    assert.ok(parser.stats.parsedChars - before < 2000, `parsed ${parser.stats.parsedChars - before} characters`);
  });

  it('cuts at column-0 headings, paragraphs after a blank line and list items, outside fenced code', () => {
    const text =
      '# T\n\n```sh\n# comment\n\nnot a cut\n- no item\n```\n\n## A\n  ## indented\nlazy\n\nPara\n- item\n\n  more\n\n1. x\n  - nested\n- - -\n-\n2) y\n';
    assert.deepEqual(
      cutsOf(text).map((c) => text.slice(c.offset, c.offset + 4)),
      ['# T\n', '## A', 'Para', '- it', '1. x', '2) y'],
    );
  });

  it('joins chunks when a block runs on into the next heading line', () => {
    const texts = [
      '# T\n\n```\nopen\n# not a heading\n',
      '# T\n\n<div>\n# inside html\n\nafter\n',
      '# T\n\n<!--\n# in a comment\n-->\n## A\n',
      '</script>\r\n# absorbed\n\nText\n',
    ];
    for (const text of texts) assertSame(createPolicyParser().document(text), createPolicyDocument(text));
  });
});
