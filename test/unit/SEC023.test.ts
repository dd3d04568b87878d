import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, doc, findingsOf } from './helpers';

describe('SEC023 placeholder-text', () => {
  it('reports bracketed fill-in text', () => {
    const text = doc(
      'Email [INSERT SECURITY EMAIL] or contact [Your Name].',
      'Our key: [PGP key would be provided here]. Phone: [PHONE_NUMBER].',
      'Reach [email protected] for help.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[INSERT SECURITY EMAIL]', 'error'),
      at(text, '[Your Name]', 'error'),
      at(text, '[PGP key would be provided here]', 'error'),
      at(text, '[PHONE_NUMBER]', 'error'),
      at(text, '[email protected]', 'error'),
    ]);
  });

  it('reports angle-bracket placeholders but not HTML tags or autolinks', () => {
    const text = doc(
      'Report issues in <project> to <your-email>, signed <<author>>.',
      '',
      '<details open><summary>More</summary>',
      '',
      'See <https://acme.dev/security> or write to <security@acme.dev>.<br>',
      '',
      '</details>',
      '',
      '<p align="center"><b>Thanks</b></p>',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '<project>', 'error'),
      at(text, '<your-email>', 'error'),
      at(text, '<<author>>', 'error'),
    ]);
  });

  it('reports OWNER/REPO, template variables and TODO markers', () => {
    const text = doc(
      'Use https://github.com/OWNER/REPO/security/advisories/new or github.com/your-org/your-repo.',
      'Mail {{SECURITY_EMAIL}} or $SECURITY_CONTACT about {PROJECT_NAME}.',
      'TODO: add the response times. FIXME',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'OWNER/REPO', 'error'),
      at(text, 'your-org/your-repo', 'error'),
      at(text, '{{SECURITY_EMAIL}}', 'error'),
      at(text, '$SECURITY_CONTACT', 'error'),
      at(text, '{PROJECT_NAME}', 'error'),
      at(text, 'TODO', 'error'),
      at(text, 'FIXME', 'error'),
    ]);
  });

  it('reports a key fingerprint whose digits count up, not a generated one or a number', () => {
    const text = doc(
      'Sign with key `B1C2 D3E4 F5A6 0789 2345 6789 ABCD EF01 2345 6789`.',
      'Or the old key 0xC2D3E4F5A6B7C8D9.',
      'Real key: `3F9A 71C0 E245 B86D 0C1E 94A7 52DB 6F03 A8C9 1E74`.',
      'The default user ID is 1234567812345678.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'B1C2 D3E4 F5A6 0789 2345 6789 ABCD EF01 2345 6789', 'error'),
      at(text, '0xC2D3E4F5A6B7C8D9', 'error'),
    ]);
  });

  it('reports a note the author left for themselves at the start of a line, not advice in a sentence', () => {
    const text = doc(
      '**Before merging:** _check the address with the team._',
      '',
      'Rotate leaked tokens before publishing: a scan takes minutes.',
      'Note to self: add the key.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'Before merging:', 'error'),
      at(text, 'Note to self:', 'error'),
    ]);
  });

  it('reports YOUR-/MY- fields in capitals, URLs with an elided path and capital instructions in code', () => {
    const text = doc(
      'Security contact for YOUR-COMPANY: see https://gitlab.com/…/advisories/new for the form.',
      '',
      '`DESCRIBE THE PATCH PROCESS HERE`',
      '',
      'Run `LIST FILES` for my-project; guides at https://acme.dev/guides/.../intro.md and https://acme.dev/docs/x.md.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'YOUR-COMPANY', 'error'),
      at(text, 'https://gitlab.com/…/advisories/new', 'error'),
      at(text, 'DESCRIBE THE PATCH PROCESS HERE', 'error'),
      at(text, 'https://acme.dev/guides/.../intro.md', 'error'),
    ]);
  });

  it('reports empty link targets and links to placeholder domains', () => {
    const text = doc(
      'Read the [policy]() and the [advisories](#).',
      '',
      'Key: [download](https://yourdomain.com/key.asc)',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[policy]()', 'error'),
      at(text, '[advisories](#)', 'error'),
      at(text, 'https://yourdomain.com/key.asc', 'error'),
    ]);
  });

  it('does not report tokens in code, lowercase words, links or ordinary brackets', () => {
    const text = doc(
      'Our todo list is public; costs are $100.',
      'Run `gh api repos/OWNER/REPO` or `echo $HOME`; `TODO` is a code marker.',
      '',
      '```',
      'TODO: [insert key] <project> {{name}}',
      '```',
      '',
      '<!-- TODO: fill in -->',
      '',
      'Submit [your report](https://github.com/acme/widget/security/advisories/new) privately.',
      'See [RFC 9116] and [CVE-2024-1234]. Check [x] done. Send [your findings].',
      'A List<String> is not a placeholder. Versions < 4.0 are unsupported.',
      '',
      '> [!NOTE]',
      '> Visit http://localhost:8080 only on your machine.',
      '',
      '[your findings]: https://acme.dev/report',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it('reports an armored block whose body is placeholder prose, even in a fence (range: the body)', () => {
    const text = doc(
      '```',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
      'Version: none',
      '',
      '[Your public key goes here]',
      '...',
      '-----END PGP PUBLIC KEY BLOCK-----',
      '```',
    );
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '[Your public key goes here]\n...', 'error')]);
  });

  it('reports an empty armored block as a whole and does not double-report tokens inside a placeholder block', () => {
    const empty = '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n-----END PGP PUBLIC KEY BLOCK-----';
    const text = doc(
      empty,
      '',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
      'TODO: paste [insert key]',
      '-----END PGP PUBLIC KEY BLOCK-----',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, empty, 'error'),
      at(text, 'TODO: paste [insert key]', 'error'),
    ]);
  });
  it('reports placeholders in brackets, capitals, template syntax and other languages', () => {
    const tokens = [
      '[your-email@your-domain]',
      '[INSIRA SEU E-MAIL]',
      '[E-MAIL DE SEGURANÇA]',
      '[Einfügen: Ihre Adresse]',
      'SECURITY_CONTACT_EMAIL',
      '__ORG__',
      '{{ security_email }}',
      '<<email>>',
      '${EMAIL}',
      '[security@example.com]',
    ];
    const text = doc(...tokens.map((t) => `- Contact: ${t}`));
    assert.deepEqual(
      findingsOf('SEC023', text),
      tokens.map((t) => at(text, t, 'error')),
    );
  });

  it('reports a number left as [X], a stand-in link target and a note to the author', () => {
    const text = doc(
      'We answer within [X] days via the [form](link_to_form).',
      '',
      '- PGP: *(If applicable, include your PGP key for encrypted reports)*',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[X]', 'error'),
      at(text, '[form](link_to_form)', 'error'),
      at(text, '(If applicable, include your PGP key for encrypted reports)', 'error'),
    ]);
  });

  it('does not report TBD, a checkbox, or the words of a link with a real target', () => {
    const text = doc(
      '| Version | End of life |',
      '| --- | --- |',
      '| 3.x | TBD |',
      '',
      '- [X] Triage',
      '- Severity: TBD until triaged.',
      '- [Add the reporter](https://docs.github.com/en/code-security) to the advisory.',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });
  it('reports brackets that only name a value, glued "your" fields, filler and blanks', () => {
    const text = doc(
      'Email [email address] or [security team email]; we reply within [number] days.',
      'Site: https://acme.dev/[yourdomain]. Signed [YourName]. Code: [XXXX].',
      'Contact: ____ or REPLACE_ME. Lorem ipsum dolor.',
      'Key: {project_name}, %SECURITY_CONTACT%, YOUR_EMAIL_HERE.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[email address]', 'error'),
      at(text, '[security team email]', 'error'),
      at(text, '[number]', 'error'),
      at(text, '[yourdomain]', 'error'),
      at(text, '[YourName]', 'error'),
      at(text, '[XXXX]', 'error'),
      at(text, '____', 'error'),
      at(text, 'REPLACE_ME', 'error'),
      at(text, 'Lorem ipsum', 'error'),
      at(text, '{project_name}', 'error'),
      at(text, '%SECURITY_CONTACT%', 'error'),
      at(text, 'YOUR_EMAIL_HERE', 'error'),
    ]);
  });

  it('reports inline code that holds nothing but a placeholder, not code that contains one', () => {
    const text = doc(
      'Email: `[your-email]`, or `<your email>`, key `{{ key_url }}`.',
      '',
      'Run `npm install <package>` and `make [target]`; `TODO` is a code marker.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[your-email]', 'error'),
      at(text, '<your email>', 'error'),
      at(text, '{{ key_url }}', 'error'),
    ]);
  });

  it('reports examples and ellipses left in brackets, a link target naming its kind, and TODO joined to words', () => {
    const text = doc(
      'Backup: [name / role]. We answer within [e.g. 72 hours].',
      '',
      '- Supported: [...]',
      '',
      'Our key is [here](keybaseurl). Email TODO-set-contact.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[name / role]', 'error'),
      at(text, '[e.g. 72 hours]', 'error'),
      at(text, '[...]', 'error'),
      at(text, '[here](keybaseurl)', 'error'),
      at(text, 'TODO', 'error'),
    ]);
  });

  it('reports letters standing for numbers of days, "your" mentions, field names in capitals and braces, x-ed out keys', () => {
    const text = doc(
      'We reply within X days and fix within N business days; updates every XX hours.',
      'Ping @your-github-handle. PROJECT_NAME (PROJECT NAME) takes security seriously: email {email} or %%SECURITY_EMAIL%%.',
      'Fingerprint: XXXX XXXX XXXX XXXX.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'X days', 'error'),
      at(text, 'N business days', 'error'),
      at(text, 'XX hours', 'error'),
      at(text, '@your-github-handle', 'error'),
      at(text, 'PROJECT_NAME', 'error'),
      at(text, '(PROJECT NAME)', 'error'),
      at(text, '{email}', 'error'),
      at(text, '%%SECURITY_EMAIL%%', 'error'),
      at(text, 'XXXX XXXX XXXX XXXX', 'error'),
    ]);
  });

  it('reports a sentence that tells the author what to write, one level lower (a template is likely, not certain)', () => {
    const text = doc(
      'Replace this text with your disclosure policy.',
      '',
      '- Describe your release process here.',
      '',
      'Please fill in this section before publishing.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'Replace this text with your disclosure policy.', 'warning'),
      at(text, 'Describe your release process here.', 'warning'),
      at(text, 'Please fill in this section before publishing.', 'warning'),
    ]);
  });

  it('reports field names in brackets and angles in other languages and scripts, not labels such as 【重要】', () => {
    const text = doc(
      '请将报告发送至 [安全团队邮箱]。报告也可发送至 【邮箱地址】。',
      '',
      'Écrivez à [adresse e-mail de sécurité]. Пишите на <адрес электронной почты>.',
      '',
      '보고서를 [보안 이메일]로 보내주세요. 連絡は［メールアドレス］へ。',
      '',
      '【重要】请勿公开披露。［重要］公開しないでください。[Важно] Не публикуйте детали.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[安全团队邮箱]', 'error'),
      at(text, '【邮箱地址】', 'error'),
      at(text, '[adresse e-mail de sécurité]', 'error'),
      at(text, '<адрес электронной почты>', 'error'),
      at(text, '[보안 이메일]', 'error'),
      at(text, '［メールアドレス］', 'error'),
    ]);
  });

  it('reads a $ name as a template variable only where it names a field: not a shell variable or a ticker', () => {
    const text = doc(
      'Files under `$DATA_HOME` are private. Finders earn $MOLT tokens.',
      '',
      'Email ${SECURITY_EMAIL}. PGP key: [Link to PGP key if available]',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '${SECURITY_EMAIL}', 'error'),
      at(text, '[Link to PGP key if available]', 'error'),
    ]);
  });

  it("leaves Mustache's section tags alone and reports the variables they guard and a 555 phone in letters", () => {
    const text = doc(
      '{{#reporting}}',
      '- Report it [privately]({{reportingUrl}}).',
      '{{/reporting}}',
      '',
      'Hotline: +1-555-SECURITY',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '{{reportingUrl}}', 'error'),
      at(text, '+1-555-SECURITY', 'error'),
    ]);
  });

  it("leaves a tool's output full of angles that name no field, but not a template's fields among them", () => {
    const lines = ['<Alpha>', '<Beta>', '<Gamma>', '<Delta>', '<Epsilon>', '<Zeta>', '<Eta>', '<Theta>', '<Iota>'];
    const text = doc(...lines.map((tag) => `[Notice] ${tag} check passed`), '', 'Email <your email>.');
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '<your email>', 'error')]);
    const few = doc('[Notice] <Alpha> check passed', '', 'Email <your email>.');
    assert.deepEqual(findingsOf('SEC023', few), [at(few, '<Alpha>', 'warning'), at(few, '<your email>', 'error')]);
  });

  it('leaves a formula\'s "±N days" alone', () => {
    assert.deepEqual(findingsOf('SEC023', doc('Dates: shift by ±N days or show the month only.')), []);
  });

  it('leaves TODO comments talked about and default secrets in code; a notation of angles is uncertain', () => {
    const text = doc(
      'We track work in TODO comments; none is about security.',
      '',
      'The default password is `changeme`; we refuse `replace-me` too.',
      '',
      'Keys are written as <section>.<key>, pins as release = <version>.',
      '',
      'Email: `changeme`',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '<key>', 'warning'),
      at(text, '<version>', 'warning'),
      at(text, 'changeme', 'error', 1),
    ]);
  });

  it('reports a reference link whose label is defined nowhere, and not one whose label is', () => {
    const text = doc(
      'See [supported-branches.md][] and [the list][branches] for details; audited by [Auditor].',
      '',
      'Also [the policy][policy], and in org-mode [[https://acme.dev/p][the page]].',
      '',
      '[Policy]: https://acme.dev/policy',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[supported-branches.md][]', 'error'),
      at(text, '[the list][branches]', 'error'),
      at(text, '[Auditor]', 'error'),
    ]);
  });

  it('reports a mention of "your" account, not a real account whose name starts with "My"', () => {
    const text = doc('Ping @yourname or @your_github_username; alerts also come from @MyHushTeam.');
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '@yourname', 'error'),
      at(text, '@your_github_username', 'error'),
    ]);
  });

  it('leaves an invitation in a hall of fame, and reports the same words where the policy names its contact', () => {
    const text = doc(
      '## Hall of Fame',
      '',
      '- Jane Roe',
      '- *[Your name could be here!]*',
      '',
      '## Reporting',
      '',
      'Email [your name].',
    );
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '[your name]', 'error')]);
  });

  it('reports a bracket that names a field and gives an example of it', () => {
    const text = doc('We reply within [timeframe, e.g., 1-3 days].', '', 'Antwort binnen [Frist, z. B. 5 Tage].');
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[timeframe, e.g., 1-3 days]', 'error'),
      at(text, '[Frist, z. B. 5 Tage]', 'error'),
    ]);
  });

  it("leaves a reporter's step on a tracker's report template alone", () => {
    const text = doc(
      '1. Open https://git.acme.dev/security/reports/-/issues/new?issuable_template=vulnerability.',
      '2. Fill in the template as completely as you can.',
      '',
      'Fill in the template below before publishing this policy.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'Fill in the template below before publishing this policy.', 'warning'),
    ]);
  });

  it('leaves N-day vulnerabilities, variables in code, settings named in capitals, and letters in words of other scripts alone', () => {
    const text = doc(
      'We track n-day vulnerabilities and publish within 7 days.',
      'Set `PRIVATE_KEY` and `REPO_NAME` in `.env`; MAX_RETRIES and SIGNING_KEY are settings.',
      'Chúng tôi sẽ phản hồi trong vòng 48 giờ.',
      'Add your name here if you want credit.',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it('reports a table version written as letters, a cell that repeats its header, a keyserver home page and a sample fingerprint', () => {
    const text = doc(
      '| Version | Supported |',
      '| --- | --- |',
      '| x.x.x | yes |',
      '| < X.Y | no |',
      '',
      '| Algorithm | Checksum |',
      '| --- | --- |',
      '| SHA-256 | `Checksum` |',
      '| SHA-512 | `Check` `sum` |',
      '',
      'Key: [on the keyserver](https://keys.openpgp.org/), fingerprint `ABCD1234`. [Email-Kamu-Di-Sini].',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'x.x.x', 'error'),
      at(text, '< X.Y', 'error'),
      at(text, '`Checksum`', 'error'),
      at(text, '`Check` `sum`', 'error'),
      at(text, '[on the keyserver](https://keys.openpgp.org/)', 'error'),
      at(text, 'ABCD1234', 'error'),
      at(text, '[Email-Kamu-Di-Sini]', 'error'),
    ]);
  });

  it('leaves real versions, a key on a keyserver and TODO used as a noun alone', () => {
    const text = doc(
      '| Version | Supported |',
      '| --- | --- |',
      '| 2.x | yes |',
      '',
      'Key: [ours](https://keys.openpgp.org/vks/v1/by-fingerprint/8F3A). A future TODO in this area: hardening flags.',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it('leaves the tags of a site generator alone: {% include %} is rendered where the policy is published', () => {
    assert.deepEqual(findingsOf('SEC023', doc('{% include security-contacts.md %}')), []);
  });

  it('leaves an address written out against spam and command arguments in code alone', () => {
    const text = doc(
      'Write to ada <at> acme <dot> dev.',
      '',
      'Run `git show <gitsha>`, where `<gitsha>` is the commit.',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it('leaves the slots of a subject line the reporter is asked to write alone, in any language', () => {
    const text = doc(
      'Subject: [SECURITY] <short summary>',
      '',
      'Assunto sugerido: [SECURITY] Falha em <componente>',
      '',
      '件名：[SECURITY] <summary>',
      '',
      'Contact <project name> maintainers.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '<project name>', 'error')]);
  });

  it('leaves a title or subject slot alone a few words after its label, in brackets too', () => {
    const text = doc(
      'Write to security@acme.dev with the title [SECURITY] <package name>.',
      '',
      'In der Betreffzeile bitte [SICHERHEIT] angeben.',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it('is a warning, not an error, for angle brackets around words that name no field: keys, notations, buttons', () => {
    const text = doc(
      'Press <Enter>, then follow the <major>.<minor>.<patch> scheme.',
      '',
      'Click <Report a vulnerability>. Maintainers of <project> answer.',
      '',
      'Or write to <security at acme dot dev>. Run `git show <gitsha>` or `<gitsha>`; the `<nom du projet>` team.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '<Enter>', 'warning'),
      at(text, '<major>', 'warning'),
      at(text, '<minor>', 'warning'),
      at(text, '<patch>', 'warning'),
      at(text, '<Report a vulnerability>', 'warning'),
      at(text, '<project>', 'error'),
      at(text, '<nom du projet>', 'error'),
    ]);
  });

  it('leaves ordinary brackets and blanks alone', () => {
    const text = doc(
      'See [RFC 9116], [security] notes, [optional] fields and [Acme Security Team].',
      '',
      '---',
      '',
      'A __bold__ word.',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it('leaves settings a policy documents alone although their names end in EMAIL or CONTACT, in code or not', () => {
    const text = doc(
      'Addresses are masked by default (`APP_MASK_IP`, `APP_MASK_EMAIL`, both `true`).',
      'Set NOTIFY_ON_CONTACT to false to mute alerts.',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it('still reports a name for the contact standing where the address should be', () => {
    const text = doc('Email `MAINTAINER_EMAIL` or SECURITY_CONTACT.');
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'MAINTAINER_EMAIL', 'error'),
      at(text, 'SECURITY_CONTACT', 'error'),
    ]);
  });

  it('leaves an element closed by its own end tag alone, such as an SPDX copyright in <text>', () => {
    const text = doc(
      'SPDX-FileCopyrightText: <text>Copyright 2025 Acme Ltd',
      '<legal@acme.dev></text>',
      '',
      'Email <maintainer>.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '<maintainer>', 'error')]);
  });

  it('reads end tags in any case and by their whole name: </ADDRESS> closes <address>, </titlebar> does not close <title>', () => {
    const text = doc(
      'Write to <address>Acme, 1 Main St</ADDRESS> or <my-widget>form</my-widget>.',
      '',
      'Project: <title>. The <titlebar>menu</titlebar> shows it.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '<title>', 'warning')]);
  });

  it('reports a bracket led by a field name saying whose, a bare field name in Ukrainian, and a sample chat handle', () => {
    const text = doc(
      "- [Ім'я автора звіту] знайшов помилку в [опис]",
      '- [Name of the reporter] fixed a flaw',
      '- Discord: @sec-team#1234',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, "[Ім'я автора звіту]", 'error'),
      at(text, '[опис]', 'error'),
      at(text, '[Name of the reporter]', 'error'),
      at(text, '@sec-team#1234', 'error'),
    ]);
  });

  it('leaves brackets that start with a field word but hold a number or a long phrase, and issue numbers, alone', () => {
    const text = doc(
      'See [Version 2.1] notes and [name the branch after the issue you fix].',
      'Fixed in acme/tool#1234 and #0000.',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it("reports a repository address that still names the template's account", () => {
    const text = doc('- Advisories: [GitHub Security](https://github.com/yourusername/widget/security/advisories)');
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'https://github.com/yourusername/widget/security/advisories', 'error'),
    ]);
    assert.deepEqual(findingsOf('SEC023', doc('See https://github.com/yourusernames-fan/widget.')), []);
  });

  it('reports bracketed fields still to be decided and a form left blank, not a form for reporters to fill in', () => {
    const text = doc(
      'Write to [security contact TBD] or **[security contact email - ToBeAdded]**.',
      '',
      'Name:',
      'Email:',
      'Jira Project:',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[security contact TBD]', 'error'),
      at(text, '[security contact email - ToBeAdded]', 'error'),
      at(text, 'Name:', 'error'),
      at(text, 'Email:', 'error'),
      at(text, 'Jira Project:', 'error'),
    ]);
    for (const form of [
      doc('Please include the following:', '', 'Name:', 'Email:'),
      doc('## What to include', '', 'Name:', 'Email:'),
      doc('Email:', '', 'security@acme.dev'),
      doc('Email: `jane@acme.dev`', 'Name: `Jane`'),
    ])
      assert.deepEqual(findingsOf('SEC023', form), [], form);
  });

  it('leaves a template variable in code that the text talks about, and reports one that stands for a contact', () => {
    assert.deepEqual(
      findingsOf('SEC023', doc('Use `{{REFERENCE_PATH}}` and relative paths, never absolute ones.')),
      [],
    );
    const text = doc('Email: `{{ security_email }}`');
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '{{ security_email }}', 'error')]);
  });

  it('reports a value still to come and versions in letters in a list, not a count of TODO markers', () => {
    const text = doc('* Email: *（待补充）*', '', '* - X.Y', '  - Active maintenance', '* - < X.Y', '  - Unsupported');
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '（待补充）', 'error'),
      at(text, 'X.Y', 'error'),
      at(text, '< X.Y', 'error'),
    ]);
    assert.deepEqual(findingsOf('SEC023', doc('The vendored core holds ~50 TODO markers from upstream.')), []);
  });

  it('leaves braces between two words alone: they hide an address from harvesters', () => {
    const text = doc('Write to jane{{dot}}doe{{at}}uni.edu, not to security@{{domain}}.');
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '{{domain}}', 'error')]);
  });

  it("leaves the fields a reporter's report should hold alone, and a code span the text names as a variable", () => {
    const text = doc(
      'Bitte gib [Version] und [Betriebssystem] in deinem Bericht an.',
      '',
      'Indiquez dans votre rapport : [version], [système].',
      '',
      'The `{PROJECT_NAME}` variable of our templates was affected.',
      '',
      'Send your report to [EMAIL].',
    );
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '[EMAIL]', 'error')]);
  });

  it('leaves blanks in a form the reporter fills in: a checklist item, a report-contents section', () => {
    const text = doc(
      '## Reporting',
      '',
      'Contact: ______',
      '',
      '## What to include in your report',
      '',
      '- Affected version: ______',
      '',
      '## Vulnerability type',
      '',
      '- [ ] Injection',
      '- [ ] Other: _______',
    );
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '______', 'error')]);
  });

  it('leaves a code span named as a placeholder before it, and numbered names a program makes', () => {
    const text = doc(
      'Phone numbers are masked with the fixed placeholder `<PHONE_NUMBER>` and never restored.',
      '',
      'A caller cannot forge `<EMAIL_2>` to read another tenant’s values.',
      '',
      'Reports go to `<security email>`.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '<security email>', 'error')]);
  });

  it('reports identifiers and dates with letters for digits as uncertain: a policy may show a format', () => {
    const text = doc(
      '### 2024-01-XX',
      '',
      '- **CVE-XXXX-XXXX**: description',
      '',
      'Released on 2024-01-15 (CVE-2024-1234).',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '2024-01-XX', 'warning'),
      at(text, 'CVE-XXXX-XXXX', 'warning'),
    ]);
  });

  it('leaves a status column alone whose supported rows repeat its header', () => {
    const text = doc('| Version | Supported |', '|---|---|', '| 2.x | Supported |', '| 1.x | Not supported |');
    assert.deepEqual(findingsOf('SEC023', text), []);
    // Every cell repeating the header is a template's.
    const template = doc('| File | Checksum |', '|---|---|', '| a.tar.gz | Checksum |', '| b.tar.gz | Checksum |');
    assert.deepEqual(findingsOf('SEC023', template), [
      at(template, 'Checksum', 'error', 1),
      at(template, 'Checksum', 'error', 2),
    ]);
  });

  it('reports fields named in Indonesian, Russian and Persian brackets', () => {
    const text = doc(
      '[Tambahkan Email Kontak Keamanan Anda]',
      '',
      'Пишите на email: [контакт безопасности]',
      '',
      'گزارش دهید به: [ایمیل شما]',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[Tambahkan Email Kontak Keamanan Anda]', 'error'),
      at(text, '[контакт безопасности]', 'error'),
      at(text, '[ایمیل شما]', 'error'),
    ]);
  });

  it("reports a phone number of X's and an advisory link with its owner and repository in braces", () => {
    const text = doc(
      '- **Emergency Contact**: +1-XXX-XXX-XXXX',
      '',
      'https://github.com/{owner}/{repo}/security/advisories/new',
      '',
      'Call +1-555-010-0199.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '+1-XXX-XXX-XXXX', 'error'),
      at(text, '{owner}/{repo}', 'error'),
    ]);
  });

  it('reports blanks for sums and dates, X digits in a phone, pending notes and capital fill-ins in many languages (a probe of session 11)', () => {
    const text = doc(
      'Rewards go up to USD ____ per report.',
      '',
      'Für kritische Funde zahlen wir bis zu ___ € aus.',
      '',
      'Ödül miktarı: XXX TL.',
      '',
      'Ansprechpartner: Tel. +49 XXX XXXXXXX',
      '',
      '- Referente: Mario Rossi (da sostituire)',
      '',
      'Stand dieser Richtlinie: TT.MM.JJJJ',
      '',
      'Reach our security team at INSERT EMAIL HERE.',
      '',
      'Call +49 30 1234567 for anything else.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, 'USD ____', 'error'),
      at(text, '___ €', 'error'),
      at(text, 'XXX TL', 'error'),
      at(text, '+49 XXX XXXXXXX', 'error'),
      at(text, '(da sostituire)', 'error'),
      at(text, 'TT.MM.JJJJ', 'warning'),
      at(text, 'INSERT EMAIL HERE', 'error'),
    ]);
    // A note to replace the address before it is the address's (SEC022), not a second finding.
    assert.deepEqual(findingsOf('SEC023', doc('邮箱：`security@example.com`（请替换为实际地址）')), []);
  });

  it('reports holdout20/21 kinds: a phone with X digits and a letter suffix, a link whose path still says "your-…"', () => {
    const text = doc(
      '- **Signal**: +675-XXX-XXXX-SECURITY',
      '',
      '1. **Join our Discord server**: [invite](https://discord.gg/your-discord-link)',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '+675-XXX-XXXX-SECURITY', 'error'),
      at(text, 'https://discord.gg/your-discord-link', 'error'),
    ]);
  });

  it("leaves a keyserver's home page linked beside the key's fingerprint or a real address to search for", () => {
    for (const line of [
      'Our key (fingerprint `A4C1 0E9B 77D2 5F83 1B6E  C930 2D48 F71A 06BC E512`) is on <https://keys.openpgp.org>.',
      'Write to lena@acme.dev; her key is on <https://keys.openpgp.org> under the same address.',
      'Email me at olav at seyfarth dot de. There is an OpenPGP key for this address at https://keys.openpgp.org/.',
    ])
      assert.deepEqual(findingsOf('SEC023', doc(line)), [], line);
    // Beside a placeholder address it still names no key.
    const text = doc('Email security@yourproject.org. Key: [keyserver](https://keys.openpgp.org/)');
    assert.deepEqual(
      findingsOf('SEC023', text).map((f) => f.text),
      ['[keyserver](https://keys.openpgp.org/)'],
    );
  });

  it('reports holdout22/23 kinds: an example bracket in other languages, "[Link to …]", a field named in two languages, versions of question marks or a.b.c', () => {
    const text = doc(
      'We answer within **[ej. 48 horas]**.',
      '',
      '- Security Portal: [Link to secure communication portal]',
      '',
      '- Email: [セキュリティ担当者メール / Security contact email]',
      '',
      'This policy is subject to change. Last updated: [Current Date]',
      '',
      '| Version | Supported |',
      '| --- | --- |',
      '| v????? | :white_check_mark: |',
      '| < a.b.c | :x: |',
    );
    assert.deepEqual(
      findingsOf('SEC023', text).map((f) => f.text),
      [
        '[ej. 48 horas]',
        '[Link to secure communication portal]',
        '[セキュリティ担当者メール / Security contact email]',
        '[Current Date]',
        'v?????',
        '< a.b.c',
      ],
    );
  });

  it('reports holdout24 kinds: a Portuguese fill verb, a link to a token; not a note that a section will be updated', () => {
    const text = doc(
      '**Security Team**: [Adicionar email/contato]',
      '',
      '[Repository](__REPO_URL__)',
      '',
      '*[This section will be updated as we receive security reports]*',
    );
    assert.deepEqual(
      findingsOf('SEC023', text).map((f) => f.text),
      ['[Adicionar email/contato]', '[Repository](__REPO_URL__)'],
    );
  });

  it('leaves a subject tag named before the subject line in any language, and a date format named as one', () => {
    for (const line of [
      'Put [SECURITY] in the subject line of your mail to sec@acme.dev.',
      'Indica [SEGURIDAD] en el asunto del correo.',
      'Bitte setzen Sie [SICHERHEIT] in den Betreff Ihrer E-Mail.',
      "Inserisci [SICUREZZA] nell'oggetto dell'email.",
      "Préfixez l'objet de votre courriel par [SÉCURITÉ].",
      // The tag in code, after the subject line or before it (a probe of session 16)
      'Mail security@oliebol.nl. Begin de onderwerpregel met `[BEVEILIGING]`.',
      'Beginnen Sie den Betreff mit `[SICHERHEIT]`.',
      'Escribe a seguridad@acme.es con el asunto `[SEGURIDAD]`.',
      'Indique `[SEGURANÇA]` no assunto do e-mail.',
      'Dates use the ISO 8601 format YYYY-MM-DD.',
      '日付は YYYY-MM-DD 形式で記載します。',
    ])
      assert.deepEqual(findingsOf('SEC023', doc(line)), [], line);
  });

  it('reports a template variable naming an address in any words, in code, and an Arabic fill verb (a probe of session 12)', () => {
    for (const line of [
      'Hãy gửi email tới: `{{ EMAIL_BAO_MAT }}`',
      'أرسل بريدًا إلكترونيًا إلى: [ضع بريدك الإلكتروني هنا]',
    ])
      assert.equal(findingsOf('SEC023', doc(line)).length, 1, line);
    // A variable the text talks about names no one.
    assert.deepEqual(findingsOf('SEC023', doc('The `{{REFERENCE_PATH}}` token is set by the build.')), []);
  });

  it('leaves markers named in a row, and template variables of a policy that shows or names the syntax (a probe of session 12)', () => {
    for (const text of [
      doc('The words TODO, FIXME and XXX appear throughout our test fixtures.'),
      doc('Our linter reports TODO/FIXME comments.'),
      doc('Templates render `{{ name }}` escaped.', '', '```mustache', '<p>{{ name }}</p>', '```'),
      doc(
        'This template contains Jinja variables such as `{{ cookiecutter.project_slug }}` and `{{ cookiecutter.author_email }}`.',
      ),
    ])
      assert.deepEqual(findingsOf('SEC023', text), [], text);
    // A workflow's `${{ secrets.TOKEN }}` in a code block is not the policy's own template syntax.
    const workflow = doc('Email: `{{ security_email }}`', '', '```yaml', 'token: ${{ secrets.GITHUB_TOKEN }}', '```');
    assert.equal(findingsOf('SEC023', workflow).length, 1);
    // One marker, or a variable in a value's place, is still unfilled.
    for (const text of [doc('Contact: TODO'), doc('Email: `{{ security_email }}`')])
      assert.equal(findingsOf('SEC023', text).length, 1, text);
  });

  it('leaves a real address in brackets, and the text of an AsciiDoc link macro (a probe of session 12)', () => {
    for (const line of [
      'Bitte melden Sie Schwachstellen an [sicherheit@brezelfeld.de].',
      'Bitte melden Sie Schwachstellen vertraulich an\nmailto:sicherheit@brezelfeld.de[sicherheit@brezelfeld.de].',
      'Use the https://acme.dev/psirt/report[report form].',
      'See link:SECURITY-CONTACTS.adoc[the contact list].',
    ])
      assert.deepEqual(findingsOf('SEC023', doc(line)), [], line);
    // A macro with no target, and a stand-in address in brackets, are still unfilled.
    for (const line of ['Write to mailto:[your email].', 'Email: [security@example.com]'])
      assert.equal(findingsOf('SEC023', doc(line)).length, 1, line);
  });

  it("leaves a documentation site's markup: shortcodes, its own data, the page's variables, front matter lists (probes of session 17)", () => {
    const site = doc(
      '---',
      'title: Sicherheit',
      'tags: [sicherheit, meldung]',
      '---',
      '{% assign current = site.data.versions | last %}',
      '',
      '# Sicherheit',
      '',
      '{{< hint warning >}}',
      'Bitte keine öffentlichen Issues. Schreiben Sie an sicherheit@lindwurm.dev.',
      '{{< /hint >}}',
      '',
      '{{% notice tip "Verschlüsselung" %}}Unser Schlüssel liegt unter [key]({{ site.baseurl }}/key.asc).{{% /notice %}}',
      'Unterstützt wird nur {{ current.name }}; siehe {{< ref "releases.md" >}} und {{ .Site.BaseURL }} sowie {{ page.lang }}.',
    );
    assert.deepEqual(findingsOf('SEC023', site), []);
    // What the site's configuration is left to hold is a template's blank, in a page as elsewhere.
    const blank = doc(
      '---',
      'layout: default',
      '---',
      '',
      'Keep {{ site.company_name }} users safe: write to {{ security_email }}.',
    );
    assert.deepEqual(findingsOf('SEC023', blank), [
      at(blank, '{{ site.company_name }}', 'error'),
      at(blank, '{{ security_email }}', 'error'),
    ]);
    // Brackets on a `key:` line outside front matter are still a field left unfilled.
    const field = doc('# Security', '', 'Email: [INSERT EMAIL]');
    assert.deepEqual(findingsOf('SEC023', field), [at(field, '[INSERT EMAIL]', 'error')]);
  });

  it("leaves a document's own markup in other formats: AsciiDoc references to what it defines, org-mode link text (a probe of session 13)", () => {
    const asciidoc = doc(
      '= Security Policy',
      ':email: security@halyard.dev',
      '',
      '[[pgp]]',
      '== Key',
      '',
      'Write to mailto:{email}[the security team], encrypted with the key in <<pgp>> (see <<pgp,the key>>).',
    );
    assert.deepEqual(findingsOf('SEC023', asciidoc), []);
    // An attribute or anchor the document never defines is still a variable left in.
    const undefinedRef = doc('= Security Policy', '', 'Write to {email}, encrypted with <<email>>.');
    assert.equal(findingsOf('SEC023', undefinedRef).length, 2);
    const org = doc(
      '* Reporting',
      '',
      'Use the form ([[https://github.com/acme/widget/security/advisories/new][link direto]]).',
    );
    assert.deepEqual(findingsOf('SEC023', org), []);
  });

  it('leaves notation the policy explains: an argument shown in a command, a letter it gives values, an elision named in code (a probe of session 13)', () => {
    const command = doc(
      '```',
      'widget get <key> --remote <URL>',
      '```',
      '',
      'If `<key>` of another user can be read, or `<URL>` is followed to another host, that is a vulnerability.',
    );
    assert.deepEqual(findingsOf('SEC023', command), []);
    const path = doc('Calls go to `/apps/{app_id}/releases`; `{app_id}` is the numeric id of the app.');
    assert.deepEqual(findingsOf('SEC023', path), []);
    for (const sentence of [
      'Fixes ship within N days of triage, where N is 7 for critical issues and 30 for the rest.',
      'Opravu vydáme do N dní od potvrdenia, kde N = 10 pre kritické.',
      'In your email, replace each `<…>` or `[…]` yourself.',
    ])
      assert.deepEqual(findingsOf('SEC023', doc(sentence)), [], sentence);
    // Alone, the same stand-ins are unfilled.
    for (const sentence of ['Report it at `<URL>`.', 'Fixes ship within N days.', '- Supported: [...]'])
      assert.equal(findingsOf('SEC023', doc(sentence)).length, 1, sentence);
  });

  it("reads holdout27 kinds: an equation's letter, an editor's note on what was left out, a subject line in code, a phone with a trunk prefix", () => {
    for (const line of [
      'Wejście w środku doby zalicza tę dobę (pozycja na N dni = dokładnie N koszyków).',
      'Głos nie czyta adresów URL („[link pominięty]”).',
      'The transcript shows "[link removed]" where a URL stood.',
      'Email `security@acme.dev` with subject `[widget][security]`.',
    ])
      assert.deepEqual(findingsOf('SEC023', doc(line)), [], line);
    const phone = doc('- **Téléphone :** +33 (0)4 79 XX XX XX (heures ouvrables)');
    assert.deepEqual(findingsOf('SEC023', phone), [at(phone, '+33 (0)4 79 XX XX XX', 'error')]);
  });

  it('reads holdout29 kinds: a bracket wrapped onto the next line, a value still "to be configured"', () => {
    const text = doc('Announcements: the mailing list, and an RSS feed [To be', 'configured] later on.');
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '[To be\nconfigured]', 'error')]);
    // Two brackets on two lines stay two, and a link's text may wrap.
    for (const lines of [
      ['See [1] and', '[2].'],
      ['Read [the whole', 'policy](https://acme.dev/policy).'],
    ])
      assert.deepEqual(findingsOf('SEC023', doc(...lines)), [], lines.join(' / '));
  });

  it('leaves a setting the policy sets in its code, and an elision in a quotation (a probe of session 14)', () => {
    const settings = [
      ['The address comes from `$SECURITY_CONTACT`:', '', '```ini', 'SECURITY_CONTACT=security@acme.dev', '```'],
      [
        'Die Adresse steht in `$SECURITY_CONTACT`.',
        '',
        '```yaml',
        'environment:',
        '  SECURITY_CONTACT: "security@acme.dev"',
        '```',
      ],
      [
        'We run it as below; `${SECURITY_CONTACT}` is shown on error pages.',
        '',
        '```console',
        '$ SECURITY_CONTACT=security@acme.dev acme serve',
        '```',
      ],
      // (a variable named so in a compound or another language: talked about)
      ['Adresa vine din variabila de mediu `${SECURITY_CONTACT}`.'],
    ];
    for (const lines of settings) assert.deepEqual(findingsOf('SEC023', doc(...lines)), [], lines[0]);
    // Not set anywhere: a variable left where the address should be.
    for (const line of ['Email `$SECURITY_CONTACT` to report.', 'Adresa vine din `${SECURITY_CONTACT}`.']) {
      const unset = doc(line);
      const token = /`([^`]+)`/.exec(line)![1]!;
      assert.deepEqual(findingsOf('SEC023', unset), [at(unset, token, 'error')], line);
    }
    for (const line of ['> "the server [...] opens without a password"', 'They wrote: „the admin page [...] is open”.'])
      assert.deepEqual(findingsOf('SEC023', doc(line)), [], line);
    const field = doc('Email: [...]');
    assert.deepEqual(findingsOf('SEC023', field), [at(field, '[...]', 'error')]);
  });

  it("reads holdout30 kinds: Windows' own variables, digests typed by hand, a bracket as a contact line's value, an instruction in emphasis", () => {
    for (const line of [
      'It installs into `%ProgramFiles%\\Acme` and never into `%LOCALAPPDATA%`.',
      'Logs stay in %APPDATA%\\acme\\logs.',
      // A real digest, and an address in brackets as a contact's value.
      'SHA-256: 9f2c41e07b3ad65815cc0e93f7d248a1b6e0537c21d4f98a06b3e5c7d1f2a480',
      '- Email: [jane@acme.dev]',
      '- Email: [jane at acme dot dev]',
    ])
      assert.deepEqual(findingsOf('SEC023', doc(line)), [], line);
    for (const [line, token] of [
      ['Set %PROJECT_NAME% in the header.', '%PROJECT_NAME%'],
      [
        'Certificate SHA-1: AB:CD:EF:12:34:56:78:90:AB:CD:EF:12:34:56:78:90:AB:CD:EF:12',
        'AB:CD:EF:12:34:56:78:90:AB:CD:EF:12:34:56:78:90:AB:CD:EF:12',
      ],
      [
        'Hash: a1b2c3d4e5f678901234567890abcdef1234567890abcdef1234567890abcdef',
        'a1b2c3d4e5f678901234567890abcdef1234567890abcdef1234567890abcdef',
      ],
      ['- **Discord**: [Security Channel]', '[Security Channel]'],
      ['_explain the bug here and how it was found_', '_explain the bug here and how it was found_'],
    ] as const) {
      const text = doc(line);
      assert.deepEqual(findingsOf('SEC023', text), [at(text, token, 'error')], line);
    }
    // In a report's template, what the reporter writes.
    const form = doc('# Security', '', '## What to include in a report', '', '*Describe the impact here.*');
    assert.deepEqual(findingsOf('SEC023', form), []);
  });

  it("reads holdout31 kinds: a shell's substitution left in the text, a phone with a one-digit area code and X's, a legal template's field", () => {
    for (const [line, token] of [
      ['**Last review**: $(date)', '$(date)'],
      ['**Next review**: $(date +1 year)', '$(date +1 year)'],
      ['- **Emergency**: +82-2-XXXX-XXXX', '+82-2-XXXX-XXXX'],
      ['This policy is governed by the laws of [Jurisdiction].', '[Jurisdiction]'],
    ] as const) {
      const text = doc(line);
      assert.deepEqual(findingsOf('SEC023', text), [at(text, token, 'error')], line);
    }
    // In code, a command's substitution is the command; a real phone has digits.
    for (const line of [
      'Run `tar czf backup-$(date +%F).tgz data/`.',
      'If `$(id)` reaches the shell, it runs.',
      '- **Emergency**: +82-2-3456-7890',
    ])
      assert.deepEqual(findingsOf('SEC023', doc(line)), [], line);
  });

  it("does not read Org mode's verbatim as prose (holdout33 kind)", () => {
    const org = doc('* Releases', '', '1. Run =make bump <part>= before tagging.', '2. Name the release <part>.');
    assert.deepEqual(
      findingsOf('SEC023', org).map((f) => org.slice(f.start, f.end)),
      ['<part>'],
    );
  });

  it('reads holdout34 kinds: "your" declined in Russian, a fictional 555 phone spelled with a hyphen; not an AsciiDoc macro\'s attributes', () => {
    const text = doc(
      'Email: [Ваша почта безопасности здесь]',
      '',
      '- Phone: +1 (555) ACME-SEC (around the clock)',
      '',
      '|1.x |icon:check[role="green"] image:logo.png[Logo]',
    );
    assert.deepEqual(
      findingsOf('SEC023', text).map((f) => text.slice(f.start, f.end)),
      ['[Ваша почта безопасности здесь]', '+1 (555) ACME-SEC'],
    );
  });

  it('reads a holdout38 kind: an address "to be defined" in Spanish, French and Italian', () => {
    for (const [sentence, note] of [
      ['Escribe al mantenedor (correo por definir).', '(correo por definir)'],
      ['Écrivez-nous (adresse à définir).', '(adresse à définir)'],
      ['Scrivete al responsabile (da definire).', '(da definire)'],
    ] as const) {
      const text = doc('# Seguridad', '', sentence);
      assert.deepEqual(
        findingsOf('SEC023', text).map((f) => text.slice(f.start, f.end)),
        [note],
        sentence,
      );
    }
  });

  it('reads holdout39 kinds: a contact field whose value tells the author what to do, or only names the value', () => {
    for (const [line, value] of [
      [
        'Security contact: configure a clinic-owned security contact before launch.',
        'configure a clinic-owned security contact before launch.',
      ],
      ['- 이메일: (담당자 이메일)', '(담당자 이메일)'],
      ['- Email: (maintainer email)', '(maintainer email)'],
    ] as const) {
      const text = doc('# Security', '', line);
      assert.deepEqual(
        findingsOf('SEC023', text).map((f) => text.slice(f.start, f.end)),
        [value],
        line,
      );
    }
    // A real value, and a note in brackets that is no field, stay.
    for (const line of [
      'Contact: security@lindwurm.dev',
      '- Email: (preferred) security@lindwurm.dev',
      'Contact: (see below)',
    ])
      assert.deepEqual(findingsOf('SEC023', doc('# Security', '', line)), [], line);
  });

  it('reads session 17 probe kinds: a contact still to come is unfilled; a Jinja expression talked about is not', () => {
    for (const line of ['- Email: TBD', '연락처: 추후 기재', '- 邮箱：待定'])
      assert.equal(findingsOf('SEC023', doc('# Security', '', line)).length, 1, line);
    const talked = doc(
      '# Security',
      '',
      '- a Jinja expression such as `{{ project_slug }}` rendered unescaped into a shell command',
    );
    assert.deepEqual(findingsOf('SEC023', talked), []);
  });

  it("leaves Markdown's comment idiom and a subject tag after a CJK label alone (probes of session 17)", () => {
    const text = doc(
      '[//]: # (Generated from the shared template. Contact: security@old-host.dev, CHANGE ME)',
      '[comment]: <> (Translators: keep the address as it is.)',
      '',
      '# 安全策略',
      '',
      '【报告邮箱】anquan@songguo.cn',
      '',
      '【邮件标题】[安全漏洞] + 简要描述',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
    assert.deepEqual(findingsOf('SEC022', text), []);
    // A reference link in ASCII brackets with its label defined nowhere is still reported.
    const broken = doc('# Security', '', 'See [our policy][policy-page].');
    assert.equal(findingsOf('SEC023', broken).length, 1);
  });

  it('reads fields a "please include" sentence lists as the reporter\'s, and a letter a "where" clause defines in words', () => {
    for (const sentence of [
      'Please include: Product: [product name], Version: [version], Impact: [impact].',
      'We aim to respond within N business days, where N depends on severity.',
    ])
      assert.deepEqual(
        findingsOf('SEC023', doc('# Security', '', 'Email security@acme.dev.', '', sentence)),
        [],
        sentence,
      );
    // The author's own fields, in a sentence that asks nothing of the reporter, are still reported.
    assert.equal(findingsOf('SEC023', doc('# Security', '', 'Contact [product name] at [email].')).length, 2);
  });

  it('reads "your" before a field name in Italian, Japanese and Chinese brackets', () => {
    for (const sentence of [
      'Scrivi a [il tuo indirizzo email].',
      '[あなたのメールアドレス] までご連絡ください。',
      '请发送邮件至 [你的邮箱]。',
    ])
      assert.equal(findingsOf('SEC023', doc('# Security', '', sentence))[0]?.severity, 'error', sentence);
  });

  it('reads probes of session 16: a subject tag shown again in an example, template syntax named, date notations named', () => {
    const tagged = doc(
      "Écrivez à securite@acme.fr avec, dans l'objet, l'étiquette `[SÉCURITÉ]`, par exemple :",
      '',
      '> [SÉCURITÉ] acme-sync : contournement de l’authentification',
    );
    assert.deepEqual(findingsOf('SEC023', tagged), []);
    for (const line of [
      'Invoice templates use the `{{ customer.name }}` syntax.',
      'Las fechas de los avisos se indican como DD/MM/AAAA.',
      'Gli avvisi vengono pubblicati con data GG/MM/AAAA.',
      'GG.AA.YYYY biçiminde tarihli bir bülten yayımlarız.',
      'Chúng tôi công bố thông báo với ngày theo định dạng DD/MM/YYYY.',
      'We request a CVE, which will look like CVE-YYYY-NNNNN.',
    ])
      assert.deepEqual(findingsOf('SEC023', doc(line)), [], line);
    // A date's label and its colon: a value left out.
    assert.equal(findingsOf('SEC023', doc('Last reviewed: DD/MM/YYYY')).length, 1);
  });

  it('reads holdout43 kinds: tokens a list explains, a catch-all version row, a script handle, "[List … here]"', () => {
    // A list of the values to set in a configuration file, each token explained after its colon.
    for (const lines of [
      [
        'Values to change in `settings.env`:',
        '',
        '- `YOUR_API_TOKEN`: the real token from the dashboard',
        '- `YOUR_USERNAME` — your login',
      ],
      ['**`config.toml` で設定する値:**', '', '- `YOUR_PROJECT_ID`: 実際のプロジェクトID'],
    ])
      assert.deepEqual(findingsOf('SEC023', doc(...lines)), [], lines.join(' '));
    // The token as a value still counts.
    const value = doc('- Email: `YOUR_EMAIL`');
    assert.deepEqual(findingsOf('SEC023', value), [at(value, 'YOUR_EMAIL', 'error')]);

    // "x.x.x ❌" under real versions: every other version.
    const catchAll = doc('| Version | Supported |', '| --- | --- |', '| 2.4.x | ✅ |', '| x.x.x | ❌ |');
    assert.deepEqual(findingsOf('SEC023', catchAll), []);
    const unfilled = doc('| Version | Supported |', '| --- | --- |', '| x.x.x | ✅ |', '| x.x.x | ❌ |');
    assert.equal(findingsOf('SEC023', unfilled).length, 2);

    // `href="#"` with a role or data attributes is a script's handle; alone it is a link left empty.
    const menu = doc('<a href="#" class="menu-toggle" role="button" data-open="menu">Menu</a>');
    assert.deepEqual(findingsOf('SEC023', menu), []);
    const empty = doc('<a href="#">Report form</a>');
    assert.deepEqual(findingsOf('SEC023', empty), [at(empty, 'href="#"', 'error')]);

    const list = doc('## Thanks', '', '[List any researchers who reported issues here]');
    assert.deepEqual(findingsOf('SEC023', list), [
      at(list, '[List any researchers who reported issues here]', 'error'),
    ]);
  });

  it("reads a capital name shown inside a value of the policy's code, then explained alone, as the code's (a probe of session 18)", () => {
    const guide = doc(
      '```ini',
      'DSN=mysql://app:REPLACE_AT_RELEASE@db.lan/app',
      '```',
      '',
      'Leave `REPLACE_AT_RELEASE` in the repository; the deploy job swaps in the password.',
    );
    assert.deepEqual(findingsOf('SEC023', guide), []);
    // Not shown in code: still a value to fill in.
    const alone = doc('Password: `REPLACE_AT_RELEASE`');
    assert.equal(findingsOf('SEC023', alone).length, 1);
  });

  it('reads a Japanese field named with whose it is, without a space ("[管理者メールアドレス]"; holdout44 kind)', () => {
    const text = doc('### 連絡先', '', '- 窓口: [管理者メールアドレス]', '- 代わり: [担当者の連絡先]');
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[管理者メールアドレス]', 'error'),
      at(text, '[担当者の連絡先]', 'error'),
    ]);
    // A link's text is the author's own words.
    assert.deepEqual(findingsOf('SEC023', doc('[管理者](https://acme.jp/admin) へ連絡してください。')), []);
  });

  it('reads a value glued into "your … here" as a placeholder, in code too (holdout47 kind)', () => {
    const text = doc('PGP KEY: `0XYOURKEYHERE`', '', 'Fingerprint: insert-fingerprint-here');
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '0XYOURKEYHERE', 'error'),
      at(text, 'insert-fingerprint-here', 'error'),
    ]);
    // Words that only start and end so are words: "Adhere to the rules here."
    assert.deepEqual(findingsOf('SEC023', doc('Adhere to the rules here; we put them there.')), []);
  });

  it('does not report an example in a bug report form the reporter fills in, and still does outside one (holdout55 kind)', () => {
    const form = [
      '## Reporting a Vulnerability',
      '',
      '**Steps to Reproduce**',
      '1. Open the settings',
      '',
      '**Expected Behavior**',
      'What you expected to happen.',
      '',
      '**Version Information**',
      ' - OS: [e.g. Windows 11, Version 23H2]',
      ' - App version [e.g. 4.2.0]',
    ];
    assert.deepEqual(findingsOf('SEC023', doc('# Security Policy', '', ...form)), []);
    const text = doc(
      '# Security Policy',
      '',
      '## Reporting a Vulnerability',
      '',
      'Email [e.g. security@acme.dev] with the details.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '[e.g. security@acme.dev]', 'error')]);
  });

  it('does not report a marker naming a tracked item, or a stand-in time in a phrase the policy says it does not make (holdout52 and holdout53 kinds)', () => {
    for (const line of [
      '- Biometric lock not reset on new fingerprints (TODO M-6): needs a native channel.',
      '- Rate limits on the export endpoint: TODO #42.',
      '**No "we will respond within N days" is claimed here**: we cannot promise it.',
      'We never promise "a fix within N days".',
    ])
      assert.deepEqual(findingsOf('SEC023', doc('# Security', '', line)), [], line);
    for (const [line, token] of [
      ['- Rate limits on the export endpoint: TODO.', 'TODO'],
      ['We respond "within N days" of a report.', 'N days'],
      ['We have no team, so we respond "within N days" of a report.', 'N days'],
    ] as const) {
      const text = doc('# Security', '', line);
      assert.deepEqual(findingsOf('SEC023', text), [at(text, token, 'error')], line);
    }
  });

  it("does not report an encrypted message's armor around dots, the form of a report (holdout49 kind)", () => {
    const text = doc(
      'Encrypt the report with my key and send it in this form:',
      '',
      '    -----BEGIN PGP MESSAGE-----',
      '    ....',
      '    -----END PGP MESSAGE-----',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
    // A key's armor around the same dots is still a key left unpasted.
    const key = text.replaceAll('PGP MESSAGE', 'PGP PUBLIC KEY BLOCK');
    assert.deepEqual(findingsOf('SEC023', key), [at(key, '....', 'error')]);
  });

  it("reads the language data's example leads at a bracket's start, and a noun alone only before a colon", () => {
    for (const bracket of [
      '[Kontakt, например: команда безопасности]',
      '[연락처, 예를 들어 보안 팀]',
      '[Contacto, p. ej. equipo]',
    ]) {
      const text = doc('# Security', '', `Reach us at ${bracket}.`);
      assert.deepEqual(
        findingsOf('SEC023', text).map((f) => f.text),
        [bracket],
        bracket,
      );
    }
    // "the [example DAGs][examples]": a link's text naming examples, not one
    const named = doc('# Security', '', 'Out of scope: the [example DAGs][examples].', '', '[examples]: ./examples/');
    assert.deepEqual(findingsOf('SEC023', named), []);
  });

  it("reports shell-style variables standing for a forge URL's owner and repository (holdout61 kind)", () => {
    const text = doc('# Security', '', 'Report it [here](https://github.com/${ORG}/${REPO}/security/advisories/new).');
    assert.deepEqual(
      findingsOf('SEC023', text).map((f) => f.text),
      ['${ORG}/${REPO}'],
    );
  });

  it('leaves a date and a time in letters that describe what an announcement will say (holdout64 kind)', () => {
    const text = doc('# Security', '', 'Users learn that a fix will be available at YYYY-MM-DD HH:MM UTC.');
    assert.deepEqual(findingsOf('SEC023', text), []);
    const left = doc('# Security', '', 'Last updated: YYYY-MM-DD');
    assert.deepEqual(
      findingsOf('SEC023', left).map((f) => f.text),
      ['YYYY-MM-DD'],
    );
  });

  it('reports a time left in brackets to state, and not one a report should give (holdout68 kind)', () => {
    const text = doc('# Security Policy', '', 'Email sec@acme-widgets.org. We reply within **[Response Time]**.');
    assert.deepEqual(
      findingsOf('SEC023', text).map((f) => [f.text, f.severity]),
      [['[Response Time]', 'error']],
    );
    const slot = doc(
      '# Security Policy',
      '',
      'Email sec@acme-widgets.org. Include the [date and time] of discovery in your report.',
    );
    assert.deepEqual(findingsOf('SEC023', slot), []);
  });

  it('leaves an editor\'s note that a name was withheld ("[Name withheld]", "[anonymised]")', () => {
    for (const note of ['[Name withheld]', '[anonymised]'])
      assert.deepEqual(findingsOf('SEC023', doc('# Security', '', `Thanks to ${note} for the report.`)), [], note);
  });

  it('reports holdout70 and holdout71 kinds: a forge path of stand-ins in Portuguese or French, a bracket naming which contact', () => {
    for (const [line, placeholder] of [
      ['Fixes are listed in [the releases](https://github.com/usuario/repositorio/releases).', 'usuario/repositorio'],
      ['Voir https://github.com/utilisateur/depot/security.', 'utilisateur/depot'],
      ['- **Secondary**: [Backup emergency contact]', '[Backup emergency contact]'],
    ] as const)
      assert.deepEqual(
        findingsOf('SEC023', doc('# Security', '', 'Email sec@acme-lab.org.', '', line)).map((f) => f.text),
        [placeholder],
        line,
      );
  });

  it('leaves a number stand-in shown in code as a token, unless a unit of time follows it (holdout67 kind)', () => {
    const shown = doc('# Security', '', 'Email sec@acme-lab.org.', '', 'Answers must cite their sources as `[N]`.');
    assert.deepEqual(findingsOf('SEC023', shown), []);
    const slot = doc('# Security', '', 'Email sec@acme-lab.org.', '', 'We answer within `[N]` business days.');
    assert.deepEqual(
      findingsOf('SEC023', slot).map((f) => f.text),
      ['[N]'],
    );
  });

  it('reports a note to the author in parentheses that names "your project" (holdout79 kind)', () => {
    const text = doc(
      '# Security',
      '',
      'Email sec@acme-lab.org, or use the [form]((add the intake form for your project)).',
    );
    assert.deepEqual(
      findingsOf('SEC023', text).map((f) => f.text),
      ['(add the intake form for your project)'],
    );
  });

  it('reports a Turkish field name in brackets ("[Şirket Adı]", company name) (holdout76 kind)', () => {
    const text = doc('# Güvenlik', '', 'Lütfen [Şirket Adı] güvenlik ekibine sec@acme-lab.org adresinden bildirin.');
    assert.deepEqual(
      findingsOf('SEC023', text).map((f) => f.text),
      ['[Şirket Adı]'],
    );
  });

  it('reports a note in parentheses that says to insert a value here, in any language (holdout83 kind)', () => {
    for (const note of ["(inserisci qui l'email del team se disponibile)", '(insert the team address here)'])
      assert.deepEqual(
        findingsOf('SEC023', doc('# Security', '', 'Email sec@acme-lab.org.', '', `Or contact the team ${note}.`)).map(
          (f) => f.text,
        ),
        [note],
        note,
      );
    // A reporter told what to write is no note to the author.
    assert.deepEqual(
      findingsOf('SEC023', doc('# Security', '', 'Email sec@acme-lab.org (provide as much detail here as you can).')),
      [],
    );
  });

  it('leaves "still TODO" in a roadmap\'s prose, the word as a status (holdout84 kind)', () => {
    const text = doc('# Security', '', 'Email sec@acme-lab.org.', '', '- Login alerts shipped; webhooks still TODO.');
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it('leaves a redaction\'s token with its words joined by underscores ("[EMAIL_REDACTED]") (holdout86 kind)', () => {
    const text = doc(
      '# Security',
      '',
      'Email sec@acme-lab.org.',
      '',
      'Logs show `[EMAIL_REDACTED]` where an address was.',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it('leaves a reserved domain that shows an attack, and the slots of the outline a reporter is asked to follow', () => {
    const text = doc(
      'A crafted link could send a user to https://evil.example/login after sign-in.',
      '',
      'Open redirects (for example to https://attacker.example.net/) are in scope.',
      '',
      'Please include in your report:',
      '',
      '- Your name: [your name]',
      '- Affected release: [version]',
      '',
      'Our handbook is at https://example.com/handbook.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [at(text, 'https://example.com/handbook', 'error')]);
    // Outside an outline the reporter is asked for, a bracketed field is the author's to fill.
    const template = doc('Maintainers:', '', '- Lead: [your name]');
    assert.deepEqual(findingsOf('SEC023', template), [at(template, '[your name]', 'error')]);
  });

  it('reports a bracketed instruction whose verb comes last or with no space after it, in Japanese, Korean and Chinese (holdout103 kind)', () => {
    const fields = ['[連絡用アドレスを記入]', '[담당자 메일 주소 기재]', '[填写团队邮箱]', '[填寫聯絡信箱]'];
    const text = doc(...fields.map((field) => `- Mail: ${field}`));
    assert.deepEqual(
      findingsOf('SEC023', text),
      fields.map((field) => at(text, field, 'error')),
    );
    // A noun phrase that names an input is no instruction: "[二要素認証]" alone, "[输入验证]" (input validation) as a topic.
    const topics = doc('Known weak spots: [入力検証] and [输入验证 模块] are tracked in issue 12.');
    assert.deepEqual(findingsOf('SEC023', topics), []);
  });

  it('reports a contact value still to be configured, bracketed, after a label of a few words, and a note that maintainers should add the address here (holdout107 and holdout109 kinds)', () => {
    const text = doc(
      '**Contacto de Emergencia**: [Por configurar]',
      '',
      'Contact for urgent matters: (à définir)',
      '',
      'Maintainers should add the preferred email here once they set it up.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '[Por configurar]', 'error'),
      at(text, '(à définir)', 'error'),
      at(text, 'Maintainers should add the preferred email here once they set it up.', 'warning'),
    ]);
  });

  it('leaves injection payloads, template syntax the text explains and filler it names, in prose and code (session 25 probes, holdout113 kind)', () => {
    const text = doc(
      '# Security',
      '',
      'Email sec@acme-lab.org.',
      '',
      'In scope: template injection where {{7*7}} renders as 49, or {{ cycler.__init__() }} runs.',
      '',
      'Command injection through $(whoami) in the file name field is in scope.',
      '',
      'Workflows that pass ${{ github.event.pull_request.title }} to a shell step are unsafe.',
      '',
      'Our renderer uses {{ variable }} syntax.',
      '',
      'Prompt injection tokens we strip: `<|system|>`, `<<SYS>>`.',
      '',
      'Never keep the default password changeme after installing.',
      '',
      'The demo instance shows lorem ipsum text only.',
      '',
      'The app stores its "TODO" entries encrypted.',
    );
    assert.deepEqual(findingsOf('SEC023', text), []);
  });

  it('still reports a template variable, filler and markers left for the author', () => {
    const text = doc(
      '# Security',
      '',
      'Do not exploit the flaw; write to {{ security_email }}.',
      '',
      'Or reach {{ team | default("the maintainers") }}.',
      '',
      'Contact: changeme',
      '',
      'Lorem ipsum dolor sit amet.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '{{ security_email }}', 'error'),
      at(text, '{{ team | default("the maintainers") }}', 'error'),
      at(text, 'changeme', 'error'),
      at(text, 'Lorem ipsum', 'error'),
    ]);
  });

  it('is not certain of a versions table whose only row, written in letters, is supported (holdout110 kind)', () => {
    const table = (...rows: string[]) =>
      doc('# Security', '', 'Email sec@acme-lab.org.', '', '| Version | Supported |', '| --- | --- |', ...rows);
    const only = table('| x.x.x | :white_check_mark: |');
    assert.deepEqual(findingsOf('SEC023', only), [at(only, 'x.x.x', 'warning')]);
    const two = table('| x.x.x | :white_check_mark: |', '| < x.x | :x: |');
    assert.deepEqual(findingsOf('SEC023', two), [at(two, 'x.x.x', 'error'), at(two, '< x.x', 'error')]);
  });

  it('is not certain of a Helm, Go template, Ansible or workflow variable named in prose, and leaves a route parameter and a notation the text defines (session 25 probes)', () => {
    const text = doc(
      '# Security',
      '',
      'Email sec@acme-lab.org.',
      '',
      'The chart renders {{ .Values.image.tag }} into the pod; the role connects as {{ ansible_user }}.',
      '',
      'Workflows read ${{ secrets.DEPLOY_KEY }} and never print it.',
      '',
      'The endpoint /api/v2/projects/{project_id}/keys checks ownership since 2.1.',
      '',
      'Upgrade with pip install acme==<version>, where <version> is the fixed release; images are ghcr.io/acme/widget:<version>.',
    );
    assert.deepEqual(findingsOf('SEC023', text), [
      at(text, '{{ .Values.image.tag }}', 'warning'),
      at(text, '{{ ansible_user }}', 'warning'),
      at(text, '{{ secrets.DEPLOY_KEY }}', 'warning'),
      at(text, '<version>', 'warning'),
      at(text, '<version>', 'warning', 2),
    ]);
    // One that names a field of the policy stays certain, in a Go template too.
    const field = doc('# Security', '', 'Email {{ .Email }} or {{ maintainer_email }}.');
    assert.deepEqual(findingsOf('SEC023', field), [
      at(field, '{{ .Email }}', 'error'),
      at(field, '{{ maintainer_email }}', 'error'),
    ]);
  });

  it('reports a contact label over an empty code span or empty quotes (holdout104 kind)', () => {
    const text = doc('# Security', '', '- Contact: ``', '- Email: ""', '- Expected response: 3 business days');
    assert.deepEqual(findingsOf('SEC023', text), [at(text, '``', 'error'), at(text, '""', 'error')]);
    // A code span that holds the address is a value.
    const filled = doc('# Security', '', '- Contact: `sec@acme-lab.org`');
    assert.deepEqual(findingsOf('SEC023', filled), []);
  });
});
