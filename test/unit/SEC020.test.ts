import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, doc, findingsOf } from './helpers';

const VERSIONS = 'Use this section to tell people about which versions of your project are\ncurrently being supported with security updates.';
const REPORT = 'Use this section to tell people how to report a vulnerability.';
const WHERE =
  'Tell them where to go, how often they can expect to get an update on a\nreported vulnerability, what to expect if the vulnerability is accepted or\ndeclined, etc.';

describe('SEC020 template-text', () => {
  it('reports each template sentence separately', () => {
    const text = doc('# Security Policy', '', '## Supported Versions', '', VERSIONS, '', '## Reporting a Vulnerability', '', REPORT, '', WHERE);
    assert.deepEqual(findingsOf('SEC020', text), [at(text, VERSIONS, 'error'), at(text, REPORT, 'error'), at(text, WHERE, 'error')]);
  });

  it('covers only the template sentence when the author added text to the paragraph', () => {
    const text = doc('## Reporting', '', `${REPORT} Email security@acme.dev with the details.`, '', 'We reply within 3 days.');
    assert.deepEqual(findingsOf('SEC020', text), [at(text, REPORT, 'error')]);
  });

  it('tolerates re-wrapped lines, extra spaces, capitals and emphasis', () => {
    const wrapped = 'Use  this section to tell\npeople how to report a\nvulnerability.';
    const text = doc('## Reporting', '', `<b>${wrapped}</b>`, '', 'TODO: Tell them where to go, how often they can expect to get an update on a reported Vulnerability, what to expect if the Vulnerability is accepted or declined, etc.');
    assert.deepEqual(findingsOf('SEC020', text), [
      at(text, wrapped, 'error'),
      at(text, 'Tell them where to go, how often they can expect to get an update on a reported Vulnerability, what to expect if the Vulnerability is accepted or declined, etc.', 'error'),
    ]);
  });

  it('reports the sentence inside a blockquote', () => {
    const text = doc('> Use this section to tell people how to report', '> a vulnerability.');
    assert.deepEqual(findingsOf('SEC020', text), [at(text, 'Use this section to tell people how to report\n> a vulnerability.', 'error')]);
  });

  it('ends the sentence at the end of its paragraph when the full stop is missing', () => {
    const text = doc('Use this section to tell people how to report a vulnerability', '', 'Write to security@acme.dev.');
    assert.deepEqual(findingsOf('SEC020', text), [at(text, 'Use this section to tell people how to report a vulnerability', 'error')]);
  });

  it('finds the paragraph end in a CRLF document', () => {
    const text = 'Use this section to tell people how to report a vulnerability\r\n\r\nWrite to security@acme.dev.\r\n';
    assert.deepEqual(findingsOf('SEC020', text), [at(text, 'Use this section to tell people how to report a vulnerability', 'error')]);
  });

  it('recognises translations', () => {
    const sentences = [
      'Use esta seção para dizer às pessoas como relatar uma vulnerabilidade.',
      'Utilisez cette section pour expliquer aux utilisateurs comment signaler une vulnérabilité.',
      'Usa esta sección para decirle a la gente cómo informar de una vulnerabilidad.',
      'Verwenden Sie diesen Abschnitt, um den Leuten mitzuteilen, wie sie eine Schwachstelle melden.',
      'Используйте этот раздел, чтобы сообщить людям, как сообщить об уязвимости.',
      'Сообщите им, куда идти и чего ожидать.',
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
    const text = doc('Use this section to tell people about supported versions', '| Version | Supported |', '| --- | --- |', '| 1.x | yes |');
    assert.deepEqual(findingsOf('SEC020', text), [at(text, 'Use this section to tell people about supported versions', 'error')]);
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
