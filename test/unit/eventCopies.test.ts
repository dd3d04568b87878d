// The guard against lines for which micromark copies every event of the document so far
// (server/src/core/eventCopies.ts): list items closing nested lists or block quotes, and setext
// underlines. Thousands of them take it seconds to minutes; such a text gets the text-only analysis
// with a notice saying why, and every corpus policy is still parsed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, noticeOf } from '../../server/src/core/analyze';
import { DEFAULT_MAX_FILE_SIZE, SIZE_LIMIT_ID } from '../../server/src/core/limits';
import { costlyLine, MAX_COPY_WEIGHT } from '../../server/src/core/eventCopies';
import { limitedDocument } from '../../server/src/core/policyModel';
import { corpusEntries, corpusSkip, corpusText } from '../corpus';

/** `unit` (whole lines) repeated to `count` lines. */
const lines = (unit: string, count: number) => unit.repeat(count).split('\n').slice(0, count).join('\n');

/** The smallest limit under which `text` passes: the weight of its closing items. */
function weightOf(text: string): number {
  let low = 0;
  let high = Number.MAX_SAFE_INTEGER;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (costlyLine(text, middle) === undefined) high = middle;
    else low = middle + 1;
  }
  return low;
}

describe('lines that make the parser copy its events', () => {
  it('weighs each item that follows a deeper list item by the lines before it', () => {
    // Items at lines 2 and 4 close the list nested in the item before them: 2 + 4.
    assert.equal(weightOf('- a\n  - b\n- c\n  - d\n- e'), 2 + 4);
    // A list or a quote opened on the item's own line: `* - a`, `- > a`, `1. - a`, with tabs and CRLF.
    for (const eol of ['\n', '\r\n', '\r']) {
      for (const unit of ['* - a', '- > a', '1. - a', '2) + a', '-\t- a', '* - - a']) {
        assert.equal(weightOf([unit, unit, unit].join(eol)), 1 + 2, `${JSON.stringify(unit)} ${JSON.stringify(eol)}`);
      }
    }
    // A continuation line between the items does not hide the nested list.
    assert.equal(weightOf('* - a\n  b\n* - c'), 2);
    // In a block quote: the quote continues, the item closes the list nested in the one before.
    assert.equal(weightOf('> - a\n>   - b\n> - c'), 2);
    // A block quote nested in the item before.
    assert.equal(weightOf('- a\n  > b\n- c'), 2);
  });

  it('weighs each underline after a line with text (a setext heading) by the lines before it', () => {
    assert.equal(weightOf('Title\n=====\n\nText\n\nPart\n----  \n'), 1 + 6);
    assert.equal(weightOf('> Quoted\n> ===\n- Item\n  ---'), 1 + 3);
    // After a blank line, with other characters, or spaced, it is no underline.
    assert.equal(weightOf('Text\n\n---\n==-\n- - x\n=a'), 0);
  });

  it('counts nothing for flat lists, quotes, a deepening list, or markers that open no container', () => {
    for (const text of [
      '- a\n- b\n* c\n1. d\n2) e',
      '> - a\n> - b\n> - c',
      '> > a\n> > b\n> c',
      '- a\n  - b\n    - c\n      - d',
      '-a\n  -b\n-c',
      '1984. was a year\n  - of songs\n2025-01-01 - 3 - 4',
      '12345678901. is no marker\n  - x\n12345678901. y',
    ]) {
      assert.equal(weightOf(text), 0, JSON.stringify(text));
    }
  });

  it('a text of setext headings past the limit gets the text-only analysis', () => {
    // 1,000 headings: a 'a' / '=' line pair each; micromark took over a minute on 4,000.
    const text = lines('a\n=\n', 2_000) + '\n';
    assert.equal(limitedDocument(text)?.parse, 'text-only');
    assert.equal(limitedDocument(lines('a\n=\n', 600) + '\n'), undefined);
  });

  it('names the first line past the limit', () => {
    // Line k (k ≥ 1) weighs k: 1 + 2 + … + 5 = 15 passes 14 at line 5.
    assert.equal(costlyLine(lines('- - X.Y\n', 10), 14), 5);
    assert.equal(costlyLine(lines('- - X.Y\n', 10), 45), undefined);
  });

  it("a text past the limit gets the text-only analysis with its reason, and the character checks' findings", () => {
    // 500 lines of '- - X.Y' after two weigh 3 + 4 + … + 501 = 125,748 (4,000 take micromark 30 s).
    const text = '# Security Policy\n\n' + lines('- - X.Y\n', 500) + '\n';
    const limited = limitedDocument(text);
    assert.equal(limited?.parse, 'text-only');
    assert.equal(
      noticeOf(limited)!.message,
      'The list items after an item holding a list or block quote, and the headings underlined with = or -, up to line 448 are more than the Markdown parser is given (each costs it time in proportion to the lines before it): only character checks ran (SEC022, SEC023, SEC060, SEC062), not the checks of sections, tables and links.',
    );
    const findings = analyze(text, { relativePath: 'SECURITY.md' });
    assert.deepEqual([findings[0]!.ruleId, findings[0]!.severity, findings[0]!.start], [SIZE_LIMIT_ID, 'error', 0]);
    // Every "X.Y" is still reported by SEC023, as a version written in letters.
    assert.equal(findings.filter((f) => f.ruleId === 'SEC023').length, 500);
    // Under the limit, and with the size cap raised in proportion, the text is parsed.
    assert.equal(limitedDocument('# Security Policy\n\n' + lines('- - X.Y\n', 400) + '\n'), undefined);
    assert.equal(limitedDocument(text, DEFAULT_MAX_FILE_SIZE * 2), undefined);
    assert.ok(weightOf(text) > MAX_COPY_WEIGHT);
  });

  const corpus = corpusEntries();
  it('every corpus policy is parsed, far from the limit', { skip: corpusSkip() }, () => {
    const heaviest = Math.max(...corpus.map((e) => weightOf(corpusText(e))));
    assert.ok(heaviest * 20 < MAX_COPY_WEIGHT, `the heaviest corpus policy weighs ${heaviest}`);
    assert.equal(corpus.length, 448);
  });
});
