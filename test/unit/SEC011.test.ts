import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/edits';
import { at, doc, findingsOf } from './helpers';

const withReporting = (body: string) => doc('# Security Policy', '', '## Reporting a Vulnerability', '', body);

describe('SEC011 private-contact', () => {
  it('reports a policy with no private channel on its title', () => {
    const text = withReporting('Tell us about it and we will look into it.');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it('accepts the usual private channels', () => {
    const channels = [
      'Email security@acme.dev.',
      'Write to [us](mailto:security@acme.dev).',
      'Use <https://github.com/acme/widget/security/advisories/new>.',
      'Use [the form](https://github.com/acme/widget/security/advisories/new).',
      'Use GitHub private vulnerability reporting.',
      'Click "Report a vulnerability" button on the Security tab.',
      'Report through [HackerOne](https://hackerone.com/acme).',
      'Use the [form](https://acme.dev/security/report).',
      'See the [organisation policy](https://github.com/acme/.github/blob/main/SECURITY.md).',
      // A security.txt lists where to write, in the repository or under /.well-known/.
      'Please read [security.txt](https://github.com/acme/widget/blob/main/security.txt) to report one.',
      'Our contacts are in <https://acme.dev/.well-known/security.txt>.',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('accepts private channels written in other ways and languages', () => {
    const channels = [
      'Email `security@acme.dev`.',
      'Write to security [at] acme [dot] dev.',
      'Write to security(at)acme.org.',
      'Write to security AT acme DOT dev.',
      'Send a mail to `jane at acme.dev`.',
      'Report it through our [whitehat programme](https://www.acme.dev/whitehat).',
      'Use the Report a vulnerability button under Security.',
      "Use GitHub's security reporting feature.",
      'Bitte nutze den Reiter „Security“ und dort private Meldung von Sicherheitslücken erstellen.',
      // A probe of my own (session 10): phones, trackers' security flags, files and desks that hold the contact.
      'Call our security hotline at +49 30 1234567.',
      'Send a Signal message to +1 555 0100.',
      'Please report security bugs through Launchpad and mark them as security vulnerabilities.',
      'Report it on our Bugzilla with the "Security" group checked.',
      "Merci d'écrire à securite [arobase] acme [point] fr.",
      'Email the maintainer listed in the gemspec.',
      'Our security contact is listed in /.well-known/security.txt on acme.dev.',
      'Open a security ticket at https://support.acme.dev (choose the category "Security").',
      // Private reporting named without a link (a probe of my own, session 10).
      "Report it privately via the repository's Security page.",
      'リポジトリの Security タブから報告してください。',
      'Gebruik de privé-kwetsbaarheidsmelding van GitHub.',
      'Użyj funkcji prywatnego zgłaszania podatności na GitHubie.',
      'يرجى استخدام ميزة الإبلاغ الخاص عن الثغرات في GitHub.',
      'Folosiți raportarea privată a vulnerabilităților din GitHub.',
      // Holdout15 kinds: a private message to a named account or on the social networks, the project's
      // support file for reporting, a private advisory named in Chinese.
      'Report it by private message on GitHub to @jane.',
      // A private message to accounts named, on no service named (a probe of session 16)
      'Instead, send a private message to a maintainer — @ivan_dev or @olga_dev.',
      'Напишите личное сообщение мейнтейнеру — @ivan_dev или @olga_dev.',
      'Send a private message through the social networks linked in the app.',
      'To report a bug, consult the [SUPPORT](./SUPPORT.md) file.',
      '走仓库的私密 Security Advisory。',
      // A probe of my own (end of session 10): a full-width at sign, a platform named in words.
      'Report it to sec＠acme.dev.',
      'Report via Open Bug Bounty.',
      // Holdout18 kinds: a contact line naming a chat service and an account, a handle a few words after
      // the service in a sentence asking for contact (tr).
      '- **Discord:** `lena_k`',
      'Lütfen doğrudan Discord üzerinden geliştirici (`@lena_k`) ile iletişime geçin.',
      // Holdout17 kinds: a ticket on the chat server named earlier in the section, the address on "our
      // profile page", an address alone in an indented block, the project's support page.
      'Open a ticket in our Discord server to report it.\n\n[Join our Discord](https://discord.gg/acme)',
      'Contact me via the email address on our profile page.',
      'Email the faculty at:\n\n    lena@acme.dev',
      'Go to the [support page](https://acme.netlify.app/support) and create a report marked as vulnerability.',
      // Holdout16 kinds: an address alone in a fence, a CERT team's abuse page, a Russian advisory.
      'Email the team at:\n\n```\nlena@acme.dev\n```',
      "Get in touch through [Acme's CERT team](https://www.acme.no/abuse).",
      'Уязвимости — через security advisory на GitHub, не в публичных issue.',
      // A ticket made private by its own option (GitLab's confidential issues, Gitee's private ones).
      'Open an issue on our GitLab and mark it as confidential.',
      'Open an issue and tick the "confidential" box.',
      '在 Gitee 提交 Issue，并勾选「私有」。',
      'Abra uma issue e marque-a como confidencial.',
      'Ouvrez un ticket et cochez la case « confidentiel ».',
      "Utilisez l'onglet « Sécurité » du dépôt.",
      'Usa la pestaña Security del repositorio.',
      'リポジトリのセキュリティタブから報告してください。',
      '请使用私有漏洞报告功能。',
      'Please email [the maintainer](https://github.com/jane) with the details.',
      'Report it to [@jane](https://github.com/jane).',
      'DM me on Discord (jane#1234).',
      'See [SECURITY.md](../SECURITY.md) in the repository root.',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads an address written with a legend for its at sign or a space after it, and a contact page linked by its part or in Spanish (holdout19 kinds)', () => {
    const channels = [
      'Write to `security✨acme.dev` (✨ → @).',
      'Write to lena#acme.dev (replace # with @).',
      'Report it to security@ acme.dev in one word.',
      'Submit it to [Acme Services](https://acme.dev/services#services-contact).',
      'Submit it to [GitHub Expert Services](https://github.com/services#services-contact).',
      'Envíe su informe de forma privada en [acme.dev/soporte](https://acme.dev/soporte).',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A legend with no address written with its sign, and a site after a spaced at sign: no channel.
    for (const body of ['Tell us (✨ → @) and we will look into it.', 'Tell us; our docs live @ acme.dev.']) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
    }
    // A repository's README at its contact part is no form (a link the model cannot read: a warning).
    const readme = withReporting('Tell us; see [the repository](https://github.com/acme/widget#contact).');
    assert.deepEqual(findingsOf('SEC011', readme), [at(readme, '# Security Policy', 'warning')]);
  });

  it('reads channels from a probe of session 11: at and dot spelled out in more languages, messenger IDs, the way to the button in any language', () => {
    const channels = [
      'Stuur een e-mail naar `lek apenstaartje reiger punt nl`.',
      'Пишите: `vuln собака sokol точка ru`.',
      'Пишіть: `lena [собачка] chaika [крапка] ua`.',
      'Napište mi: `jan zavináč seznam tečka cz`.',
      'Írj nekem: `bence [kukac] freemail [pont] hu`.',
      '메일: `minsu(골뱅이)daum.net`',
      '可以加维护者微信：`lizhe_dev`（添加时请备注“安全漏洞”）。',
      '카카오톡 ID `jiwoo_sec` 으로 개인 메시지를 보내 주세요.',
      'ติดต่อผู้ดูแลโดยตรงทาง LINE ID: `somchai.dev`',
      'در تلگرام به @reza_k پیام خصوصی بدهید.',
      'Możesz napisać do mnie na Signalu: +48 601 384 275.',
      'برای گزارش از زبانهٔ **Security** و گزینهٔ «Report a vulnerability» استفاده کنید.',
      'GitHub की सुविधा (Security टैब → Report a vulnerability) का उपयोग करें।',
      'You can reach us on Discord by sending a direct message to **rook_ops** (never post details in public channels).',
      'On GitLab, open an issue and tick "This issue is confidential".',
      'Hör av dig via formuläret på https://www.lodjur.se/sakerhet.',
      // A third sound-policy probe: the signs spelled in capitals, dots in the local part too; a Finnish (ät).
      'Écrivez-moi :\n\n    theo POINT marchand AROBASE lumen-notes POINT fr',
      'Lähetä sähköpostia:\n\naino.virtanen (ät) saunavuoro (piste) fi',
      // A person's handle as a chat link is a direct message, even beside a "public issue".
      'Пишите напрямую в Telegram [@lena](https://t.me/lena), а не в публичный issue.',
      // An address with its signs in words, alone in an indented block (a sound-policy probe of session 11).
      'Надішліть листа на адресу\n\n    bezpeka [at] kalyna-lib [dot] org.ua\n\n(замініть `[at]` на `@`).',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // No private way: a public list or forum, a private channel switched off or not offered.
    for (const body of [
      'Vulnerabilities are discussed on the public developer mailing list (dev@lists.acme.dev).',
      'Tell us on the forum at https://forum.acme.dev/c/security; everyone can read it.',
      'Private reporting through the Security tab is disabled for this repository, so open an issue.',
      'No tenemos un canal privado para reportes; usa el foro público en https://comunidad.acme.es.',
      '本项目暂不提供私密报告渠道，请在公开的讨论区发帖。',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body)).length, 1, body);
  });

  it('reads holdout20 and holdout21 kinds: the root policy named from a sub-folder, private issues in more languages, an unfilled chat account', () => {
    for (const body of [
      'This backend is part of Widget. Use the repository root `SECURITY.md` as the source of truth.',
      'Deschide un issue privat pentru problemele critice.',
      'Report it privately (via GitHub Issues marked as **private/security**).',
      'Zgłoś to w prywatnym issue.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // "Telegram: `Update`": an account never written in, the only contact a placeholder.
    const unfilled = withReporting('- Telegram: `Update`');
    assert.deepEqual(findingsOf('SEC011', unfilled), [at(unfilled, '# Security Policy', 'error')]);
    // A Discord invite whose address was never filled in is no channel; the ticket on that server is no public tracker.
    const discord = withReporting(
      '1. **Join our Discord server**: [invite](https://discord.gg/your-discord-link)\n2. **Create a ticket** in #security',
    );
    assert.deepEqual(findingsOf('SEC012', discord), []);
    assert.equal(findingsOf('SEC011', discord).length, 1);
  });

  it('reads channels of a second sound-policy probe of session 11: help-centre forms, platforms named after other prepositions, package owners, a CERT form, a security.txt link alone', () => {
    for (const body of [
      '1. Gå til <https://hjaelp.nordlys.dk/hc/da/requests/new>.\n2. Vælg formularen **Sikkerhedshenvendelse**.',
      'Nous avons un programme sur **YesWeHack** : soumettez-y votre rapport.',
      'Email the package owners directly. Run\n\n```sh\nnpm owner ls widget\n```\n\nto get their addresses.',
      'Saada kiri hooldajale e-posti aadressile, mis on kirjas failis `package.json` väljal `author`.',
      'Prosimy zgłaszać przez formularz CERT Polska:\n\n**<https://incydent.cert.pl/>**',
      'Njia zetu za mawasiliano zimeorodheshwa hapa:\n\n<https://mkobapay.co.ke/.well-known/security.txt>',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads holdout22 and holdout23 kinds: an indented block of contact lines, a handle before its chat service, an advisory marked private, a list of maintainers on a registry', () => {
    for (const body of [
      'Contact us privately via one of the following:\n\n    Reporting form: Submit a security advisory\n    Email: lena@acme.dev',
      'Bitte melden Sie Sicherheitslücken an @lena per Discord.',
      'GitHub の Security Advisory（Private）で報告してください。',
      'Please email a maintainer. The current list of maintainers can be found [on RubyGems.org](https://rubygems.org/gems/widget).',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads holdout24 kinds: a private repository issue, Issues privadas, a webmail address with a comma for its dot', () => {
    for (const body of [
      'Please report security issues privately via email or a private repository issue addressed to the maintainer.',
      'Comunique ao responsável por meio de **Issues privadas**.',
      'Envie os detalhes para o canal oficial (lena@gmail,com).',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // The maintainers' own step, and an advisory named over the template's token, are no private channel.
    for (const body of [
      'Open an issue; then comment on it **asking a maintainer to convert it into a GitHub Security Advisory.** We will immediately move the discussion to a **private GitHub Security Advisory draft**.',
      '- GitHub Private Vulnerability Reporting `__SECURITY_URL__`',
    ]) {
      const text = withReporting(body);
      assert.equal(findingsOf('SEC011', text).length, 1, body);
    }
  });

  it('reads a negation as reaching to the end of its clause only', () => {
    const channels = [
      "Don't report vulnerabilities in GitHub issues, instead click the `Report a vulnerability` button on this page.",
      'Instead of opening an issue, use the Security tab of this repository.',
      'Bitte kein öffentliches Issue, sondern den Reiter „Security“ nutzen.',
      '不要在公开 issue 中报告，而是使用安全公告。',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // The clause that holds the negation still holds it.
    const negated = withReporting('Please do not use the Security tab for questions.');
    assert.deepEqual(findingsOf('SEC011', negated), [at(negated, '# Security Policy', 'error')]);
  });

  it('accepts an address whose parts are code spans, a GitHub advisory named in Chinese, and owners whose addresses a command lists', () => {
    const channels = [
      'Send a mail to `jane.doe+widget` at `mailbox` dot `org`.',
      '请提交一个github security，并说明影响范围。',
      '請透過 GitHub 安全性公告回報。',
      'Report security bugs by emailing the owners of `widget`. The command `npm owner ls widget` lists them.',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads "private advisories", translated private reporting, and an address named by the package manifest that holds it', () => {
    const channels = [
      'Email the maintainer or use GitHub private advisories.',
      'GitHub の非公開セキュリティ報告からご連絡ください。',
      'Створіть приватну рекомендацію з безпеки на GitHub.',
      'Merci d’écrire aux mainteneurs : leurs adresses sont dans le fichier `widget.gemspec`.',
      'Send an email to the authors listed in composer.json.',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads a moderator on a chat server, an address alone on its line, the README as where an address is, and private reporting in Korean, Portuguese, German and Chinese', () => {
    for (const body of [
      'Reach out to me (Jane) or one of the mods on the Discord server.',
      'Security issues may be reported to:\n\njane at acme.org',
      'Please avoid public issues for vulnerabilities.\n\n- Use GitHub Security Advisories, or\n- write to the maintainers.',
      'Schicke eine E-Mail an die Adresse im README.',
      '저장소의 보안 보고 채널을 사용해 주세요.',
      'Use o recurso privado de reporte de segurança do repositório.',
      'Bitte eröffnen Sie ein privates Security Advisory im Repository.',
      '請使用本倉庫的 GitHub 私下弱點回報功能。',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('takes a channel the author is told to set up for a placeholder', () => {
    const text = withReporting('Before the first release, configure:\n\n- GitHub private vulnerability reporting');
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC011');
    assert.match(finding!.message, /the only contact is a placeholder/);
  });

  it('does not take a link to a translation of this policy, "report privately", or a platform\'s guidelines for a channel', () => {
    for (const body of [
      '[English](./SECURITY.md) | [Deutsch](SECURITY.de.md)\n\nPlease report vulnerabilities privately to the maintainers.',
      '[日本語](SECURITY.ja.md)\n\nReport it to us.',
      '请通过私下渠道向维护者报告漏洞。',
      "Follow [the platform's disclosure guidelines](https://www.hackerone.com/disclosure-guidelines) when you report.",
      'The same flaw was reported before: <https://hackerone.com/reports/123456>.',
      'Read how to report in [our policy](https://github.com/.../SECURITY.md#reporting).',
    ]) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
    }
    // A program page still is one.
    assert.deepEqual(findingsOf('SEC011', withReporting('Report it on <https://hackerone.com/acme>.')), []);
  });

  it('says so when the only contact is a placeholder', () => {
    for (const body of [
      'Email security@ejemplo.com (cámbialo).',
      // Private reporting named as the text of a link still to be filled in
      'Report it using [private vulnerability reporting]({{reportingUrl}}).',
    ]) {
      const [finding] = analyze(withReporting(body)).filter((f) => f.ruleId === 'SEC011');
      assert.match(finding!.message, /only contact is a placeholder/, body);
    }
  });

  it('does not count a link whose words promise privacy but whose target is a public tracker', () => {
    const text = withReporting(
      '[Report a vulnerability (GitHub Security Advisory)](https://github.com/acme/widget/issues/new).',
    );
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it('does not count an exhortation, a reference page, or a channel still to be set up', () => {
    for (const body of [
      'Please report vulnerabilities privately.',
      'Read about [responsible disclosure](https://en.wikipedia.org/wiki/Responsible_disclosure).',
      'TODO: enable GitHub Security Advisories for this repository.',
      'Look at github.com for the source.',
    ]) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
    }
  });

  it('does not count placeholders, code, comments or public trackers', () => {
    const notChannels = [
      'Email security@example.com.',
      '<!-- security@acme.dev -->',
      'Open an issue at https://github.com/acme/widget/issues.',
      'Use https://github.com/OWNER/REPO/security/advisories/new.',
      'Clone git@github.com:acme/widget.git first.',
      'Disclosing it puts users at risk. Instead, send us an email through the usual channels.',
      'We publish security advisories for fixed issues; see the [banner](https://img.acme.dev/b.svg?text=SECURITY).',
      'Tell us about it; the version changes when the contact in security.txt changes.',
      'Tell us about it; we call the 2023-2024 releases the old line.',
      // A form on a website the policy does not name is nothing to act on (GUIDE.md).
      'Report it through the contact form on our website.',
      // GitHub has no private messages: one there to no one named is nothing to act on.
      'Report it by private message on GitHub.',
    ];
    for (const body of notChannels) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
    }
  });

  it('is a warning, not an error, where a link it cannot read stands where a channel would', () => {
    for (const body of [
      'Report it through [our portal](https://acme.dev/p/42).',
      'See https://acme.dev/blog for news.',
    ]) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'warning')], body);
    }
    // Outside a reporting section and a sentence about reporting, a link is no candidate.
    const text = doc(
      '# Security Policy',
      '',
      '## Reporting a Vulnerability',
      '',
      'Tell the maintainers.',
      '',
      '## Credits',
      '',
      'Thanks to [Ada](https://ada.dev).',
    );
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it('takes an email request with the address one click away: a profile in the same section, or a key', () => {
    for (const text of [
      withReporting(
        'Please report it by sending an email to the maintainers.\n\nI ([@ada](https://github.com/ada)) will get back to you.',
      ),
      doc(
        '# Security Policy',
        '',
        '## Reporting',
        '',
        'Report vulnerabilities by email; the address is in my key.',
        '',
        '## Key',
        '',
        'My [public key](https://keys.openpgp.org/vks/v1/by-fingerprint/ABCD).',
      ),
    ]) {
      assert.deepEqual(findingsOf('SEC011', text), [], text);
    }
    // A profile elsewhere, a placeholder key, or an address already given (a placeholder one) does not stand in.
    for (const text of [
      doc(
        '# Security Policy',
        '',
        '## Reporting',
        '',
        'Report it by email to the maintainers.',
        '',
        '## Credits',
        '',
        'Thanks to [@ada](https://github.com/ada).',
      ),
      withReporting('Report it by email. Our key: <https://www.link.to.your.key.asc>.'),
      withReporting('Report it by email to security@example.com. Our key: <https://acme.dev/key.asc>.'),
    ]) {
      assert.equal(findingsOf('SEC011', text).length, 1, text);
    }
  });

  it('takes the channels of trackers, chat and phones that hold reports privately, and addresses named by where they are', () => {
    for (const body of [
      'Contact @alice:matrix.org on Matrix.',
      'Message [Alice](https://matrix.to/#/@alice:matrix.org).',
      'Signal: +44 7700 900123',
      'Send a private message to the maintainers on IRC (#acme on Libera.Chat).',
      'Mark the bug as a private security vulnerability when you file it on Launchpad.',
      'File a bug in Bugzilla under the Security component; such bugs are hidden from the public.',
      'Email the owners listed by `npm owner ls acme-widget`.',
      'Email one of the maintainers listed in the MAINTAINERS file.',
      'Report it privately to the maintainer, whose address is on their GitHub profile.',
    ]) {
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
      assert.deepEqual(findingsOf('SEC010', withReporting(body)), [], body);
    }
    // A Matrix room, a number that is no phone, and a file named without asking for mail are not channels.
    for (const body of [
      'Chat with us in #acme:matrix.org.',
      'Version 2024 12 05 1234 is current.',
      'See the MAINTAINERS file for who reviews pull requests.',
    ]) {
      assert.equal(findingsOf('SEC011', withReporting(body)).length, 1, body);
    }
  });

  it('takes "contact me via WeChat" as a direct message, and a chat server given as where to report as a private channel', () => {
    for (const text of [
      withReporting('For serious issues, contact me via WeChat (ada2019).'),
      withReporting('严重的问题请通过微信(ada2019)联系我。'),
    ]) {
      assert.deepEqual(findingsOf('SEC011', text), [], text);
    }
    const text = withReporting(
      'Report it on the Discord server at https://discord.gg/acme and tell someone with the Developers role.',
    );
    // There one writes to the maintainers directly (the labelled sets read such servers so, five times).
    assert.deepEqual(findingsOf('SEC011', text), []);
    const community = withReporting('Tell us.\n\nJoin the community on [Discord](https://discord.gg/acme).');
    assert.deepEqual(findingsOf('SEC011', community), [at(community, '# Security Policy', 'warning')]);
  });

  it('reads a page with "security" in its address as a channel only where the policy points to it', () => {
    // Under the title, or in a recognised section: the vendor's security page is where to report.
    for (const text of [
      doc('# Acme Security Policy', '', 'Please see https://www.acme.dev/security/.'),
      withReporting('Our process: <https://acme.dev/security>.'),
    ]) {
      assert.deepEqual(findingsOf('SEC011', text), [], text);
    }
    // Under a heading about something else, in a sentence that asks for nothing, it is a reference.
    const text = doc(
      '# Upload Hardening',
      '',
      '## ImageMagick',
      '',
      'Disable the unused coders via [policy.xml](https://wiki.acme.dev/imagemagick/security).',
    );
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Upload Hardening', 'error')]);
  });

  it('reads a sentence across a CRLF line break as across an LF one', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = [
        '# Security Policy',
        '',
        '## Reporting',
        '',
        'Please write an email',
        'to the address on my [key page](https://keys.openpgp.org/vks/v1/by-fingerprint/AB12).',
        '',
      ].join(eol);
      assert.deepEqual(findingsOf('SEC011', text), [], JSON.stringify(eol));
    }
  });

  it('is a warning, not an error, where a sentence names a private feature to report through that it cannot read', () => {
    for (const body of [
      "Please use the hosting platform's private disclosure feature for this repository.",
      'Utilize a funcionalidade confidencial de notificação da plataforma.',
      '请使用平台的保密披露功能。',
    ]) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'warning')], body);
    }
    // "privately" with a person, not a feature, stays an error: nothing there to act on.
    const text = withReporting('Please contact the repository owner privately.');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it('is a warning, not an error, on a policy in a language it does not read', () => {
    const text = doc('# Tietoturva', '', 'Ilmoita haavoittuvuuksista ylläpitäjille yksityisesti.');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Tietoturva', 'warning')]);
  });

  it('is a warning, not an error, on a policy in a language it does not read whose short words read languages share', () => {
    // "per", "i", "a", "le", "bildir…" are words of languages the rules read; the marks of the words are not.
    for (const lines of [
      [
        '# Saugumas',
        '',
        'Apie spragas praneškite privačiai per GitHub: saugyklos skirtuke „Saugumas“ spustelėkite „Pranešti“.',
      ],
      ['# Təhlükəsizlik', '', 'Zəifliyi tapsanız, GitHub-da «Təhlükəsizlik» bölməsindən məxfi bildiriş göndərin.'],
      ['# Slándáil', '', 'Seol tuairisc phríobháideach chuig na cothabhálaithe trí GitHub agus ná hoscail saincheist.'],
      [
        '# Сигурност',
        '',
        'Моля, съобщавайте за уязвимости чрез частното докладване в GitHub, във формата на хранилището.',
      ],
      // (under English headings too: the instructions are what is not read)
      [
        '# Security Policy',
        '',
        '## Reporting a Vulnerability',
        '',
        'Apie spragas praneškite privačiai per GitHub skirtuke „Saugumas“.',
      ],
    ]) {
      const text = doc(...lines);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, lines[0]!, 'warning')], lines.join(' '));
    }
    // A name or two written in such letters leaves an English policy read.
    const named = withReporting(
      'Tell our maintainers (Þórður Sigurðsson leads them) about it and we will look into it soon.',
    );
    assert.deepEqual(findingsOf('SEC011', named), [at(named, '# Security Policy', 'error')]);
  });

  it("reads an address in the indented body of a documentation site's admonition or tab, and a bounty on Hats (probes of session 17)", () => {
    for (const body of [
      // (the body's first paragraph runs on from the marker's line; the second is an indented code block)
      [
        '!!! warning "Never in public"',
        '    Do not report security problems in the issue tracker or the forum,',
        '    where everyone reads them.',
        '',
        '    Instead, write to **security@lindwurm.dev** with the details.',
      ].join('\n'),
      ['Pick one of the private ways:', '', '=== "E-mail"', '', '    Write to security@lindwurm.dev.'].join('\n'),
      'Reports go through our vault on Hats: https://app.hats.finance/bug-bounties/lindwurm.',
    ]) {
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    }
  });

  it('reads a link by its text, a hosted form, and a direct message asked for next to a chat link', () => {
    for (const body of [
      'Please use [Report a vulnerability](https://acme.dev/p/42).',
      'Fill in [this form](https://acme.typeform.com/to/abc123).',
      'File [a security bug on our tracker](https://bugs.acme.dev/new?template=Security%20Bug).',
      'Please use GitHub Security Advisories.',
      '请优先使用 GitHub 的 Security Advisories 进行私密报告。',
      'Mail ada <at> acme <dot> dev.',
      [
        '- Join our chat: <https://discord.gg/acme>',
        '- Send a direct message to the maintainer with the details.',
      ].join('\n'),
    ]) {
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    }
  });

  it('reads a policy pasted whole in a fence, but not an example in code', () => {
    assert.deepEqual(
      findingsOf('SEC011', doc('```markdown', '# Security Policy', '', 'Email security@acme.dev.', '```')),
      [],
    );
    const example = doc(
      '# Security Policy',
      '',
      'Tell us about it.',
      '',
      '```sh',
      '# Security check',
      'mail security@acme.dev < report.txt',
      '```',
    );
    assert.deepEqual(findingsOf('SEC011', example), [at(example, '# Security Policy', 'error')]);
  });

  it('counts security.txt Contact fields even inside a code block', () => {
    assert.deepEqual(
      findingsOf('SEC011', doc('```', 'Contact: mailto:security@acme.dev', 'Expires: 2030-01-01T00:00:00Z', '```')),
      [],
    );
  });

  it('links the reporting form in front of a list that holds the next heading', () => {
    const list = ['- Notes', '', '  <h2>Scope</h2>', '', '  All of it.'];
    const text = withReporting(['Tell us.', '', ...list].join('\n'));
    const [finding] = analyze(text, { repository: { host: 'github.com', owner: 'acme', name: 'widget' } }).filter(
      (f) => f.ruleId === 'SEC011',
    );
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      withReporting(
        [
          'Tell us.',
          '',
          'Report vulnerabilities privately through GitHub: <https://github.com/acme/widget/security/advisories/new>.',
          '',
          ...list,
        ].join('\n'),
      ),
    );
  });

  it('links the reporting form in front of a comment that never closes at the end of the section', () => {
    const text = withReporting('Tell us.\n\n<!-- draft');
    const [finding] = analyze(text, { repository: { host: 'github.com', owner: 'acme', name: 'widget' } }).filter(
      (f) => f.ruleId === 'SEC011',
    );
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      withReporting(
        'Tell us.\n\nReport vulnerabilities privately through GitHub: <https://github.com/acme/widget/security/advisories/new>.\n\n<!-- draft',
      ),
    );
  });

  it('reads menu paths to private reporting, chat accounts and tickets, registry contact buttons and contact lists', () => {
    const channels = [
      'Report it privately: **Security → Report a vulnerability** on the repository page.',
      'Go to Security > Advisories > New draft security advisory.',
      '请通过本仓库的**安全→报告漏洞**表单提交。',
      'Utilisez Sécurité → Signaler une vulnérabilité.',
      'Report it in my [Discord server](https://discord.acme.dev).',
      '- Discord: join our server and open a private ticket',
      'You can reach me for reports via QQ: 12345678',
      'Open the package page on the registry and press "Contact owners".',
      'Get in touch with @jane on Twitter and send the details in a direct message.',
      'Contact the project through the channels listed in the README.',
      'Свяжитесь с владельцем приватно через профиль GitHub.',
      // A clause after a Chinese comma is its own: the negation in it does not reach back.
      '请私下报告：使用 private advisory，不要在公开 issue 中贴出细节。',
      'Contact us directly through one of the following channels:\n\n- Website: [acme.dev](https://acme.dev)\n- Forum: [x](https://x.acme.dev)',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('takes a translation that only sends readers to the other version for a policy link, not one with its own reporting section', () => {
    const stub = doc('# Política de seguridad', '', 'Traducción pendiente: consulte [SECURITY.md](SECURITY.md).');
    assert.deepEqual(findingsOf('SEC011', stub), []);
    // With no word of referring, but the file named as the link's text (holdout26 kind); a switcher's
    // entry in a stub with nothing else stays no channel.
    const named = doc('# Türkçe güvenlik belgesi', '', 'Güncel güvenlik belgesi: [SECURITY.md](SECURITY.md).');
    assert.deepEqual(findingsOf('SEC011', named), []);
    const switcher = doc('# Türkçe güvenlik belgesi', '', '[English](SECURITY.md)', '', 'Bu proje bir deneydir.');
    assert.deepEqual(findingsOf('SEC011', switcher), [at(switcher, '# Türkçe güvenlik belgesi', 'error')]);
    const translated = doc(
      '# Política de seguridad',
      '',
      '[English](SECURITY.md)',
      '',
      '## Reportar una vulnerabilidad',
      '',
      'Avísanos y lo revisaremos.',
    );
    assert.deepEqual(findingsOf('SEC011', translated), [at(translated, '# Política de seguridad', 'error')]);
  });

  it("does not count what is not offered for reports: an author's profile, a published advisory, mail words, cited source, a feature not enabled yet", () => {
    const cases = [
      doc(
        '# Security Policy',
        '',
        'Tell us.',
        '',
        '## Author',
        '',
        'Jane Doe  ',
        '[LinkedIn](https://www.linkedin.com/in/jane/)',
      ),
      doc(
        '# 安全策略',
        '',
        '## 报告漏洞',
        '',
        '告诉我们。',
        '',
        '## 流程',
        '',
        '1. 我们将准备安全公告',
        '2. 我们将发布安全公告',
      ),
      doc(
        '# Security Policy',
        '',
        'Tell us.',
        '',
        '## Filters',
        '',
        "Email is bounced if the sender's host is listed in the [blocklist](https://block.acme.dev/zen/).",
        '',
        'Users must log in to send outbound mail. ([source](setup/mail.sh))',
      ),
      withReporting('Once GitHub private vulnerability reporting is enabled, use it; until then tell the maintainer.'),
      withReporting('Private vulnerability reporting will be enabled soon; until then tell the maintainer.'),
      withReporting('GitHub private vulnerability reporting이 활성화되면 그 경로를 사용해 주세요.'),
      withReporting(
        '- GitHub Security Advisories: [GitHub Security](https://github.com/yourusername/widget/security/advisories)',
      ),
      // A list item's label over its sentence, the link in it unfilled (holdout25 kind)
      withReporting(
        [
          '1. **GitHub Security Advisories (Preferred)**:',
          "   Report privately via GitHub's [Private Vulnerability Reporting](https://github.com/your-username/widget/security/advisories/new).",
        ].join('\n'),
      ),
    ];
    for (const text of cases) assert.equal(findingsOf('SEC011', text).length, 1, text);
  });

  it("reads GitHub's button by its English name in brackets after a translation, and not a feature promised or a channel of announcements (probes of session 12)", () => {
    for (const body of [
      '2. Kliknij **Zgłoś lukę w zabezpieczeniach** (Report a vulnerability).',
      '2. **취약점 보고**(Report a vulnerability) 버튼을 클릭합니다.',
    ]) {
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    }
    for (const body of [
      '我们计划在下一个版本发布后为本仓库启用 GitHub 私密漏洞报告功能。',
      'قابلیت گزارش خصوصی آسیب‌پذیری در GitHub به‌زودی برای این مخزن فعال خواهد شد.',
      '修正版リリース後、GitHub Security Advisory で公表します。',
    ]) {
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'error', body);
    }
    // 开启 as "open", after 将 as the object's marker: "report it by opening an advisory".
    assert.deepEqual(
      findingsOf('SEC011', withReporting('请将漏洞通过开启 GitHub Security Advisory 的方式私下报告。')),
      [],
    );
    // Not GitHub's: another platform's private channel.
    assert.equal(
      findingsOf('SEC011', withReporting("Use the Slack platform's private channel for security reports."))[0]
        ?.severity,
      'error',
    );
    // Telegram or WeChat named in passing, in any script, is no channel (only with a request to write there).
    for (const body of ['Новости проекта публикуются в Телеграм.', '我们的微信公众号会发布更新。']) {
      assert.equal(findingsOf('SEC011', withReporting(`Tell us. ${body}`))[0]?.severity, 'error', body);
    }
    // An address outside a vCard, in a comment, is no channel.
    assert.equal(
      findingsOf('SEC011', withReporting('Tell us.\n\n<!--\nEmail: security@acme.dev\n-->'))[0]?.severity,
      'error',
    );
    // A condition is not a promise: "if private advisories are not enabled yet, contact the maintainers first".
    const conditional = withReporting(
      '仓库如果暂时没有开启 private advisory，请先联系维护者。请通过 GitHub 私密漏洞报告提交。',
    );
    assert.deepEqual(findingsOf('SEC011', conditional), []);
  });

  it('reads private reporting "if it is enabled" as a condition the reader can check, and the hosting platform\'s private channel (holdout25 kinds)', () => {
    for (const sentence of [
      'If GitHub Private Vulnerability Reporting is enabled for this repository, use it first.',
      'Where private vulnerability reporting is enabled, report through it.',
      "Report privately through the hosting platform's private security-reporting channel.",
    ]) {
      assert.deepEqual(findingsOf('SEC011', withReporting(sentence)), [], sentence);
    }
  });

  it('reads platforms and chat contacts named in words, draft advisories, and private reporting in more languages', () => {
    const channels = [
      'Please use the Tidelift security contact. Tidelift will coordinate the fix.',
      'Report it through HackerOne.',
      'Open a draft advisory on GitHub.',
      'Send a message to @jane on Keybase.',
      'Contact us via Signal at +44 20 7946 0123.',
      'Contact the maintainer by email (see the package metadata).',
      'Bitte sende eine E-Mail an sicherheit (at) acme (Punkt) de.',
      'Envíanos un correo a seguridad arroba acme punto com.',
      // Full-width brackets of CJK text (a probe of session 12)
      '請寄信至 security（at）taro-mochi（dot）tw。',
      'メールは security【at】sakura-dev【dot】jp まで。',
      'Στείλτε μας email στη διεύθυνση: asfaleia (παπάκι) elia-cms (τελεία) gr',
      'Kirim email ke keamanan [at] nusantara-dev [titik] id.',
      'Gửi email tới baomat (a còng) hanoi-dev (chấm) vn.',
      // A vCard in a code block (a probe of session 12)
      [
        'Écrivez à l’équipe ci-dessous.',
        '',
        '```',
        'BEGIN:VCARD',
        'EMAIL;TYPE=INTERNET:securite@baguette.dev',
        'END:VCARD',
        '```',
      ].join('\n'),
      'Prosimy o kontakt przez prywatne zgłoszenie w zakładce Security.',
      '脆弱性は GitHub の「Report a vulnerability」から非公開で報告してください。',
      "Lütfen GitHub'ın özel güvenlik açığı bildirme özelliğini kullanın.",
      'Vui lòng sử dụng tính năng báo cáo lỗ hổng riêng tư của GitHub.',
      'Silakan gunakan fitur pelaporan kerentanan privat GitHub.',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    const text = withReporting('We do not use HackerOne. Tell us in the forum.');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it('reads escaped brackets, accounts on a platform, a private chat room and the people a CODEOWNERS file lists', () => {
    const channels = [
      'Please send us an email at security \\[@\\] acme.dev.',
      'Bitte Bedenken direkt an @jane auf Mastodon oder via privatem Discord.',
      'Please report it to the people listed in the `CODEOWNERS` file.',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('does not take a language switcher entry for a channel, wherever its link points', () => {
    for (const link of [
      '[English](/SECURITY.md)',
      '[English](https://github.com/acme/widget/blob/main/docs/SECURITY.md)',
    ]) {
      const text = doc('# Política de seguridad', '', link, '', '## Reportar', '', 'Avísanos.');
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Política de seguridad', 'error')], link);
    }
  });

  it('reads a request for a private issue as private reporting: GitHub has no other private issue', () => {
    for (const body of [
      'Please open a private issue.',
      'Se trovi una vulnerabilità, apri una issue privata.',
      '请在项目的 GitHub 仓库中开启私密 Issue 进行反馈。',
    ]) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [], body);
      assert.deepEqual(findingsOf('SEC012', text), [], body);
    }
    // Unless it is what not to do.
    const text = withReporting('Do not open a private issue; there is no private channel yet.');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it("reads the maintainers' own steps with an advisory as no channel to reach them", () => {
    for (const step of [
      'We will then open a draft security advisory and fix it.',
      'We will either create a private issue for the vulnerability or ask you to file it publicly.',
      'A maintainer will open a GitHub security advisory.',
      '我们将创建私密 Issue。',
    ]) {
      const text = withReporting(`Report vulnerabilities privately by contacting a developer. ${step}`);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], step);
    }
    // A request to the reporter that starts with "we" still names the channel.
    for (const body of [
      'If you find one, we ask that you open a private security advisory.',
      'We recommend the private vulnerability reporting feature.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads a Spanish negation, not the Portuguese "no" that means "in the"', () => {
    assert.deepEqual(
      findingsOf('SEC011', withReporting('No abras un issue público; escribe a seguridad@acme.es.')),
      [],
    );
    assert.deepEqual(
      findingsOf('SEC012', withReporting('No abras un issue público; escribe a seguridad@acme.es.')),
      [],
    );
  });

  it('reads addresses obfuscated with code spans, an HTML entity, or -at- and -dot-', () => {
    for (const body of [
      'Reach us at `security` at `acme.dev`.',
      'Report vulnerabilities via email: security&#64;acme.dev',
      'Email security -at- acme -dot- dev',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads holdout7 kinds: a private advisory named in Chinese words, a docs link to private reporting, a profile page to write to, an emphasized address', () => {
    for (const body of [
      '請盡量使用 GitHub 私密 Security Advisory。',
      'Please use the [Privately reporting a security vulnerability](https://docs.github.com/en/code-security/security-advisories/guidance-on-reporting-and-writing/privately-reporting-a-security-vulnerability) facility.',
      'Please send a mail in-game to [jane](https://game.acme.dev/profiles.php?XID=1).',
      'Reach out as a human to **support at acme.io**.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('does not take an advisory where fixes are announced, a flagged switcher entry, or a stand-in address repeated or glued to a path', () => {
    const cases = [
      withReporting(['Tell us.', '', 'Fixes are announced via:', '', '- GitHub Security Advisories'].join('\n')),
      doc('# Política', '', '> [🇬🇧 English](../../SECURITY.md)', '', '## Reportar', '', 'Avísanos.'),
      withReporting(
        ['- Email: security@acme.dev (create this email)', '', '## Contact', '', 'security@acme.dev'].join('\n'),
      ),
      withReporting('请发送至 **<security@github.com/acme/widget>**。'),
    ];
    for (const text of cases) assert.equal(findingsOf('SEC011', text).length, 1, text);
  });

  it('takes a feature the maintainer has not set up yet for a placeholder, but not a fallback for when it is off', () => {
    const notYet = withReporting(
      '현재 private security advisory 또는 별도 보안 메일이 설정되지 않았다면 maintainer가 먼저 설정해야 합니다.',
    );
    assert.equal(findingsOf('SEC011', notYet).length, 1);
    const fallback = withReporting('优先使用 GitHub 私密报告通道；如果该通道未启用，请先私下联系维护者。');
    assert.deepEqual(findingsOf('SEC011', fallback), []);
  });

  it('reads holdout8 kinds: German dative, a chat in a contact list under a wrapped intro, the address on a site named in the next sentence, a page sent to for reporting', () => {
    for (const body of [
      'Fehler mit Sicherheitsbezug bitte per privatem Security Advisory melden.',
      'If you find a vulnerability, report it privately, not in a public\nissue:\n\n- Telegram: [t.me/acme](https://t.me/acme)',
      'Please report security vulnerabilities to my email. You can find it on my website at <https://jane.acme.dev>.',
      'For security vulnerability reporting and our complete security policy, please see: https://github.com/acme/guidelines',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('is a warning, not an error, where a named person is to be written to', () => {
    for (const body of ['Envie um e-mail para o Meuphilim.', 'Report it to @jane.']) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'warning')], body);
    }
    const text = withReporting('Report it to the maintainers.');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it("reads a bounty platform's program page under /bounties/ (only huntr's pages there are disclosed reports), more platforms, and a hosted help desk", () => {
    const channels = [
      'Submit it on Cantina: https://cantina.xyz/bounties/0c2d-acme-lab',
      'Our bounty runs on Sherlock: https://audits.sherlock.xyz/bug-bounties/41',
      'Report it through https://bugbase.ai/programs/acme-lab',
      'Open a ticket at https://acme-lab.freshdesk.com/support/tickets/new and pick "Security".',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    const disclosed = withReporting('A similar issue was https://huntr.com/bounties/8f2e-acme-lab.');
    assert.deepEqual(findingsOf('SEC011', disclosed), [at(disclosed, '# Security Policy', 'error')]);
  });

  it("reads maintainers listed on a registry's page given by its address, and a contact form on the website named after it", () => {
    for (const body of [
      'Privately email a maintainer listed on https://pypi.org/project/acme-lab/.',
      'Reach us through the contact form on our website, acme-lab.org.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads the To: header of a mail shown as a template in a fenced block under the reporting heading', () => {
    const text = withReporting(
      'Send a mail like this one:\n\n```\nTo: security@acme-lab.org\nSubject: [SECURITY] a short summary\n```',
    );
    assert.deepEqual(findingsOf('SEC011', text), []);
  });

  it('reads GitHub\'s private reporting named as a private vulnerability feature or form, without "reporting" (holdout106 kind)', () => {
    for (const body of [
      'Please report it through the GitHub private vulnerability feature.',
      'Use the private security vulnerability form of this repository.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads the Security tab by its English name in Scandinavian, Turkish and Korean sentences', () => {
    const channels = [
      'Rapportera sårbarheter privat under fliken "Security" i repot.',
      'Rapportér sårbarheder privat under fanen Security i repositoriet.',
      'Rapporter sårbarheter privat under fanen «Security» i repoet.',
      'Açıkları deponun "Security" sekmesinden gizlice bildirin.',
      '저장소의 "Security" 탭에서 비공개로 알려 주세요.',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('is a warning, not an error, where the text under recognised headings is in a script whose languages it has no channel words for', () => {
    const bodies = [
      'Παρακαλούμε αναφέρετε τα κενά ασφαλείας ιδιωτικά μέσω της σχετικής καρτέλας του αποθετηρίου.',
      'कृपया सुरक्षा समस्याओं की जानकारी निजी तौर पर रिपॉज़िटरी के टैब से भेजें।',
      'กรุณาแจ้งปัญหาความปลอดภัยแบบส่วนตัวผ่านแท็บของที่เก็บโค้ด',
      'נא לדווח על בעיות אבטחה באופן פרטי דרך הלשונית של המאגר.',
    ];
    for (const body of bodies) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'warning')], body);
    }
    // A name in another script in an English policy is no such text.
    const text = withReporting('Tell Νίκος about it; he will look into it.');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it('is a warning, not an error, where an address stands spelled in a way it does not read', () => {
    // Each fresh set showed a spelling no earlier one had; a reporter reads all of these as addresses.
    const spellings = [
      'Write to security＠acme-lab．org.', // full-width signs of CJK text
      'Write to security_at_acme-lab_dot_org.',
      'Write to security\u200B@acme-lab.org.', // a zero-width space against harvesters
      'Write to security﹫acme-lab.org.',
      'Please write to security at acme-lab.org.', // a role's mailbox before a plain "at"
      'Please write to jane.doe at gmail.com.', // a webmail domain after one
    ];
    for (const body of spellings) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'warning')], body);
    }
    // Not an address: a plain "at" between other words, a site, an address's sentence going on, a handle.
    const none = [
      'Have a look at acme-lab.org for the details.',
      'We keep the code at github.com and review it.',
      'Our project lives at [acme][site]. Please be patient.',
      'Tell @jane on the forum at forum.acme-lab.org about it.',
    ];
    for (const body of none) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
    }
  });

  it('is a warning, not an error, where a link it cannot read stands in a Latin-script language it does not read (a probe of session 12)', () => {
    for (const text of [
      doc(
        '# Manufofin Tsaro',
        '',
        'Ka aiko mana da rahoto ta wannan fom na sirri: https://zangocms.com.ng/tsaro/rahoto',
      ),
      doc(
        'Fannstu öryggisgalla í Hekla Sync?',
        'Notaðu lokaða eyðublaðið okkar á https://heklasync.is/oryggi/tilkynna.',
      ),
    ]) {
      assert.deepEqual(
        findingsOf('SEC011', text).map((f) => f.severity),
        ['warning'],
        text,
      );
    }
    // English without a word of reporting is read: a page on the software's security features stays an error.
    const features = doc(
      '# Security',
      '',
      'Sessions use the cookies described at https://acme.dev/docs/cookies for this.',
    );
    assert.deepEqual(
      findingsOf('SEC011', features).map((f) => f.severity),
      ['error'],
    );
    // GitHub's button in the quotes of Slovak, German or Czech („…“).
    const slovak = doc(
      'Zraniteľnosti nahlasujte súkromne cez funkciu GitHubu „Report a vulnerability“ na karte Security.',
    );
    assert.deepEqual(findingsOf('SEC011', slovak), []);
  });

  it('is a warning, not an error, where the repository owner is to be written to privately through their profile (holdout25 kind)', () => {
    const text = withReporting('请通过 GitHub 联系方式私下报告给仓库所有者。');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'warning')]);
    // (English names the profile as where the address is: no finding at all.)
    const english =
      'Please report it privately to the repository owner, using the contact details on their GitHub profile.';
    assert.deepEqual(findingsOf('SEC011', withReporting(english)), []);
    // Not privately, or with no contact details to use: nothing named to act on.
    for (const body of [
      'Open an issue; the repository owner reads them (see the profile).',
      'Please contact the repository owner privately.',
    ]) {
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'error', body);
    }
  });

  it('is a warning, not an error, on a policy whose only Latin words are file names', () => {
    const text = doc(
      '**ภาษา:** [English](SECURITY.md) · [Español](SECURITY.es.md)',
      '',
      '# นโยบายความปลอดภัย',
      '',
      'ติดต่อผู้ดูแลโครงการ',
    );
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# นโยบายความปลอดภัย', 'warning')]);
  });

  it('reads holdout9 kinds: a private issue named in English inside another language, the address on a profile, a person on a chat service, a file that says how to report', () => {
    for (const body of [
      "Merci d'ouvrir une *private security issue* sur le dépôt.",
      'Recomenda-se enviar um e-mail para o endereço listado no perfil do mantenedor.',
      'Email me at the address on my profile.',
      'You can report vulnerabilities by contacting DeveloperCron through discord/twitter.',
      'For questions about security issues, please see the README file for details on how to submit them.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A word is no person, a Portuguese negation still negates, and a README that explains other things is no channel.
    for (const body of [
      'Report vulnerabilities by contacting people through Discord.',
      'Não abra uma issue pública no GitHub.',
      'The README explains how to install the package.',
    ]) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
    }
  });

  it('reads a private report opened in Spanish or Portuguese, and a policy indented whole as text', () => {
    for (const body of [
      'Abre un reporte privado mediante los mecanismos de seguridad de GitHub (Security Advisories).',
      'Abra um relatório privado pelo GitHub.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    const indented = [
      'SECURITY',
      '',
      '    If you find a security vulnerability, please report it through',
      "    GitHub's private vulnerability reporting feature of this repository,",
      '    never in the public tracker, so that a fix can be ready first.',
    ].join('\n');
    assert.deepEqual(findingsOf('SEC011', indented), []);
    // Code stays code: an indented command is no channel.
    const code = doc(
      '# Security',
      '',
      '    npm audit --json > report.json; echo $?',
      '    cat report.json | jq .',
      '    exit 0',
    );
    assert.deepEqual(findingsOf('SEC011', code), [at(code, '# Security', 'error')]);
  });

  it('reads direct messages on a chat service in either order, phones, forms and tabs named in words', () => {
    for (const body of [
      'You can DM @acme_security on X.',
      'Report it on Signal to +44 113 496 0199.',
      'Email the lead maintainer (see the maintainers list on our website) for now.',
      'Send a direct message to a maintainer on our Matrix server.',
      'Reach out on our Zulip to a maintainer privately.',
      'Bitte melde Sicherheitslücken über die Schaltfläche „Sicherheitslücke melden“ im Reiter „Sicherheit“.',
      'Use the private reporting feature of GitHub.',
      'Submit a report at https://acme.atlassian.net/servicedesk/customer/portal/3.',
      '脆弱性は GitHub の「Security」タブから非公開で報告してください。',
      'Send us a private message via the contact form on acme.dev.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A direct message the sentence forbids is none.
    const text = withReporting('Our Discord is public, please do not send vulnerabilities in direct messages there.');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it('reads an account on a chat service where a report is asked for, and tabs named in Dutch, Turkish and Chinese', () => {
    for (const body of [
      'Escríbenos por Telegram a @acme_sec.',
      'Gebruik de functie voor privé-melding van kwetsbaarheden op GitHub.',
      'Lütfen güvenlik açığını deponun Security sekmesinden gizli olarak bildirin.',
      '请通过仓库的 Security 标签页私下提交漏洞报告。',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    const text = withReporting('Follow us on Twitter @acme for news.');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it('reads holdout10 kinds: private reporting named in Chinese, German and Russian words', () => {
    for (const body of [
      '请通过仓库的私密安全公告报告。',
      'Eröffnen Sie einen Entwurf für einen Sicherheitshinweis (Security Advisory) in GitHub.',
      'Bitte melde Schwachstellen über die Funktion für vertrauliche Schwachstellenmeldungen.',
      'Создайте закрытый Security Advisory в репозитории.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads holdout11 kinds: an AsciiDoc xref to the policy, private channels named in Chinese, a forge account as a contact line', () => {
    for (const body of [
      '脆弱性は公開Issueへ詳細を書かず、xref:docs/security.adoc#report[セキュリティー方針]に記載した非公開経路から報告してください。',
      '请通过 GitHub 仓库的私密安全渠道联系维护者。',
      '请通过账户中提供的私有安全联络方式提交报告。',
      'Contact me:\n\n- GitHub: **@jane**',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // Japanese 公開Issue is a public issue, and "書かず、" (without writing) negates it.
    assert.deepEqual(
      findingsOf('SEC012', withReporting('脆弱性は公開Issueへ詳細を書かず、メールで報告してください。')),
      [],
    );
  });

  it('reads a contact page on plain http where reports are sent, and obfuscated addresses under a contact intro', () => {
    for (const body of [
      'Please do not create GitHub issues for security vulnerabilities.\nInstead, report them via http://janedoe.dev/contact',
      'For all security issues, we have 2 points of contact:\n\n* Jane Doe, jane.doe at protonmail.com\n* John Roe, jroe at protonmail.com',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // An article on plain http is no form, even with "security" in its path (a link that may be one: a warning).
    const text = doc(
      '# Security',
      '',
      '## Further reading',
      '',
      '* [Hashing](http://security.example.org/questions/1/hashing)',
    );
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security', 'warning')]);
  });

  it("reads GitHub's private vulnerability report in Ukrainian and Russian, not any private report to the maintainer", () => {
    for (const body of [
      'Надішліть приватний звіт про вразливість через GitHub.',
      'Отправьте приватный отчёт об уязвимости.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    for (const body of ['Надішліть приватний звіт maintainer-у.', 'Отправьте приватное сообщение автору.']) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
    }
  });

  it("reads holdout12 kinds: a site's contact page by its path, GitHub's issue-chooser entry, a German private GitHub issue, the contact channel on a linked site", () => {
    for (const body of [
      'Report vulnerabilities through the contact methods outlined on our [Contact Page](/contact).',
      'Click **New issue** and choose **“Report a security vulnerability”**.',
      'Stattdessen als **privates GitHub-Issue** melden.',
      // holdout26 kind: GitHub's advisories in a German compound.
      'Bitte melde Sicherheitsprobleme vertraulich über den Sicherheits-Advisory-Weg des Repositories.',
      'Proje sahibine [site.dev](https://site.dev) üzerindeki iletişim kanalından ulaşın.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it("reads a link to another document's part on security or reporting as where to report, in any language (a probe of session 13)", () => {
    for (const body of [
      'How to report a vulnerability privately is described in the [Security section of our contributing guide](https://github.com/acme/widget/blob/main/CONTRIBUTING.md#reporting-security-issues).',
      '취약점 신고 방법은 README의 [보안](https://github.com/acme/widget/blob/main/README.md#보안) 섹션에 있습니다.',
      'Siehe [Sicherheitslücken melden](docs/handbuch.md#sicherheitslücken-melden).',
      'See [how to report](https://gitlab.com/acme/widget/-/blob/main/README.md#reporting-a-vulnerability).',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A part on something else is no place to report.
    const text = withReporting('See [installation](https://github.com/acme/widget/blob/main/README.md#installation).');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it("takes an organisation's policy at a template owner in capitals for a placeholder (github.com/ORG/.github)", () => {
    const text = withReporting('This repository follows https://github.com/ORG/.github/blob/main/SECURITY.md.');
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC011');
    assert.equal(finding?.severity, 'error');
    assert.match(finding?.message ?? '', /the only contact is a placeholder/);
    // An account whose name is a word in lower case is an account.
    assert.deepEqual(
      findingsOf(
        'SEC011',
        withReporting('This repository follows https://github.com/org/.github/blob/main/SECURITY.md.'),
      ),
      [],
    );
  });

  it('does not take an address named a public mailing list right before it for a private channel, in other languages too (a probe of session 13)', () => {
    for (const body of [
      'Problemy z bezpieczeństwem zgłaszaj na naszą publiczną listę dyskusyjną użytkowników:\nuzytkownicy@lists.acme.pl.',
      'Envíe el informe a nuestra lista pública: dev@lists.acme.es.',
      'Bitte an unsere öffentliche Mailingliste dev@lists.acme.de schreiben.',
    ]) {
      const text = withReporting(body);
      assert.equal(findingsOf('SEC011', text).length, 1, body);
    }
    // An address after "not the public mailing list" is its own.
    const text = withReporting('Send reports to security@acme.dev, not to the public mailing list.');
    assert.deepEqual(findingsOf('SEC011', text), []);
  });

  it('reads private reporting said not to be set up in Chinese (未启用, 未验证) as no channel, but not 未公开 "undisclosed" (holdout27 kind)', () => {
    const text = withReporting('尚未验证有效的私密联系方式，也未验证仓库已启用 Private Vulnerability Reporting。');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
    assert.deepEqual(
      findingsOf('SEC011', withReporting('未公开的漏洞请通过 Private Vulnerability Reporting 报告。')),
      [],
    );
  });

  it('reads direct messages to people that look like public places: Slack in Portuguese, a Matrix user under its intro, Keybase, Launchpad, Arabic and Romanian private messages (a probe of session 13)', () => {
    for (const body of [
      // "no Slack" is Portuguese "in the": the document's Portuguese says so where the clause does not.
      'Vulnerabilidades no **Widget** devem ser relatadas por mensagem direta no Slack.\n\nNão poste em #geral.',
      'Matrix 私信（DM）联系安全负责人：\n\n- `@jane.doe:acme.chat`（简）',
      'Сообщайте через чат Keybase:\n\n    keybase chat send jane_doe',
      'Meld het via https://bugs.launchpad.net/widget/+filebug en kies **Private Security**.',
      'أرسل **رسالة خاصة** على تيليجرام إلى **@jane_doe**.',
      'Trimiteți un **mesaj privat** grupului `@securitate` pe forumul nostru Discourse.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A Matrix user with nothing about messaging, and Spanish "no", still say nothing private.
    const spanish = withReporting('No envíes un mensaje directo en Slack; abre un issue.');
    assert.equal(findingsOf('SEC011', spanish).length, 1);
  });

  it("reads holdout28 kinds: GitHub's advisory by its English name in French quotes, and org-mode's #+EMAIL as the author's metadata, not a channel", () => {
    assert.deepEqual(
      findingsOf(
        'SEC011',
        withReporting('Ouvrez une « security advisory » privée sur GitHub plutôt qu’une issue publique.'),
      ),
      [],
    );
    const org = doc(
      '#+TITLE: Security Policy',
      '#+AUTHOR: Jane Doe',
      '#+EMAIL: jane@doe.dev',
      '',
      '* Reporting a Vulnerability',
      '',
      'Send an email to security@example.com.',
    );
    const [finding] = analyze(org, { relativePath: 'SECURITY.org' }).filter((f) => f.ruleId === 'SEC011');
    assert.equal(finding?.severity, 'error');
  });

  it('reads addresses written with numeric character references in HTML, and "personally" on a chat service in Russian (a probe of session 13)', () => {
    for (const body of [
      '<p>Write to <b>security&#64;acme&#46;dev</b> rather than opening an issue.</p>',
      '<p>Please email <a href="mailto:&#115;&#101;&#99;&#64;&#97;&#99;&#109;&#101;&#46;&#100;&#101;&#118;">&#115;&#101;&#99;&#64;&#97;&#99;&#109;&#101;&#46;&#100;&#101;&#118;</a>.</p>',
      '**Уязвимости:** пишите в Telegram @jane_doe_dev (лично, не в чат).',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // Encoded or not, a stand-in address is one.
    const text = withReporting('<p>Write to <b>security&#64;example&#46;com</b>.</p>');
    assert.match(analyze(text).find((f) => f.ruleId === 'SEC011')?.message ?? '', /only contact is a placeholder/);
  });

  it('does not take a mailbox for another matter under its own heading for a reporting channel, unless its sentence speaks of vulnerabilities (a probe of session 13)', () => {
    const otherMatters = (body: string) =>
      doc('# Security Policy', '', '## Reporting a Vulnerability', '', 'Open an issue.', '', '## Community', '', body);
    for (const body of [
      'Report unacceptable behaviour to conduct@acme.dev. Licensing questions: licensing@acme.dev.',
      'Prensa: prensa@acme.es. Ventas: ventas@acme.es.',
      'Publique el fallo en https://comunidad.acme.es/c/seguridad.',
    ]) {
      const text = otherMatters(body);
      assert.equal(findingsOf('SEC011', text).length, 1, body);
    }
    for (const text of [
      otherMatters('Report vulnerabilities to legal@acme.dev.'),
      otherMatters('Email press@acme.dev for interviews; security problems go to privacy@acme.dev.'),
      // Under the reporting heading any address is offered for reports.
      withReporting('Email privacy@acme.dev.'),
    ])
      assert.deepEqual(findingsOf('SEC011', text), [], text);
  });

  it('reads a phone on the line after a colon and post as channels, and is a warning where an image may show the channel (a probe of session 13)', () => {
    for (const body of [
      'Ruf uns vertraulich an oder schick eine SMS / Signal-Nachricht:\n\n**+49 151 2387 6640** (Jane, Maintainer)',
      'Le projet reçoit les signalements confidentiels par courrier postal à l’adresse suivante : 14 rue des Tanneurs, Marseille.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    for (const body of [
      'Scan the code below with the Signal app to start a private chat:\n\n![Signal QR code](.github/signal-qr.png)',
      'Lähetä ilmoitus alla olevaan osoitteeseen:\n\n![tietoturva ät acme piste fi](docs/osoite.png)',
    ]) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'warning')], body);
    }
    // A badge is no channel: still an error.
    const badge = withReporting('Tell us.\n\n![build](https://img.shields.io/badge/build-passing-green)');
    assert.deepEqual(findingsOf('SEC011', badge), [at(badge, '# Security Policy', 'error')]);
  });

  it('reads a fenced record of contact data the policy offers, not a sample report in code (a probe of session 13)', () => {
    for (const body of [
      'Utilisez le contact ci-dessous :\n\n```\nContact:        securite@acme.fr\nChiffrement:    https://acme.fr/pgp.asc\nDélai d’accusé: 48 heures\n```',
      '```yaml\nsecurity:\n  report:\n    - method: email\n      address: security@acme.dev\n```',
      '```json\n{\n  "security": {\n    "email": "security@acme.dev",\n    "languages": ["en", "ja"]\n  }\n}\n```',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A sample report with the reporter's stand-in address stays code: no channel, and no placeholder to report.
    const sample = withReporting(
      'Tell us, for example:\n\n```\nSummary: SQL injection\nContact: researcher@example.com\n```',
    );
    assert.equal(findingsOf('SEC011', sample).length, 1);
    assert.deepEqual(findingsOf('SEC022', sample), []);
  });

  it('reads holdout29 kinds: the owner reached through their profile in Portuguese, people written to on a chat service, a private report through GitHub', () => {
    // Through the owner's profile instead of in public: the profile holds the address, so uncertain.
    const owner = withReporting(
      'Achou uma falha? Escreva para o dono do repositório pelo perfil dele no GitHub, e não numa issue aberta.',
    );
    assert.deepEqual(findingsOf('SEC011', owner), [at(owner, '# Security Policy', 'warning')]);
    // No owner named, but the profile, a private word and a contact in one sentence (holdout32 kind): uncertain too.
    const profile = withReporting('Laporkan secara privat melalui kontak yang tersedia pada profil.');
    assert.deepEqual(findingsOf('SEC011', profile), [at(profile, '# Security Policy', 'warning')]);
    // Not privately: a note on where the reporter's own address is.
    const own = withReporting('If your email is not public on your GitHub profile, mention it in the report.');
    assert.equal(findingsOf('SEC011', own)[0]?.severity, 'error');
    for (const body of [
      // People are written to on the service, so a direct message: a private channel.
      'Send reports to the maintainers, by mail or on the Acme Zulip.',
      // GitHub's private reporting without its name.
      'Please file a private report through GitHub.',
      'Report it privately via GitLab.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A room everyone reads, or the service only named for chatting: no channel.
    for (const body of [
      'Send reports to the maintainers in the public #general channel on Slack.',
      'Chat with the maintainers on Discord.',
      'Do not send reports to the maintainers on Slack.',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'error', body);
  });

  it('reads people reached on messengers and by phone (a probe of session 14)', () => {
    for (const body of [
      // A Matrix user under a paragraph asking for a direct message, the list's intro wrapped.
      'Napisz bezpośrednią wiadomość w Element (Matrix) do jednej\nz osób z zespołu:\n\n- `@ola.nowak:wiatrak.pl`\n- `@jan.lis:wiatrak.pl`',
      // A Matrix user alone in a code block, under the sentence asking for a private message.
      'Stuur een privébericht op Matrix:\n\n    @kees:molenwerf.nl',
      // An account on a messenger that only carries messages between people.
      "Напишіть мені в **Signal**: ім'я користувача `taras_koval.42`.",
      'Threema: `K7PW3N2X`',
      // A phone, labelled in Vietnamese, Dutch, Indonesian, Russian.
      'Số điện thoại / Zalo: 0912 345 678',
      'Bel of app ons: telefoon +31 6 1234 5678.',
      'Hubungi telepon 0812-3456-7890.',
      'Позвоните по телефону +7 912 345-67-89.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A room (`#room:server`) is read by everyone; "a signal" is a word; a messenger not named for reports.
    for (const body of [
      'Join `#molen:molenwerf.nl` and tell us.',
      'Tell us if the process ignores the signal `SIGTERM`.',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'error', body);
  });

  it('reads a mailing list said to be public after its address, and a policy pasted in a fence in more languages (a probe of session 14)', () => {
    for (const body of [
      'Skicka rapporter till vår utvecklarlista dev@lists.granskog.se. Listan arkiveras publikt.',
      // Named public before the address, in Dutch ("lijst" is a list too).
      'Stuur het naar onze openbare mailinglijst dev@acme.nl.',
      'Write to our dev list dev@lists.acme.org; it is public and archived publicly.',
      // On the next paragraph, where the address stands alone; the list's own pages are no form.
      'Send it to our group:\n\n**acme-sec@googlegroups.com**\n\nAnyone can join; threads can be browsed at https://groups.google.com/g/acme-sec.',
      'Mail the list:\n\n    security@lists.acme.org\n\nAnyone may subscribe at https://lists.acme.org/mailman/listinfo/security.',
      'Envía tu reporte a la lista alpaca-dev@lists.alpaca.org. La lista es abierta: cualquiera puede suscribirse.',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'error', body);
    // Not public: the archive is said to be closed, or the address is no list.
    for (const body of [
      'Write to the security list security@lists.acme.org. Its archive is not publicly visible.',
      'Email security@acme.org. Fixed issues are listed in our public archive.',
      // What follows another address is about that one.
      'Email the list security@lists.acme.org. Anyone can subscribe to announce@lists.acme.org.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A policy pasted whole in a fence, titled in Swedish or Hindi: read as text.
    for (const title of ['# Säkerhetspolicy', '# सुरक्षा नीति']) {
      const text = doc('```markdown', title, '', 'security@granskog.se', '```');
      assert.deepEqual(findingsOf('SEC011', text), [], title);
    }
  });

  it('reads threads only the team reads and pages of the vendor (two probes of session 14)', () => {
    for (const body of [
      // A ticket a chat server's bot opens, in the words of its button, where the section names the server.
      'Únete a nuestro Discord.\n\n1. Ve a #ayuda.\n2. Pulsa **🎫 Abrir ticket** y elige «Seguridad».',
      'Sur notre Discord, cliquez sur « Ouvrir un ticket » dans #aide.',
      '디스코드 서버의 #문의 채널에서 `🎫 티켓 열기`를 눌러 주세요.',
      // Mod mail, a private forum thread, a site's live chat, a private message on Steam.
      'Send **modmail** to r/acme_game: only the mods read it.',
      'Na fóru forum.acme.cz založte **soukromé vlákno** v sekci pro tým.',
      'Use the chat bubble on acme.dev and type "security".',
      'Add Jane on Steam and send her a private message.',
      // A help centre ticket marked private.
      'Abra um chamado em ajuda.acme.com.br e marque a opção **"Chamado privado"**.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // Pages for another purpose, or not online yet: no channel.
    for (const body of [
      'Use the [Contact Sales](https://acme.dev/contact-sales) page.',
      'See our status page: https://status.acme.dev',
      'Our reporting page will soon be online at https://acme.dev/security (coming soon).',
      'A página https://acme.com.br/seguranca está em construção.',
      // A ticket with no chat server named is no private thread; nor is a public thread.
      'Open a ticket.',
      'Post it in the public forum thread.',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'error', body);
  });

  it('reads a list of places not to report whose intro ends in an ellipsis, the intro by its last sentence, and a list archive said public in German (a probe of session 14)', () => {
    const text = withReporting(
      [
        'Bitte meldet Lücken **nicht** …',
        '',
        '- in einem GitHub-Issue,',
        '- Direktnachricht an einzelne Maintainer auf Discord.',
      ].join('\n'),
    );
    assert.equal(findingsOf('SEC011', text)[0]?.severity, 'error');
    const list = withReporting(
      'Schreibt an unsere Mailingliste dev@lists.acme.de. Das Archiv der Liste ist öffentlich einsehbar.',
    );
    assert.equal(findingsOf('SEC011', list)[0]?.severity, 'error');
    // The same list item after an intro that asks for it is the channel.
    const asked = withReporting('Meldet Lücken so …\n\n- per Direktnachricht an einen Maintainer auf Discord.');
    assert.deepEqual(findingsOf('SEC011', asked), []);
    // The intro's last sentence asks for the items; a negation in a sentence before it does not reach them.
    const after = withReporting(
      'Keine öffentlichen Issues. Meldet es so:\n\n- per Direktnachricht an einen Maintainer auf Discord.',
    );
    assert.deepEqual(findingsOf('SEC011', after), []);
  });

  it("reads holdout31 kinds: the root policy by its path in code, a Discord tag, a translation's source link", () => {
    assert.deepEqual(findingsOf('SEC011', doc('See the root policy at `../SECURITY.md`.')), []);
    const tagged = withReporting(
      [
        '    Do not open a public issue for a vulnerability.',
        '',
        '    Instead, send a message to: jane_dev#0',
        '',
        '    Include steps to reproduce it.',
      ].join('\n'),
    );
    assert.deepEqual(findingsOf('SEC011', tagged), []);
    // A tag in an issue's number is no account; a translation's source is no channel.
    assert.equal(findingsOf('SEC011', withReporting('Send a message about it on issue#12.'))[0]?.severity, 'error');
    const source = doc(
      '# Güvenlik',
      '',
      'Kaynak: [SECURITY.md](../SECURITY.md)',
      '',
      'TLS ayarlarını proxy üzerinde yapın.',
    );
    // (a warning: a few Turkish words are all the model has to read)
    assert.equal(findingsOf('SEC011', source).length, 1);
  });

  it('reads handles on messengers the way hobby projects give them (a probe of session 14)', () => {
    for (const body of [
      // After the service's name, a colon or a bracket between, the name inflected.
      'Finder du et sikkerhedshul, så skriv til mig privat på discord (mikkel_pix) i stedet.',
      'Jak znajdziesz dziurę, napisz do mnie prywatnie na discordzie: kuba_w. Nie wrzucaj tego do issues.',
      'Якщо знайдеш вразливість, напиши мені в особисті в телеграмі: @oksana_d',
      // An @account in a paragraph about a security problem; a public issue named in another clause.
      'Achou uma falha de segurança? Me chama no telegram @gabi_dev, não abre issue público.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A link after the name is the link, not an account; an @account on a public network is a mention.
    for (const body of [
      'Join us on Discord: https://discord.gg/acme and ask in #bugs.',
      'We post news about security fixes on Twitter @acme_dev.',
    ])
      // (the server's link: a warning, a chat server may be where reports go)
      assert.equal(findingsOf('SEC011', withReporting(body)).length, 1, body);
  });

  it('reads holdout32 kinds: a report page written without its scheme, a private security advisory in Chinese, where updates are communicated (de)', () => {
    for (const body of [
      'Please report security issues to:\n\n**acme.dev/report/**',
      '请在 GitHub 上开启私有安全咨询。',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A reference page without its scheme is no channel; nor is where fixes are communicated.
    for (const body of [
      'Report it by email. See docs.github.com/en/code-security for how advisories work.',
      'Sicherheitsupdates werden:\n\n- **Klar kommuniziert** - Via GitHub Security Advisories',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'error', body);
  });

  it('reads addresses written to fool harvesters in more languages, and private reporting described in Danish, Swedish, Czech and Finnish (two probes of session 14)', () => {
    for (const body of [
      'Écrivez à securite chez acme point fr.',
      'Schreibt an sicherheit klammeraffe acme punkt de.',
      '请发邮件至 security 艾特 acme 点 cn。',
      'Mail: security [AT] acme [DOT] io',
      'Mail: security @ acme . nl',
      'Skriv til sikkerhed snabel-a acme punktum dk.',
      'Write to the user security on the domain acme.org.',
      "Écrivez un courriel à l'utilisateur « securite » sur le domaine « acme.fr ».",
      'Gå til fanen "Sikkerhed" og tryk på knappen "Rapportér en sårbarhed".',
      'Öppna fliken "Säkerhet" och klicka på "Rapportera en sårbarhet".',
      'Otevřete kartu „Zabezpečení“ a klikněte na „Nahlásit zranitelnost“.',
      'Avaa Tietoturva-välilehti ja valitse "Ilmoita haavoittuvuudesta".',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A dot with a space after it ends a sentence: "users at risk. Instead" is no address.
    assert.equal(
      findingsOf('SEC011', withReporting('Reports put users at risk. Instead, tell us how.'))[0]?.severity,
      'error',
    );
  });

  it('reads holdout33 kinds: a pointer to the sibling policy from a document of its own, the maintainer through their profile, a manifest author', () => {
    // DISCLOSURE.md (or a translation) sends reports to SECURITY.md's private channel.
    const pointer = doc(
      '# What this repository publishes',
      '',
      'Some test data stays private. Send security findings privately, as [SECURITY.md](SECURITY.md) explains.',
    );
    assert.deepEqual(findingsOf('SEC011', pointer), []);
    // A language switcher's entry is no pointer.
    const switcher = doc('[English](SECURITY.md)', '', '# Politique de sécurité', '', 'Nous lisons tout.');
    assert.equal(findingsOf('SEC011', switcher)[0]?.severity, 'error');
    // The maintainer through the profile, "rather than" elided in French: where the address is (uncertain).
    for (const body of [
      "Contactez le mainteneur du projet (son profil GitHub le donne) plutôt qu'en publiant une issue publique.",
      'Reach the maintainer of this project via the profile page instead of the public tracker.',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'warning', body);
    // `"pas"` and `"ne"` stay whole words: "New" is no negation.
    assert.equal(
      findingsOf('SEC011', withReporting('Signalez-le : cliquez sur « New issue » et décrivez le problème.'))[0]
        ?.severity,
      'error',
    );
    // An author's address in a package manifest pasted into the policy is not offered for reports.
    const manifest = withReporting(
      [
        'Describe the problem.',
        '{',
        '    "name": "acme/widget",',
        '    "authors": [',
        '        {',
        '            "name": "Jane Roe",',
        '            "email": "jane@acme.dev"',
        '        }',
        '    ]',
        '}',
      ].join('\n'),
    );
    assert.equal(findingsOf('SEC011', manifest)[0]?.severity, 'error');
  });

  it('reads a contrast after the instruction as turning around only what follows it', () => {
    for (const body of [
      'Open a private security advisory rather than an issue.',
      'Use private vulnerability reporting instead of a public issue.',
      'Abra um aviso de segurança privado em vez de uma issue.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // What follows the contrast is still turned around: no public channel there.
    assert.deepEqual(findingsOf('SEC012', withReporting('Email security@acme.dev instead of opening an issue.')), []);
  });

  it('reads a negation that turns nothing around, or one a dash ends, as no negation of the instruction', () => {
    for (const body of [
      "Don't hesitate to report it through GitHub's private vulnerability reporting.",
      'If you are not sure whether it is a vulnerability use private vulnerability reporting.',
      "N'hésitez pas à utiliser le signalement privé de vulnérabilité de GitHub.",
      'No dudes en usar el reporte privado de vulnerabilidades de GitHub.',
      "Don't worry about severity and use private vulnerability reporting.",
      'Never share details publicly — use private vulnerability reporting.',
      'Never share details publicly - use private vulnerability reporting.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A negation before the instruction in its clause still turns it around.
    assert.equal(
      findingsOf('SEC011', withReporting('Do not hesitate to ask; do not use private vulnerability reporting.'))[0]
        ?.severity,
      'error',
    );
  });

  it('reads the Security tab hyphenated as a compound ("Security-Tab", "Security-fliken")', () => {
    for (const policy of [
      '# Security\n\nPlease report vulnerabilities via the Security-Tab.\n',
      '# Sicherheit\n\nBitte melden Sie Schwachstellen über den Security-Reiter des Repositorys.\n',
      '# Beveiliging\n\nMeld kwetsbaarheden via het Security-tabblad van de repository.\n',
      '# Säkerhet\n\nRapportera sårbarheter via Security-fliken i repot.\n',
      '# Sikkerhed\n\nRapportér sårbarheder via Security-fanen i repositoriet.\n',
      '# Tietoturva\n\nIlmoita haavoittuvuuksista repositorion Security-välilehden kautta.\n',
    ]) {
      assert.deepEqual(findingsOf('SEC011', policy), [], policy);
      assert.deepEqual(findingsOf('SEC010', policy), [], policy);
    }
  });

  it('reads more names of GitHub private reporting: its page title, PVR, built-in, the Advisories tab', () => {
    for (const policy of [
      '# Security\n\nPlease click "Privately report a vulnerability" on the repository\'s security overview.\n',
      "# Security\n\nReport vulnerabilities with GitHub's PVR feature.\n",
      "# Security\n\nWe accept reports through GitHub's built-in vulnerability reporting.\n",
      '# Security\n\nPlease use the "Advisories" tab of this repository to report vulnerabilities privately.\n',
      '# Security\n\nPlease create a confidential security advisory in this repository.\n',
      '# 安全\n\n请在本仓库的“安全”标签页中点击“报告漏洞”。\n',
      '# 安全\n\n请通过 GitHub 安全公告私下提交漏洞。\n',
      '# 安全\n\n請透過 GitHub 安全公告私下回報漏洞。\n',
      '# Segurança\n\nAbra um security advisory privado neste repositório.\n',
      '# Seguridad\n\nAbre un security advisory privado en este repositorio.\n',
      '# Sécurité\n\nOuvrez un security advisory privé sur ce dépôt.\n',
      '# Sicurezza\n\nSegnala le vulnerabilità tramite la funzione di segnalazione privata di GitHub.\n',
      // holdout36: the English name declined in German, and the path to the tab's item
      '# Sicherheit\n\nMelde ein Sicherheitsproblem über GitHubs privates Vulnerability-Reporting.\n',
      '# Security\n\nReport it privately (Security → Vulnerability reporting).\n',
      // A forum's category named private: only the team reads a topic there (a probe of session 16)
      '# Sicherheit\n\nBitte erstelle ein Thema in der Kategorie Sicherheit (privat): https://forum.acme.org/c/sicherheit-privat\n',
    ])
      assert.deepEqual(findingsOf('SEC011', policy), [], policy);
  });

  it('reads "don\'t forget to" and "never fail to" as asking, in every language with negations', () => {
    for (const body of [
      "Don't forget to report vulnerabilities privately through the Security tab's Report a vulnerability button.",
      "Never fail to use the Security tab's Report a vulnerability button for these.",
      'Vergessen Sie nicht, Schwachstellen privat über den Security-Tab („Report a vulnerability“) zu melden.',
      "N'oubliez pas de signaler les vulnérabilités en privé via l'onglet Security (Report a vulnerability).",
      'No olvides reportar las vulnerabilidades de forma privada desde la pestaña Security (Report a vulnerability).',
      'Não se esqueça de relatar vulnerabilidades de forma privada pela aba Security (Report a vulnerability).',
      'Non dimenticare di segnalare le vulnerabilità in privato tramite la scheda Security (Report a vulnerability).',
      'Vergeet niet kwetsbaarheden privé te melden via het tabblad Security (Report a vulnerability).',
      'Nie zapomnij zgłosić podatności prywatnie przez zakładkę Security (Report a vulnerability).',
      'Не забудьте сообщить об уязвимости приватно через вкладку Security (Report a vulnerability).',
      'Не забудьте повідомити про вразливість приватно через вкладку Security (Report a vulnerability).',
      '취약점은 Security 탭의 "Report a vulnerability"로 비공개 제보하는 것을 잊지 마세요.',
      'Jangan lupa melaporkan kerentanan secara privat melalui tab Security (Report a vulnerability).',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // "Nothing is too minor to report": no negation, and not about minor matters.
    for (const body of [
      "Nothing is too minor to report via GitHub's private vulnerability reporting.",
      "No issue is too small to report through GitHub's private vulnerability reporting.",
      "Aucun problème n'est trop petit pour être signalé en privé via GitHub.",
      'Geen probleem is te klein om privé via GitHub te melden.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // "Don't forget" lifts only itself: a negation after it in the clause still turns the instruction around.
    assert.equal(
      findingsOf('SEC011', withReporting("Don't forget: do not use private vulnerability reporting."))[0]?.severity,
      'error',
    );
  });

  it('reads "privately through GitHub" as its private reporting, in each language\'s word order', () => {
    for (const sentence of [
      'Privately report it to us through GitHub.',
      'Sicherheitslücken bitte privat über GitHub melden.',
      'Bitte über GitHub vertraulich melden, wenn Sie eine Schwachstelle finden.',
      'Signalez les vulnérabilités en privé via GitHub.',
      'Reporta las vulnerabilidades de forma privada a través de GitHub.',
      'Reporte vulnerabilidades de forma privada pelo GitHub.',
      'Segnala le vulnerabilità privatamente tramite GitHub.',
      'Сообщайте об уязвимостях приватно через GitHub.',
      'Повідомляйте про вразливості приватно через GitHub.',
      'Zgłaszaj podatności prywatnie przez GitHub.',
      'Meld kwetsbaarheden privé via GitHub.',
      'Güvenlik açıklarını GitHub üzerinden gizli olarak bildirin.',
      'Laporkan kerentanan secara pribadi melalui GitHub.',
      'Nahlaste zranitelnost soukromě přes GitHub.',
      '취약점은 GitHub의 Security 탭을 통해 비공개로 제보해 주세요.',
      'Zranitelnosti hlaste prostřednictvím funkce soukromého hlášení zranitelností na GitHubu.',
      'Ilmoita haavoittuvuuksista yksityisesti GitHubin kautta.',
      'Raportați vulnerabilitățile în mod privat prin GitHub.',
      'Zraniteľnosti nahláste súkromne cez GitHub.',
      'Iulat ang mga kahinaan nang pribado sa pamamagitan ng GitHub.',
      'Sila laporkan kelemahan secara peribadi melalui GitHub.',
    ])
      assert.deepEqual(findingsOf('SEC011', doc('# Security', '', sentence)), [], sentence);
  });

  it('reads the address on a profile in Japanese, Chinese and Korean, and "email me" before the page that holds the address', () => {
    for (const sentence of [
      '脆弱性を見つけたら、プロフィールに記載のメールアドレスまでご連絡ください。',
      '发现漏洞请发邮件到我 GitHub 主页上的邮箱。',
      '취약점은 제 GitHub 프로필에 있는 이메일로 보내 주세요.',
      'If you find a vulnerability, email me. My address is on my website, https://jane.dev.',
    ])
      assert.deepEqual(findingsOf('SEC011', doc('# Security', '', sentence)), [], sentence);
  });

  it('reads holdout34 kinds: the private reporting means in Japanese; an HTML switcher entry is no pointer in a stub', () => {
    assert.deepEqual(
      findingsOf(
        'SEC011',
        doc('# セキュリティ', '', 'セキュリティ問題はリポジトリの非公開報告手段を利用してください。'),
      ),
      [],
    );
    const stub = doc(
      '<p align="right">',
      '  <a href="./SECURITY.md">English</a> | 简体中文',
      '</p>',
      '',
      '# 安全说明',
      '',
      '如果你认为固件有安全问题，请走厂商渠道。',
    );
    assert.equal(findingsOf('SEC011', stub)[0]?.severity, 'error');
    // The instruction is read, with nothing to act on: no channel, but not "nothing says how".
    assert.deepEqual(findingsOf('SEC010', stub), []);
    // A chat account in a list that a private word introduces, after a public way turned down: written to directly.
    for (const intro of [
      'Do not post it in public issues, but send us a confidential notice:',
      'Просим не публиковать уязвимость в открытых Issue, а направить конфиденциальное уведомление:',
    ])
      assert.deepEqual(
        findingsOf('SEC011', doc('# Widget', '', intro, '', '- **Telegram:** [@jane_dev](https://t.me/jane_dev)')),
        [],
        intro,
      );
  });

  it('reads a support desk ticket, the contact address on the website, maintainers listed on a package registry, a contact link on a named site', () => {
    for (const body of [
      'Open a ticket at support.acme.dev and choose the "Security" category.',
      'Write to us via the contact address on our website (acme.dev).',
      'Email the maintainers listed on PyPI.',
      'Use the "Contact" link in the footer of acme.dev.',
    ]) {
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
      assert.deepEqual(findingsOf('SEC012', withReporting(body)), [], body);
    }
    // A ticket on the forge is still a public issue.
    assert.equal(findingsOf('SEC012', withReporting('Open a ticket on GitHub to report it.')).length, 1);
  });

  it('reads holdout35 kinds: the contact details on the repository page (uncertain), a private channel the maintainers should offer (none)', () => {
    for (const body of [
      'Open an issue on the GitHub repository, or contact the maintainer through the contact details on the repository page.',
      'プロジェクトの GitHub リポジトリに issue を開く、またはリポジトリページの連絡先からメンテナへ連絡する。',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'warning', body);
    for (const body of [
      // "if the repository page does not list a contact yet, contact the maintainer"
      '如果当前仓库页面还没写明安全联系方式，建议先联系维护者本人。',
      // "until a security mailbox exists, the maintainers should offer a private reporting channel on the releases page"
      '在尚未配置专用安全邮箱前，维护者应在发布页提供私有报告渠道。',
    ])
      assert.equal(findingsOf('SEC011', doc('# 安全', '', body))[0]?.severity, 'error', body);
  });

  it("reads a defanged address, a Chinese legend for the at sign, the issue chooser's private entry", () => {
    for (const body of [
      'Email security@acme[.]dev.',
      '邮箱：security#acme.cn（请将 # 换成 @）',
      // The entry GitHub's new-issue chooser shows when private reporting is on
      'Use the "Report a security vulnerability" option when opening a new issue.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('is uncertain where a sentence reports on the forge in words it does not know (probes of session 16)', () => {
    for (const body of [
      'Wir nehmen Meldungen nur über die private Meldefunktion entgegen, die GitHub für dieses Repository anbietet.',
      'O único canal que aceitamos é a comunicação privada de vulnerabilidades do GitHub.',
      'Beveiligingslekken graag melden via de pagina voor het melden van kwetsbaarheden van deze repository op GitHub, niet via issues of pull requests.',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'warning', body);
    // The same words around a public place asked for are certain: the issues are where it sends reports.
    for (const body of [
      'Report vulnerabilities by opening an issue on GitHub.',
      'Будь ласка, підніміть проблему на GitHub, щоб повідомити про вразливість.',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'error', body);
  });

  it('reads Nordic instructions, and an emoji as the end of a clause (probes of session 16)', () => {
    for (const policy of [
      '# Sikkerhed\n\nRapportér sårbarheder privat via fanen Sikkerhed, ikke i offentlige issues.\n',
      '# tietoturva\n\nälä tee julkista issueta 🙏 käytä repon Security-välilehden "Report a vulnerability" -nappia.\n',
    ])
      assert.deepEqual(findingsOf('SEC011', policy), [], policy);
  });

  it("reads a bounty platform named in another language's word order, and a reference link where it stands (probes of session 16)", () => {
    for (const policy of [
      '# Säkerhet\n\nVi tar emot sårbarhetsrapporter via vårt program på Intigriti.\n',
      '# Bezpieczeństwo\n\nZgłoszenia podatności przyjmujemy w ramach programu bug bounty na platformie HackerOne.\n',
      '# セキュリティ\n\n脆弱性は HackerOne 上のバグバウンティプログラムから報告してください。\n',
      '# Security\n\nOur PSIRT accepts reports only through the [customer portal][portal].\n\n[portal]: https://acme.dev/report\n',
    ])
      assert.deepEqual(findingsOf('SEC011', policy), [], policy);
    // A page whose address says nothing, linked by reference, is as uncertain as linked inline.
    const opaque =
      '# Security\n\nOur PSIRT accepts reports only through the [customer portal][portal].\n\n[portal]: https://portal.acme.de/anfrage\n';
    assert.equal(findingsOf('SEC011', opaque)[0]?.severity, 'warning');
    // In English the platform's name alone, in what a policy could hold, is no channel.
    const described = '# Security\n\n- A link to HackerOne or other site where people can report security bugs\n';
    assert.equal(findingsOf('SEC011', described)[0]?.severity, 'error');
  });

  it("reads holdout37 kinds: a security.txt's other fields, an article, a Q&A answer are no channels", () => {
    const txt = [
      'Contact: security@relay.example.com',
      'Policy: https://relay.github.io/docs/SECURITY_POLICY.html',
      'Acknowledgments: https://relay.github.io/docs/SECURITY_ACKNOWLEDGMENTS.html',
      '',
      '# Security Policy',
      '',
      'Report it to security@relay.example.com.',
      '',
    ].join('\n');
    assert.equal(findingsOf('SEC011', txt)[0]?.severity, 'error');
    for (const item of [
      '* [CSV injection](https://www.acme-research.com/blog/comma-separated-vulnerabilities).',
      '* [401 page injection](https://security.stackexchange.com/a/135534).',
    ])
      assert.equal(
        findingsOf('SEC011', withReporting(['Tell us.', '', '## Out of scope', '', item].join('\n')))[0]?.severity,
        'error',
        item,
      );
  });

  it('reads holdout38 kinds: the address in the repository\'s contact information, private reporting in Portuguese and Russian words; "contact @handle" is uncertain', () => {
    for (const body of [
      'Send the details to the email address listed in the repository contact information.',
      'Use o formulário privado de notificação de vulnerabilidades do repositório.',
      'Пишите приватно через форму GitHub для сообщений об уязвимостях.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    const handle = withReporting('For anything that should stay private, you may contact @mirela-k.');
    assert.deepEqual(findingsOf('SEC011', handle), [at(handle, '# Security Policy', 'warning')]);
  });

  it('reads holdout39 kinds: "mediante Security Advisories" (es, pt); a mod page or a named portal that shows the address is uncertain; a profile to tag in public is no channel', () => {
    for (const body of [
      'Envíe un reporte privado mediante **Security Advisories** del repositorio.',
      'Envie o relato por meio dos Security Advisories do repositório.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    for (const body of [
      'Please contact the maintainer privately (see the mod page on the platform you downloaded it from).',
      '请私下联系作者（见你下载时所用平台上的插件页面）。',
      'Send the report by secure email as listed in the **Lindwurm Member Portal**.',
    ]) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'warning')], body);
    }
    const tagged = withReporting(
      'Open an issue for it. You can also reach the maintainer through discussions or by tagging her in the issue: [mirela](https://github.com/mirela).',
    );
    assert.ok(findingsOf('SEC011', tagged).length === 1 && findingsOf('SEC012', tagged).length > 0);
  });

  it('reads Chinese bounty platforms, and an address said to be out of use is no channel (probes of session 17)', () => {
    for (const body of [
      '漏洞请通过补天平台提交：https://www.butian.net/Company/70311',
      '请在漏洞盒子提交：https://www.vulbox.com/projects/list',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    for (const body of [
      'Our old address security@lindwurm-shop.net was retired in March; a new contact will follow here.',
      '之前的安全邮箱 security@lindwurm-shop.net 已于 2024 年 3 月停用，新的联系方式正在筹备中。',
    ]) {
      const text = withReporting(body);
      assert.equal(findingsOf('SEC011', text).length, 1, body);
    }
  });

  it('reads an address in underscore emphasis; a list command address, a public Jira and a Fediverse mention in Dutch are no private way (probes of session 17)', () => {
    for (const body of ['Write to _security@lindwurm.dev_ with the details.', 'Schreib an __sicherheit@lindwurm.de__.'])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // (an address with an underscore inside is still one address: not "b@…" alone)
    assert.deepEqual(findingsOf('SEC011', withReporting('Write to sec_team@lindwurm.dev.')), []);
    for (const body of [
      'Post to our public list (subscribe by mailing dev-subscribe@lists.lindwurm.org first).',
      'Open a Bug in our public Jira: https://issues.lindwurm.org/secure/CreateIssue!default.jspa?pid=10000',
      'Laat het ons weten via Mastodon: noem\n**@lindwurm@mastodon.nl** in een bericht.',
    ]) {
      const text = withReporting(body);
      assert.equal(findingsOf('SEC011', text).length, 1, body);
    }
  });

  it('reads addresses of plain-text policies and of other scripts, and typos; a sample header or a stand-in in code stays code (probes and holdout40 of session 17)', () => {
    for (const body of [
      ['Send an email to:', '', '```', '"Lindwurm Security" <security@lindwurm.dev>', '```'].join('\n'),
      ['Mail either of us:', '', '     Mirela Kos <mirela@lindwurm.dev>', '     Joe Roe <joe@lindwurm.dev>'].join('\n'),
      ['Contacts:', '', '    Primary:  Mirela Kos <mirela@lindwurm.dev>', '    (answers within a week)'].join('\n'),
      'Écrivez à sécurité@ferronnerie-libre.fr.',
      'Schreibt an sicherheit@müller-software.de.',
      'Write to mirela@@gmail.com.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    for (const body of [
      ['Use this format:', '', '    From: Jane Reporter <jane@example.com>', '    Subject: [SECURITY] summary'].join(
        '\n',
      ),
      ['Example:', '', '    Pieter <pieter@your-domain.com>'].join('\n'),
    ])
      assert.equal(findingsOf('SEC011', withReporting(body)).length, 1, body);
  });

  it('reads a link alone on an indented line; a programme or form its sentence says is closed or not open yet is no way (probes of session 17)', () => {
    const link = withReporting(
      ['Report it privately:', '', '\thttps://github.com/lindwurm/lindwurm/security/advisories/new'].join('\n'),
    );
    assert.deepEqual(findingsOf('SEC011', link), []);
    for (const body of [
      'Our HackerOne programme https://hackerone.com/lindwurm is closed and accepts no new reports.',
      'Das Meldeformular https://lindwurm.de/cvd/melden ist noch nicht verfügbar.',
    ]) {
      const text = withReporting(body);
      assert.equal(findingsOf('SEC011', text).length, 1, body);
    }
  });

  it('reports a way left unfilled: a sample Matrix user, a handle in the policy\'s word for "your", a film\'s phone number (probes of session 17)', () => {
    for (const body of [
      'Send a private message on Matrix to `@username:matrix.org`.',
      'Zgłaszaj prywatnie na Telegramie: @twoj_nick',
      'Call our security line: +1 (555) 010-0000.',
      'Call our security line: +1 (415) 555-0123.',
      '**Phone:** +1 (555) 000-0000',
      'Fill in our form: https://forms.gle/XXXXXXXX',
    ]) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
    }
    // A real number and a real Matrix user stay ways to report.
    for (const body of [
      'Call our security line: +1 (415) 392-0147.',
      'Send a private message on Matrix to `@mirela:lindwurm.chat`.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads Arabic reporting written with short vowels or in a dialect, a form whose path says so in another script, Ravro (probes of session 17)', () => {
    for (const lines of [
      // "how do you report a vulnerability?" (Egyptian, with a shadda) over "send me a WhatsApp message"
      ['# الأمان', '', '## إزاي تبلّغ عن ثغرة؟', '', '- ابعتلي رسالة واتساب على https://wa.me/966500000123'],
      // "report the vulnerability through the form": its address says "report a vulnerability"
      ['# الأمان', '', 'استخدموا النموذج الخاص: https://nakheel.sa/ar/الإبلاغ-عن-ثغرة'],
      ['# 安全', '', '请通过这个页面提交：https://yunshan.cn/安全/漏洞报告'],
      ['# امنیت', '', 'گزارش‌ها فقط از طریق برنامه ما در راورو: https://www.ravro.ir/programs/golbarg'],
    ]) {
      assert.deepEqual(findingsOf('SEC011', doc(...lines)), [], lines.join(' '));
    }
    // A page in the Latin script is read by its words as before: a wiki's page is no form.
    const wiki = doc('# Biztonság', '', 'Írd fel a wiki oldalára: https://wiki.pogacsa.hu/Biztonsági_hibák');
    assert.equal(findingsOf('SEC011', wiki).length, 1);
  });

  it("reads GitLab's confidential issue named in other languages, and its quick action (a probe of session 16)", () => {
    for (const policy of [
      '# Sicherheit\n\nBitte erstelle auf unserem GitLab ein vertrauliches Issue.\n',
      '# Sécurité\n\nOuvrez un ticket confidentiel sur notre GitLab.\n',
      '# セキュリティ\n\nGitLab で機密 issue（confidential）を作成してください。\n',
      '# Безопасность\n\nСоздайте конфиденциальный issue в нашем GitLab.\n',
      '# Segurança\n\nAbra uma issue confidencial no nosso GitLab.\n',
      '# Bezpečnost\n\nZaložte na našem GitLabu důvěrný issue.\n',
      '# 보안\n\nGitLab에서 비공개(confidential) 이슈를 생성해 주세요.\n',
      '# Seguridad\n\nCrea un issue confidencial en nuestro GitLab.\n',
      '# Security\n\nOpen an issue on our GitLab instance and use the /confidential quick action.\n',
    ])
      assert.deepEqual(findingsOf('SEC011', policy), [], policy);
  });

  it('reads a private reporting feature turned down in Japanese, and one named with 通報 in Chinese (holdout41 kinds)', () => {
    // "we do not use GitHub's private reporting as our channel", polite and plain
    for (const line of [
      'GitHub の Private Vulnerability Reporting は受付窓口として使用しません。',
      '当プロジェクトでは GitHub の非公開の脆弱性報告は使用しない。',
    ]) {
      const text = doc('# セキュリティ', '', '## 脆弱性の報告', '', line);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# セキュリティ', 'error')], line);
    }
    for (const policy of [
      // "you may report through GitHub's private vulnerability reporting": an idiom, no negation
      doc('# セキュリティ', '', 'GitHub の非公開の脆弱性報告から送っていただいて構いません。'),
      // "if private vulnerability reporting is on, use it"
      doc('# 安全政策', '', '若已啟用私人弱點通報，請使用該功能回報。'),
      doc('# 安全策略', '', '请使用 GitHub 的私人漏洞通报功能提交。'),
    ])
      assert.deepEqual(findingsOf('SEC011', policy), [], policy);
  });

  it('reads holdout52 and holdout53 kinds: a bracketed address in words, a PM to an account in code, a README pointer in Dutch, emphasis after a sentence', () => {
    for (const body of [
      'We accept vulnerability reports via (sec-team at widgetco.com). Reports may be anonymous.',
      'Send a private message (PM) to admin `Jane` on the acme-forum.org board.',
      'Stuur een PM naar beheerder `Jane` op het forum.',
      'Elk onderdeel bevat in de readme een e-mailadres voor het melden van beveiligingsproblemen.',
      'Het e-mailadres voor beveiligingsmeldingen staat in de publiccode.yaml van elke repository.',
      // The emphasis closing after the full stop ends the sentence, and its negation with it.
      '**Не открывайте публичный issue.** GitHub → *Security* → *Report a vulnerability*.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A screening of well-known organisations' policies (session 19): "(at-symbol)", and the organisation's
    // process document in another repository that the sentence sends reporters to.
    for (const body of [
      'Please report any vulnerability you find to app (at-symbol) example-uni.de .',
      'For information on reporting potential security issues, please see [our CVE process](https://github.com/acme/proposals/blob/main/cve-process.md).',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // The vendor's support reached from its dashboard (a screening of 150 policies, session 19).
    for (const body of [
      'Envie os detalhes para o suporte oficial da ZuckoPay pelo painel (chat/ticket), marcando como "segurança".',
      'Send the details to our support team through the dashboard chat.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A code span that is no account, and a message that names no one.
    for (const body of [
      'Send a private message with the `--debug` output.',
      'Send a private message to the maintainer if GitHub has them.',
    ]) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
    }
  });

  it('reads a private channel the policy says it does not have, or has switched off (probe kinds, session 19)', () => {
    for (const line of [
      '本仓库目前没有单独的私密漏洞报告渠道，请在 Issues 中反馈。',
      '本專案沒有私密的漏洞回報管道，請直接開 Issue。',
      'Private vulnerability reporting is switched off for this repository; please open an issue.',
      'Private vulnerability reporting is turned off. Open an issue instead.',
    ]) {
      const text = doc('# Security', '', '## Reporting', '', line);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security', 'error')], line);
    }
    // Where published advisories are seen is no way to report (m030).
    const seen = doc(
      '# Security',
      '',
      "You will see our advisories listed on the repository's Security tab once fixes ship.",
      '',
      '## Reporting',
      '',
      'Please open an issue.',
    );
    assert.deepEqual(findingsOf('SEC011', seen), [at(seen, '# Security', 'error')]);
    // A negation in another clause turns nothing around.
    const text = doc('# 安全策略', '', '如果 3 天内没有回复，请使用私密漏洞报告。');
    assert.deepEqual(findingsOf('SEC011', text), []);
  });

  it('reads holdout44 and holdout45 kinds: private reporting "once it is enabled" is a warning, a navigation link to the reporting policy a pointer', () => {
    for (const body of [
      'Once GitHub private vulnerability reporting is enabled, use it.',
      'GitHub private vulnerability reporting 啟用後，可直接使用該介面。',
    ]) {
      const text = withReporting(body);
      const [finding] = findingsOf('SEC011', text);
      assert.equal(finding?.severity, 'warning', body);
      assert.match(analyze(text).find((f) => f.ruleId === 'SEC011')!.message, /once it is enabled/, body);
    }
    // Said to be on: a channel.
    for (const body of [
      'GitHub private vulnerability reporting is enabled for this repository; use it.',
      'Private vulnerability reporting has been enabled. Use it.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // Not there yet, said for certain: still an error.
    const notYet = withReporting(
      'Private vulnerability reporting will be enabled soon; until then tell the maintainer.',
    );
    assert.equal(findingsOf('SEC011', notYet)[0]?.severity, 'error');

    // A page of details whose navigation links the policy that says how to report.
    for (const nav of [
      '[English](SECURITY.en.md) | [Reporting policy](../SECURITY.md)',
      '[English](SECURITY.en.md) | [報告ポリシー](../SECURITY.md)',
    ]) {
      const text = doc('# Details', '', nav, '', 'Tokens are kept encrypted at rest.');
      assert.deepEqual(findingsOf('SEC011', text), [], nav);
    }
    // A language switcher alone points to no policy of another kind.
    const switcher = doc(
      '# Details',
      '',
      '[English](SECURITY.en.md) | [Overview](../README.md)',
      '',
      'Tokens are kept encrypted at rest.',
    );
    assert.equal(findingsOf('SEC011', switcher).length, 1);
  });

  it('reads a feature said to be off only under a condition as offered, and the private channel of security advisories in Portuguese (holdout44 and holdout45 kinds)', () => {
    for (const body of [
      'Report it privately by opening a GitHub security advisory, or by writing to the owner if private advisories are not available.',
      'Prefira o canal privado de security advisories do GitHub; se ele não estiver habilitado, fale com o mantenedor.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // Said to be off, with no condition: no way.
    const closed = withReporting('Report it through HackerOne, where the programme is closed to new submissions.');
    assert.equal(findingsOf('SEC011', closed).length, 1);
  });

  it("reads a pointer to the README's contact section, and the Security menu named in words (holdout42 kinds)", () => {
    for (const body of [
      'Found something? Write to us through the **Contact** section of the [README](README.md).',
      'Achou algo? Fale pela seção **Contato** do [README](../README.md).',
      'If the bug gives an advantage, go to security, then to advisories, and report it there.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // The README linked for something else is no pointer to a contact.
    const other = withReporting('Build it as the [README](README.md) says, then tell us.');
    assert.equal(findingsOf('SEC011', other).length, 1);
  });

  it("reads a cloud's security group as a firewall, not a tracker's hidden group, and a tracker's box ticked in Spanish and Portuguese as private (holdout60 kinds)", () => {
    const firewall = withReporting(
      'The server provisions its security group (SSH restricted to the admin network). Open a GitHub issue for any security issue.',
    );
    assert.equal(findingsOf('SEC011', firewall).length, 1);
    assert.equal(findingsOf('SEC012', firewall).length, 1);
    for (const body of [
      'Informa de los problemas de seguridad en nuestro Bugzilla y, al crear el informe, marca la casilla `security-team`.',
      'Relate problemas de segurança no nosso Bugzilla e marque a caixa **security** ao criar o relatório.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads holdout49 kinds: a private message on GitHub (sv) is no private reporting, a page one visits to report is a channel', () => {
    const message = withReporting('Kontakta ägaren direkt via GitHub privat meddelande.');
    assert.equal(findingsOf('SEC011', message).length, 1);
    // German's "über GitHub privat" is still its private reporting.
    assert.deepEqual(findingsOf('SEC011', withReporting('Melde es über GitHub privat.')), []);
    assert.deepEqual(
      findingsOf(
        'SEC011',
        withReporting('Visit [our portal](https://disclose.acme.org) to report any vulnerabilities.'),
      ),
      [],
    );
  });

  it('reads "Security Advisories do/de GitHub" as private reporting, unless the sentence publishes there (holdout63 kind)', () => {
    for (const body of [
      'Reporte em privado pelos Security Advisories do GitHub.',
      'Reporta la vulnerabilidad por los Security Advisories de GitHub.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    const published = withReporting('Publicamos los avisos en los Security Advisories de GitHub.');
    assert.equal(findingsOf('SEC011', published).length, 1);
    // ("publica un tema", post a topic, asks the reporter to write in public)
    const posted = withReporting('Para reportar una vulnerabilidad, publica un tema en nuestro foro.');
    assert.equal(findingsOf('SEC012', posted).length, 1);
  });

  it('reads holdout65 and holdout66 kinds: a chat account after "Discord Username:", "write up a security advisory", an address to be listed on the front page', () => {
    for (const body of [
      'Contact the developer via Discord:\n\n- Discord Username: jane.dev',
      '- **Telegram ID:** @jane_dev',
      'Send it to us this way:\n\n* Write up a security advisory on the relevant repository',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // (the maintainers writing one up is no channel)
    assert.equal(
      findingsOf('SEC011', withReporting('We will write up a security advisory once it is fixed.')).length,
      1,
    );
    const frontPage = withReporting('Contact us through email, which will be listed on the front page.');
    assert.equal(findingsOf('SEC011', frontPage)[0]?.severity, 'warning');
  });

  it('reads a page alone on its line that the paragraph before refers to for reports with a colon (holdout58 kind)', () => {
    const referred = withReporting(
      'See our support policy for how to report vulnerabilities privately:\n\nhttps://wiki.acmesoft.org/support-policy',
    );
    assert.deepEqual(findingsOf('SEC011', referred), []);
    // (a page introduced with no request for reports, and a link whose intro only names a product, are no way)
    const documentation = withReporting('Our documentation is here:\n\nhttps://wiki.acmesoft.org/docs');
    assert.equal(findingsOf('SEC011', documentation).length, 1);
    const tracker = withReporting(
      'Acme Mail uses Bugzilla for all bug reports, security problems included:\n\nhttps://bugs.acmesoft.org/enter_bug.cgi',
    );
    assert.equal(findingsOf('SEC012', tracker).length, 1);
  });

  it('reads holdout68 kinds: an address with "_at_", advisory words after a link holding only their verb, a bold line that is a heading', () => {
    for (const body of [
      'Please contact the lead maintainer jane.doe _at_ acme-lab.org.',
      'Please [file](https://github.com/acme/widget/issues) a security advisory on GitHub with the details.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // (an identifier with "_at_" inside is no address; a link whose own text is the advisory still leads to the tracker)
    assert.equal(findingsOf('SEC011', withReporting('Set created_at_time.zone and tell us.')).length, 1);
    const linkText = withReporting('Please [file a security advisory](https://github.com/acme/widget/issues).');
    assert.equal(findingsOf('SEC011', linkText).length, 1);
    // "**Report a Vulnerability**" over a paragraph is a heading in bold, not GitHub's button
    const boldHeading = doc('# Security Policy', '', '**Report a Vulnerability**', '', 'Tell us what you found.');
    assert.equal(findingsOf('SEC011', boldHeading).length, 1);
    assert.deepEqual(
      findingsOf('SEC011', withReporting('Open the Security tab and click **Report a vulnerability**.')),
      [],
    );
    // (the feature's name in bold over a paragraph that asks to use it names the feature)
    const feature = doc(
      '# Security Policy',
      '',
      '**Private Vulnerability Reporting**',
      '',
      'Please use it to send us the details.',
    );
    assert.deepEqual(findingsOf('SEC011', feature), []);
  });

  it('reads more spellings of an address: "(a)" glued between its parts, "(à)", "-AT-" and "-DOT-", "*at*" and "*dot*"', () => {
    for (const address of [
      'marta.kowal(a)acme-lab.fi',
      'marta.kowal *at* acme-lab *dot* org',
      'marta.kowal (à) acme-lab.fr',
      'marta.kowal -AT- acme-lab -DOT- org',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(`Please email ${address} with the details.`)), [], address);
    // (a list's letter between words is no at sign)
    assert.equal(findingsOf('SEC011', withReporting('Follow clause (a) policy.md and tell us.')).length, 1);
  });

  it('reads a page a sentence asks to report through with "using this page", not a forge\'s front page left by a placeholder', () => {
    const page = withReporting('Report security problems to our team using this page:\nhttps://acme-lab.org/x7');
    assert.deepEqual(findingsOf('SEC011', page), []);
    const cut = withReporting(
      'Please report vulnerabilities privately using this link:\nhttps://github.com/<org>/<repo>/security/advisories/new',
    );
    assert.equal(findingsOf('SEC011', cut).length, 1);
  });

  it('reads a bounty programme the project runs on a platform named in words ("via our HackerOne program")', () => {
    for (const body of [
      'Please report via our HackerOne program.',
      'Please submit your findings to our HackerOne bug bounty program.',
      'Please use our YesWeHack program.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // (a description of what a policy may hold names no programme)
    const described = withReporting('This file may hold a link to HackerOne or another site.');
    assert.equal(findingsOf('SEC011', described).length, 1);
  });

  it('reads an address a sentence says is on a website as an uncertain channel, in any language (holdout72 kind)', () => {
    for (const body of [
      'لطفاً از طریق ایمیلی که در سایت ما درج شده، به‌صورت خصوصی گزارش دهید.',
      "Signalez-le en privé à l'adresse indiquée sur notre site.",
    ])
      assert.deepEqual(
        findingsOf('SEC011', withReporting(body)).map((f) => f.severity),
        ['warning'],
        body,
      );
  });

  it('reads holdout72 and holdout73 kinds: a channel after Korean "말고" (not … but), an address "listed in the repository profile"', () => {
    const korean = withReporting('공개 이슈로 올리지 말고 저장소 Security 탭의 비공개 취약점 신고 기능을 써 주세요.');
    assert.deepEqual(findingsOf('SEC011', korean), []);
    const profile = withReporting('Open an issue, or write to the email listed in the repository profile.');
    assert.deepEqual(
      findingsOf('SEC011', profile).map((f) => f.severity),
      ['warning'],
    );
  });

  it('reads "check the repository settings for private reporting" as GitHub\'s private reporting (holdout67 kind)', () => {
    const text = withReporting(
      'Do not open a public issue; check the repository settings for private reporting instead.',
    );
    assert.deepEqual(findingsOf('SEC011', text), []);
  });

  it('reads the Advisories tab named in Turkish ("Security Advisories sekmesini") as private reporting (holdout76 kind)', () => {
    const text = withReporting(
      'Herkese açık issue açmayın; **Security Advisories** sekmesini kullanarak özel bir rapor oluşturun.',
    );
    assert.deepEqual(findingsOf('SEC011', text), []);
  });

  it('reads GitHub\'s private reporting by the title of its page and in Portuguese by "recurso de relatório privado" (own probes)', () => {
    for (const body of [
      'Use GitHub\'s "Privately report a security vulnerability" feature.',
      'Reporte de forma privada pelo recurso de relatório privado do GitHub.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // A section's title quoted is no button: "see the section "Report a security vulnerability" below".
    assert.equal(
      findingsOf('SEC011', withReporting('See the section "Report a security vulnerability" below.')).length,
      1,
    );
  });

  it("reads another project's policy linked for what this one disclaims as no channel of its own (holdout82 kind)", () => {
    const disclaimed = withReporting(
      'Open an issue with the label `security`.\n\nI am not responsible for the binary itself. For more information see [here](https://github.com/upstream/tool/blob/main/SECURITY.md).',
    );
    assert.deepEqual(
      findingsOf('SEC011', disclaimed).map((f) => f.severity),
      ['error'],
    );
    const followed = withReporting(
      'This project follows the organisation policy: see [here](https://github.com/acme/.github/blob/main/SECURITY.md).',
    );
    assert.deepEqual(findingsOf('SEC011', followed), []);
  });

  it('reads a file the repository keeps its contacts in, named in code, as a channel (holdout83 kind)', () => {
    for (const body of ['Contact us privately (see `SUPPORT.md`).', 'Contactez-nous en privé (voir `SUPPORT.md`).'])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    assert.equal(findingsOf('SEC011', withReporting('For help using the app, see SUPPORT.md.')).length, 1);
  });

  it('reads "- A GitHub Security Advisory will be published" as where fixes are announced, not a channel (holdout80 kind)', () => {
    const text = withReporting(
      'Include the steps to reproduce.\n\n## Disclosure\n\nOnce fixed:\n- A GitHub Security Advisory will be published',
    );
    assert.deepEqual(
      findingsOf('SEC011', text).map((f) => f.severity),
      ['error'],
    );
  });

  it('reads Chinese "私密 advisory" as GitHub\'s private reporting (holdout85 kind)', () => {
    for (const body of ['请在 GitHub 提供私密 advisory 时使用 advisory。', '請使用私密 advisory 回報。'])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads "name at domain.edu" after a name under a label naming contacts as an address (holdout87 kind)', () => {
    const text = doc(
      '# Security',
      '',
      '**Project contacts**',
      '* Jane Roe, jroe at acme-lab.edu',
      '',
      '## Reporting',
      '',
      'Email any of the addresses listed above.',
    );
    assert.deepEqual(findingsOf('SEC011', text), []);
    // An item that only starts with words before " at " is no address: "look at github.com".
    assert.equal(
      findingsOf(
        'SEC011',
        doc('# Security', '', '## Reporting', '', 'Contact channels', '- look at github.com for the project'),
      ).length,
      1,
    );
  });

  it('reads the repository\'s menu translated into Dutch ("Beveiliging → Advies") as private reporting (holdout86 kind)', () => {
    const text = withReporting(
      'Gebruik **Beveiliging → Advies → Een kwetsbaarheid melden** in de GitHub-opslagplaats.',
    );
    assert.deepEqual(findingsOf('SEC011', text), []);
  });

  it('reads an address spelled with "|at|" or with doubled brackets ("<(at)>", "[(dot)]") (validation74 and holdout93 kinds)', () => {
    for (const body of [
      'Email security |at| acme-lab.org.',
      'Write to security |at| acme-lab |dot| org.',
      'Report it via `jane <(at)> mailbox <(dot)> com`.',
      'Report it to jane [(at)] acme-lab [(dot)] org.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads an advisory opened beside an issue and "the repository\'s security reporting process" as private reporting (validation74 kinds)', () => {
    for (const body of [
      'Open a GitHub issue or security advisory in [acme/widget](https://github.com/acme/widget).',
      '在 [acme/widget](https://github.com/acme/widget) 开 GitHub issue 或 security advisory。',
      "Problems in these pages can be reported through the repository's security reporting process.",
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads the advisory the maintainers open, written as a link to its documentation, as no channel (holdout93 kind)', () => {
    const text = withReporting(
      'Post an issue and label it `security`. Once it is confirmed, we will open a [GitHub Security Advisory](https://docs.github.com/en/code-security), if needed.',
    );
    assert.deepEqual(
      findingsOf('SEC011', text).map((f) => f.severity),
      ['error'],
    );
  });

  it('reads the advisory feature spelled with a hyphen, across a line break, as private reporting (holdout90 kind)', () => {
    for (const body of [
      "Please report vulnerabilities privately through GitHub's\nsecurity-advisory feature.",
      "Report suspected vulnerabilities privately through the repository host's security-advisory feature.",
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it("reads SSH algorithms' names written as addresses as no channel (holdout97 kind)", () => {
    const text = doc(
      '# Security',
      '',
      '## Reporting a vulnerability',
      '',
      'Contact the maintainers privately.',
      '',
      '## Cryptography',
      '',
      '| Use | Algorithms |',
      '| --- | --- |',
      '| Key exchange | `curve25519-sha256@libssh.org` |',
      '| Ciphers | `chacha20-poly1305@openssh.com`, `aes256-gcm@openssh.com` |',
      '| MAC | `hmac-sha2-256-etm@openssh.com` |',
    );
    assert.deepEqual(
      findingsOf('SEC011', text).map((f) => f.severity),
      ['error'],
    );
    // A team's address with a hyphen is still one.
    assert.deepEqual(findingsOf('SEC011', withReporting('Email security-team@acme-lab.org.')), []);
  });

  it('reads private reporting named in a note to the maintainer as not set up yet (holdout67 kind)', () => {
    for (const note of [
      '*如果你就是维护者读到这儿：请换成真实的安全邮箱，或者开 GitHub Security Advisories。*',
      '*If you are the maintainer reading this, put in a real address or enable GitHub Security Advisories.*',
    ]) {
      const text = withReporting(`There is no private contact yet.\n\n${note}`);
      assert.deepEqual(
        findingsOf('SEC011', text).map((f) => f.severity),
        ['error'],
        note,
      );
    }
  });

  it('reads a mailbox and a domain in code spans with an emoji between as an address, and a documentation page under /community/ as a page (holdout101 kinds)', () => {
    for (const body of [
      'To reach the security team, drop us an email at `security` :globe_with_meridians: `acme-lab.org`',
      'Email `security` ✉️ `acme-lab.org`.',
      'Follow [these guidelines](https://docs.acme-lab.org/community/contributing/disclosing-vulnerabilities/) to report vulnerabilities.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // Code spans with a sign between in a sentence about something else are no address.
    assert.equal(findingsOf('SEC011', withReporting('Build it with `src` / `main.ts`.')).length, 1);
  });

  it('reads "security @ domain.io" as an address, and a documentation page under a reporting heading or with a reporting fragment as a channel (holdout99 kinds)', () => {
    for (const body of [
      'Severe issues can be reported via security @ acme-lab.io .',
      'Please check https://docs.acme-lab.org/security.html',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    const fragment = doc('# Security Policy', '', 'See https://docs.acme-lab.org/security.html#reporting-an-incident');
    assert.deepEqual(findingsOf('SEC011', fragment), []);
  });

  it('is not certain where the request names a person listed under it, and reads a link to the contacts file as the way (holdout110, holdout112 kinds)', () => {
    const lead = withReporting(
      'Please send your findings by email directly to the project lead:\n\n- **Jane Roe** (@jroe) - Project Lead\n',
    );
    assert.deepEqual(findingsOf('SEC011', lead), [at(lead, '# Security Policy', 'warning')]);
    const file = withReporting(
      'Use one of our [ways to get in touch](https://github.com/acme/widget/blob/main/SUPPORT.md).',
    );
    assert.deepEqual(findingsOf('SEC011', file), []);
    // A people list with no request to write to them stays certain.
    const credits = withReporting('Tell us about it.\n\nMaintainers:\n\n- **Jane Roe** (@jroe)\n');
    assert.deepEqual(findingsOf('SEC011', credits), [at(credits, '# Security Policy', 'error')]);
  });

  it('reads private reporting the text says the owner still has to switch on as not there yet, in other languages (holdout113 kind)', () => {
    for (const body of [
      'Der Maintainer muss GitHub Private Vulnerability Reporting erst aktivieren.',
      'Власник має ввімкнути GitHub private vulnerability reporting.',
    ])
      assert.deepEqual(
        findingsOf('SEC011', withReporting(body)).map((f) => f.severity),
        ['error'],
        body,
      );
    assert.deepEqual(findingsOf('SEC011', withReporting('Nutzen Sie GitHub Private Vulnerability Reporting.')), []);
  });

  it("reads WordPress disclosure programs by name, Snyk's disclosure form, GitHub Security Lab's address, one-to-one messengers, a Session ID and a number to text (session 25 probes)", () => {
    for (const body of [
      'Please report security issues via Patchstack for this plugin.',
      'Report it through Wordfence or WPScan.',
      'Report it through https://snyk.io/vulnerability-disclosure/ if you prefer.',
      'Write to GitHub Security Lab at securitylab@github.com.',
      'Report it via Keybase chat (acmesec).',
      'Report it with an end-to-end encrypted message on Nostr.',
      'Report it on Threema to the maintainer.',
      'Send the report as a Session message to 05' + 'a1b2c3d4'.repeat(8) + '.',
      'Report it by text message to +1 415 867 5309.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // Snyk's other pages are references, and a scan named is no channel.
    for (const body of [
      'Known issues are listed at https://snyk.io/advisor/npm-package/widget.',
      'We scan dependencies via Snyk. Tell us about it.',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body)).length, 1, body);
  });

  it('reads an instruction after "and" as its own, past a prohibition before it, and a chat bot\'s report command (holdout115 kinds)', () => {
    for (const body of [
      'Please do not open a public issue for it and send me a Discord message directly at **jroe#1234**.',
      'Join our Discord and use the /report command to reach the staff.',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
    // The prohibited instruction stays prohibited, and a command with no chat named is no channel.
    for (const body of [
      'Do not send me a Discord message about it and tell us in the forum.',
      'Run /report in your terminal to print a summary.',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body)).length, 1, body);
  });

  it("reads no channel in a link to a place in the policy itself, nor in an advisory the maintainers add the reporter to, and reads GitHub's advisory documentation offered for a private report as its private reporting (holdout116, holdout117 kinds)", () => {
    const anchor = doc('# [Security Policy](#security-policy)', '', '## Reporting', '', 'Tell us about it.');
    assert.deepEqual(findingsOf('SEC011', anchor), [at(anchor, '# [Security Policy](#security-policy)', 'error')]);
    const invited = withReporting(
      'Open an issue saying you found a security bug. We will add you as a collaborator to a GitHub Security Advisory to discuss it.',
    );
    assert.equal(findingsOf('SEC011', invited).length, 1);
    for (const body of [
      'Use GitHub [Security Advisories](https://docs.github.com/en/code-security/security-advisories/about-coordinated-disclosure-of-security-vulnerabilities) to report privately.',
      'GitHub の [Security Advisories](https://docs.github.com/ja/code-security/security-advisories/about-coordinated-disclosure-of-security-vulnerabilities) を利用して、非公開で報告してください。',
    ])
      assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('reads a disclosure page given for another product "itself" as that product\'s, not this policy\'s channel (holdout68 kind)', () => {
    const text = doc(
      '# Security policy',
      '',
      'This policy applies to the Acme Ansible collection, not Acme itself. For Acme itself, refer to [its disclosure policy](https://acme-lab.org/responsible-disclosure-policy).',
      '',
      '## Reporting',
      '',
      'Tell us about it.',
    );
    assert.equal(findingsOf('SEC011', text).length, 1);
    // This project's own page stays its channel.
    const own = withReporting('Refer to [our disclosure policy](https://acme-lab.org/responsible-disclosure-policy).');
    assert.deepEqual(findingsOf('SEC011', own), []);
  });
});
