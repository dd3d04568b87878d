// Fix safety over real and generated documents: every offered fix applies cleanly, removes the
// finding it was offered for (a proposal may instead leave a `[your …]` placeholder, which keeps the
// finding until the author fills it in), adds no error-level finding outside the text it inserted,
// and leaves what is hidden (code, comments) and shown outside its edits as it was, as do the
// suppression comments offered for each finding; Fix All converges.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { corpusEntries, corpusSkip, corpusText } from '../corpus';
import { checkFixes } from './fixCheck';

// Moved to ./fixCheck (importing a test file would register its suite again); re-exported for callers.
export { checkFixes };

function corpusTexts(): Array<[string, string]> {
  return corpusEntries(['MANIFEST.tsv']).map((e) => [e.file, corpusText(e)]);
}

describe('fix safety', () => {
  const corpus = corpusTexts();

  it('holds for every fix offered on the corpus', { skip: corpusSkip() }, () => {
    let fixes = 0;
    for (const [name, text] of corpus) fixes += checkFixes(name, text);
    assert.ok(fixes > 100, `only ${fixes} fixes were offered on the corpus`);
  });

  it('holds for generated documents', () => {
    const lines = fc.constantFrom(
      '# Security Policy',
      '## Supported Versions',
      '## Reporting a Vulnerability',
      '## Scope',
      '## Safe Harbor',
      '',
      'Use this section to tell people how to report a vulnerability.',
      'Email security@example.com or me@acme.dev.',
      '| Version | Supported |',
      '| ------- | --------- |',
      '| 5.1.x | :white_check_mark: |',
      '| 5.0.x | :x: |',
      '| 4.0.x | :white_check_mark: |',
      '| < 4.0 | :x: |',
      '| 2.x | ✅ |',
      '| 1.x | No |',
      'Caf\u00c3\u00a9 \u00e2\u0080\u0094 done \u00f0\u009f\u0094\u0092',
      'bad \u0000 char \ufffd',
      'TODO: [insert contact]',
      'Intro ## Reporting a Vulnerability Mail us ## Scope All',
      'Last reviewed: 2020-01-05',
      '> quoted',
      '- item',
      '```',
      'We answer within 2 days.',
      // Hidden text a fix or a suppression comment must leave hidden: a comment and a code span over several lines.
      'Write to a@example.com <!-- note',
      'password: hunter2 -->',
      'TODO `a code',
      'span` end.',
      'Intro.\u00a0',
    );
    const documents = fc
      .array(lines, { minLength: 1, maxLength: 25 })
      .chain((ls) => fc.constantFrom('\n', '\r\n').map((eol) => ls.join(eol) + eol));
    fc.assert(
      fc.property(documents, (text) => {
        checkFixes(JSON.stringify(text).slice(0, 200), text);
      }),
      { numRuns: Number(process.env.FIX_RUNS ?? 150) },
    );
  });
});
