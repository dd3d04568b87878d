// The incremental parser must be invisible: after any sequence of edits, the document it assembles
// from cached chunks gives exactly the findings (rule, range, message, fixes) and the tree of a full
// parse of the same text. Edits are drawn from Markdown's troublemakers (fences, HTML, comments,
// headings, tables, definitions, line endings) and applied to corpus and generated policies.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { corpusEntries, corpusText } from '../corpus';
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
  return corpusEntries(['MANIFEST.tsv']).map((e) => corpusText(e));
}

const TEXTS = [...corpusTexts(), generatePolicy(3000, 7), generatePolicy(6000, 11)];

const SNIPPETS = [
  '#', '## ', '\n# Heading\n', '\n## Reporting a Vulnerability\n', '```', '\n```\n', '~~~', '\n    indented\n', '<!--', '-->',
  '\n<div>\n', '</div>', '<h2>Supported Versions</h2>', '\n| a | b |\n| - | - |\n| 1 | 2 |\n', '|', '\n> ', '\n- ', '\n1. ',
  '[link](https://example.com)', '\n[ref]: https://example.com\n', '[ref]', '[^1]', '\n', '\r\n', '\r', ' ', 'x', 'security@example.com',
  '`', '\n\n', '\n\nText', '\n\n  indented', '\n\n- item\n\nText', '\t', '\uFEFF', '<script>', '</script>',
];

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant('')),
}).map(({ at, remove, insert }) => ({ at, remove, insert }));

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** The tree as plain data (the assembled tree is built by a getter). */
const plain = (doc: PolicyDocument): unknown => JSON.parse(JSON.stringify(doc.tree));

function assertSame(incremental: PolicyDocument, full: PolicyDocument): void {
  assert.deepEqual(analyzeDocument(incremental, CONTEXT), analyzeDocument(full, CONTEXT));
  assert.deepEqual(plain(incremental), plain(full));
  assert.equal(incremental.prose, full.prose);
}

describe('incremental parsing', () => {
  it('gives the findings and tree of a full parse after random edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEXTS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (index, edits) => {
        const parser = createPolicyParser();
        let text = TEXTS[index]!;
        parser.document(text);
        for (const e of edits) {
          text = apply(text, e);
          assertSame(parser.document(text), createPolicyDocument(text));
        }
      }),
      // INCREMENTAL_RUNS raises the count for a longer hunt; npm test keeps it bounded.
      { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 60) },
    );
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

  it('cuts at column-0 headings and at paragraphs after a blank line, outside fenced code', () => {
    const text = '# T\n\n```sh\n# comment\n\nnot a cut\n```\n\n## A\n  ## indented\nlazy\n\nPara\n- item\n\n  more\n\n1. x\n';
    assert.deepEqual(cutsOf(text).map((c) => text.slice(c.offset, c.offset + 4)), ['# T\n', '## A', 'Para']);
  });

  it('joins chunks when a block runs on into the next heading line', () => {
    const texts = ['# T\n\n```\nopen\n# not a heading\n', '# T\n\n<div>\n# inside html\n\nafter\n', '# T\n\n<!--\n# in a comment\n-->\n## A\n', '</script>\r\n# absorbed\n\nText\n'];
    for (const text of texts) assertSame(createPolicyParser().document(text), createPolicyDocument(text));
  });
});
