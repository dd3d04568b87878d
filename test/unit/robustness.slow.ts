import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { corpusEntries, corpusSkip, corpusText } from '../corpus';

/** Analyses `text`, failing on any rule error, and checks every range lies inside the text. */
function analyzeStrictly(text: string, label: string): Finding[] {
  const findings = analyze(
    text,
    { relativePath: 'SECURITY.md' },
    {
      onRuleError: (id, error) => assert.fail(`${label}: ${id} threw ${String(error)}`),
    },
  );
  for (const f of findings) {
    assert.ok(
      0 <= f.start && f.start <= f.end && f.end <= text.length,
      `${label}: ${f.ruleId} range ${f.start}-${f.end} of ${text.length}`,
    );
    for (const fix of f.fixes ?? []) {
      for (const edit of fix.edits)
        assert.ok(
          0 <= edit.start && edit.start <= edit.end && edit.end <= text.length,
          `${label}: ${f.ruleId} fix edit`,
        );
    }
  }
  return findings;
}

describe('robustness', () => {
  const files = corpusEntries().map((e) => e.file);

  it('analyses every corpus file, as is and with CRLF line endings', { skip: corpusSkip() }, () => {
    for (const name of files) {
      const text = corpusText(name);
      const lf = analyzeStrictly(text, name);
      const crlf = analyzeStrictly(text.replace(/\r?\n/g, '\r\n'), `${name} (CRLF)`);
      // Line endings change offsets, not what is found.
      assert.deepEqual(
        crlf.map((f) => f.ruleId),
        lf.map((f) => f.ruleId),
        `${name}: CRLF changes the findings`,
      );
    }
  });

  // Each of these once took seconds to minutes in a rule (a regex backtracking over a long line).
  it('analyses long lines and many headings in linear time', () => {
    const hostile = {
      'a 100,000-character heading': '# ' + 'a'.repeat(100_000) + '\n',
      'a 100,000-character table row': '| a | b |\n| - | - |\n| ' + 'x'.repeat(100_000) + ' | y |\n',
      'a deeply indented list': Array.from({ length: 200 }, (_, i) => '  '.repeat(i) + '- item').join('\n'),
      '10,000 headings': '## Scope\n\ntext\n\n'.repeat(10_000),
      'a line of 50,000 words': 'word '.repeat(50_000),
    };
    for (const [label, text] of Object.entries(hostile)) analyzeStrictly(text, label);
  });

  it('never throws on generated Markdown-ish text', () => {
    const pieces = fc.constantFrom(
      '# ',
      '## ',
      '### ',
      '<h2>',
      '</h2>',
      '\n',
      '\r\n',
      '\n\n',
      '| ',
      ' |',
      '---',
      '- ',
      '1. ',
      '> ',
      '```',
      '`',
      '<!--',
      '-->',
      '[',
      '](',
      ')',
      'Reporting a Vulnerability',
      'Supported Versions',
      'security@example.com',
      'me@acme.dev',
      'TODO',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
      '-----END PGP PUBLIC KEY BLOCK-----',
      'âœ…',
      'Ã©',
      '\u0000',
      '\ufffd',
      '\ufeff',
      '\ud800',
      '5.1.x',
      '< 4.0',
      ':white_check_mark:',
      'https://github.com/o/r/security/advisories/new',
      'open an issue',
      '48 hours',
    );
    const documents = fc
      .array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(documents, (text) => {
        analyzeStrictly(text, JSON.stringify(text));
      }),
      { numRuns: 300 },
    );
  });
});
