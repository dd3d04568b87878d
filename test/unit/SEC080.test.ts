import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/edits';
import { createPolicyDocument } from '../../server/src/core/document';
import { isCollapsed } from '../../server/src/core/collapsed';
import { MAX_RESTORED_BREAKS } from '../../server/src/core/linebreaks';
import { ruleById } from '../../server/src/core/rules';
import { CONTEXT } from './fixCheck';
import { at, doc, findingsOf } from './helpers';
import { checkDocument } from './fixCheck';

const POLICY = doc(
  '# Security Policy',
  '',
  '## Supported Versions',
  '',
  '| Version | Supported |',
  '| ------- | --------- |',
  '| 2.x     | ✅        |',
  '| < 2.0   | ❌        |',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please do not open public issues. Report vulnerabilities privately:',
  '',
  '- through the Security tab of this repository, or',
  '- by email to security@acme.dev.',
  '',
  '## Response Timeline',
  '',
  'We acknowledge reports within 3 business days.',
);

function apply(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

/** The policy with every run of line breaks (and the indentation after it) turned into one space. */
const collapse = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

describe('SEC080 collapsed-document', () => {
  it('reports a document whose line breaks became spaces, on the line of the first mid-line heading', () => {
    const text = `  ${collapse(POLICY)}  \n`;
    assert.deepEqual(findingsOf('SEC080', text), [at(text, collapse(POLICY), 'error')]);
  });

  it('reports only the line holding the first mid-line heading marker', () => {
    const text = doc(
      '# Security Policy',
      '',
      'Intro text.',
      'More text ## Reporting a Vulnerability Mail us. ## Response Timeline Fast.  ',
      'Last line.',
    );
    assert.deepEqual(findingsOf('SEC080', text), [
      at(text, 'More text ## Reporting a Vulnerability Mail us. ## Response Timeline Fast.', 'error'),
    ]);
  });

  it('explains the problem and that structure checks are paused', () => {
    const [finding] = analyze(collapse(POLICY)).filter((f) => f.ruleId === 'SEC080');
    assert.match(
      finding!.message,
      /^Headings sit in the middle of lines \(3 heading markers such as “## Supported Versions/,
    );
    assert.match(finding!.message, /paused until the line breaks are restored/);
  });

  it('reports line breaks written as a literal \\n', () => {
    const text = POLICY.trimEnd().replace(/\n/g, '\\n');
    assert.deepEqual(findingsOf('SEC080', text), [at(text, text, 'error')]);
  });

  it('reports a one-line title with a section heading after it', () => {
    const text = '# Security Policy ## Reporting a Vulnerability Email security@acme.dev.';
    assert.deepEqual(findingsOf('SEC080', text), [at(text, text, 'error')]);
  });

  it('reports a long document on one line that shows list items', () => {
    const items = Array.from(
      { length: 8 },
      (_, i) => `- step ${i + 1}: describe what happens in this part of the process in some detail`,
    );
    const text = `Report vulnerabilities by email. ${items.join(' ')}`;
    assert.ok(text.length > 400);
    assert.deepEqual(findingsOf('SEC080', text), [at(text, text, 'error')]);
    assert.match(
      analyze(text).find((f) => f.ruleId === 'SEC080')!.message,
      /^The whole document \(\d+ characters\) is on one line/,
    );
  });

  it('offers a fix that restores the headings, list items and table rows', () => {
    const text = collapse(POLICY);
    const finding = analyze(text).find((f) => f.ruleId === 'SEC080')!;
    assert.equal(finding.fixes?.length, 1);
    assert.equal(finding.fixes[0]!.title, 'Restore line breaks before headings, list items and table rows');
    const fixed = apply(text, finding.fixes[0]!.edits);
    const restored = createPolicyDocument(fixed);
    assert.deepEqual(
      restored.headings.map((h) => [h.depth, h.text]),
      [
        [1, 'Security Policy'],
        [2, 'Supported Versions'],
        [2, 'Reporting a Vulnerability'],
        [2, 'Response Timeline'],
      ],
    );
    assert.equal(restored.tables.length, 1);
    assert.equal(restored.tables[0]!.rows.length, 2);
    assert.equal(fixed, POLICY.trimEnd());
    assert.deepEqual(findingsOf('SEC080', fixed), []);
  });

  it('ends sentence-case and Title Case headings where the prose starts', () => {
    const text =
      '# Security Policy ## Reporting a vulnerability Email us at security@acme.dev. ## What to Expect The team replies within 3 days. ## Security Updates We patch the latest release only.';
    const finding = analyze(text).find((f) => f.ruleId === 'SEC080')!;
    const fixed = apply(text, finding.fixes![0]!.edits);
    assert.deepEqual(
      createPolicyDocument(fixed).headings.map((h) => h.text),
      ['Security Policy', 'Reporting a vulnerability', 'What to Expect', 'Security Updates'],
    );
  });

  it('turns literal \\n sequences back into line breaks', () => {
    const text = POLICY.trimEnd().replace(/\n/g, '\\n');
    const finding = analyze(text).find((f) => f.ruleId === 'SEC080')!;
    assert.equal(apply(text, finding.fixes![0]!.edits), POLICY.trimEnd());
  });

  it('accepts a normal document', () => {
    assert.deepEqual(findingsOf('SEC080', POLICY), []);
  });

  it('accepts a single heading marker in the middle of a line of a normal document', () => {
    assert.deepEqual(
      findingsOf(
        'SEC080',
        doc('# Policy', '', 'Use ## Heading syntax for sections.', '', '## Reporting', '', 'Mail us.'),
      ),
      [],
    );
  });

  it('ignores heading markers inside code', () => {
    const text = doc('# Policy', '', 'Write `a ## b` or `c ## d` in the template.', '', '```', 'x ## y ## z', '```');
    assert.deepEqual(findingsOf('SEC080', text), []);
  });

  it('accepts a long single-line policy that is plain prose', () => {
    const text = 'Please report security issues privately by email. '.repeat(10).trim();
    assert.ok(text.length > 400);
    assert.deepEqual(findingsOf('SEC080', text), []);
  });

  it('pauses structure rules on a collapsed document while text rules still report', () => {
    // Collapsed, with a duplicate section, an empty one and mojibake in a table cell.
    const text = collapse(
      doc(
        '# Security Policy',
        '## Supported Versions',
        '| Version | Supported |',
        '| ------- | --------- |',
        '| 2.x | âœ… |',
        '## Reporting a Vulnerability',
        '## Reporting a Vulnerability',
        'Use the issue tracker.',
      ),
    );
    assert.ok(isCollapsed(createPolicyDocument(text)));
    // With its line breaks, the same document has structure findings (an empty and a duplicate section).
    const uncollapsed = text.replace(/ (?=#|\| [^-|])/g, '\n');
    assert.ok(!isCollapsed(createPolicyDocument(uncollapsed)));
    assert.ok(analyze(uncollapsed).some((f) => ruleById(f.ruleId)?.kind === 'structure'));
    const findings = analyze(text);
    const structure = findings.filter((f) => ruleById(f.ruleId)?.kind === 'structure');
    assert.deepEqual(structure, []);
    assert.deepEqual(
      findings
        .filter((f) => f.ruleId === 'SEC060' || f.ruleId === 'SEC080')
        .map((f) => [f.ruleId, text.slice(f.start, f.end)]),
      [
        ['SEC080', text],
        ['SEC060', 'âœ…'],
      ],
    );
  });
});

describe('SEC080 fix edits', () => {
  it('never overlap when two breaks start in the same run of white space (found by fuzzing)', () => {
    // The break after the title "Reporting" and the one before the list item start in one run.
    const text = '# Policy ## Reporting  )   -  Security';
    const finding = analyze(text).find((f) => f.ruleId === 'SEC080');
    assert.ok(finding?.fixes?.[0]);
    const edits = [...finding.fixes[0].edits].sort((a, b) => a.start - b.start);
    for (let i = 1; i < edits.length; i++) assert.ok(edits[i - 1]!.end <= edits[i]!.start, JSON.stringify(edits));
    assert.equal(applyEdits(text, edits), '# Policy\n\n## Reporting  )\n\n-  Security');
    checkDocument('overlap', text);
  });

  it('use the line break of the document: CRLF, or CR alone', () => {
    const line = 'Intro ## Reporting a Vulnerability Mail us. ## Response Timeline Fast.';
    for (const eol of ['\r\n', '\r']) {
      const text = `# Security Policy${eol}${line}${eol}`;
      const finding = analyze(text).find((f) => f.ruleId === 'SEC080')!;
      assert.equal(
        applyEdits(text, finding.fixes![0]!.edits),
        [
          '# Security Policy',
          'Intro',
          '',
          '## Reporting a Vulnerability',
          '',
          'Mail us.',
          '',
          '## Response Timeline Fast.',
          '',
        ].join(eol),
      );
      checkDocument(JSON.stringify(eol), text);
    }
  });

  it('use the line break of the document for literal \\n sequences too', () => {
    const text = '# Security Policy\\n## Reporting a Vulnerability\\nEmail security@acme.dev.\r\n';
    const finding = analyze(text).find((f) => f.ruleId === 'SEC080')!;
    assert.equal(
      applyEdits(text, finding.fixes![0]!.edits),
      '# Security Policy\r\n## Reporting a Vulnerability\r\nEmail security@acme.dev.\r\n',
    );
  });

  it('are not offered when an indented line continuing the paragraph would become code after a heading (found by fuzzing)', () => {
    // "    me@acme.dev" continues the collapsed paragraph (prose, the only contact); after
    // "## Contact Email" on a line of its own it would be indented code.
    const text = 'Intro ## Reporting a Vulnerability Mail us ## Contact Email\n    me@acme.dev';
    const [finding] = analyze(text, CONTEXT).filter((f) => f.ruleId === 'SEC080');
    assert.deepEqual(
      text.slice(finding!.start, finding!.end),
      'Intro ## Reporting a Vulnerability Mail us ## Contact Email',
    );
    assert.equal(finding!.fixes, undefined);
    assert.ok(!analyze(text, CONTEXT).some((f) => f.ruleId === 'SEC011'));
    checkDocument('continuation', text);
  });

  it('are not offered when a break would move text out of reach of a disable-line or disable-next-line comment (found by fuzzing)', () => {
    // The comment silences SEC022 on the next line; a break before "Use this section" would make
    // that line the heading's and leave the placeholder address reported.
    const nextLine =
      '## <!-- security-policy-disable-next-line SEC022 --> $ ##  Use this section to tell people how to report a vulnerability.\nsecurity@example.com';
    const sameLine =
      'Intro ## Reporting a Vulnerability Mail security@example.com ## Contact <!-- security-policy-disable-line SEC022 -->';
    for (const text of [nextLine, sameLine]) {
      const findings = analyze(text, CONTEXT);
      const [finding] = findings.filter((f) => f.ruleId === 'SEC080');
      assert.ok(finding, text);
      assert.equal(finding.fixes, undefined, text);
      assert.ok(!findings.some((f) => f.ruleId === 'SEC022'), text);
      checkDocument('suppression', text);
    }
    // Without the comment the same line gets its fix.
    const [plain] = analyze(
      'Intro ## Reporting a Vulnerability Mail security@example.com ## Contact us',
      CONTEXT,
    ).filter((f) => f.ruleId === 'SEC080');
    assert.equal(plain!.fixes?.length, 1);
  });

  it('are not offered when indented code after a heading would become a paragraph continuation (found by fuzzing)', () => {
    // The tab-indented line is code after the heading; cutting the title before "Email us at"
    // would make it continue that paragraph.
    const text = '# Security Policy ## Reporting a vulnerability Email us at\n\tTODO';
    const [finding] = analyze(text, CONTEXT).filter((f) => f.ruleId === 'SEC080');
    assert.ok(finding);
    assert.equal(finding.fixes, undefined);
    checkDocument('code', text);
  });

  it('never break inside a comment or code (found on the collapsed corpus)', () => {
    // The title "Authors [@me][author-url]" was taken to end inside the comment, after "<!--".
    const text = '# Policy ## Authors [@me][author-url] <!-- References --> [x]: /a ## Contact Mail us.';
    const finding = analyze(text, CONTEXT).find((f) => f.ruleId === 'SEC080')!;
    assert.equal(
      applyEdits(text, finding.fixes![0]!.edits),
      '# Policy\n\n## Authors [@me][author-url] <!-- References --> [x]: /a\n\n## Contact\n\nMail us.',
    );
    checkDocument('comment', text);
  });

  it('keep indented code after a heading that stays a heading', () => {
    const text = '# Security Policy ## Reporting a Vulnerability\n\tTODO';
    const finding = analyze(text, CONTEXT).find((f) => f.ruleId === 'SEC080')!;
    assert.equal(
      applyEdits(text, finding.fixes![0]!.edits),
      '# Security Policy\n\n## Reporting a Vulnerability\n\tTODO',
    );
    checkDocument('code kept', text);
  });
});

describe('SEC080 on text that is not a collapsed policy (found by fuzzing)', () => {
  it('does not take headings in block quotes and list items for mid-line headings', () => {
    for (const text of [
      '> ## Supported Versions\n> ## Reporting\n> me@acme.dev\n',
      '- ## Supported Versions\n- ## Reporting\n\n1. ## Scope\n',
    ]) {
      assert.equal(isCollapsed(createPolicyDocument(text)), false, text);
    }
    assert.equal(
      isCollapsed(createPolicyDocument('Intro > ## Reporting a Vulnerability Mail us ## Contact Email\n')),
      true,
    );
  });

  // A real collapsed policy has heading markers after words and titles after them. None of these
  // does: `#` runs that are a heading's own text (`### ######`), markers directly after another
  // marker, markers followed by a NUL or a pipe, markers after a NUL.
  const cases: Record<string, string> = {
    1: '### ######  ##  \u0000',
    4: '# ######  ####### too deep Security\n\tTODO',
    8: '\u0000 ##  \u0000\n<h2> ######  \u0000\n` me@acme.dev\n`',
    9: '#### \r\u0000 ######  \u0000\r    security@example.com1. ',
    10: 'Security | ######  | \n    me@acme.dev\n\u0000 ##  Security',
    11: 'Security ######  \u0000\nSecurity ######  \u0000\n    <!-- security-policy-disable --> Ã©',
    12: '# #  ######  Security',
    14: '>>> ######  ######  Security\n! ######  Security',
    16: '## #  ######  \u0000',
    18: '! ######  \u0000\n    code me@acme.dev\n## ######  \u0000',
    21: 'Security #  ######  !\n\u0000 ##  \u0000',
    22: '\u0000 #  ##  \u0000\nSecurity ##  \u0000',
  };
  for (const [n, text] of Object.entries(cases)) {
    it(`is not reported on fuzz case ${n}: ${JSON.stringify(text)}`, () => {
      assert.ok(!isCollapsed(createPolicyDocument(text)));
      assert.deepEqual(findingsOf('SEC080', text, CONTEXT), []);
      checkDocument(`case ${n}`, text);
    });
  }

  it('still reports markers followed by a title of digits or after a symbol', () => {
    for (const text of [
      '# Security Policy ## 🔒 Reporting Email security@acme.dev.',
      'Intro ## 1. Scope All of it. ## 2. Contact Mail us.',
    ]) {
      assert.deepEqual(findingsOf('SEC080', text), [at(text, text, 'error')], text);
    }
  });

  it('finds the start of the line holding a marker at CR line endings too', () => {
    // The marker's line is "Intro ## …", not the "# Title" line before the CR.
    const text = '# Title\rIntro ## Reporting a Vulnerability Email us.';
    assert.deepEqual(findingsOf('SEC080', text), []);
    assert.deepEqual(findingsOf('SEC080', text.replace('\r', '\n')), []);
    const oneLine = text.replace('\r', ' ');
    assert.deepEqual(findingsOf('SEC080', oneLine), [at(oneLine, oneLine, 'error')]);
  });

  // Other rules' fixes used to make SEC080 appear: the CR-separated line after an inserted section
  // was taken for the end of a heading line.
  const reverse: Record<string, string> = {
    6: '\r### -----BEGIN PGP PUBLIC KEY BLOCK-----\r\u0000 ##  Security',
    17: '\r\n\r## https://github.com/acme/widget/security/advisories/new | ######  | ',
    19: '\r## Reporting a Vulnerability\r\u0000 ##  Security',
    20: '\r# -----BEGIN PGP PUBLIC KEY BLOCK----- ##  \u0000',
  };
  for (const [n, text] of Object.entries(reverse)) {
    it(`is not reported before or after the section insertions of fuzz case ${n}: ${JSON.stringify(text)}`, () => {
      assert.deepEqual(findingsOf('SEC080', text, CONTEXT), []);
      for (const f of analyze(text, CONTEXT)) {
        for (const fix of f.fixes ?? [])
          assert.deepEqual(findingsOf('SEC080', applyEdits(text, fix.edits), CONTEXT), [], `${f.ruleId} ${fix.title}`);
      }
      checkDocument(`case ${n}`, text);
    });
  }
  it('offers no fix past MAX_RESTORED_BREAKS: checking it would mean parsing a text that is no policy', () => {
    const text = 'Intro ## Reporting a Vulnerability '.repeat(MAX_RESTORED_BREAKS + 1);
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC080');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.fixes, undefined);
  });

  it('leaves heading markers the prose names in a list or an aside (session 25 probe)', () => {
    const text = doc(
      '# Security',
      '',
      '## Reporting',
      '',
      'Write the report in Markdown with headings such as ## Summary, ## Impact and ## Steps; a title (## Details) helps too.',
    );
    assert.deepEqual(findingsOf('SEC080', text), []);
  });
});
