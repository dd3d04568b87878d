import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/edits';
import { at, doc, findingsOf } from './helpers';

describe('SEC010 reporting-section', () => {
  it('reports a policy that never says how to report, on its title', () => {
    const text = doc(
      '# Security Policy',
      '',
      '## Supported Versions',
      '',
      'Only 2.x.',
      '',
      '## Scope',
      '',
      'Only the CLI.',
    );
    assert.deepEqual(findingsOf('SEC010', text), [at(text, '# Security Policy', 'error')]);
  });

  it("reports a reporting section that holds only the template's instructions, without a fix", () => {
    const text = doc(
      '# Security Policy',
      '',
      '## Reporting a Vulnerability',
      '',
      'Use this section to tell people how to report a vulnerability.',
    );
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC010');
    assert.deepEqual(findingsOf('SEC010', text), [at(text, '# Security Policy', 'error')]);
    assert.match(findings[0]!.message, /does not say how to report/);
    assert.equal(findings[0]!.fixes, undefined);
  });

  it('accepts an instruction without a channel: that is a missing private channel (SEC011), not missing instructions', () => {
    for (const body of ['Please report it privately to the maintainers.', 'Contact the repository owner directly.']) {
      assert.deepEqual(findingsOf('SEC010', doc('# Security Policy', '', body)), [], body);
    }
  });

  it('accepts any channel, wherever it stands: a title that is the reporting section, another topic, a public or unfilled one', () => {
    const bodies = [
      ['# Vulnerability Disclosure', '', 'Write to security@acme.dev.'],
      ['# 🔐 Security', '', 'Use the Security tab of this repository.'],
      ['Sicherheit', '==========', '', 'Bitte per E-Mail an sicherheit@acme.de.'],
      ['# Policy', '', '## Supported Versions', '', 'Ask security@acme.dev which versions are supported.'],
      ['# Policy', '', 'Open an issue on GitHub.'],
      ['# Policy', '', 'Email security@example.com.'],
    ];
    for (const lines of bodies) assert.deepEqual(findingsOf('SEC010', doc(...lines)), [], lines.join(' / '));
  });

  it('reports on the first visible line when there is no heading, skipping comments', () => {
    const text = doc('<!-- generated -->', '', 'We fix bugs.');
    assert.deepEqual(findingsOf('SEC010', text), [at(text, 'We fix bugs.', 'error')]);
  });

  it('accepts a reporting section under any of its names', () => {
    for (const heading of [
      '## Reporting a Vulnerability',
      '## 🚨 How to Report',
      '<h2>Reporting Security Issues</h2>',
      '## 报告漏洞',
    ]) {
      assert.deepEqual(findingsOf('SEC010', doc('# Policy', '', heading, '', 'Use the form.')), [], heading);
    }
  });

  it('accepts a private channel given under the title or an unrecognised heading', () => {
    assert.deepEqual(
      findingsOf('SEC010', doc('# Security Policy', '', 'Email security@acme.dev to report a problem.')),
      [],
    );
    assert.deepEqual(
      findingsOf('SEC010', doc('# Policy', '## Security', 'Mail security@acme.dev.', '## Supported Versions', '2.x')),
      [],
    );
  });

  it('reports a reporting section whose own words give no instruction', () => {
    const text = doc(
      '# Security Policy',
      '',
      '## Reporting a Vulnerability',
      '',
      'Fixed bugs are listed in the release notes.',
    );
    assert.deepEqual(findingsOf('SEC010', text), [at(text, '# Security Policy', 'error')]);
    const japanese = doc('# Security Policy', '', '## 脆弱性の報告', '', '修正内容はリリースノートをご覧ください。');
    assert.deepEqual(findingsOf('SEC010', japanese), [at(japanese, '# Security Policy', 'error')]);
  });

  it('accepts an instruction in any language it reads, under a heading or not', () => {
    for (const lines of [
      ['# Sicherheit', '', 'Wenn Sie eine Sicherheitslücke finden, melden Sie sie bitte vertraulich.'],
      ['# Policy', '', '## Signaler une vulnérabilité', '', 'Contactez les mainteneurs en privé.'],
      ['# 安全策略', '', '如发现漏洞，请私下联系维护者。'],
      ['# Policy', '', 'If you find a vulnerability, please let us know.'],
      // A probe of my own (session 10)
      ['# Policy', '', 'Security problems should be raised with the project owner in confidence.'],
      ['# Policy', '', 'Notify us discreetly about anything that could put users at risk.'],
      ['# Beleid', '', 'Als je een lek vindt, laat het de beheerder privé weten.'],
      ['# Zásady', '', 'Pokud najdete zranitelnost, dejte správci vědět soukromě.'],
      ['# 安全考量', '', '安全回報仍然受理，請依本文件描述的流程提交。'],
    ]) {
      assert.deepEqual(findingsOf('SEC010', doc(...lines)), [], lines.join(' / '));
    }
  });

  it("does not take nouns and other languages' false friends for a request to report", () => {
    for (const sentence of [
      'See the list of fixed vulnerabilities, which relates mostly to the sample handlers.',
      'More information about vulnerabilities in dependencies is in the changelog.',
      'Hardening flags help to prevent vulnerabilities.',
      'Vulnerabilities in the test environment are out of scope.',
    ]) {
      const text = doc('# Hardening Guide', '', sentence);
      assert.deepEqual(findingsOf('SEC010', text), [at(text, '# Hardening Guide', 'error')], sentence);
    }
  });

  it('does not take sentences about what the file should hold for instructions, nor an example policy for a channel', () => {
    const text = doc(
      '# The SECURITY file',
      '',
      'This file should contain instructions for reporting security vulnerabilities. This file also provides instructions on how users can submit a report of a vulnerability.',
      '',
      'To start, create your own [SECURITY.md](../SECURITY.md) file.',
      '',
      '## Examples of SECURITY files',
      '',
      '- https://github.com/acme/widget/blob/main/SECURITY.md',
    );
    assert.deepEqual(findingsOf('SEC010', text), [at(text, '# The SECURITY file', 'error')]);
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# The SECURITY file', 'error')]);
  });

  it('reads what a guide says the file should hold, and the list after it, as a guide; going public is not reporting', () => {
    const guide = doc(
      '# About this file',
      '',
      'The file should specify a way to report vulnerabilities. It may include:',
      '',
      '- where people can report security bugs',
      '- how to contact the maintainers',
      '',
      '## Further reading',
      '',
      'Some links.',
    );
    assert.deepEqual(findingsOf('SEC010', guide), [at(guide, '# About this file', 'error')]);
    const rules = doc(
      '# Rules for researchers',
      '',
      'Test on your own machine. Give us time to fix the vulnerability before you disclose it.',
    );
    assert.deepEqual(findingsOf('SEC010', rules), [at(rules, '# Rules for researchers', 'error')]);
    // Asking for a report still is an instruction.
    const asks = doc('# Rules', '', 'Please report the vulnerability to the maintainers before you disclose it.');
    assert.deepEqual(findingsOf('SEC010', asks), []);
  });

  it('is a warning, not an error, on a policy in a language it does not read', () => {
    const text = doc('# Tietoturva', '', 'Ilmoita haavoittuvuuksista ylläpitäjille yksityisesti.');
    assert.deepEqual(findingsOf('SEC010', text), [at(text, '# Tietoturva', 'warning')]);
  });

  it('is silent when reporting is not a required section', () => {
    assert.deepEqual(findingsOf('SEC010', doc('# Policy'), { requiredSections: ['supported-versions'] }), []);
  });

  it('inserts the section in front of an HTML comment that never closes, which hides the rest', () => {
    const text = doc('# Security Policy', '', '<!--');
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC010');
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      doc(
        '# Security Policy',
        '',
        '## Reporting a Vulnerability',
        '',
        'Please do not report security vulnerabilities through public issues, discussions or pull requests.',
        '',
        'Instead, report them privately by email to [your security contact email].',
        '',
        '<!--',
      ),
    );
  });

  // Found by fuzzing (seed 777).
  it('inserts the section behind a byte order mark, so that a comment after the mark still hides what follows', () => {
    const text = '\ufeff <!--\nOWNER/REPO';
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC010');
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      '\ufeff' +
        doc(
          '## Reporting a Vulnerability',
          '',
          'Please do not report security vulnerabilities through public issues, discussions or pull requests.',
          '',
          'Instead, report them privately by email to [your security contact email].',
          '',
        ) +
        ' <!--\nOWNER/REPO',
    );
  });

  it('reports an empty document at its start', () => {
    assert.deepEqual(findingsOf('SEC010', ''), [{ severity: 'error', start: 0, end: 0, text: '' }]);
  });

  it('reads a reporting section whose only text is the Japanese template, and a language switcher as no instruction', () => {
    const template = doc(
      '# ポリシー',
      '',
      '## 脆弱性の報告',
      '',
      'このセクションを使って、脆弱性の報告方法を伝えてください。',
    );
    assert.equal(findingsOf('SEC010', template).length, 1);
    const notes = doc(
      '# 安全说明',
      '',
      '[English](SECURITY.md) | [简体中文](SECURITY.zh-CN.md)',
      '',
      '## 威胁模型',
      '',
      '本文描述威胁模型。',
    );
    assert.equal(findingsOf('SEC010', notes).length, 1);
    const stub = doc('# Política', '', 'Traducción pendiente: consulte [SECURITY.md](SECURITY.md).');
    assert.deepEqual(findingsOf('SEC010', stub), []);
  });

  it('reads German written without umlauts: "gemeldet", "Unterstuetzte"', () => {
    const text = doc('# Sicherheit', '', '## Meldung', '', 'Sicherheitsprobleme muessen privat gemeldet werden.');
    assert.deepEqual(findingsOf('SEC010', text), []);
  });

  it('reads no instruction in a negated sentence about private files, a translation note, or a locale switcher in HTML', () => {
    for (const text of [
      doc('# 安全说明', '', '- 不要把私有 raw sources 提交到公开仓库。'),
      doc('# 보안', '', '> English original: [../SECURITY.md](../SECURITY.md)', '', '데이터는 로컬에만 저장됩니다.'),
      doc(
        '<div><a href="../de/SECURITY.md">DE</a> <a href="../en/SECURITY.md">EN</a></div>',
        '',
        '# Сообщить о проблеме',
      ),
      doc(
        '# Seguridad',
        '',
        'Consulta la [versión en inglés](../en/SECURITY.md) para documentación completa.',
        '',
        'x '.repeat(600),
      ),
    ])
      assert.equal(findingsOf('SEC010', text).length, 1, text);
  });

  it('reads "please raise it" under a reporting heading as an instruction', () => {
    const text = doc(
      '# Security',
      '',
      '## Reporting a Vulnerability',
      '',
      'If you notice anything that needs a patch, please raise it immediately.',
    );
    assert.deepEqual(findingsOf('SEC010', text), []);
  });

  it('reads "problems of security" in the plural as a vulnerability word in Spanish, Portuguese, French and Italian (holdout60 kind)', () => {
    for (const sentence of [
      'Para informar problemas de seguridad, contacta directamente al equipo de ingeniería.',
      'Para relatar problemas de segurança, contate diretamente a equipe de engenharia.',
      "Pour signaler des problèmes de sécurité, contactez directement l'équipe d'ingénierie.",
      'Per segnalare problemi di sicurezza, contattate direttamente il team di ingegneria.',
    ]) {
      const text = doc('# Política', '', '## Arquitectura', '', 'Texto.', '', '## Avisos', '', sentence);
      assert.deepEqual(findingsOf('SEC010', text), [], sentence);
      // An instruction without a channel: the private one is still missing.
      assert.equal(findingsOf('SEC011', text).length, 1, sentence);
    }
  });

  it('reads Portuguese "use um canal privado" as an instruction without a channel (holdout86 kind)', () => {
    const text = doc(
      '# Segurança',
      '',
      'Para relatos de segurança, use um canal privado disponibilizado pelo mantenedor.',
    );
    assert.deepEqual(findingsOf('SEC010', text), []);
    assert.equal(findingsOf('SEC011', text).length, 1);
  });

  it('reads a documentation page on security, pointed to for information, as no channel (holdout89 kind)', () => {
    const text = doc(
      '# Security Policy',
      '',
      'Security related information can be found in the official docs:',
      '',
      '- Network traffic: https://docs.acme-lab.io/setup/reference/security',
    );
    assert.deepEqual(
      findingsOf('SEC010', text).map((f) => f.severity),
      ['error'],
    );
    // A sentence that asks to report through the page makes it the channel; so do words of reporting in its path.
    for (const line of [
      'Please report vulnerabilities through https://docs.acme-lab.io/security.',
      'See https://docs.acme-lab.io/security/reporting.',
    ])
      assert.deepEqual(findingsOf('SEC011', doc('# Security Policy', '', line)), [], line);
  });

  it('reads a line that says what a report holds as no instruction where to send it (holdout103 kind)', () => {
    for (const lead of ['Please include in your report:', 'Ihre Meldung sollte enthalten:', '报告请包含：']) {
      const text = doc(
        '# Security',
        '',
        '## Reporting',
        '',
        'Never disclose it in public.',
        '',
        lead,
        '',
        '- the version',
        '- the steps',
      );
      assert.deepEqual(findingsOf('SEC010', text), [at(text, '# Security', 'error')], lead);
    }
    // A sentence that sends the report somewhere is an instruction, its contents list or not.
    const sent = doc(
      '# Security',
      '',
      '## Reporting',
      '',
      'Report it to the maintainers privately, and include:',
      '',
      '- the version',
    );
    assert.deepEqual(findingsOf('SEC010', sent), []);
  });
});
