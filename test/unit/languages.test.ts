import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import {
  LANGUAGES,
  PRIVATE_REPORTING,
  PUBLIC_REPORTING,
  TIMEFRAME,
  VERSION_STATEMENT,
} from '../../server/src/core/languages';
import { matchSection } from '../../server/src/core/sections';
import { doc } from './helpers';

// One example per language and kind, in our own words: what a policy in that language says.
const EXAMPLES: Record<
  string,
  {
    time: string;
    versions: string;
    reporting: string;
    publicChannel?: string;
    privateChannel?: string;
    template?: string;
  }
> = {
  de: {
    time: 'Wir antworten innerhalb von 7 Arbeitstagen.',
    versions: 'Unterstützte Versionen',
    reporting: 'Sicherheitslücken melden',
    publicChannel: 'Bitte ein Issue eröffnen.',
    privateChannel: 'Nutze den Reiter „Security“ im Repository.',
    template: 'Verwende diesen Abschnitt, um Leuten zu sagen, wie sie melden.',
  },
  fr: {
    time: 'Réponse dans un délai de 5 jours ouvrés.',
    versions: 'Versions supportées',
    reporting: 'Signaler une vulnérabilité',
    publicChannel: 'Ouvrez une issue sur GitHub.',
    privateChannel: "Passez par l'onglet « Sécurité » du dépôt.",
    template: 'Utilisez cette section pour indiquer aux gens comment signaler.',
  },
  es: {
    time: 'Respondemos en 3 días hábiles.',
    versions: 'Versiones soportadas',
    reporting: 'Reportar una vulnerabilidad',
    publicChannel: 'Abre un issue en GitHub.',
    privateChannel: 'Usa la pestaña Security del repositorio.',
    template: 'Diles a dónde deben ir para reportar.',
  },
  pt: {
    time: 'Respondemos em 2 dias úteis.',
    versions: 'Versões suportadas',
    reporting: 'Reportar uma vulnerabilidade',
    publicChannel: 'Abra uma issue no GitHub.',
    privateChannel: 'Use a aba Segurança do repositório.',
    template: 'Use esta seção para informar às pessoas como reportar.',
  },
  it: {
    time: 'Rispondiamo entro 5 giorni lavorativi.',
    versions: 'Versioni supportate',
    reporting: 'Segnalare una vulnerabilità',
    publicChannel: 'Apri una issue su GitHub.',
    privateChannel: 'Usa la scheda Sicurezza del repository.',
    template: 'Usa questa sezione per dire alle persone come segnalare.',
  },
  nl: {
    time: 'We reageren binnen 3 werkdagen.',
    versions: 'Ondersteunde versies',
    reporting: 'Kwetsbaarheid melden',
    publicChannel: 'Open een issue op GitHub.',
    privateChannel: 'Gebruik het tabblad Security van de repository.',
    template: 'Gebruik deze sectie om mensen te vertellen hoe ze melden.',
  },
  pl: {
    time: 'Odpowiadamy w ciągu 3 dni.',
    versions: 'Wspierane wersje',
    reporting: 'Zgłaszanie podatności',
    publicChannel: 'Utwórz issue na GitHubie.',
    privateChannel: 'Użyj zakładki Security w repozytorium.',
    template: 'Użyj tej sekcji, aby powiedzieć ludziom, jak zgłaszać.',
  },
  tr: {
    time: '48 saat içinde yanıt veririz.',
    versions: 'Desteklenen sürümler',
    reporting: 'Güvenlik açığı bildirme',
    publicChannel: 'GitHub üzerinde issue açın.',
    privateChannel: 'Depodaki güvenlik sekmesi üzerinden bildirin.',
    template: 'Bu bölümü kullanarak kullanıcılara nasıl bildireceklerini anlatın.',
  },
  cs: {
    time: 'Odpovíme do 3 pracovních dnů.',
    versions: 'Podporované verze',
    reporting: 'Hlášení zranitelností',
    publicChannel: 'Vytvořte issue na GitHubu.',
    privateChannel: 'Použijte záložku Security v repozitáři.',
    template: 'Použijte tuto sekci, abyste lidem řekli, jak hlásit.',
  },
  uk: {
    time: 'Відповімо протягом 3 робочих днів.',
    versions: 'Підтримувані версії',
    reporting: 'Повідомлення про вразливість',
    publicChannel: 'Створіть issue на GitHub.',
    privateChannel: 'Використовуйте вкладку Security у репозиторії.',
    template: 'Використовуйте цей розділ, щоб розповісти, як повідомляти.',
  },
  ru: {
    time: 'Ответим в течение 3 рабочих дней.',
    versions: 'Поддерживаемые версии',
    reporting: 'Сообщение об уязвимости',
    publicChannel: 'Создайте issue на GitHub.',
    privateChannel: 'Используйте вкладку Security в репозитории.',
    template: 'Используйте этот раздел, чтобы рассказать, как сообщать.',
  },
  ja: {
    time: '2営業日以内に返信します。',
    versions: 'サポート対象バージョン',
    reporting: '脆弱性の報告',
    publicChannel: 'GitHubでissueを作成してください。',
    privateChannel: 'セキュリティタブから報告してください。',
    template: 'このセクションを使用して、報告方法を伝えてください。',
  },
  ko: {
    time: '3영업일 이내에 답변합니다.',
    versions: '지원 버전',
    reporting: '취약점 보고',
    publicChannel: 'GitHub에서 이슈를 생성하세요.',
    privateChannel: '저장소의 보안 탭을 이용하세요.',
    template: '이 섹션을 사용하여 보고 방법을 알려주세요.',
  },
  'zh-Hans': {
    time: '我们会在 3 个工作日内回复。',
    versions: '支持的版本',
    reporting: '报告漏洞',
    publicChannel: '请提交一个 issue。',
    privateChannel: '请使用私有漏洞报告。',
    template: '使用此部分告诉人们如何报告漏洞。',
  },
  'zh-Hant': {
    time: '我們會在 3 個工作天內回覆。',
    versions: '支援的版本',
    reporting: '回報漏洞',
    publicChannel: '請建立 issue。',
    privateChannel: '請使用安全性索引標籤回報。',
    template: '使用此部分告訴人們如何回報漏洞。',
  },
};

describe('languages', () => {
  it('covers the languages the product promises, each with every kind of phrase', () => {
    const codes = LANGUAGES.map((l) => l.code);
    for (const code of ['en', ...Object.keys(EXAMPLES)]) assert.ok(codes.includes(code), code);
    for (const l of LANGUAGES.filter((l) => l.code in EXAMPLES)) {
      for (const field of [
        'headings',
        'durationUnits',
        'publicReporting',
        'negations',
        'privateReporting',
        'templateOpeners',
      ] as const) {
        assert.ok(l[field] && Object.keys(l[field]).length > 0, `${l.code} has ${field}`);
      }
    }
  });

  it('compiles every entry as a regular expression on its own, without Unicode property classes', () => {
    for (const l of LANGUAGES) {
      const entries = Object.entries(l).flatMap(([field, value]) =>
        Array.isArray(value)
          ? value.map((v: string) => [field, v])
          : typeof value === 'object'
            ? // numberWords: the words are what is matched.
              (field === 'numberWords' ? Object.keys(value as object) : Object.values(value as object).flat()).map(
                (v) => [field, v as string],
              )
            : [],
      );
      for (const [field, source] of entries) {
        // Compiled without the `u` flag (languages/index.ts), where `\p{L}` would silently mean "p{L}".
        assert.doesNotThrow(() => new RegExp(source!, 'i'), `${l.code} ${field}: ${source}`);
        assert.doesNotMatch(source!, /\\[pP]\{/, `${l.code} ${field}: ${source}`);
      }
    }
  });

  for (const [code, example] of Object.entries(EXAMPLES)) {
    it(`understands ${code}: times, section headings, channels and template text`, () => {
      assert.ok(TIMEFRAME.test(example.time), example.time);
      assert.equal(matchSection(example.versions), 'supported-versions', example.versions);
      assert.equal(matchSection(example.reporting), 'reporting', example.reporting);
      if (example.publicChannel)
        assert.ok(new RegExp(PUBLIC_REPORTING.source, 'i').test(example.publicChannel), example.publicChannel);
      if (example.privateChannel)
        assert.ok(new RegExp(PRIVATE_REPORTING.source, 'i').test(example.privateChannel), example.privateChannel);
      if (example.template) {
        const findings = analyze(doc('# Policy', '', example.template)).filter((f) => f.ruleId === 'SEC020');
        assert.equal(findings.length, 1, example.template);
      }
    });
  }

  it('reads the supported-versions heading in the singular (holdout19 kind)', () => {
    for (const heading of [
      'Поддерживаемая версия',
      'Versión soportada',
      'Versão suportada',
      'Versione supportata',
      'Unterstützte Version',
      'Obsługiwana wersja',
      'Ondersteunde versie',
    ])
      assert.equal(matchSection(heading), 'supported-versions', heading);
  });

  it('reads "a report on vulnerabilities" as the reporting heading (holdout48 kind), not "known vulnerabilities"', () => {
    for (const heading of ['📞 Звіт про вразливості', 'Отчёт об уязвимостях', 'Отчет об уязвимости'])
      assert.equal(matchSection(heading), 'reporting', heading);
    assert.notEqual(matchSection('Відомі вразливості'), 'reporting');
  });

  it('reads the supported branches as the supported-versions heading (holdout25 kind)', () => {
    for (const heading of [
      'Поддерживаемые ветки',
      'Підтримувані гілки',
      'Unterstützte Branches',
      'Branches supportées',
      'Ramas soportadas',
      'Branches suportadas',
      'Branch supportati',
      '支持的分支',
      '受支援的分支',
      'サポート対象ブランチ',
      '지원 브랜치',
      'Obsługiwane gałęzie',
      'Ondersteunde branches',
      'Desteklenen dal',
      'Nhánh được hỗ trợ',
      'Cabang yang didukung',
    ])
      assert.equal(matchSection(heading), 'supported-versions', heading);
    // The scope of support names the components covered as often as the versions.
    assert.equal(matchSection('支持范围'), 'scope');
  });

  it('reads times written in words and numerals of Chinese script, not support periods in months', () => {
    // "supported for about 12 months" is how long a release lives, not how soon a report is answered.
    assert.ok(!TIMEFRAME.test('Releases are supported for about 12 months.'));
    for (const time of [
      'A fix within a fortnight.',
      '七営業日以内に返信します。',
      '我们会在三个工作日内回复。',
      '我們會在兩週內回覆。',
    ])
      assert.ok(TIMEFRAME.test(time), time);
  });

  it('reads Hungarian, Arabic and Persian: times (in Eastern Arabic digits too), headings and channels', () => {
    for (const time of [
      '72 órán belül válaszolunk.',
      'نرد خلال ٤٨ ساعة.',
      'ظرف ۴۸ ساعت پاسخ می‌دهیم.',
      'Odpowiedź w ciągu mniej więcej tygodnia.',
      'Vă răspundem în 72 de ore.',
      '48 soat ichida javob beramiz.',
      'Vui lòng chờ ít nhất một tuần.',
    ])
      assert.ok(TIMEFRAME.test(time), time);
    for (const [heading, section] of [
      ['Támogatott verziók', 'supported-versions'],
      ['Sebezhetőség bejelentése', 'reporting'],
      ['الإصدارات المدعومة', 'supported-versions'],
      ['الإبلاغ عن ثغرة', 'reporting'],
      ['نسخه‌های پشتیبانی شده', 'supported-versions'],
      ['گزارش آسیب‌پذیری', 'reporting'],
    ] as const)
      assert.equal(matchSection(heading), section, heading);
    for (const channel of ['Használd a privát sebezhetőség-bejelentést.', 'أرسل تقرير ثغرة خاص على GitHub.'])
      assert.ok(new RegExp(PRIVATE_REPORTING.source, 'i').test(channel), channel);
    // Negated, the public issue is no channel; the private report is one.
    const arabic = doc(
      '# سياسة الأمان',
      '',
      '## الإبلاغ عن ثغرة',
      '',
      'لا تفتح issue عامًا.',
      '',
      'أرسل تقرير ثغرة خاص على GitHub.',
    );
    assert.deepEqual(
      analyze(arabic).filter((f) => ['SEC010', 'SEC011', 'SEC012'].includes(f.ruleId)),
      [],
    );
    // GitHub's template sentences as these languages (and Vietnamese) render them.
    for (const template of [
      'Sử dụng phần này để thông báo cho mọi người biết về các phiên bản được hỗ trợ.',
      'Használd ezt a részt, hogy elmondd, hogyan kell jelenteni.',
      'استخدم هذا القسم لإخبار الناس بكيفية الإبلاغ.',
      'از این بخش برای توضیح نحوه گزارش استفاده کنید.',
      '請使用此區塊說明如何回報漏洞。',
    ])
      assert.equal(analyze(doc('# Policy', '', template)).filter((f) => f.ruleId === 'SEC020').length, 1, template);
    const persian = doc('# سیاست امنیتی', '', '## گزارش آسیب‌پذیری', '', 'لطفاً یک issue عمومی باز نکنید.');
    assert.deepEqual(
      analyze(persian)
        .filter((f) => ['SEC011', 'SEC012'].includes(f.ruleId))
        .map((f) => [f.ruleId, f.severity]),
      [['SEC011', 'error']],
    );
  });

  it('reads a Czech negation built into the verb, up to the end of its clause', () => {
    const text = doc(
      '# Bezpečnost',
      '',
      '## Hlášení zranitelností',
      '',
      'Nevytvářejte veřejné issue, ale použijte záložku Security.',
    );
    assert.deepEqual(
      analyze(text)
        .filter((f) => f.ruleId === 'SEC011' || f.ruleId === 'SEC012')
        .map((f) => f.ruleId),
      [],
    );
  });

  it('reads a number in markup as a number', () => {
    for (const text of ['en un plazo de [7] días hábiles', 'within **48** hours'])
      assert.ok(TIMEFRAME.test(text), text);
  });

  it('does not take a number inside a word, or a vague time, for a timeframe', () => {
    for (const text of [
      'key: Eu75yuFmZ//nmCBApAit9Hr2/sCs',
      'We answer within a few days.',
      'See section 2 daily builds.',
    ])
      assert.equal(TIMEFRAME.test(text), false, text);
  });

  it('reads versions statements in prose', () => {
    for (const text of [
      'Only the latest release receives fixes.',
      'Fixes go to all supported stable releases.',
      'The current feature release will receive security fixes.',
      'Nur die neueste Version wird gepflegt.',
      'Solo la última versión.',
      'The project has ended: security vulnerabilities will not be fixed.',
      'We will not provide backports for older versions.',
      'Only the main branch is in scope.',
    ]) {
      assert.ok(VERSION_STATEMENT.test(text), text);
    }
  });
});
