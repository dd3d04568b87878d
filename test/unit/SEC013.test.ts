import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, doc, findingsOf } from './helpers';

describe('SEC013 response-timeframe', () => {
  it('reports a policy that promises no time on its title', () => {
    const text = doc('# Security Policy', '', 'We respond as soon as possible.');
    assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Security Policy', 'warning')]);
  });

  it('accepts a number with a unit of time', () => {
    for (const sentence of [
      'We reply within 48 hours.',
      'Expect an answer within 5 business days.',
      'We follow a 90-day disclosure deadline.',
      'You will hear from us within two weeks.',
      'We acknowledge reports within a day.',
      '我们会在 3 个工作日内回复。',
      'Respondemos en 7 días.',
      'Kami akan merespons dalam waktu 2x24 jam.',
      'Allow reasonable time (typically 90+ days) for a fix.',
      'Os mantenedores se comprometem a responder em até uma semana.',
      'Nous répondons sous une semaine.',
      'Вы можете ожидать ответ в течение недели.',
      // The units SEC017 reads a response time in (durationUnits) are the ones SEC013 accepts.
      'We reply within 48 business hours.',
      'Wir antworten innerhalb von 3 Geschäftstagen.',
      'Rispondiamo entro 1 giorno.',
      // A number word (numberWords) before any of those units.
      'Wir antworten innerhalb von dreißig Tagen.',
      'We keep a two-week window.',
      // a day count written with 日 and "within"
      '維護者會在五日內回覆。',
      '我们将在 3 日以内确认。',
      // an embargo or a time to fix counted in months
      'Please give us 4 months before requesting a CVE or going public.',
      'Disclosure happens after 6 months at the latest.',
      'Allow us up to two months to ship a fix.',
      // a month bounding an answer, the sentence wrapped over two lines
      'If the team has not replied\nwithin 1 month, write to the list.',
      'Expect an acknowledgement within a month.',
      // a support period elsewhere does not hide a response time
      'Version 2 is supported for 2 weeks more. We reply within 3 days.',
    ]) {
      assert.deepEqual(findingsOf('SEC013', doc('# Policy', '', sentence)), [], sentence);
    }
  });

  it('does not count a time without a number ("within a few days", as the labelling guide says)', () => {
    const text = doc('# Security Policy', '', 'Expect an acknowledgement within a few days. See sections a-h.');
    assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Security Policy', 'warning')]);
  });

  it('reads Turkish units with their suffixes, and not words that only start like them', () => {
    for (const body of [
      'Raporlara 3 gün içinde yanıt veriyoruz.',
      'İlk yanıt 2 günde gelir.',
      'Düzeltme 1 ay içinde yayınlanır.',
      // In words: "within a week you get the first answer"
      'Bir hafta içinde ilk yanıtı alırsınız.',
    ])
      assert.deepEqual(findingsOf('SEC013', doc('# Güvenlik', '', body)), [], body);
    const text = doc('# Güvenlik', '', '2 ayrı ekip ve 3 güncelleme kanalı var.');
    assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Güvenlik', 'warning')]);
  });

  it('does not count times in code or support periods in months', () => {
    const text = doc('# Policy', '', 'Releases are supported for 12 months.', '', '```', 'timeout: 30 days', '```');
    assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Policy', 'warning')]);
  });

  it('does not count support periods, or how often something happens', () => {
    for (const sentence of [
      'A bot checks the dependencies once a week.',
      'We publish digests twice a month and review logs three times a day.',
      'Each major line is supported for 6 months after the next one is published.',
      'We keep supporting the previous major line for three weeks after a new one ships.',
      'The old branch is maintained for 30 days.',
    ]) {
      const text = doc('# Policy', '', sentence);
      assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Policy', 'warning')], sentence);
    }
  });

  it("does not count how long a release gets fixes in Chinese, or a token's lifetime", () => {
    for (const body of [
      '所有受支持版本将在发布后至少 **6个月内** 接收关键安全更新。',
      '- Access token: **1 h**; refresh: **7 dni** (zapamiętaj mnie) lub **24 h** (sesja)',
    ]) {
      const text = doc('# Security', '', body);
      assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Security', 'warning')], body);
    }
    assert.deepEqual(
      findingsOf('SEC013', doc('# Security', '', 'Tokens rotate, and we answer reports within 2 days.')),
      [],
    );
  });

  it('does not count how long a session, token or device stays valid, or how often keys rotate', () => {
    for (const body of [
      'Session JWTs are\nshort-lived with a hard 30-day cap.',
      'Keys are rotated regularly (every 90 days).',
      '会话默认 7 天过期，可信设备最长 30 天。',
      '审计日志归档保留 90 天。',
      // In languages that put the verb last, the words after the time: deleted after, kept for, every.
      'データは3時間後に削除され、最大保持期間は6時間以内です。ログは30日間保持します。',
      '临时文件 7 天后删除。',
      '로그는 30일 동안 보관됩니다.',
      // Holdout23 kinds: a template's example in a bracket, in other languages.
      'Nous accuserons réception dans un délai de [**par exemple, 2-3 jours ouvrables**].',
      'Respondemos en un plazo máximo de **[ej. 48 horas]**.',
      // A probe of session 11: lifetimes, retentions, periods, schedules and a date, in many languages.
      'Password reset links are valid for one hour.',
      'Los registros de auditoría se conservan durante 90 días.',
      'Os backups são feitos a cada 12 horas e mantidos por 30 dias.',
      'Chaque version majeure est maintenue pendant 18 mois.',
      'Logbestanden worden 30 dagen bewaard.',
      'Kopie zapasowe wykonujemy co 6 godzin.',
      'Журналы аудита хранятся 180 дней.',
      '本ポリシーは2024年4月1日に改訂されました。',
      '세션 토큰은 24시간 후에 만료됩니다.',
      'Yedekler her gece alınır ve 14 gün saklanır.',
      'Окно после подачи питания — один час.',
      // Holdout20 and holdout21 kinds: a retention, a setting's value, a tool's cooldown; and "time" is English.
      'Backups are kept for 14 days.',
      'I backup vengono conservati per 14 giorni.',
      'Dependency resolution uses `exclude-newer = "1 week"`.',
      'Dependabot uses the matching seven-day cooldown.',
      'We will update this page from time to time.',
      // An age: "older than" (holdout19's Russian kind).
      'Rotated log files older than 30 days are deleted.',
      'Архивы старше 30 дней удаляются при запуске.',
      'Protokolle älter als 14 Tage werden gelöscht.',
      // Holdout25 kind: a counter or a lock that ages out; "valid for" in other languages.
      'Failure counters age out after 1 hour.',
      'Invitations expire after 7 days.',
      'Das Token ist gültig für 7 Tage.',
      'Le jeton est valable 7 jours.',
      'El enlace es válido por 24 horas.',
    ]) {
      const text = doc('# Security', '', body);
      assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Security', 'warning')], body);
    }
  });

  it('reads Norwegian, Danish, Swedish, Finnish, Greek and Hebrew units, and number words of other alphabets (holdout20 kind, a probe of session 11)', () => {
    for (const body of [
      'Saat ensimmäisen vastauksen viimeistään kolmen arkipäivän kuluessa.',
      'Θα επιβεβαιώσουμε τη λήψη εντός 48 ωρών.',
      'תקבלו מענה ראשוני תוך שלושה ימי עבודה.',
      'Первый ответ вы получите в течение трёх рабочих дней.',
      'Perbaikan dirilis paling lambat tujuh hari setelah dikonfirmasi.',
      'Az első válaszunkat legkésőbb három munkanapon belül megkapod.',
      'ستتلقى ردًا أوليًا في غضون ثلاثة أيام عمل.',
      'Un correctif est publié sous quinzaine.',
      'Recibirás una respuesta inicial dentro de una **semana laboral**.',
      'Pokouším se odpovídat co nejdřív, pokud neodpovím do týdne, zpráva se ztratila.',
      'Bekreftelse på mottak: innen **2 virkedager**.',
      'Vi bekrefter mottak innen 3 arbeidsdager.',
      'Du bør modtage en kvittering inden for syv dage.',
      'Vi svarar inom 48 timmar.',
    ])
      assert.deepEqual(findingsOf('SEC013', doc('# Security', '', body)), [], body);
  });

  it('reads Catalan units and number words', () => {
    assert.deepEqual(findingsOf('SEC013', doc('# Seguretat', '', "Confirmarem la recepció dins d'una setmana.")), []);
  });

  it("does not count the example in a template's bracket", () => {
    for (const body of [
      'You will hear from us within [timeframe, e.g., 1-3 days].',
      'Sie hören innerhalb von [Frist, z. B. 5 Tage] von uns.',
    ]) {
      const text = doc('# Security', '', body);
      assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Security', 'warning')], body);
    }
    assert.deepEqual(findingsOf('SEC013', doc('# Security', '', 'We answer within 3 days [e.g., by email].')), []);
  });

  it('does not count "0-day" or how often something runs in Chinese', () => {
    for (const body of ['Hardening protects against 0-day exploits.', '我們每 7 天檢查一次更新。']) {
      const text = doc('# Security', '', body);
      assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Security', 'warning')], body);
    }
  });

  it('does not count how long a release line is supported, in a versions table (holdout29 kind)', () => {
    const text = doc(
      '# Security',
      '',
      '| Version | Supported |',
      '| --- | --- |',
      '| 4.x | ✅ |',
      '| 3.x | ✅ for 6 months after 4.0 |',
    );
    assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Security', 'warning')]);
    const answered = doc(text, 'We answer reports within 5 days.');
    assert.deepEqual(findingsOf('SEC013', answered), []);
  });

  it("reads holdout31 kinds: 營業日, and a reporter's own time or a time past is no response time", () => {
    assert.deepEqual(findingsOf('SEC013', doc('# 安全', '', '我們會在 3 個營業日內確認收到。')), []);
    for (const body of [
      'You will have a week to work on the issue.',
      'Check that nobody claimed it less than a week ago.',
    ]) {
      const text = doc('# Security', '', body);
      assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Security', 'warning')], body);
    }
  });

  it('reads holdout33 kinds: calendar days in Chinese; a deadline counted from discovery and a shared window are no response time', () => {
    for (const sentence of ['我们会在 5 个日历日内回复。', '我們會在 5 個日曆日內回覆。'])
      assert.deepEqual(findingsOf('SEC013', doc('# 安全', '', sentence)), [], sentence);
    for (const sentence of [
      'Findings must be reported within 48 hours following discovery.',
      'When two people report the same bug within the same 12 hour period, they share the reward.',
    ])
      assert.equal(findingsOf('SEC013', doc('# Security', '', sentence)).length, 1, sentence);
  });

  it('reads holdout34 kinds: an expiry, a default and a limit in Japanese are no response time', () => {
    for (const sentence of [
      '証明書は365日で失効します。',
      '既定は有限の1時間です。',
      '以前の30日という上限を外します。',
    ])
      assert.equal(findingsOf('SEC013', doc('# セキュリティ', '', sentence)).length, 1, sentence);
  });

  it('reads holdout35 kinds: a quantity a day exceeds, an age, a cleanup in Chinese are no response time', () => {
    for (const sentence of [
      '一天超过 8MB 时会写入新文件。',
      '超过七天的文件会被删除。',
      '七天清理尚未在 Windows 上验证。',
    ])
      assert.equal(findingsOf('SEC013', doc('# 安全', '', sentence)).length, 1, sentence);
  });

  it('reads holdout37 kinds: a retention, an age and a minimum in Korean, a review period, are no response time', () => {
    for (const sentence of [
      '아티팩트는 30일간 보관됩니다.',
      '24시간 이상 된 디렉터리만 지웁니다.',
      '데이터는 최소 24시간 남을 수 있습니다.',
      '**Gözden Geçirme Periyodu:** 6 ay',
      '**Review period:** 6 months',
    ])
      assert.equal(findingsOf('SEC013', doc('# Title', '', sentence)).length, 1, sentence);
  });

  it('reads a holdout38 kind: a deadline someone else sets, quoted (ja), is no response time', () => {
    const quoted = doc(
      '# Title',
      '',
      '期限は約束しません。「30 日で公開する」と言われても対応できないことがあります。',
    );
    assert.equal(findingsOf('SEC013', quoted).length, 1);
    const ours = doc('# Title', '', '報告を受けてから 30 日で修正を公開します。');
    assert.deepEqual(findingsOf('SEC013', ours), []);
  });

  it("reads a holdout39 kind: a timelock's delay is no response time", () => {
    assert.equal(
      findingsOf('SEC013', doc('# Title', '', '- **Timelock**: un retraso de 2 días para cada propuesta.')).length,
      1,
    );
  });

  it('reads a time the Japanese sentence says is not promised as no response time (holdout61 kind)', () => {
    const text = doc('# Security', '', 'Email sec@acme.dev.', '', '固定の 72 時間以内の返信を約束しません。');
    assert.equal(findingsOf('SEC013', text).length, 1);
    const promised = doc(
      '# Security',
      '',
      'Email sec@acme.dev.',
      '',
      '通常 72 時間以内に返信しますが、保証するものではありません。',
    );
    assert.deepEqual(findingsOf('SEC013', promised), []);
  });

  it('reads "una hora" that is a time of day in Spanish and Portuguese as no response time (holdout58 kind)', () => {
    for (const sentence of [
      'El servidor rechaza los mensajes que contienen una hora del futuro.',
      'As mensagens com uma hora no futuro são recusadas.',
    ])
      assert.equal(
        findingsOf('SEC013', doc('# Seguridad', '', 'Escríbenos a sec@acme.dev.', '', sentence)).length,
        1,
        sentence,
      );
    assert.deepEqual(findingsOf('SEC013', doc('# Seguridad', '', 'Respondemos en una hora.')), []);
  });

  it('reads days counted on the calendar in Russian, Ukrainian and Czech as a response time (holdout76 kind)', () => {
    for (const line of [
      'Мы подтвердим получение в течение семи календарных дней.',
      'Підтвердження отримання — до 7 календарних днів.',
      'Přijetí potvrdíme do 7 kalendářních dnů.',
    ])
      assert.deepEqual(findingsOf('SEC013', doc('# Security', '', 'Email sec@acme-lab.org.', '', line)), [], line);
  });

  it('reads a month given to fix a vulnerability as a timeframe, a month of support as none (validation74 kind)', () => {
    for (const line of [
      'Confirmed vulnerabilities are expected to be fixed within a month.',
      'We patch supported releases within 2 months of a report.',
    ])
      assert.deepEqual(findingsOf('SEC013', doc('# Security', '', 'Email sec@acme-lab.org.', '', line)), [], line);
    const support = doc('# Security', '', 'Email sec@acme-lab.org.', '', 'Each release is supported for six months.');
    assert.equal(findingsOf('SEC013', support).length, 1);
  });

  it('reads "up to a month or so, we will publish the advisory" as a time to disclosure (holdout100 kind)', () => {
    const line = 'After a while, possibly up to a month or so, we will publish the advisory.';
    assert.deepEqual(findingsOf('SEC013', doc('# Security', '', 'Email sec@acme-lab.org.', '', line)), []);
  });

  it("reads a dependency bot's or a backup's setting as no response time, in any language (holdout88 kind)", () => {
    for (const line of [
      'Renovate waits 3 days after a release before it proposes an update.',
      'Dependabot aktualisiert Pakete (mit 5 Tagen Wartezeit).',
      'Fazemos backup semanal com 30 dias de histórico.',
    ]) {
      const text = doc('# Security', '', 'Email sec@acme-lab.org.', '', line);
      assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Security', 'warning')], line);
    }
  });

  it('does not read an update interval or a session lifetime in Indonesian as a response time (holdout113 kind)', () => {
    for (const line of [
      'Aplikasi memeriksa pembaruan setiap 24 jam.',
      'Sesi yang dipakai untuk sinkronisasi berlaku paling lama 7 hari.',
    ]) {
      const text = doc('# Security', '', 'Email sec@acme-lab.org.', '', line);
      assert.deepEqual(findingsOf('SEC013', text), [at(text, '# Security', 'warning')], line);
    }
    const reply = doc('# Security', '', 'Email sec@acme-lab.org. Kami membalas dalam 3 hari kerja.');
    assert.deepEqual(findingsOf('SEC013', reply), []);
  });

  it('does not read an expiry in German, "laufen nach 30 Tagen ab", as a response time, and still reads "3 Tage ab Eingang" (holdout118 kind)', () => {
    const expiry = doc(
      '# Sicherheit',
      '',
      'E-Mail an sec@acme-lab.org.',
      '',
      'Freigabe-Links laufen nach spätestens 30 Tagen ab.',
    );
    assert.deepEqual(findingsOf('SEC013', expiry), [at(expiry, '# Sicherheit', 'warning')]);
    const reply = doc(
      '# Sicherheit',
      '',
      'E-Mail an sec@acme-lab.org.',
      '',
      'Wir antworten innerhalb von 3 Tagen ab Eingang.',
    );
    assert.deepEqual(findingsOf('SEC013', reply), []);
  });
});
