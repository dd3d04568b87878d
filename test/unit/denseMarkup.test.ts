// The guard that keeps markup the Markdown parser is slow on away from it (server/src/core/denseMarkup.ts,
// issue 14 item 1): each shape of parserShapes.ts gets the text-only analysis with a notice saying why,
// while every corpus policy is still parsed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, noticeOf } from '../../server/src/core/analyze';
import { denseMarkup, MARKER_KINDS } from '../../server/src/core/denseMarkup';
import { DEFAULT_MAX_FILE_SIZE, MIN_MAX_FILE_SIZE, SIZE_LIMIT_ID } from '../../server/src/core/limits';
import { limitedDocument } from '../../server/src/core/policyModel';
import { corpusEntries, corpusSkip, corpusText } from '../corpus';
import { HOSTILE_INPUTS } from './hostileInputs';
import { PARSER_SHAPES } from './parserShapes';

describe('dense markup', () => {
  it('every parser shape, from 10 KB to the size cap, gets the text-only analysis with its reason', () => {
    for (const shape of PARSER_SHAPES) {
      for (const size of [10_000, DEFAULT_MAX_FILE_SIZE]) {
        const text = '# Security Policy\n\n' + shape.make(size - 19);
        const limited = limitedDocument(text);
        assert.equal(limited?.parse, 'text-only', `${shape.name} at ${text.length}`);
        assert.match(
          noticeOf(limited)!.message,
          /^(?:(?:The paragraph at line \d+ has|This file has) more than [\d,]+ .+,|The list items after an item holding a list or block quote, and the headings underlined with = or -, up to line \d+ are) more than the Markdown parser is given\b.*: only character checks ran/,
          shape.name,
        );
        if (size > 10_000) continue; // the text-only analysis of the cap's size is timed by the fuzzer, not here
        const findings = analyze(text, { relativePath: 'SECURITY.md' });
        assert.deepEqual(
          [findings[0]!.ruleId, findings[0]!.severity, findings[0]!.start],
          [SIZE_LIMIT_ID, 'error', 0],
          shape.name,
        );
      }
    }
  });

  it('names the kind, the line and the limit', () => {
    const stars = '*'.repeat(300) + 'a' + '*'.repeat(300);
    const limited = limitedDocument('# Policy\r\n\r\nSome text\r\n' + stars);
    assert.equal(limited?.parse, 'text-only');
    assert.equal(
      noticeOf(limited)!.message,
      'The paragraph at line 4 has more than 500 emphasis markers (*, _, ~), more than the Markdown parser is given: only character checks ran (SEC022, SEC023, SEC060, SEC062), not the checks of sections, tables and links.',
    );
    // Spread over paragraphs, each under its limit: the document's limit.
    const links = Array.from({ length: 400 }, () => '[a](b) [c](d)').join('\n\n');
    assert.deepEqual(denseMarkup(links), { line: 750, kind: 'bracket', scope: 'document' });
  });

  it('counts per paragraph: a blank line (of spaces too, after CR, LF or CRLF) starts the count again', () => {
    const limit = MARKER_KINDS.emphasis.perParagraph;
    const half = '_a_ '.repeat(limit / 4);
    for (const eol of ['\n', '\r\n', '\r']) {
      assert.equal(denseMarkup([half, half, ' \t', half, half].join(eol)), undefined, JSON.stringify(eol));
      assert.deepEqual(
        denseMarkup([half, half, half].join(eol)),
        { line: 2, kind: 'emphasis', scope: 'paragraph' },
        JSON.stringify(eol),
      );
    }
    // Each kind alone, one over its paragraph limit.
    const one: Record<string, string> = {
      emphasis: '~',
      bracket: ']',
      backtick: '`',
      angle: '<',
      autolink: 'WWW.',
      pipe: '|',
    };
    for (const [kind, marker] of Object.entries(one)) {
      const { perParagraph } = MARKER_KINDS[kind as keyof typeof MARKER_KINDS];
      assert.equal(denseMarkup(`${marker} `.repeat(perParagraph)), undefined, kind);
      assert.deepEqual(denseMarkup(`${marker} `.repeat(perParagraph + 1)), { line: 0, kind, scope: 'paragraph' }, kind);
    }
    assert.equal(denseMarkup('ww. w.w. www www: :/ /'.repeat(1000)), undefined);
  });

  it('does not count the lines of a top-level fenced code block: a blank form of underscores there is no emphasis', () => {
    const form = Array.from({ length: 10 }, () => `    ${'_'.repeat(70)}`);
    for (const eol of ['\n', '\r\n']) {
      assert.equal(denseMarkup(['Fill in:', '```', ...form, '```', 'Done.'].join(eol)), undefined, JSON.stringify(eol));
      // Unfenced, the same lines are a paragraph of 700 markers; after the fence closes, counting goes on.
      assert.deepEqual(denseMarkup(form.join(eol)), { line: 7, kind: 'emphasis', scope: 'paragraph' });
      assert.deepEqual(denseMarkup(['```', '```', ...form].join(eol)), {
        line: 9,
        kind: 'emphasis',
        scope: 'paragraph',
      });
    }
    // A fence in a list item is still counted (its markers come first).
    assert.notEqual(denseMarkup(['- ```', ...form.map((l) => `  ${l}`), '  ```'].join('\n')), undefined);
  });

  it('a table of more cells than 6,000 is not parsed; the 1,000-column hostile input still is', () => {
    const table = (columns: number, rows: number) =>
      '|' +
      ' v |'.repeat(columns) +
      '\n|' +
      '---|'.repeat(columns) +
      '\n' +
      ('|' + ' ✅ |'.repeat(columns) + '\n').repeat(rows);
    assert.deepEqual(denseMarkup(table(3, 1499)), { line: 1500, kind: 'pipe', scope: 'paragraph' });
    assert.equal(denseMarkup(table(3, 1498)), undefined);
    const thousandColumns = HOSTILE_INPUTS.find((i) => i.name === 'a table with 1,000 columns')!.text();
    assert.equal(limitedDocument(thousandColumns), undefined);
  });

  it('a raised size cap raises the document limits with it, never below the default', () => {
    const links = Array.from({ length: 400 }, () => '[a](b) [c](d)').join('\n\n');
    assert.equal(limitedDocument(links, MIN_MAX_FILE_SIZE)?.parse, 'text-only');
    assert.equal(limitedDocument(links, DEFAULT_MAX_FILE_SIZE * 2), undefined);
  });

  const corpus = corpusEntries();
  it('every corpus policy is analysed in full, even under the smallest size cap', { skip: corpusSkip() }, () => {
    const limited = corpus.filter((e) => denseMarkup(corpusText(e)) !== undefined).map((e) => e.file);
    assert.deepEqual(limited, []);
    assert.equal(corpus.length, 448);
  });
});
