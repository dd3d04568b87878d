import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPolicyDocument } from '../../server/src/core/document';
import { insertSectionEdit, plainTemplate } from '../../server/src/core/insertSection';
import type { SectionId, TextEdit } from '../../server/src/core/types';
import { doc } from './helpers';

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

function insert(text: string, id: SectionId): string {
  return apply(text, insertSectionEdit(createPolicyDocument(text), id));
}

const BOUNTY = '[your bug bounty programme link, or a statement that there is none]';
const VERSIONS = [
  '| Version | Supported |',
  '| ------- | --------- |',
  '| [your supported versions] | ✅ |',
  '| [your unsupported versions] | ❌ |',
];

describe('insertSectionEdit', () => {
  it('inserts after the nearest canonical predecessor', () => {
    const text = doc('# Policy', '', '## Supported Versions', '', 'Only 2.x.', '', '## Scope', '', 'All of it.');
    assert.equal(
      insert(text, 'response'),
      doc(
        '# Policy',
        '',
        '## Supported Versions',
        '',
        'Only 2.x.',
        '',
        '## Response Timeline',
        '',
        'We acknowledge reports within [your number] business days and send an initial assessment within [your number] business days. We keep you informed until the issue is fixed.',
        '',
        '## Scope',
        '',
        'All of it.',
      ),
    );
  });

  it('inserts before the nearest successor when no predecessor is present', () => {
    const text = doc('# Policy', '', 'Intro.', '', '## Scope', '', 'All.');
    const result = insert(text, 'supported-versions');
    assert.ok(
      result.startsWith(doc('# Policy', '', 'Intro.', '', '## Supported Versions', '', '| Version | Supported |')),
      result,
    );
    assert.ok(result.endsWith(doc('| [your unsupported versions] | ❌ |', '', '## Scope', '', 'All.')), result);
  });

  it('appends to a document without sections, at the level below the title', () => {
    assert.equal(
      insert('# Policy\n\nIntro.', 'bug-bounty'),
      doc(
        '# Policy',
        '',
        'Intro.',
        '',
        '## Bug Bounty',
        '',
        '[your bug bounty programme link, or a statement that there is none]',
      ),
    );
    assert.equal(
      insert('', 'safe-harbor'),
      doc(
        '## Safe Harbor',
        '',
        'We will not pursue legal action against anyone who researches and reports a vulnerability in good faith and in line with this policy.',
      ),
    );
  });

  it('keeps to the level of the sections and never lands inside a subsection', () => {
    const text = doc(
      '# P',
      '',
      '### Reporting a Vulnerability',
      '',
      'Mail us.',
      '',
      '#### By email',
      '',
      'a@b.dev',
      '',
      '### Scope',
      '',
      'All.',
    );
    const result = insert(text, 'report-contents');
    assert.ok(result.includes(doc('a@b.dev', '', '### What to Include in a Report', '')), result);
  });

  it('keeps CRLF line endings', () => {
    const text = '# P\r\n\r\n## Scope\r\n\r\nAll.\r\n';
    const result = insert(text, 'acknowledgments');
    assert.equal(
      result,
      '# P\r\n\r\n## Scope\r\n\r\nAll.\r\n\r\n## Acknowledgments\r\n\r\nWe credit reporters in the advisory and the release notes unless they ask to stay anonymous.\r\n',
    );
  });

  it('goes in front of a fence or an HTML comment that never closes, which would swallow it', () => {
    // `~~~ md` has an info string: it opens a fence, it does not close one.
    assert.equal(
      insert(doc('~~~ md', '~~~ md'), 'bug-bounty'),
      doc('## Bug Bounty', '', BOUNTY, '', '~~~ md', '~~~ md'),
    );
    assert.equal(
      insert(doc('# Policy', '', '<!--'), 'bug-bounty'),
      doc('# Policy', '', '## Bug Bounty', '', BOUNTY, '', '<!--'),
    );
    assert.equal(insert('<!-- ', 'bug-bounty'), `## Bug Bounty\n\n${BOUNTY}\n\n<!-- `);
    // A closed fence and a comment closed in its block stay where they are.
    assert.equal(
      insert(doc('# Policy', '', '```', 'code', '```'), 'bug-bounty'),
      doc('# Policy', '', '```', 'code', '```', '', '## Bug Bounty', '', BOUNTY),
    );
    assert.equal(
      insert(doc('# Policy', '', '- a <!-- draft', '', 'Text.'), 'bug-bounty'),
      doc('# Policy', '', '- a <!-- draft', '', 'Text.', '', '## Bug Bounty', '', BOUNTY),
    );
  });

  it('places a section by the headings that are blocks of their own, never inside or next to a list or HTML block holding one', () => {
    // Before the list, its text would join the new section; inside it, the new heading would end the list.
    const inList = ['- Mail us.', '', '  <h2>Reporting a Vulnerability</h2>', '', '  Soon.'];
    assert.equal(
      insert(doc('# P', '', ...inList), 'supported-versions'),
      doc('# P', '', ...inList, '', '## Supported Versions', '', ...VERSIONS),
    );
    const inHtml = ['<details>', '<h2>Reporting a Vulnerability</h2>', '</details>'];
    assert.equal(
      insert(doc('# P', '', ...inHtml), 'supported-versions'),
      doc('# P', '', ...inHtml, '', '## Supported Versions', '', ...VERSIONS),
    );
    const text = doc('# P', '', '- Mail us.', '  <h2>Scope</h2>', '', '## Reporting a Vulnerability', '', 'Soon.');
    assert.equal(
      insert(text, 'supported-versions'),
      doc(
        '# P',
        '',
        '- Mail us.',
        '  <h2>Scope</h2>',
        '',
        '## Supported Versions',
        '',
        ...VERSIONS,
        '',
        '## Reporting a Vulnerability',
        '',
        'Soon.',
      ),
    );
  });

  it('keeps a comment on the line above a heading with the heading', () => {
    const text = doc(
      '# P',
      '',
      '<!-- security-policy-disable-next-line SEC022 -->',
      '## Reporting a Vulnerability',
      '',
      'Mail us.',
    );
    assert.equal(
      insert(text, 'supported-versions'),
      doc(
        '# P',
        '',
        '## Supported Versions',
        '',
        ...VERSIONS,
        '',
        '<!-- security-policy-disable-next-line SEC022 -->',
        '## Reporting a Vulnerability',
        '',
        'Mail us.',
      ),
    );
  });

  it('ends an inserted list before an indented line, which would join it', () => {
    const text = doc(
      '# P',
      '',
      '## Reporting a Vulnerability',
      '',
      'Mail us.',
      '',
      '   ## Response Timeline',
      '',
      'Soon.',
    );
    assert.equal(
      insert(text, 'report-contents'),
      doc(
        '# P',
        '',
        '## Reporting a Vulnerability',
        '',
        'Mail us.',
        '',
        '## What to Include in a Report',
        '',
        '- The affected version or commit',
        '- Steps to reproduce, or a proof of concept',
        '- The impact: what an attacker can do',
        '- Any known workaround',
        '',
        '<!-- -->',
        '',
        '   ## Response Timeline',
        '',
        'Soon.',
      ),
    );
  });

  it('never goes in front of a byte order mark, which must stay the first character', () => {
    const reporting = [
      '## Reporting a Vulnerability',
      '',
      'Please do not report security vulnerabilities through public issues, discussions or pull requests.',
      '',
      'Instead, report them privately by email to [your security contact email].',
    ];
    // After the mark, " <!--" opens an HTML block that hides the rest; behind new text, the mark would make it a paragraph.
    assert.equal(insert('\ufeff <!--\nOWNER/REPO', 'reporting'), `\ufeff${doc(...reporting, '')} <!--\nOWNER/REPO`);
    assert.equal(
      insert('\ufeff## Reporting a Vulnerability\n\nx\n', 'supported-versions'),
      `\ufeff${doc('## Supported Versions', '', ...VERSIONS, '', '## Reporting a Vulnerability', '', 'x')}`,
    );
    assert.equal(
      insert('\ufeff<!-- note -->\n## Reporting a Vulnerability\n', 'supported-versions'),
      `\ufeff${doc('## Supported Versions', '', ...VERSIONS, '', '<!-- note -->', '## Reporting a Vulnerability')}`,
    );
    assert.equal(insert('\ufeff', 'reporting'), `\ufeff${doc(...reporting)}`);
  });

  it('keeps every character before it but blank lines: a no-break space, U+3000, U+2028, a BOM, trailing spaces', () => {
    for (const kept of ['\u00a0', '\u3000', '\u2028', '\ufeff', '   ']) {
      const text = `# Policy\n\nIntro.${kept}\n  \n\n`;
      const result = insert(text, 'bug-bounty');
      assert.equal(result, `# Policy\n\nIntro.${kept}\n\n## Bug Bounty\n\n${BOUNTY}\n`, JSON.stringify(kept));
    }
    // Also when nothing but that character comes before the section.
    assert.equal(insert('\u00a0\n', 'bug-bounty'), `\u00a0\n\n## Bug Bounty\n\n${BOUNTY}\n`);
  });

  it('turns snippet tab stops into their default text', () => {
    assert.equal(plainTemplate('a ${1:one} b ${2} c $3'), 'a one b  c ');
  });
});
