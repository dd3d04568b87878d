import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { at, doc, findingsOf } from './helpers';

const withReporting = (...body: string[]) => doc('# Security Policy', '', '## Reporting a Vulnerability', '', ...body);

describe('SEC012 public-issue-channel', () => {
  it('reports each instruction to use a public tracker', () => {
    const text = withReporting(
      'Please open an issue to report a vulnerability.',
      '',
      'Or start a discussion at https://github.com/acme/widget/discussions.',
    );
    assert.deepEqual(findingsOf('SEC012', text), [
      at(text, 'open an issue', 'error'),
      at(text, 'start a discussion', 'error'),
      at(text, 'https://github.com/acme/widget/discussions', 'error'),
    ]);
  });

  it('reports public-only channels phrased in other ways and languages', () => {
    for (const [body, instruction] of [
      ['Open a ticket with the security label.', 'Open a ticket'],
      ['Use the bug issue template for security problems.', 'Use the bug issue template'],
      ['Security problems should be reported as an issue on GitHub.', 'reported as an issue'],
      ['Report it to a full disclosure mailing list.', 'Report it to a full disclosure mailing list'],
      ['Si encuentras uno, abre un issue en GitHub.', 'abre un issue'],
      ['Bitte ein Issue eröffnen.', 'ein Issue eröffnen'],
      ['GitHub の Issues に報告してください。', 'Issues に報告'],
      ['If you find a hole, report it into Issues.', 'report it into Issues'],
      ['Lütfen bir issue açın.', 'issue açın'],
      ['Just create a PR/Issue about it.', 'create a PR/Issue'],
      ['Bitte melden Sie Sicherheitslücken in einem Issue.', 'melden Sie Sicherheitslücken in einem Issue'],
      ['Crea un nuevo informe de problema en GitHub.', 'Crea un nuevo informe de problema'],
      // Privacy of something else is no private ticket.
      ['Open an issue to report it. Set your fork as private before you test.', 'Open an issue'],
    ] as const) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC012', text), [at(text, instruction, 'error')], body);
    }
  });

  it('reports an issue tracker named in words, issues "as regular issues", and a Russian gerund', () => {
    for (const [sentence, found] of [
      [
        'For security concerns, contact the maintainers through GitHub Issues with the label `security`.',
        'contact the maintainers through GitHub Issues',
      ],
      [
        "Report the vulnerability in the repository's issue-page using the `security` tag.",
        "Report the vulnerability in the repository's issue-page",
      ],
      ['Feel free to raise security concerns as regular issues.', 'raise security concerns as regular issues'],
      ['Сообщите об этом, создав новый issue в репозитории.', 'создав новый issue'],
    ] as const) {
      const text = withReporting(sentence);
      assert.deepEqual(findingsOf('SEC012', text), [at(text, found, 'error')], sentence);
    }
  });

  it('does not read "the steps you took to create the issue" as an instruction to open one', () => {
    const text = withReporting('Email us with the steps you took to create the issue and the affected versions.');
    assert.deepEqual(findingsOf('SEC012', text), []);
  });

  it('does not reach over a negation: "contact here] Please do not report … through public GitHub issues" (found by the fuzzer)', () => {
    const text = withReporting(
      '[insert contact here] Please do not report security vulnerabilities through public GitHub issues.',
    );
    assert.deepEqual(findingsOf('SEC012', text), []);
  });

  it('reports a link whose words promise a private advisory but whose target is the public tracker', () => {
    const text = withReporting(
      '[Report a vulnerability (GitHub Security Advisory)](https://github.com/acme/widget/issues/new)',
    );
    assert.deepEqual(findingsOf('SEC012', text), [
      at(
        text,
        '[Report a vulnerability (GitHub Security Advisory)](https://github.com/acme/widget/issues/new)',
        'error',
      ),
    ]);
  });

  it("does not take a ticket on a chat server, or a template's issue link, for a public tracker", () => {
    for (const body of [
      'Open a ticket on our [Discord server](https://discord.gg/abc).',
      'Use [GitHub Issues](https://github.com/yourusername/yourproject/issues).',
    ]) {
      assert.deepEqual(findingsOf('SEC012', withReporting(body)), [], body);
    }
  });

  it('reports issues named as the way to report: with emphasis, as a bare list, and in Chinese, Italian and Portuguese', () => {
    const cases: Array<[string, string]> = [
      ['Use issues to report a vulnerability.', 'Use issues to report'],
      ['Abra uma **Issue** com o título "Vulnerabilidade".', 'Abra uma **Issue'],
      ['请把漏洞报告到 issues，我们会处理。', '报告到 issues'],
      ['Invia una pull request con la descrizione del problema.', 'Invia una pull request'],
      ['How to report a vulnerability:\n\n- GitHub Issues\n- Discussions', 'GitHub Issues'],
    ];
    for (const [body, needle] of cases) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC012', text)[0], at(text, needle, 'error'), body);
    }
  });

  it('reports "raise a bug issue", "go to issues and report", a Chinese "describe it in an issue", and a Turkish imperative but not its negative', () => {
    const cases: Array<[string, string]> = [
      ['Please raise a bug issue and label it SECURITY.', 'raise a bug issue'],
      ['Go to issues and report it there.', 'Go to issues and report'],
      ['请在 GitHub Issue 中描述问题。', '在 GitHub Issue 中描述'],
      ['Güvenlik açıkları için issue açın.', 'issue açın'],
    ];
    for (const [body, needle] of cases) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC012', text), [at(text, needle, 'error')], body);
    }
    assert.deepEqual(findingsOf('SEC012', withReporting('Güvenlik açıkları için issue açmayın.')), []);
  });

  it("takes GitHub's issues for public whatever else the sentence says, and keeps a confidential issue elsewhere private", () => {
    for (const [body, needle] of [
      ['Open a GitHub issue with few details and ask to talk privately.', 'Open a GitHub issue'],
      ['Report it through GitHub Issues (private).', 'Report it through GitHub Issues'],
    ]) {
      const text = withReporting(body!);
      assert.deepEqual(findingsOf('SEC012', text), [at(text, needle!, 'error')], body);
    }
    assert.deepEqual(findingsOf('SEC012', withReporting('Open a confidential issue on GitLab.')), []);
  });

  it('reads the line that opens a list as governing its items', () => {
    for (const body of [
      'For bugs that are not exploitable, you may either:\n\n- use the issue tracker to report them\n- ask in the forum',
      'Do not report through:\n\n- Issues\n- Discussions',
      'Evita di aprire una issue pubblica con i dettagli.',
    ]) {
      assert.deepEqual(findingsOf('SEC012', withReporting(body)), [], body);
    }
  });

  it('is silent when a private channel is offered too', () => {
    assert.deepEqual(
      findingsOf('SEC012', withReporting('Open an issue, or email security@acme.dev for sensitive reports.')),
      [],
    );
  });

  it('ignores instructions that are negated or about non-security matters', () => {
    for (const body of [
      'Please do not open a public issue.',
      "Don't create an issue for this.",
      'For non-security bugs, open an issue.',
      'Open an issue to suggest a security improvement.',
      'Never file an issue; we will find another way.',
    ]) {
      assert.deepEqual(findingsOf('SEC012', withReporting(body)), [], body);
    }
  });

  // Found by fuzzing (seed 1192868010): a lone CR ends a line, as in CommonMark.
  it('ends a sentence at a list item after a lone CR line break', () => {
    const text =
      '# Security Policy\r\r## Reporting a Vulnerability\r\rOpen an issue on GitHub\r- we read them privately';
    assert.deepEqual(findingsOf('SEC012', text), [at(text, 'Open an issue', 'error')]);
  });

  it('is a warning, not an error, where a link it cannot read may be the private channel', () => {
    const text = withReporting('Open an issue, or reach us through [our portal](https://acme.dev/p/42).');
    assert.deepEqual(findingsOf('SEC012', text), [at(text, 'Open an issue', 'warning')]);
  });

  // Found by fuzzing (seed 777): a heading ends the sentence before it, so "privately" above it does
  // not make "open an issue" in it private, and inserting a section between them changes nothing.
  it('ends a sentence at a heading', () => {
    const text = doc('## Scope', 'privately', '# open an issue');
    assert.deepEqual(findingsOf('SEC012', text), [at(text, 'open an issue', 'error')]);
  });

  it('reads public trackers named in more ways and languages, and a private word away from the issue', () => {
    for (const body of [
      'Report issues via the discussion boards.',
      'Please refer to the GitHub issues template for reporting bugs.',
      'Пожалуйста, сообщайте о проблемах безопасности через GitHub Issues с меткой `security`.',
      'W wersji publicznej — issue na GitHubie.',
      'Report it through a private channel if one is available, or else as an [issue](../../issues).',
      'Por favor, abra uma issue no GitHub.',
      '請在 GitHub 上開一個 issue。',
      'GitHub で issue を作成してください。',
      'Vytvořte prosím issue na GitHubu.',
      'Post it in GitHub Discussions.',
      'Send it to our public mailing list acme-dev@lists.acme.org.',
      // Holdout24 kind: "post … as an issue".
      'If you spot a security flaw, post your concern as an issue to [GitHub](https://github.com/acme) with the Security tag.',
      // A probe of session 11: a public place named in a sentence about a vulnerability, in any language.
      '发现漏洞后，欢迎在 GitHub Discussions 的「安全」分类下发帖反馈。',
      'Le vulnerabilità vanno segnalate sul forum pubblico del progetto.',
      'Wszystkie błędy, także podatności, zgłaszamy na publicznym forum projektu.',
      // A chat room or group named as one, a public list before its address.
      'Found a hole? Come tell us in #security on our Discord server (https://discord.gg/acmetools).',
      'Our Telegram group https://t.me/widget_chat is the quickest way to report a vulnerability.',
      'Про проблеми безпеки пишіть у нашу публічну групу в Telegram (https://t.me/widget_ua).',
      'Report vulnerabilities on our public mailing list, widget-dev@lists.acme.dev.',
      // Holdout22 and holdout23 kinds: Spanish "through the ISSUES module" and gerund, a Turkish Issues tab,
      // an issue on GitHub beside a chat group (a chat server's tickets are called tickets).
      'Pueden ser reportadas a través del módulo **ISSUES** en **GitHub**.',
      'Contáctanos directamente abriendo un Issue.',
      'GitHub deposundaki "Issues" (Sorunlar) sekmesini kullanarak yeni bir kayıt oluşturun.',
      'Please create an issue on GitHub or ask the administrators in the QQ chat group (600480230).',
      // Holdout20 and holdout21 kinds: the issues "feature", Czech "via GitHub Issues".
      'To report a security issue, please use the GitHub Issues feature in our repository.',
      'Nahlaste to prosím přes **GitHub Issues** a označte `[SECURITY]` v názvu.',
      // Holdout48's kind: the tracker by its product name after "write to/on".
      'Write to GitHub Issues with the label `security`.',
      'Напишіть на GitHub Issues з міткою `security`.',
      'Напишите на GitHub Issues с меткой `security`.',
      // holdout54's kind: the forge's name between the verb and the issue
      '如果问题可以公开描述，可以创建 GitHub Issue 并注明安全相关。',
      '請直接開 GitHub Issue 回報。',
      // holdout51's kinds: Danish and Swedish (Norwegian too) "open an issue", the word in markup or quotes.
      'Finder du et sikkerhedshul, så åbn en **Issue** her i projektet.',
      'Hittar du en säkerhetsbrist, öppna ett "Issue" på GitHub.',
      'Har du funnet et sikkerhetshull, kan du åpne en issue på GitHub.',
      // Holdout19's kind: the project's development list, which everyone subscribed reads.
      'Please report it to the development mailing list, or contact one of the developers directly.',
    ]) {
      const text = doc('# Security Policy', '', '## Reporting', '', body);
      assert.equal(findingsOf('SEC012', text).length, 1, body);
    }
  });

  it('reads a negation in emphasis as one (holdout52 kind)', () => {
    for (const body of [
      '1. **عدم** فتح issue عام على GitHub',
      '**Не** открывайте issue на GitHub.',
      '**Не** створюйте issue.',
    ])
      assert.deepEqual(findingsOf('SEC012', withReporting(body)), [], body);
  });

  it('reads Korean, Spanish and English public reporting met in holdout7', () => {
    for (const body of [
      'Github에서 Issue 또는 그 취약점을 해결한 코드를 Pull request 하십시요.',
      'Si descubre un problema de seguridad, abra un GitHub Issue describiendo el problema.',
      'For the time being, we will be using the issues tab to report vulnerabilities.',
    ])
      assert.ok(findingsOf('SEC012', withReporting(body)).length >= 1, body);
  });

  it('reads "can be reported … as issues" as a public channel', () => {
    const text = withReporting('Vulnerabilities can be reported on the GitHub project, as issues.');
    assert.equal(findingsOf('SEC012', text).length, 1);
  });

  it('does not take a public place named in a negated list or in contributing advice for the way to report', () => {
    for (const body of [
      'Email lena@acme.dev. Please do not report vulnerabilities through public issues, discussions, or pull requests.',
      'Сообщите по почте lena@acme.dev вместо использования публичного issue tracker.',
      'Report it to lena@acme.dev.\n\n## Contributing\n\n- Test changes before submitting pull requests',
    ])
      assert.deepEqual(findingsOf('SEC012', withReporting(body)), [], body);
  });

  it('reads a Vietnamese "do not" (đừng) as a negation', () => {
    const text = withReporting('Nếu bạn phát hiện lỗi bảo mật, **đừng tạo issue công khai**.');
    assert.deepEqual(findingsOf('SEC012', text), []);
  });

  it('reads a Portuguese instruction to report in the issues', () => {
    const text = withReporting('Relate vulnerabilidades em **Issues** marcadas como `security`.');
    assert.deepEqual(findingsOf('SEC012', text), [at(text, 'Relate vulnerabilidades em **Issues', 'error')]);
  });

  it('reports an issue opened only to ask for a private contact as a first contact in public, in any language (holdout94 kind)', () => {
    for (const [body, found] of [
      ['Open an issue asking for a private contact, without any details.', 'Open an issue'],
      ['Create a GitHub issue to request a secure channel; do not include details.', 'Create a GitHub issue'],
      ['Ouvrez une issue pour demander un contact privé, sans détails.', 'Ouvrez une issue'],
      ['请提交一个 issue 请求私下联系方式，不要包含细节。', '提交一个 issue'],
      ['Preferred: open a GitHub issue with minimal details and request a private channel.', 'open a GitHub issue'],
      ['Raise an issue without revealing the vulnerability itself; we will get in touch.', 'Raise an issue'],
      ['Abre un issue sin revelar los detalles y te escribiremos.', 'Abre un issue'],
      ['先开一个最小化的公开 issue，说明你有安全报告、需要私下沟通渠道。', '开一个最小化的公开 issue'],
    ] as const) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC012', text), [at(text, found, 'error')], body);
      const message = analyze(text, {}).find((f) => f.ruleId === 'SEC012')?.message;
      assert.match(message ?? '', /^This makes the first contact about a vulnerability in a public tracker/, body);
      // No private channel: SEC011's error; an instruction, so SEC010 stays silent.
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
      assert.deepEqual(findingsOf('SEC010', text), [], body);
    }
  });

  it('leaves issues for other matters beside a private channel, and a link to one thread to read, alone', () => {
    for (const body of [
      'Report it by email to jane@acme.dev. Read [this issue](https://github.com/acme/widget/issues/12) on the install hook.',
      // Other matters than vulnerabilities, in other languages
      'Genel bir kod hatasıysa bir Issue açın. Güvenlik açıkları için jane@acme.dev adresine yazın.',
      'Für allgemeine Fehler eröffnen Sie bitte ein Issue; Sicherheitslücken an jane@acme.de.',
      'Para errores comunes, abra un issue; vulnerabilidades a jane@acme.es.',
      '一般的な不具合は Issue を作成してください。脆弱性は jane@acme.jp へ。',
      // English "the issue according to" is no Turkish "issue açın"
      'Email jane@acme.dev. We resolve the issue according to our principles.',
    ])
      assert.deepEqual(findingsOf('SEC012', withReporting(body)), [], body);
    const text = withReporting('Report it in an issue; you may post without revealing your name.');
    assert.deepEqual(findingsOf('SEC012', text), [at(text, 'Report it in an issue', 'error')]);
  });

  it('reads holdout10 kinds: an issue opened in Vietnamese, a pull request raised in Japanese; a pull request in contributing advice is none', () => {
    for (const [body, found] of [
      ['Vui lòng báo cáo bằng cách mở GitHub issue trong kho lưu trữ này.', 'mở GitHub issue'],
      ['未対応の脆弱性があったら、Pull Request を挙げてください。', 'Pull Request を挙げ'],
    ] as const) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC012', text), [at(text, found, 'error')], body);
    }
    const advice = doc(
      '# Security Policy',
      '',
      '## Best practices for contributors',
      '',
      '- Test changes before submitting pull requests',
    );
    assert.deepEqual(findingsOf('SEC012', advice), []);
  });

  it('reads going to the Issues tab as a public channel, in English and Portuguese', () => {
    for (const [body, found] of [
      ['1. Go to the **Issues** tab.', 'Go to the **Issues** tab'],
      ['1. Vá para a guia "Issues" no GitHub.', 'Vá para a guia "Issues'],
    ] as const) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC012', text), [at(text, found, 'error')], body);
    }
  });

  it('reads a chat the clause before a colon calls open or public, an Arabic verbal noun, and عدم as a negation (a probe of session 12)', () => {
    for (const body of [
      'Также можно написать в наш открытый чат в Telegram: https://t.me/kotofey_chat',
      'Please post it on our public Discord server: https://discord.gg/fengche-community',
      'يرجى فتح issue جديد في المستودع على GitHub.',
      'Please report it quietly in the `#general` channel of our community Slack and tag `@maintainers`.',
    ]) {
      const text = doc('# Security', '', body);
      assert.equal(findingsOf('SEC012', text).length, 1, body);
      assert.equal(findingsOf('SEC011', text)[0]?.severity, 'error', body);
    }
    // A room named in bold or with an emoji, or in code, over a link in a paragraph of its own (a probe of session 12).
    for (const body of [
      'Join our community Slack and drop a message in the **#security** channel:\nhttps://join.slack.com/t/swarmling/shared_invite/zt-2abc',
      'Please report it in the `#security-reports` channel on our Discord:\n\nhttps://discord.gg/agentforge',
      'اگر مشکل امنیتی پیدا کردید، در گروه تلگرام ما مطرح کنید:\n\n🔗 https://t.me/persiantools_group',
    ]) {
      const text = withReporting(body);
      assert.equal(findingsOf('SEC012', text).length, 1, body);
      assert.equal(findingsOf('SEC011', text)[0]?.severity, 'error', body);
    }
    // An issue's number is no chat room: a handle on Telegram stays a private channel.
    assert.deepEqual(findingsOf('SEC012', withReporting('Report on Telegram to @jane_sec (as decided in #42).')), []);
    // "not opening a public issue" asks for none.
    const text = withReporting('يرجى عدم فتح Issue عام، وإرسال بريد إلى security@kotofey.dev.');
    assert.deepEqual(findingsOf('SEC012', text), []);
  });

  it("reads a chat server's mod mail as a private thread, not a public room (holdout30 kind)", () => {
    const text = withReporting(
      'To tell us privately, use the `#mod-mail` channel in [our Discord server](https://discord.gg/acme).',
    );
    assert.deepEqual(findingsOf('SEC012', text), []);
    assert.deepEqual(findingsOf('SEC011', text), []);
    // A room named as a room stays public.
    const room = withReporting('Post it in the `#bugs` channel in [our Discord server](https://discord.gg/acme).');
    assert.equal(findingsOf('SEC012', room)[0]?.severity, 'error');
  });

  it('reads an issue called a problem, as GitHub translates it (uk, ru; holdout33 kind)', () => {
    for (const body of [
      'Будь ласка, створіть проблему на GitHub, щоб повідомити про вразливість.',
      'Пожалуйста, создайте проблему на GitHub, чтобы сообщить об уязвимости.',
    ]) {
      const text = withReporting(body);
      assert.equal(findingsOf('SEC012', text)[0]?.severity, 'error', body);
    }
  });

  it('reads holdout34 kinds: where to ask questions, a regular issue, a table row for general questions', () => {
    for (const body of [
      '**Questions? [GitHub Discussions](https://github.com/acme/widget/discussions)**',
      '**Вопросы? [GitHub Discussions](https://github.com/acme/widget/discussions)**',
      '- Vulnerabilidades ya publicadas en dependencias (abre un issue regular de actualización).',
      '| Preguntas generales sobre el proyecto | Abre una [GitHub Discussion](../../discussions) |',
    ])
      assert.deepEqual(findingsOf('SEC012', withReporting('Tell us about it.', '', body)).length, 0, body);
    // With no private channel, the same table row for reports is a public channel.
    assert.equal(
      findingsOf('SEC012', withReporting('| Reportes de vulnerabilidades | Abre un [issue](../../issues) |')).length,
      1,
    );
  });
  it("reads holdout36 kinds: a list of known issues is no tracker; a bounty program's feed of disclosed reports is no channel", () => {
    const known = withReporting(
      'Email security@acme.dev.',
      '',
      'We close reports as invalid when the problem reported is listed in Known Issues.',
    );
    assert.deepEqual(findingsOf('SEC012', known), []);
    // Issues alone, and a program's Hacktivity page to follow: public only.
    const feed = withReporting(
      'Open an issue on the GitHub repository.',
      '',
      'To follow disclosures, subscribe to [Hacktivity](https://hackerone.com/acme/hacktivity).',
    );
    assert.equal(findingsOf('SEC011', feed)[0]?.severity, 'error');
    assert.equal(findingsOf('SEC012', feed).length, 1);
  });

  it('reads an open list by its address, a tracker by its address, and a room named after its server link (probes of session 16)', () => {
    for (const body of [
      'Please report security issues to our mailing list, **acme-users@googlegroups.com**.',
      'Send reports to acme-devel@lists.sr.ht or file them at ~acme/acme@todo.sr.ht.',
      'Únete a nuestro servidor de Discord (https://discord.gg/acme) y publica tu reporte en el canal **#seguridad**.',
    ])
      assert.equal(findingsOf('SEC011', withReporting(body))[0]?.severity, 'error', body);
    // A list its sentence calls private is one; a room named for questions is no channel.
    assert.deepEqual(
      findingsOf(
        'SEC011',
        withReporting('Report it to acme-dev@googlegroups.com, a private group of the maintainers.'),
      ),
      [],
    );
    assert.deepEqual(
      findingsOf(
        'SEC012',
        withReporting(
          'Email security@acme.dev.',
          '',
          'For questions join [our Discord](https://discord.gg/acme) and post in #help.',
        ),
      ),
      [],
    );
  });

  it('reads a room named in Danish and Swedish ("Gitter-rum") as public (a probe of session 16)', () => {
    const policy =
      '# Sikkerhed\n\nHar du fundet en sårbarhed, så skriv til os i vores Gitter-rum: https://gitter.im/acme/sikkerhed\n';
    assert.equal(findingsOf('SEC012', policy)[0]?.severity, 'error');
  });

  it('reads a Fediverse account as one, not as an address: a mention is public, a message private (a probe of session 16)', () => {
    const mention = withReporting('Le plus simple est de nous mentionner sur Mastodon : **@acme@framapiaf.org**.');
    assert.equal(findingsOf('SEC011', mention)[0]?.severity, 'error');
    assert.equal(findingsOf('SEC012', mention).length, 1);
    assert.deepEqual(
      findingsOf('SEC011', withReporting('Contact me on Mastodon: @jane@fosstodon.org (DMs open).')),
      [],
    );
  });

  it('reads holdout43 kinds: registering an issue, and a tweet to an account, are public', () => {
    for (const body of [
      'Report it by registering a new issue in this repository.',
      'Reach me by sending a tweet to my [account](https://x.com/jane_dev).',
    ]) {
      const text = withReporting(body);
      assert.equal(findingsOf('SEC012', text).length, 1, body);
      assert.equal(findingsOf('SEC011', text)[0]?.severity, 'error', body);
    }
    // A direct message on the same network stays private.
    assert.deepEqual(findingsOf('SEC011', withReporting('Send a DM to my [account](https://x.com/jane_dev).')), []);
  });

  it('reads "rise an issue" and an issue in a code span as public reporting (holdout49 kind)', () => {
    for (const body of [
      'If you find a vulnerability, please rise an issue.',
      'If you find a vulnerability, please raise an `issue`.',
    ]) {
      const text = doc('# Security', '', '## Reporting', '', body);
      assert.equal(findingsOf('SEC012', text)[0]?.severity, 'error', body);
    }
  });

  it('reads "the security issue tracker" before an advisory link as naming that link (holdout61 kind)', () => {
    const text = doc(
      '# Security',
      '',
      '## Reporting',
      '',
      'Please report it in the security issue tracker [here](https://github.com/${ORG}/${REPO}/security/advisories/new).',
    );
    assert.deepEqual(findingsOf('SEC012', text), []);
    // (the link is a template's, so the policy has no private channel yet, but no public one either)
    assert.equal(findingsOf('SEC011', text).length, 1);
    const publicTracker = doc(
      '# Security',
      '',
      '## Reporting',
      '',
      'Please report vulnerabilities in the issue tracker.',
    );
    assert.equal(findingsOf('SEC012', publicTracker).length, 1);
  });

  it('reads a Portuguese instruction to report in public in the gerund (holdout70 kind)', () => {
    const text = doc('# Segurança', '', '## Relatar', '', 'Se encontrar uma falha, reporte-a abrindo uma issue.');
    assert.equal(findingsOf('SEC012', text).length, 1);
  });

  it('reads a Chinese instruction to file an issue with what kind of issue said between (holdout67 kind)', () => {
    for (const body of ['请在仓库 tracker 提交可复现 issue。', '請在倉庫提交可重現的 issue。'])
      assert.equal(findingsOf('SEC012', doc('# 安全', '', '## 报告', '', body)).length, 1, body);
    // One already filed, or a private one, is no public channel.
    for (const body of ['对于提交的 issue，我们会在三天内回复。', '请提交私密 issue。'])
      assert.deepEqual(findingsOf('SEC012', doc('# 安全', '', '## 报告', '', body)), [], body);
  });

  it('reads a Russian instruction to open a "GitHub issue" as public reporting (holdout76 kind)', () => {
    const text = doc(
      '# Безопасность',
      '',
      '## Сообщение об уязвимостях',
      '',
      'Создайте GitHub Issue с описанием уязвимости.',
    );
    assert.equal(findingsOf('SEC012', text).length, 1);
  });

  it('reads "create detailed reports as an issue" as a public channel (holdout89 kind)', () => {
    const text = withReporting(
      '- Create detailed vulnerability reports as an issue.',
      '- Include the affected versions.',
    );
    assert.deepEqual(
      findingsOf('SEC012', text).map((f) => f.severity),
      ['error'],
    );
  });

  it('reads "put it on GitHub" (also "git hub") with no private word after it as its public issues (holdout108 kind)', () => {
    for (const line of ['If you find a hole, put it on git hub.', 'Please report bugs on GitHub.']) {
      const text = doc('# Security', '', '## Reporting a Vulnerability', '', line);
      assert.deepEqual(findingsOf('SEC012', text).length, 1, line);
    }
    const privately = doc(
      '# Security',
      '',
      '## Reporting a Vulnerability',
      '',
      'Report it on GitHub privately, with an advisory.',
    );
    assert.deepEqual(findingsOf('SEC012', privately), []);
  });

  it('leaves a public place listed for talk in a policy that forbids public reports, in English, Portuguese and Spanish (holdout112 kind)', () => {
    for (const forbid of [
      'Found a flaw? **Do NOT open a public issue!**',
      'Encontrou uma falha? **NÃO abra issue pública!**',
      'No abras un issue público.',
    ]) {
      const text = doc(
        '# Security',
        '',
        '## Reporting',
        '',
        forbid,
        '',
        '## Support and Contact',
        '',
        '- **Discussions:** [Discussions](https://github.com/acme/widget/discussions)',
      );
      assert.deepEqual(findingsOf('SEC012', text), [], forbid);
    }
    // Without the prohibition, the listed place is where reports go.
    const allowed = doc(
      '# Security',
      '',
      '## Contact',
      '',
      '- **Discussions:** [Discussions](https://github.com/acme/widget/discussions)',
    );
    assert.equal(findingsOf('SEC012', allowed).length, 1);
  });

  it('reads Ukrainian "for ordinary non-sensitive bugs use issues" as other matters (holdout113 kind)', () => {
    const text = doc(
      '# Безпека',
      '',
      'Напишіть власнику приватно.',
      '',
      'Для звичайних нечутливих помилок використовуйте [GitHub issues](https://github.com/acme/widget/issues).',
    );
    assert.deepEqual(findingsOf('SEC012', text), []);
  });
});
