import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPlaceholderEmail } from '../../server/src/core/placeholders';
import { at, doc, findingsOf } from './helpers';

describe('SEC022 placeholder-email', () => {
  it('reports addresses on reserved and stand-in domains', () => {
    const text = doc(
      'Email security@example.com or security@example.org.',
      'Backup: security@yourdomain.com, psirt@your-company.io, team@acme.example, a@b.test, x@host.invalid.',
    );
    assert.deepEqual(findingsOf('SEC022', text), [
      at(text, 'security@example.com', 'error'),
      at(text, 'security@example.org', 'error'),
      at(text, 'security@yourdomain.com', 'error'),
      at(text, 'psirt@your-company.io', 'error'),
      at(text, 'team@acme.example', 'error'),
      at(text, 'a@b.test', 'error'),
      at(text, 'x@host.invalid', 'error'),
    ]);
  });

  it('reports stand-ins for "your domain" and "your email" in Dutch, Turkish and Vietnamese (a probe of session 11)', () => {
    for (const address of ['naam@jouw-domein.nl', 'ornek@alanadi.com', 'email-cua-ban@ten-mien.vn'])
      assert.ok(isPlaceholderEmail(address), address);
    // Real mailboxes on real domains: a Czech webmail, a Dutch word that is a company's name.
    for (const address of ['lena@email.cz', 'info@domeinwinkel.nl']) assert.ok(!isPlaceholderEmail(address), address);
  });

  it('reports stand-in local parts and both halves of a mailto link', () => {
    const text = doc('Send details to [your-email@gmail.com](mailto:your-email@gmail.com?subject=SECURITY).');
    assert.deepEqual(findingsOf('SEC022', text), [
      at(text, 'your-email@gmail.com', 'error', 0),
      at(text, 'your-email@gmail.com', 'error', 1),
    ]);
  });

  it('takes a pronoun of another language at the start of a real mailbox name for the name it is', () => {
    const text = doc('Email vos.security@acme.fr or seu-email@acme.com.br.');
    assert.deepEqual(findingsOf('SEC022', text), [at(text, 'seu-email@acme.com.br', 'error')]);
  });

  it('reports an address made of x', () => {
    const text = doc('Email xxx@xxx.com or XXXX@acme.dev or secure@something.com.');
    assert.deepEqual(findingsOf('SEC022', text), [
      at(text, 'xxx@xxx.com', 'error'),
      at(text, 'XXXX@acme.dev', 'error'),
      at(text, 'secure@something.com', 'error'),
    ]);
  });

  it('reports an address with no domain to speak of, and a mailto link to a bracketed value', () => {
    const text = doc('Write to `security@your-domain` or to the contact { mailto:[EMAIL ADDRESS] }.');
    assert.deepEqual(findingsOf('SEC022', text), [
      at(text, 'security@your-domain', 'error'),
      at(text, '[EMAIL ADDRESS]', 'error'),
    ]);
    // A real address in angle brackets after mailto: is not one.
    assert.deepEqual(findingsOf('SEC022', doc('Write to mailto:<security@acme.dev>.')), []);
  });

  it('reports a percent-encoded mailto target', () => {
    const text = doc('[Write to us](mailto:security%40example.com)');
    assert.deepEqual(findingsOf('SEC022', text), [at(text, 'security%40example.com', 'error')]);
  });

  it('reports a real-looking address marked for replacement', () => {
    const text = doc(
      '- Email: security@acme.dev *(replace with your team’s contact)*',
      '- 发送邮件至: sec@acme.cn (请替换为实际地址)',
      '- Replace security@acme.org with your address.',
      '- Security: psirt@acme.net',
      '- Reports: `bugs@acme.io` (this address is fictional, like our roadmap).',
    );
    assert.deepEqual(findingsOf('SEC022', text), [
      at(text, 'security@acme.dev', 'error'),
      at(text, 'sec@acme.cn', 'error'),
      at(text, 'security@acme.org', 'error'),
      at(text, 'bugs@acme.io', 'error'),
    ]);
  });

  it("reads a replace note only on the address's own line and within reach of it", () => {
    const text = doc(
      '- Security: psirt@acme.net',
      'Placeholder values elsewhere in this guide are marked.',
      `- Reports: triage@acme.io, read by the on-call engineer of the week, who answers within two working days ${'and more '.repeat(4)}(replace with yours)`,
      '- Owner: lead@acme.dev, backup@acme.dev (replace with your team’s)',
    );
    assert.deepEqual(findingsOf('SEC022', text), [
      at(text, 'lead@acme.dev', 'error'),
      at(text, 'backup@acme.dev', 'error'),
    ]);
  });

  it('reports a placeholder in inline code, where addresses are often written', () => {
    const text = doc('Write to `security@example.com`.');
    assert.deepEqual(findingsOf('SEC022', text), [at(text, 'security@example.com', 'error')]);
  });

  it('reports stand-ins in other languages, and notes that ask for a replacement', () => {
    const text = doc(
      '- contacto@tu-dominio.com (cámbialo)',
      '- SEC_EMAIL@ejemplo.com (reemplazar)',
      '- sicherheit@beispiel.de',
      '- securite@exemple.fr',
      '- security@actual-domain.com',
      '- seguranca@acme.com.br (substitua pelo seu endereço)',
      '- lena@acme.ru *(замени на свою почту)*',
      '- [votre-email]@acme.fr',
    );
    assert.deepEqual(findingsOf('SEC022', text), [
      at(text, 'contacto@tu-dominio.com', 'error'),
      at(text, 'SEC_EMAIL@ejemplo.com', 'error'),
      at(text, 'sicherheit@beispiel.de', 'error'),
      at(text, 'securite@exemple.fr', 'error'),
      at(text, 'security@actual-domain.com', 'error'),
      at(text, 'seguranca@acme.com.br', 'error'),
      at(text, 'lena@acme.ru', 'error'),
      at(text, '[votre-email]@acme.fr', 'error'),
    ]);
  });

  it('reports a field name at a free mail provider and a "project-name" domain', () => {
    const text = doc(
      'Email username@gmail.com, email@outlook.com or security@project-name.org.',
      '',
      'Not these: ada@gmail.com, security@acme-name.dev.',
    );
    assert.deepEqual(findingsOf('SEC022', text), [
      at(text, 'username@gmail.com', 'error'),
      at(text, 'email@outlook.com', 'error'),
      at(text, 'security@project-name.org', 'error'),
    ]);
  });

  it('does not report real addresses, git remotes, or addresses in code', () => {
    const text = doc(
      'Email security@acme.dev or [the team](mailto:psirt@acme.dev).',
      'Mirror: git@github.com:acme/widget.git',
      'Mail provider users such as jane@mail.com are real people.',
      'Ton Smit: ton@acme.nl',
      '',
      '```',
      'From: you@example.com',
      '```',
    );
    assert.deepEqual(findingsOf('SEC022', text), []);
  });

  it('keeps isPlaceholderEmail meaning "not a real mailbox"', () => {
    assert.equal(isPlaceholderEmail('security@example.com'), true);
    assert.equal(isPlaceholderEmail('you@gmail.com'), true);
    assert.equal(isPlaceholderEmail('your.name@acme.dev'), true);
    assert.equal(isPlaceholderEmail('security@acme.dev'), false);
    assert.equal(isPlaceholderEmail('young@acme.dev'), false);
    assert.equal(isPlaceholderEmail('not-an-address'), true);
  });

  it("reports the reserved name under a country's domain and a company stand-in in German", () => {
    for (const address of ['security@example.jp', 'sec@example.co.uk', 'sicherheit@ihre-firma.de']) {
      const text = doc('# Security', '', `Email ${address}.`);
      assert.deepEqual(findingsOf('SEC022', text), [at(text, address, 'error')], address);
    }
    assert.deepEqual(findingsOf('SEC022', doc('# Security', '', 'Email a@examples.com.')), []);
  });

  it('does not read a package version in a CDN path as an address', () => {
    const text = doc(
      '## <img src="https://cdn.jsdelivr.net/gh/twitter/twemoji@14.0.2/assets/svg/1f6e1.svg"> 지원되는 버전',
    );
    assert.deepEqual(findingsOf('SEC022', text), []);
  });

  it('reports an address whose domain is a bracketed field', () => {
    const text = doc('Email security@[yourdomain].com to report.');
    assert.deepEqual(findingsOf('SEC022', text), [at(text, 'security@[yourdomain].com', 'error')]);
  });

  it("reports GitHub's no-reply address and an example address inside a bracket that says what to fill in", () => {
    const noReply = doc('Email jane@users.noreply.github.com to report.');
    assert.deepEqual(findingsOf('SEC022', noReply), [at(noReply, 'jane@users.noreply.github.com', 'error')]);
    const example = doc('Email: [Add your security contact, e.g. jane@gmail.com]');
    assert.deepEqual(findingsOf('SEC022', example), [at(example, 'jane@gmail.com', 'error')]);
    // The language data's example leads, in German and Korean too.
    for (const lead of ['z. B.', '예:']) {
      const translated = doc(`E-Mail: [Sicherheitskontakt, ${lead} jane@gmail.com]`);
      assert.deepEqual(findingsOf('SEC022', translated), [at(translated, 'jane@gmail.com', 'error')], lead);
    }
    // A real address in brackets is only an address.
    assert.deepEqual(findingsOf('SEC022', doc('Mail [jane@acme.dev] please.')), []);
  });

  it('reports "your domain" in Catalan and, after the domain, in Vietnamese and Indonesian (a probe of session 12)', () => {
    for (const address of ['seguretat@el-teu-domini.cat', 'baomat@ten-mien-cua-ban.vn', 'keamanan@domain-anda.id']) {
      const text = doc(`Email ${address} to report.`);
      assert.deepEqual(findingsOf('SEC022', text), [at(text, address, 'error')], address);
    }
  });

  it("reports an account's name at github.com, which GitHub gives no mailbox, as a warning (a GitHub employee's address looks the same; holdout25 and holdout45 kinds), and not GitHub's own addresses", () => {
    const account = doc('Send reports to: **jane-dev@github.com**');
    assert.deepEqual(findingsOf('SEC022', account), [at(account, 'jane-dev@github.com', 'warning')]);
    assert.equal(findingsOf('SEC011', account)[0]?.severity, 'warning');
    // As a link's target the same; marked for replacement it is certain, for both rules.
    const linked = doc('Write to [the maintainer](mailto:jane-dev@github.com).');
    assert.deepEqual(
      ['SEC011', 'SEC022'].map((id) => findingsOf(id, linked)[0]?.severity),
      ['warning', 'warning'],
    );
    const marked = doc('Write to jane-dev@github.com (replace with your address).');
    assert.deepEqual(
      ['SEC011', 'SEC022'].map((id) => findingsOf(id, marked)[0]?.severity),
      ['error', 'error'],
    );
    // A stand-in whatever its domain stays an error.
    const standIn = doc('Send reports to: **your-email@github.com**');
    assert.deepEqual(findingsOf('SEC022', standIn), [at(standIn, 'your-email@github.com', 'error')]);
    for (const own of ['security@github.com', 'opensource-security@github.com']) {
      assert.deepEqual(findingsOf('SEC022', doc(`GitHub's own code: report to ${own}.`)), [], own);
    }
  });

  it('does not read the user part of a URL as an address', () => {
    assert.deepEqual(
      findingsOf('SEC022', doc('Links with a user part (`https://bank.de@evil.tld/`) are refused.')),
      [],
    );
  });

  it("reads reStructuredText's substitution as defining the address, not as a note to replace it (a probe of session 13)", () => {
    const text = doc(
      'Sicurezza',
      '=========',
      '',
      'Scrivi a |email|.',
      '',
      '.. |email| replace:: sicurezza@gelsomino.dev',
    );
    assert.deepEqual(findingsOf('SEC022', text), []);
    assert.deepEqual(findingsOf('SEC011', text), []);
  });

  it('reads a note to edit the address in Indonesian (holdout27 kind)', () => {
    const text = doc('Kirim surel ke **[security@acme.dev]** (suntinglah alamat ini sesuai kanal Anda).');
    assert.equal(findingsOf('SEC022', text).length, 1);
  });

  it('reads "your domain" in Norwegian (a probe of session 13)', () => {
    assert.equal(findingsOf('SEC022', doc('Send e-post til **<sikkerhet@DITT-DOMENE.no>**.')).length, 1);
  });

  it('reads "(or your contact address)" after an address as the template\'s note to replace it (holdout35 kind)', () => {
    const text = doc('# Security', '', '- Email: security@acme.dev *(or your contact address)*');
    assert.equal(findingsOf('SEC022', text)[0]?.severity, 'error');
  });

  it('reads holdout37 kinds: a replace note in brackets on the next line (ar, en), a role at a webmail provider', () => {
    for (const lines of [
      ['📧 **jane.dev@protonmail.com**  ', '(أو استبدله ببريدك الحقيقي لو عندك واحد مخصص للأمان)'],
      ['Email: **jane.dev@protonmail.com**', '(or replace it with your own security address)'],
      ['- **ProtonMail**: security@protonmail.com'],
    ])
      assert.equal(findingsOf('SEC022', doc('# Security', '', ...lines)).length, 1, lines.join(' '));
    assert.equal(isPlaceholderEmail('admin@gmail.com'), true);
    assert.equal(isPlaceholderEmail('jane.dev@protonmail.com'), false);
    // A note on a line of its own further down is no note on the address.
    assert.deepEqual(
      findingsOf('SEC022', doc('# Security', '', 'Email: jane.dev@protonmail.com', '', '(Replace nothing.)')),
      [],
    );
  });

  it('reads holdout40 and session 17 probe kinds: a replace note in emphasis on the next line, Microsoft\'s sample companies, a Russian "your domain"', () => {
    for (const [body, address] of [
      ['1. Email: `sec@lindwurm.dev`  \n   *(Replace this with your actual contact email)*', 'sec@lindwurm.dev'],
      ['Email security@contoso.com.', 'security@contoso.com'],
      ['Пишите: адрес@вашдомен.рф', 'адрес@вашдомен.рф'],
    ] as const) {
      const text = doc('# Security', '', body);
      assert.ok(
        findingsOf('SEC022', text).some((f) => text.slice(f.start, f.end).includes(address)),
        body,
      );
    }
  });

  it('reads holdout43 kinds: an address its note calls simulated, a private feature inside a fill-in bracket', () => {
    const simulated = doc('Send the report to `triage@acme.dev` (Simulated).');
    assert.deepEqual(findingsOf('SEC022', simulated), [at(simulated, 'triage@acme.dev', 'error')]);
    const bracket = doc('# Security', '', 'Write to [insert email or use private vulnerability reporting].');
    assert.deepEqual(
      findingsOf('SEC011', bracket).map((f) => f.severity),
      ['error'],
    );
    // The feature named with emphasis in Chinese is read.
    assert.deepEqual(
      findingsOf('SEC011', doc('# 安全', '', '请使用 GitHub 的 **Security advisories** 私下报告。')),
      [],
    );
  });

  it('does not report a sample address its sentence names as one, outside the reporting section, as a contact (a screening of 150 policies, session 19)', () => {
    for (const line of [
      '- ✅ git config 里的邮箱是占位符（`dev@example.com`）',
      '- The commit address in the demo repository is a placeholder (`bot@example.com`).',
    ])
      assert.deepEqual(findingsOf('SEC022', doc('# Security', '', '## Repository status', '', line)), [], line);
    // A contact's label, a word of reporting, a request to fill in, or the reporting section: still one.
    for (const [heading, line] of [
      ['## Repository status', '- Email: security@example.com (a placeholder).'],
      ['## Repository status', 'Report vulnerabilities to security@example.com (a placeholder for now).'],
      ['## Repository status', 'Replace the placeholder security@example.com with your address.'],
      ['## Reporting a Vulnerability', 'The address is a placeholder: security@example.com'],
    ] as const) {
      const text = doc('# Security', '', heading, '', line);
      assert.deepEqual(findingsOf('SEC022', text), [at(text, 'security@example.com', 'error')], line);
    }
  });

  it('does not report an address the policy says it removed (holdout54 kind)', () => {
    for (const line of [
      'Старый адрес `security@example.com` удалён как недостоверный.',
      'The old address security@example.com was removed from this policy.',
    ])
      assert.deepEqual(findingsOf('SEC022', doc('# Security', '', '## Notes', '', line)), [], line);
  });

  it('reads a Vietnamese note to put in the real address later (holdout52 kind)', () => {
    const text = doc('# Security', '', 'Gửi email đến: **security@sagelms-demo.dev** *(cập nhật email thật sau)*.');
    assert.deepEqual(findingsOf('SEC022', text), [at(text, 'security@sagelms-demo.dev', 'error')]);
  });

  it('reads the informal French "your" and "domaine" alone as a stand-in domain (holdout60 kind)', () => {
    for (const address of ['ton-email@domaine.com', 'securite@domaine.fr', 'contact@ta-societe.fr']) {
      const text = doc(`Écrivez à ${address}.`);
      assert.deepEqual(findingsOf('SEC022', text), [at(text, address, 'error')], address);
    }
  });

  it('reads an address in a table column of patterns or examples as a format documented, not a contact (holdout86 kind)', () => {
    for (const header of ['Pattern', 'Wzorzec', 'Beispiel'])
      assert.deepEqual(
        findingsOf(
          'SEC022',
          doc(
            '# Security Policy',
            '',
            'Report through [the form](https://github.com/acme/widget/security/advisories/new).',
            '',
            '## Data redaction',
            '',
            `| Kind | ${header} | Replacement |`,
            '| --- | --- | --- |',
            '| Email | `user@domain.com` | `[EMAIL_REDACTED]` |',
            '| Phone | `+1 555 0100 0000` | `[PHONE_REDACTED]` |',
          ),
        ),
        [],
        header,
      );
    // The same address in a column of contacts is still one left unfilled.
    const contacts = doc(
      '# Security Policy',
      '',
      '| Role | Address |',
      '| --- | --- |',
      '| Security | user@domain.com |',
    );
    assert.deepEqual(findingsOf('SEC022', contacts), [at(contacts, 'user@domain.com', 'error')]);
  });

  it('reports a domain that says "your" by a Turkish suffix or in Russian written in Latin letters', () => {
    for (const address of ['guvenlik@alanadiniz.com', 'info@sirketiniz.com.tr', 'security@vash-domen.ru']) {
      const text = doc(`Email ${address}.`);
      assert.deepEqual(findingsOf('SEC022', text), [at(text, address, 'error')], address);
    }
    const real = doc('Email guvenlik@alanadi-tescil.com.tr or security@vashkevich.ru.');
    assert.deepEqual(findingsOf('SEC022', real), []);
  });

  it("reads a project's own mail host named mail.… as real, and a webmail provider's role mailbox as a stand-in (holdout107 kind)", () => {
    const real = doc('Email security@mail.acmelab.io.');
    assert.deepEqual(findingsOf('SEC022', real), []);
    const standIn = doc('Email security@mail.ru.');
    assert.deepEqual(findingsOf('SEC022', standIn), [at(standIn, 'security@mail.ru', 'error')]);
  });

  it("reports an address whose domain is still to come, and leaves the reporter's own bounty alias (holdout112 kind, session 25 probe)", () => {
    const elided = doc('# Security', '', '- Security email: `security@...` (to be decided)');
    assert.deepEqual(findingsOf('SEC022', elided), [at(elided, 'security@...', 'error')]);
    const alias = doc(
      '# Security',
      '',
      'Report through HackerOne. Sign up as yourname@wearehackerone.com for test accounts.',
    );
    assert.deepEqual(findingsOf('SEC022', alias), []);
    // A researcher's real alias forwards to them: a mailbox of the project.
    const real = doc('# Security', '', 'Email jdoe@bugcrowdninja.com to report.');
    assert.deepEqual(findingsOf('SEC022', real), []);
    assert.deepEqual(findingsOf('SEC011', real), []);
  });
});
