import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/edits';
import type { Fix } from '../../server/src/core/types';
import { at, doc, findingsOf } from './helpers';

const VERSIONS =
  'Use this section to tell people about which versions of your project are\ncurrently being supported with security updates.';
const REPORT = 'Use this section to tell people how to report a vulnerability.';
const WHERE =
  'Tell them where to go, how often they can expect to get an update on a\nreported vulnerability, what to expect if the vulnerability is accepted or\ndeclined, etc.';
/** The reporting template's two paragraphs. */
const TEMPLATE = [
  'Please do not report security vulnerabilities through public issues, discussions or pull requests.',
  'Instead, report them privately by email to [your security contact email].',
];

/** The fixes of each SEC020 finding. */
function fixesOf(text: string): Array<readonly Fix[] | undefined> {
  return analyze(text)
    .filter((f) => f.ruleId === 'SEC020')
    .map((f) => f.fixes);
}

/** The text after the first SEC020 finding's only fix. */
function fixed(text: string): string {
  const [fixes] = fixesOf(text);
  assert.equal(fixes?.length, 1);
  return applyEdits(text, fixes[0]!.edits);
}

describe('SEC020 template-text', () => {
  it('reports each template sentence separately', () => {
    const text = doc(
      '# Security Policy',
      '',
      '## Supported Versions',
      '',
      VERSIONS,
      '',
      '## Reporting a Vulnerability',
      '',
      REPORT,
      '',
      WHERE,
    );
    assert.deepEqual(findingsOf('SEC020', text), [
      at(text, VERSIONS, 'error'),
      at(text, REPORT, 'error'),
      at(text, WHERE, 'error'),
    ]);
  });

  it("builds one fix per section, when a finding's fixes are first read", () => {
    const text = doc('## Reporting a Vulnerability', '', REPORT, '', WHERE);
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC020');
    assert.equal(findings.length, 2);
    // Not built while analysing: what a keystroke pays for is the detection.
    assert.ok(findings.every((f) => Object.getOwnPropertyDescriptor(f, 'fixes')?.get !== undefined));
    const [first, second] = findings.map((f) => f.fixes?.[0]);
    assert.equal(first?.title, 'Replace with the "Reporting a Vulnerability" template');
    assert.equal(first, second, 'the sentences of one section share its fix');
  });

  it('covers only the template sentence when the author added text to the paragraph', () => {
    const text = doc(
      '## Reporting',
      '',
      `${REPORT} Email security@acme.dev with the details.`,
      '',
      'We reply within 3 days.',
    );
    assert.deepEqual(findingsOf('SEC020', text), [at(text, REPORT, 'error')]);
  });

  it('tolerates re-wrapped lines, extra spaces, capitals and emphasis', () => {
    const wrapped = 'Use  this section to tell\npeople how to report a\nvulnerability.';
    const text = doc(
      '## Reporting',
      '',
      `<b>${wrapped}</b>`,
      '',
      'TODO: Tell them where to go, how often they can expect to get an update on a reported Vulnerability, what to expect if the Vulnerability is accepted or declined, etc.',
    );
    assert.deepEqual(findingsOf('SEC020', text), [
      at(text, wrapped, 'error'),
      at(
        text,
        'Tell them where to go, how often they can expect to get an update on a reported Vulnerability, what to expect if the Vulnerability is accepted or declined, etc.',
        'error',
      ),
    ]);
  });

  it('reports the sentence inside a blockquote', () => {
    const text = doc('> Use this section to tell people how to report', '> a vulnerability.');
    assert.deepEqual(findingsOf('SEC020', text), [
      at(text, 'Use this section to tell people how to report\n> a vulnerability.', 'error'),
    ]);
  });

  it('ends the sentence at the end of its paragraph when the full stop is missing', () => {
    const text = doc(
      'Use this section to tell people how to report a vulnerability',
      '',
      'Write to security@acme.dev.',
    );
    assert.deepEqual(findingsOf('SEC020', text), [
      at(text, 'Use this section to tell people how to report a vulnerability', 'error'),
    ]);
  });

  it('finds the paragraph end in a CRLF document', () => {
    const text = 'Use this section to tell people how to report a vulnerability\r\n\r\nWrite to security@acme.dev.\r\n';
    assert.deepEqual(findingsOf('SEC020', text), [
      at(text, 'Use this section to tell people how to report a vulnerability', 'error'),
    ]);
  });

  it('recognises translations', () => {
    const sentences = [
      'Use esta seção para dizer às pessoas como relatar uma vulnerabilidade.',
      'Utilisez cette section pour expliquer aux utilisateurs comment signaler une vulnérabilité.',
      'Usa esta sección para decirle a la gente cómo informar de una vulnerabilidad.',
      'Verwenden Sie diesen Abschnitt, um den Leuten mitzuteilen, wie sie eine Schwachstelle melden.',
      'Используйте этот раздел, чтобы сообщить людям, как сообщить об уязвимости.',
      'Сообщите им, куда идти и чего ожидать.',
      'Indiquez où aller et à quelle fréquence attendre des nouvelles.',
      '使用此部分告诉人们如何报告漏洞。',
      'このセクションを使用して、脆弱性の報告方法を伝えます。',
      '이 섹션을 사용하여 취약점을 보고하는 방법을 알려주세요.',
    ];
    const text = doc(...sentences.flatMap((s) => [s, '']));
    assert.deepEqual(
      findingsOf('SEC020', text),
      sentences.map((s) => at(text, s, 'error')),
    );
  });

  it('stops at a table that follows the sentence without a blank line', () => {
    const text = doc(
      'Use this section to tell people about supported versions',
      '| Version | Supported |',
      '| --- | --- |',
      '| 1.x | yes |',
    );
    assert.deepEqual(findingsOf('SEC020', text), [
      at(text, 'Use this section to tell people about supported versions', 'error'),
    ]);
  });

  it('stops before a contact, link or comment written into the sentence, so that its fix keeps them', () => {
    const email = doc(
      '## Reporting',
      '',
      'Use this section to tell people how to report a vulnerability to security@acme.dev.',
    );
    assert.deepEqual(findingsOf('SEC020', email), [
      at(email, 'Use this section to tell people how to report a vulnerability to', 'error'),
    ]);
    const url = doc(
      '## Reporting',
      '',
      'Tell them where to go, how often they can expect to https://github.com/acme/widget/security/advisories/new get an update.',
    );
    assert.deepEqual(findingsOf('SEC020', url), [
      at(url, 'Tell them where to go, how often they can expect to', 'error'),
    ]);
    const comment = doc(
      '## Reporting',
      '',
      'Use this section to tell people<!-- security-policy-disable-line SEC013 --> how to report a vulnerability.',
    );
    assert.deepEqual(findingsOf('SEC020', comment), [at(comment, 'Use this section to tell people', 'error')]);
  });

  it('ends at the capital of a next sentence written without a space', () => {
    const text = doc('## Reporting', '', `${REPORT}Send an email to security@acme.dev`);
    assert.deepEqual(findingsOf('SEC020', text), [at(text, REPORT, 'error')]);
  });

  it('never runs past its heading or table cell', () => {
    const heading = doc('# Use this section to tell people how to report a vulnerability', 'Write to us.');
    assert.deepEqual(findingsOf('SEC020', heading), [
      at(heading, 'Use this section to tell people how to report a vulnerability', 'error'),
    ]);
    const cell = doc('| Use this section to tell people how to report a vulnerability | Yes |', '| --- | --- |');
    assert.deepEqual(findingsOf('SEC020', cell), [
      at(cell, 'Use this section to tell people how to report a vulnerability', 'error'),
    ]);
  });

  it('ignores template text in code and comments, and the author’s own wording', () => {
    const text = doc(
      '<!--',
      REPORT,
      '-->',
      '',
      '```markdown',
      WHERE,
      '```',
      '',
      `Quoting the template: \`${REPORT}\``,
      '',
      'This section tells you which versions of the project receive security updates.',
      '',
      'Because this section to tell people about things is short, read on.',
    );
    assert.deepEqual(findingsOf('SEC020', text), []);
  });
});

describe('SEC020 fix', () => {
  it('puts the template in place of a whole paragraph', () => {
    assert.equal(
      fixed(doc('## Reporting', '', `**${REPORT}**`, '', 'More.')),
      doc('## Reporting', '', TEMPLATE[0]!, '', TEMPLATE[1]!, '', 'More.'),
    );
  });

  it('keeps the author’s words around the sentence in its paragraph, running on into the template', () => {
    const text = doc('## Reporting', '', `Intro. ${REPORT} Email security@acme.dev.`);
    assert.equal(
      fixed(text),
      doc('## Reporting', '', `Intro. ${TEMPLATE[0]}`, '', `${TEMPLATE[1]} Email security@acme.dev.`),
    );
    // The address the sentence runs into is the author's too; a space keeps it an address.
    const glued = doc('# Security Policy', '', `${REPORT.slice(0, -1)}.me@acme.dev`);
    assert.deepEqual(findingsOf('SEC020', glued), [
      at(glued, 'Use this section to tell people how to report a', 'error'),
    ]);
    assert.equal(
      fixed(glued),
      doc('# Security Policy', '', TEMPLATE[0]!, '', `${TEMPLATE[1]} vulnerability.me@acme.dev`),
    );
    const sentence = doc('## Reporting', '', `${REPORT}Send an email to security@acme.dev`);
    assert.equal(
      fixed(sentence),
      doc('## Reporting', '', TEMPLATE[0]!, '', `${TEMPLATE[1]} Send an email to security@acme.dev`),
    );
  });

  it('keeps the author’s words apart from a template table', () => {
    const text = doc(
      '## Supported Versions',
      '',
      'Intro. Use this section to tell people about which versions are supported. More.',
    );
    assert.equal(
      fixed(text),
      doc(
        '## Supported Versions',
        '',
        'Intro.',
        '',
        '| Version | Supported |',
        '| ------- | --------- |',
        '| [your supported versions] | ✅ |',
        '| [your unsupported versions] | ❌ |',
        '',
        'More.',
      ),
    );
  });

  it('stays inside the block quote or list item of the sentence', () => {
    assert.equal(
      fixed(doc(`> ${REPORT}`, '> Email security@acme.dev.')),
      doc(`> ${TEMPLATE[0]}`, '>', `> ${TEMPLATE[1]}`, '> Email security@acme.dev.'),
    );
    assert.equal(fixed(doc(`- ${REPORT}`)), doc(`- ${TEMPLATE[0]}`, '', `  ${TEMPLATE[1]}`));
  });

  it('turns a heading that is the sentence into the section heading, and keeps the next line apart', () => {
    const text = doc(`# ${REPORT}`, '    OWNER/REPO');
    assert.equal(
      fixed(text),
      doc('# Reporting a Vulnerability', '', TEMPLATE[0]!, '', TEMPLATE[1]!, '', '    OWNER/REPO'),
    );
  });

  it('keeps the other words of a heading, and the section heading the sentence made it', () => {
    assert.equal(
      fixed(doc(`#### Security ${REPORT}`)),
      doc('#### Security', '', '#### Reporting a Vulnerability', '', TEMPLATE[0]!, '', TEMPLATE[1]!),
    );
    assert.equal(
      fixed(doc(`## Reporting: ${REPORT} ##`, 'Text.')),
      doc('## Reporting: ##', '', TEMPLATE[0]!, '', TEMPLATE[1]!, '', 'Text.'),
    );
  });

  it('removes an instruction that starts a paragraph without joining the rest to the table before it', () => {
    const text = doc(
      '## Supported Versions',
      '',
      '| Version | Supported |',
      '| --- | --- |',
      '| 2.x | ✅ |',
      '',
      'Tell them where to go, how often they can expect to get an update on a',
      '| 1.x | ❌ |',
    );
    const [fixes] = fixesOf(text);
    assert.equal(fixes?.[0]?.title, 'Remove the template instruction');
    assert.equal(
      fixed(text),
      doc('## Supported Versions', '', '| Version | Supported |', '| --- | --- |', '| 2.x | ✅ |', '', '| 1.x | ❌ |'),
    );
  });

  it('offers no fix where a disable-next-line comment in the sentence’s block would then apply to another line', () => {
    const text = doc(`### <!-- security-policy-disable-next-line SEC022 --> ${REPORT}`, 'security@example.com');
    assert.deepEqual(fixesOf(text), [undefined]);
  });

  it('leaves an instruction in a table cell alone: the fix of its section does not touch the table', () => {
    const table = [
      '| Version | Supported |',
      '| ------- | --------- |',
      '| 2.x | ✅ |',
      'Tell them where to go, how often they can expect to get an update.',
      '| 1.x | ❌ |',
    ];
    const text = doc('# Security Policy', '', REPORT, '', ...table);
    const [first, inCell] = fixesOf(text);
    assert.equal(inCell, undefined);
    assert.equal(
      applyEdits(text, first![0]!.edits),
      doc('# Security Policy', '', TEMPLATE[0]!, '', TEMPLATE[1]!, '', ...table),
    );
  });

  // Found by fuzzing (seed 777).
  it('offers no fix where the parser gives the heading’s words no positions (an address after an unmatched `[`)', () => {
    const text = `### [ me@acme.dev ${REPORT}`;
    assert.deepEqual(findingsOf('SEC020', text), [at(text, REPORT, 'error')]);
    assert.deepEqual(fixesOf(text), [undefined]);
  });

  it('offers no fix where it would lose the author’s link in a paragraph without positions', () => {
    const text = `${REPORT} \u0001\u0002\u001b[31m https://github.com/other/repo/security/advisories/new\n# `;
    assert.deepEqual(findingsOf('SEC020', text), [at(text, REPORT, 'error')]);
    assert.deepEqual(fixesOf(text), [undefined]);
  });

  it('keeps an indented code line after a CRLF heading apart from the template', () => {
    const text = `######  ${REPORT}\r\n    [insert contact here]`;
    assert.equal(
      fixed(text),
      ['######  Reporting a Vulnerability', '', TEMPLATE[0], '', TEMPLATE[1], '', '    [insert contact here]'].join(
        '\r\n',
      ),
    );
  });

  it('offers no fix where the words before the sentence would open a code fence with the template', () => {
    // "```" with a backtick later on the line is text; in front of the template's first line it opens a fence.
    const text = `\`\`\`${REPORT} \`\n<h3>Reporting</h3>`;
    assert.deepEqual(findingsOf('SEC020', text), [at(text, REPORT, 'error')]);
    assert.deepEqual(fixesOf(text), [undefined]);
  });

  it('ends the sentence at the end of a link text, and offers no fix that would break the link', () => {
    const text = doc(`See [${REPORT}](https://acme.dev/security) now.`);
    assert.deepEqual(findingsOf('SEC020', text), [at(text, REPORT, 'error')]);
    assert.deepEqual(fixesOf(text), [undefined]);
  });

  it('names the section by the heading’s visible words: a comment left in the heading names nothing', () => {
    const text = `## open an issue ${REPORT} Report <!-- security-policy-enable -->`;
    assert.equal(
      fixed(text),
      [
        '## open an issue Report <!-- security-policy-enable -->',
        '',
        '## Reporting a Vulnerability',
        '',
        TEMPLATE[0],
        '',
        TEMPLATE[1],
      ].join('\n'),
    );
  });

  // Found by fuzzing (seed 1037408897).
  it('reports a sentence found by a phrase inside it from the phrase on, without a fix', () => {
    const text = doc(
      '# Policy',
      '',
      'Bu bölüm, projenizin hangi sürümlerinin şu anda güvenlik güncellemeleri ile desteklendiğini belirler.',
    );
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC020');
    assert.deepEqual(findingsOf('SEC020', text), [
      at(text, 'projenizin hangi sürümlerinin şu anda güvenlik güncellemeleri ile desteklendiğini belirler.', 'error'),
    ]);
    assert.equal(findings[0]!.fixes, undefined);
  });

  // Found by fuzzing (seed 4242).
  it('offers no fix where a disable-next-line comment above the sentence would then apply to another line', () => {
    const text = doc(
      '<!-- security-policy-disable-next-line SEC022 -->',
      'Use this section to tell people how to report a vulnerability. security@example.com',
    );
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC020');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.fixes, undefined);
  });

  it('offers no fix whose removal would join what is left into template wording (fuzz: a stray "?" ends the sentence early)', () => {
    // The sentence ends at "?"; removing it would leave "Versions" of the heading and "of your project
    // are currently …" as one template phrase, which SEC020 then reports: the fix would not remove the template text.
    const text = doc(
      '# Policy',
      '',
      '## Supported Versions',
      '',
      "Use this section to tell people about which versions'Gs|p? of your project are",
      'currently being supported with security updates.',
      '',
      '| Version | Supported |',
      '| ------- | --------- |',
      '| 1.x     | ✅        |',
    );
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC020');
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ["Use this section to tell people about which versions'Gs|p?"],
    );
    assert.equal(findings[0]!.fixes, undefined);
  });

  it('removing a whole paragraph keeps the characters at the end of the line before it (a no-break space is text)', () => {
    const table = ['| Version | Supported |', '| ------- | --------- |', '| 1.x     | ✅        |'];
    for (const kept of ['\u00a0', '\u3000', '   ']) {
      const text = doc(
        '# Policy',
        '',
        '## Supported Versions',
        '',
        `Only the latest release.${kept}`,
        '',
        VERSIONS,
        '',
        ...table,
      );
      assert.equal(
        fixed(text),
        doc('# Policy', '', '## Supported Versions', '', `Only the latest release.${kept}`, '', ...table),
        JSON.stringify(kept),
      );
    }
  });
  // Found by fuzzing (seeds 1193028338, 1193432207): a token glued into the sentence cuts it short;
  // removing the first part would leave the rest, which is template wording of its own.
  it("reports a free Romanian translation of the template's versions sentence (holdout20 kind)", () => {
    const text = doc(
      '## Versiuni Suportate',
      '',
      'Folosește această secțiune pentru a informa oamenii despre versiunile proiectului tău.',
    );
    assert.equal(findingsOf('SEC020', text).length, 1);
  });

  it('offers no removal that leaves the rest of a cut-short template sentence', () => {
    const text = doc(
      '# Policy',
      '',
      '## Supported Versions',
      '',
      'Use this section to tell people?<x> about which versions of your project are',
      'currently being supported with security updates.',
    );
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC020');
    assert.ok(findings.length > 0);
    for (const f of findings) {
      for (const fix of f.fixes ?? []) {
        const after = applyEdits(text, fix.edits);
        assert.ok(analyze(after).filter((g) => g.ruleId === 'SEC020').length < findings.length, fix.title);
      }
    }
  });

  it('leaves template sentences in AsciiDoc and reStructuredText comments alone: their renderers hide them', () => {
    const text = doc(
      '// Use this section to tell people about which versions of your project are',
      '// currently being supported with security updates.',
      '',
      '.. Use this section to tell people how to report a vulnerability.',
      '',
      'The current major version is supported.',
    );
    assert.deepEqual(findingsOf('SEC020', text), []);
  });
});
