import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { CONTEXT, applyFixOf } from './fixCheck';
import { at, doc, findingsOf } from './helpers';

const fixesOf = (text: string) =>
  analyze(text)
    .filter((f) => f.ruleId === 'SEC062')
    .map((f) => f.fixes);

describe('SEC062 invalid-characters', () => {
  it('reports U+FFFD, C0 and C1 controls, one finding per run', () => {
    const text = doc(
      '# Security Policy',
      '',
      'Mail us\u0000\u0001 at once.',
      'Caf\uFFFD menu.',
      'A\u0085 next line and a \u001b escape.',
    );
    assert.deepEqual(findingsOf('SEC062', text), [
      at(text, '\u0000\u0001', 'warning'),
      at(text, '\uFFFD', 'warning'),
      at(text, '\u0085', 'warning'),
      at(text, '\u001b', 'warning'),
    ]);
  });

  it('reports a NUL byte and DEL', () => {
    const text = 'Policy\u0000 text\u007f';
    assert.deepEqual(findingsOf('SEC062', text), [at(text, '\u0000', 'warning'), at(text, '\u007f', 'warning')]);
  });

  it('accepts tab, line feed and carriage return', () => {
    assert.deepEqual(findingsOf('SEC062', '# Policy\r\n\r\n| a\t| b |\r\nLine\n'), []);
  });

  it('accepts ordinary non-ASCII text and a byte order mark', () => {
    assert.deepEqual(findingsOf('SEC062', '\uFEFF# Politique de sécurité ✅ 🔐 «déjà»\n'), []);
  });

  it('leaves control characters inside mojibake to SEC060', () => {
    // ” read as Windows-1252 is "â€" + U+009D: the control belongs to the mojibake run.
    const text = doc('A â€œquoteâ€\u009d and a stray \u0090 control.');
    assert.deepEqual(findingsOf('SEC062', text), [at(text, '\u0090', 'warning')]);
    assert.equal(findingsOf('SEC060', text).length, 2);
  });

  it('offers to remove the run', () => {
    const text = doc('Mail us\u0000\u0001 at once.');
    const start = text.indexOf('\u0000');
    assert.deepEqual(fixesOf(text), [
      [{ title: 'Remove invalid characters', edits: [{ start, end: start + 2, newText: '' }] }],
    ]);
    assert.equal(applyFixOf('SEC062', text, CONTEXT).text, doc('Mail us at once.'));
  });

  it('removes a run inside a word of letters, digits and plain punctuation', () => {
    const text = doc('# Security Policy', '', 'Caf\uFFFD team: don\u0000t wait\u0007! Reply in 2\u001b4 hours.');
    assert.deepEqual(
      fixesOf(text).map((fixes) => fixes?.length),
      [1, 1, 1, 1],
    );
    let fixed = text;
    for (let i = 0; i < 4; i++) fixed = applyFixOf('SEC062', fixed, CONTEXT).text;
    assert.equal(fixed, doc('# Security Policy', '', 'Caf team: dont wait! Reply in 24 hours.'));
  });

  // Markdown reads these characters as text (U+0000 as U+FFFD), so deleting one can change the
  // structure: in each of these the parse would change (a code block, heading, list item, HTML tag
  // or link would appear, a quote or a table cell would lose its paragraph).
  for (const [name, text, runs] of [
    ['holding the indentation of a line', '   \u0000 me@acme.dev\n', 1],
    ['the only text of a line', '\u0000\n\thttps://github.com/other/repo/security/advisories/new\n', 1],
    ['the only text of a line in a list item', '10) Security\n\u0000\n$\n\t```OWNER/REPO', 1],
    ['the only text in a quote', '> > \u0000\nSecurity\n   1. \n\t<project>\n', 1],
    ['before a heading marker', 'Security ######  Security\n\u0000 ##  Security\n', 1],
    ['around heading markers', 'Security ##  \u0000\n\u0000 ######  \u0000', 3],
    ['after a heading marker', '#\u0000 Reporting\n', 1],
    ['between list numbers', '1\u00002. Reporting\n', 1],
    ['in an HTML tag', 'Mail <a t\u0000 href="x">us</a>.\n', 1],
    ['in a link label', 'See [the foo b\u0000ar].\n\n[the foo bar]: <>\n', 1],
    ['in a link label across lines', 'See [the foo\r\nb\u0000ar].\r\n\r\n[the foo bar]: <>\r\n', 1],
    ['before a byte order mark', '\u0000\uFEFF# Security\n', 1],
    ['alone in a table cell', '| Version | Supported |\n| --- | --- |\n| 2.x | \uFFFD |\n', 1],
  ] as const) {
    it(`offers no removal where deleting would change the Markdown: ${name}`, () => {
      const needle = text.includes('\uFFFD') ? '\uFFFD' : '\u0000';
      assert.deepEqual(
        findingsOf('SEC062', text),
        Array.from({ length: runs }, (_, i) => at(text, needle, 'warning', i)),
      );
      for (const finding of analyze(text).filter((f) => f.ruleId === 'SEC062')) {
        assert.equal(finding.fixes, undefined);
        assert.match(
          finding.message,
          /; not removed automatically, since deleting it here could change the document's structure$/,
        );
      }
    });
  }

  it('leaves a space for a U+FFFD between two word characters, so the words stay apart (found by the fuzzer)', () => {
    const text = doc(
      '# Security Policy',
      '',
      '## Reporting a Vulnerability',
      '',
      'To\uFFFDreport a vulnerability, write to the maintainers.',
    );
    assert.equal(
      applyFixOf('SEC062', text, CONTEXT).text,
      doc(
        '# Security Policy',
        '',
        '## Reporting a Vulnerability',
        '',
        'To report a vulnerability, write to the maintainers.',
      ),
    );
  });

  it('removes a run in a heading only if the heading still names the same section', () => {
    // U+FFFD reads as a space: "Report�ng a Vulnerability" is the reporting section, "Reportng a Vulnerability" is not.
    const lost = doc('# Policy', '', '## Report\uFFFDng a Vulnerability', '', 'Mail security@acme.dev.');
    assert.deepEqual(findingsOf('SEC062', lost), [at(lost, '\uFFFD', 'warning')]);
    assert.deepEqual(fixesOf(lost), [undefined]);
    const inserted = doc('# Policy', '', '## Report\u0000ing a Vulnerability', '', 'Mail security@acme.dev.');
    assert.equal(
      applyFixOf('SEC062', inserted, CONTEXT).text,
      doc('# Policy', '', '## Reporting a Vulnerability', '', 'Mail security@acme.dev.'),
    );
  });

  it('a blank line ends the paragraph whose [ or < could have held the run', () => {
    assert.deepEqual(
      fixesOf('See [docs].\n\nCaf\uFFFD team.\n').map((fixes) => fixes?.length),
      [1],
    );
    assert.deepEqual(
      fixesOf('See [docs].\r\n\r\nCaf\uFFFD team.\r\n').map((fixes) => fixes?.length),
      [1],
    );
    assert.deepEqual(
      fixesOf('See [docs\r\nCaf\uFFFD team.\r\n').map((fixes) => fixes?.length),
      [undefined],
    );
    assert.deepEqual(
      fixesOf('See <docs\nCaf\uFFFD team.\n').map((fixes) => fixes?.length),
      [undefined],
    );
  });

  it('reports lone surrogates, which cannot be saved as UTF-8', () => {
    assert.deepEqual(findingsOf('SEC062', '\uD800'), [at('\uD800', '\uD800', 'warning')]);
    const text = doc('a\uDC00b and \uDC00\uD800 reversed, a pair \uD83D\uDE00 and \uDBFF\uDFFF, the end\uD83D');
    assert.deepEqual(findingsOf('SEC062', text), [
      at(text, '\uDC00', 'warning'),
      at(text, '\uDC00\uD800', 'warning'),
      at(text, '\uD83D', 'warning', 1),
    ]);
    const [first] = analyze(text).filter((f) => f.ruleId === 'SEC062');
    assert.match(first!.message, /^Invalid character \(U\+DC00 lone surrogate\): half of a UTF-16 surrogate pair/);
    assert.equal(
      applyFixOf('SEC062', text, CONTEXT).text,
      doc('ab and \uDC00\uD800 reversed, a pair \uD83D\uDE00 and \uDBFF\uDFFF, the end\uD83D'),
    );
    assert.equal(
      applyFixOf('SEC062', text, CONTEXT, 2).text,
      doc('a\uDC00b and \uDC00\uD800 reversed, a pair \uD83D\uDE00 and \uDBFF\uDFFF, the end'),
    );
    // A high surrogate as the very last character of the file.
    assert.deepEqual(findingsOf('SEC062', 'Policy\uD83D'), [at('Policy\uD83D', '\uD83D', 'warning')]);
    assert.equal(applyFixOf('SEC062', 'Policy\uD83D', CONTEXT).text, 'Policy');
  });

  it('reports U+FFFD left inside damaged mojibake without a removal fix', () => {
    // ” whose last byte was replaced by U+FFFD: deleting it would leave "â€" behind.
    const text = doc('A â€\uFFFD quote and a caf\uFFFD here.');
    assert.deepEqual(findingsOf('SEC062', text), [at(text, '\uFFFD', 'warning'), at(text, '\uFFFD', 'warning', 1)]);
    const [damaged, inWord] = fixesOf(text);
    assert.equal(damaged, undefined);
    assert.equal(inWord?.[0]?.title, 'Remove invalid characters');
    assert.match(analyze(text).find((f) => f.ruleId === 'SEC062')!.message, /mojibake/);
  });

  it('names the characters in the message', () => {
    const [finding] = analyze(doc('x\u0000y')).filter((f) => f.ruleId === 'SEC062');
    assert.match(finding!.message, /^Invalid character \(U\+0000 NUL\)/);
  });
});
