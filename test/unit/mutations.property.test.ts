// Mutation property tests (SPEC §9): real policies from ../shared/corpus damaged at random (bit flips
// in the UTF-8, truncation, line-ending changes, deleted, duplicated and moved lines, hostile
// insertions, Latin-1 misreads) and random Markdown-ish documents. For each: no exception, every
// range inside the document, every offered fix applies cleanly, removes its finding and adds no
// error-level one (`checkFixes`). A bounded, seeded run here; `npm run fuzz` (scripts/fuzz.ts) runs
// the same properties for as long as asked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  applyMutation,
  checkDocument,
  checkDocumentOrKnown,
  corpusTexts,
  KNOWN_ISSUES,
  labelOf,
  markdownishArbitrary,
  mutatedCorpusArbitrary,
  type Mutation,
} from './mutations';

const RUNS = Number(process.env.MUTATION_RUNS ?? 1);

describe('mutation properties', () => {
  const corpus = corpusTexts();

  it('mutations do what they say', () => {
    const text = '# T\n\nline one\r\nline two\rline three\n😀';
    const cases: Array<[Mutation, string]> = [
      [{ kind: 'truncate', at: text.length - 1 }, text.slice(0, -1)], // half a surrogate pair
      [{ kind: 'line-endings', style: 'crlf', seed: 0 }, '# T\r\n\r\nline one\r\nline two\r\nline three\r\n😀'],
      [{ kind: 'line-endings', style: 'cr', seed: 0 }, '# T\r\rline one\rline two\rline three\r😀'],
      [{ kind: 'delete-lines', at: 2, count: 2 }, '# T\n\nline three\n😀'],
      [{ kind: 'duplicate-lines', at: 0, count: 1, times: 2 }, '# T\n# T\n# T\n\nline one\r\nline two\rline three\n😀'],
      [{ kind: 'move-lines', from: 0, count: 1, to: 5 }, '\nline one\r\nline two\rline three\n😀# T\n'],
      [{ kind: 'insert', at: 1, text: '\u0000' }, '#\u0000 T\n\nline one\r\nline two\rline three\n😀'],
      [{ kind: 'flip-bits', at: 0, mask: 0x01 }, '" T\n\nline one\r\nline two\rline three\n😀'],
      [{ kind: 'flip-bits', at: Buffer.byteLength(text) - 4, mask: 0x80 }, '# T\n\nline one\r\nline two\rline three\np\ufffd\ufffd\ufffd'],
      [{ kind: 'latin1', at: text.length - 2, length: 2 }, '# T\n\nline one\r\nline two\rline three\nð\u009f\u0098\u0080'],
    ];
    for (const [mutation, expected] of cases) assert.equal(applyMutation(text, mutation), expected, JSON.stringify(mutation));
  });

  it('holds for mutated corpus policies', { skip: corpus.length === 0 && 'no ../shared/corpus' }, () => {
    const arbitrary = mutatedCorpusArbitrary(corpus);
    fc.assert(
      fc.property(arbitrary, ({ name, mutations, text }) => {
        checkDocumentOrKnown(labelOf(`${name} after ${JSON.stringify(mutations)}`, text), text);
      }),
      { seed: 20260801, numRuns: 15 * RUNS },
    );
  });

  it('holds for generated Markdown-ish documents', () => {
    fc.assert(
      fc.property(markdownishArbitrary, (text) => {
        checkDocumentOrKnown(labelOf('generated', text), text);
      }),
      { seed: 20260802, numRuns: 80 * RUNS },
    );
  });

  // The fuzz run's findings whose fix is outside the rules (KNOWN_ISSUES): the shrunk counterexamples,
  // `todo` until the fix lands, then plain regression tests (and the KNOWN_ISSUES entry goes).
  const counterexamples: Record<string, readonly string[]> = {
    'fix-into-unclosed-block': ['<!-- ', '# Security Policy\n\n<!--', '~~~ md\n~~~ md'],
    'insertion-context': ['- \n\t<details><summary>\n    code\n   \u0000 <h3>Reporting</h3>\n# '],
    'template-in-heading': ['# Use this section to tell people how to report a vulnerability.\n    OWNER/REPO'],
  };
  for (const { id, what } of KNOWN_ISSUES) {
    it(`known issue ${id}`, { todo: what }, () => {
      for (const text of counterexamples[id] ?? []) checkDocument(labelOf(id, text), text);
    });
  }
});
