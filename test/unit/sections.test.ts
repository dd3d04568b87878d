import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPolicyDocument } from '../../server/src/core/document';
import { matchSection, normalizeHeading, SECTIONS } from '../../server/src/core/sections';

describe('section model', () => {
  it('strips emoji, shortcodes, numbering and punctuation', () => {
    assert.equal(normalizeHeading('🚨 2. Reporting a Vulnerability!'), 'reporting a vulnerability');
    assert.equal(normalizeHeading(':lock: Supported Versions:'), 'supported versions');
    assert.equal(normalizeHeading('Safe Harbor & Legal'), 'safe harbor and legal');
  });

  it('matches every canonical title and synonym to its own section', () => {
    for (const section of SECTIONS) {
      assert.equal(matchSection(section.title), section.id, section.title);
      for (const synonym of section.synonyms) {
        const followedByTable = synonym === 'security updates';
        assert.equal(matchSection(synonym, followedByTable), section.id, synonym);
      }
    }
  });

  it('matches specific headings before the generic ones they contain', () => {
    assert.equal(matchSection('What to Include in Your Report'), 'report-contents');
    assert.equal(matchSection('Reporting a Vulnerability (Responsible Disclosure)'), 'reporting');
    assert.equal(matchSection('When Should I Report a Vulnerability?'), 'scope');
    assert.equal(matchSection('Security Response Team'), 'contacts');
    assert.equal(matchSection('Security Vulnerability Response'), 'response');
  });

  it('reads a Japanese support-scope heading as the versions section', () => {
    assert.equal(matchSection('サポート範囲（原則）'), 'supported-versions');
  });

  it('matches translated headings of the required sections', () => {
    assert.equal(matchSection('支持的版本'), 'supported-versions');
    assert.equal(matchSection('Signaler une vulnérabilité'), 'reporting');
    assert.equal(matchSection('Сообщение об уязвимости'), 'reporting');
  });

  it('leaves titles and unrelated headings unmatched', () => {
    for (const text of ['Security Policy', 'Security', 'Preferred Languages', 'Security Best Practices']) {
      assert.equal(matchSection(text), undefined, text);
    }
  });

  it('counts "Security Updates" as supported versions only when a table follows', () => {
    assert.equal(matchSection('Security Updates'), undefined);
    const doc = createPolicyDocument('## Security Updates\n\n| Version | Supported |\n| - | - |\n| 1.x | yes |\n');
    assert.equal(doc.headings[0]?.section, 'supported-versions');
  });

  it('reads HTML headings with their level and offsets', () => {
    const text = '<h2 align="center">🕵️ Reporting a <em>Vulnerability</em></h2>\n\nMail us.\n';
    const doc = createPolicyDocument(text);
    assert.equal(doc.headings.length, 1);
    const [h] = doc.headings;
    assert.deepEqual(
      { depth: h!.depth, text: h!.text, section: h!.section, html: h!.html },
      {
        depth: 2,
        text: '🕵️ Reporting a Vulnerability',
        section: 'reporting',
        html: true,
      },
    );
    assert.equal(text.slice(h!.start, h!.end), '<h2 align="center">🕵️ Reporting a <em>Vulnerability</em></h2>');
  });

  it('reads AsciiDoc and org-mode section titles as headings, and an AsciiDoc listing as code', () => {
    const text = [
      '= Security Policy',
      '',
      '== Reporting a Vulnerability',
      'Mail us.',
      '',
      '[source,bash]',
      '----',
      'gpg --recv-keys 0x42',
      '----',
      '',
      '** Supported Versions',
      '',
      'Only the latest.',
      '',
    ].join('\n');
    const doc = createPolicyDocument(text);
    assert.deepEqual(
      doc.headings.map((h) => [h.depth, h.text, h.section, text.slice(h.start, h.end)]),
      [
        [1, 'Security Policy', undefined, '= Security Policy'],
        [2, 'Reporting a Vulnerability', 'reporting', '== Reporting a Vulnerability'],
        [2, 'Supported Versions', 'supported-versions', '** Supported Versions'],
      ],
    );
    assert.ok(!doc.prose.includes('gpg'), 'the listing is blanked as code');
  });

  it('ends a section at the next heading of the same or a higher level', () => {
    const text = '# T\n## Reporting\nA\n### Email\nB\n## Scope\nC\n';
    const doc = createPolicyDocument(text);
    const reporting = doc.headings.find((h) => h.section === 'reporting')!;
    assert.equal(text.slice(reporting.end, reporting.contentEnd), '\nA\n### Email\nB\n');
  });

  it('blanks code and comments in the prose view without moving offsets', () => {
    const text = 'a `x@y.io` b\n```\nTODO\n```\n<!-- TODO -->\nc\n';
    const doc = createPolicyDocument(text);
    assert.equal(doc.prose.length, text.length);
    assert.equal(doc.prose, 'a          b\n   \n    \n   \n             \nc\n');
  });

  it('keeps offsets aligned when the text starts with a BOM', () => {
    const text = '\ufeff# Policy\n## Reporting\n';
    const doc = createPolicyDocument(text);
    assert.equal(text.slice(doc.headings[1]!.start, doc.headings[1]!.end), '## Reporting');
  });

  it('trims table cells to their content', () => {
    const text = '| Version | Supported |\n| --- | --- |\n| 1.x   | ✅ |\n';
    const doc = createPolicyDocument(text);
    const cell = doc.tables[0]!.rows[0]!.cells[1]!;
    assert.equal(text.slice(cell.start, cell.end), '✅');
    assert.equal(cell.text, '✅');
  });
});
