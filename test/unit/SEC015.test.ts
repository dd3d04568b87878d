import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/edits';
import { at, doc, findingsOf } from './helpers';

describe('SEC015 supported-versions-section', () => {
  it('reports a policy without a versions section on its title', () => {
    const text = doc('# Security Policy', '', '## Reporting a Vulnerability', '', 'Email security@acme.dev.');
    assert.deepEqual(findingsOf('SEC015', text), [at(text, '# Security Policy', 'warning')]);
  });

  it('accepts a versions section, also as "Security Updates" over a table', () => {
    assert.deepEqual(findingsOf('SEC015', doc('# P', '', '## Supported Versions', '', 'Only 3.x.')), []);
    assert.deepEqual(
      findingsOf(
        'SEC015',
        doc('# P', '', '## Security Updates', '', '| Version | Supported |', '| - | - |', '| 3.x | ✅ |'),
      ),
      [],
    );
  });

  it('accepts a versions heading asked as a question', () => {
    assert.deepEqual(
      findingsOf(
        'SEC015',
        doc('# Policy', '', '## Which versions of this module are supported?', '', 'The newest one.'),
      ),
      [],
    );
    assert.deepEqual(
      findingsOf('SEC015', doc('# Policy', '', '## What releases are maintained', '', 'The 2.x line.')),
      [],
    );
  });

  it('accepts a plain "only the latest release" statement instead', () => {
    for (const sentence of [
      'Only the latest release receives security fixes.',
      'We support only the most recent minor version.',
      'The latest version is supported.',
      'Security fixes are only provided for the latest release.',
      'Fixes are prepared for all releases which are still supported.',
      'Fixes are prepared for all releases that are still under maintenance.',
      'We ship security patches to the latest release.',
      // the only branch analysed, named in code; "the supported one"; other languages, in bold
      'We look at reports only on the current `main` branch.',
      'Bugs are triaged only against the `trunk` branch.',
      'The newest release is the supported one.',
      'Opravy dáváme jen do nové verze.',
      'Podporovaná je vždy jen ta nejnovější.',
      'Лише **останній реліз** отримує оновлення.',
      'Только **последний релиз** получает исправления.',
    ]) {
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', sentence)), [], sentence);
    }
  });

  it('reads where fixes go in Danish, Norwegian, Swedish and Vietnamese (holdout20 kinds)', () => {
    for (const sentence of [
      'Hiện tại chỉ nhánh `main` được hỗ trợ.',
      'Préparer les correctifs pour toutes les versions encore en maintenance.',
      '原則として、`main` ブランチの最新状態をサポート対象とします。',
      'Sikkerhedsrettelser foretages i den senest udgivne version.',
      'Sikkerhetsoppdateringer gis kun for den nyeste versjonen.',
      'Säkerhetsuppdateringar ges endast för den senaste versionen.',
      // holdout50's kind: Japanese naming the release in English
      '修正は最新の Release を対象に行います。',
      // holdout52's kinds: Korean "the supported branch is only `main`", "other branches get no patches"
      '지원 브랜치는 `main`만.',
      // holdout54's kind: Japanese naming what security updates are for, in English words
      'security update 対象は最新の `2.1.x` です。',
      // holdout55's kind: what may be reported names the release that gets fixes
      'Please report only those vulnerabilities that are present in the\n[latest stable release](https://github.com/acme/widget/releases).',
      '다른 브랜치에는 보안 패치를 적용하지 않습니다.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', sentence)), [], sentence);
  });

  it('does not take a table of scores numbered 0-1, 2, 3 with coloured marks for a versions table (holdout20 kind)', () => {
    const text = doc(
      '# Policy',
      '',
      '| Score | Strength | Colour |',
      '|---|---|---|',
      '| 0-1 | Very weak | 🔴 Red |',
      '| 2 | Weak | 🟠 Orange |',
      '| 3 | Good | 🟢 Green |',
    );
    assert.deepEqual(findingsOf('SEC015', text), [at(text, '# Policy', 'warning')]);
    // Rows shaped like versions are a table of versions without a header that says so.
    assert.deepEqual(
      findingsOf('SEC015', doc('# Policy', '', '| | |', '|---|---|', '| 2.x | ✅ |', '| 1.x | ❌ |')),
      [],
    );
  });

  it('does not take examples of an answer in a bracket for a statement (holdout19 kind)', () => {
    const text = doc(
      '# Policy',
      '',
      'The team decides which versions are affected (e.g. every version, only the latest release).',
    );
    assert.deepEqual(findingsOf('SEC015', text), [at(text, '# Policy', 'warning')]);
    // The same words outside the bracket are a statement.
    assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', 'We support only the latest release (e.g. 2.4).')), []);
  });

  it('accepts a versions heading asked without a verb, or with a relative clause (uk, ru, cs)', () => {
    for (const heading of [
      '## Which versions',
      '## Které verze',
      '## Версії, які підтримуються',
      '## Версии, которые поддерживаются',
    ]) {
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', heading, '', 'The 5.x line.')), [], heading);
    }
  });

  it('accepts the section named by a label without heading markup: run in with a colon, or alone over its text', () => {
    for (const text of [
      doc('# Policy', '', 'Write to sec@acme.dev.', '', 'Supported versions: the newest release and the main branch.'),
      doc('# Policy', '', '- **Supported versions:** the 4.x line.'),
      doc('# Policy', '', 'Поддерживаемые версии: только ветка 3.x.'),
      doc('# Policy', '', '支持的版本：2.x 系列。'),
      // pasted from the rendered page, the heading's markup lost
      doc('Security Policy', 'Supported Versions', 'The 2.x line gets security fixes.'),
    ]) {
      assert.deepEqual(findingsOf('SEC015', text), [], text);
    }
  });

  it('does not take a wrapped line of a sentence, or a label with nothing after it, for the section', () => {
    for (const text of [
      doc('# Policy', '', 'We patch bugs in supported', 'versions of the library.'),
      doc('# Policy', '', 'Supported versions', ''),
      doc('# Policy', '', 'Supported versions:', ''),
      doc('# Policy', '', '> Version: 0.3.1-beta', '', 'Write to sec@acme.dev.'),
    ]) {
      assert.deepEqual(findingsOf('SEC015', text), [at(text, '# Policy', 'warning')], text);
    }
  });

  it('inserts the section after a list that holds the reporting heading, not inside it', () => {
    const item = ['- Write to us.', '', '  <h2>Reporting a Vulnerability</h2>', '', '  We reply within 2 days.'];
    const text = doc('# Security Policy', '', ...item);
    const [finding] = analyze(text, { projectVersion: '2.3.1' }).filter((f) => f.ruleId === 'SEC015');
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      doc(
        '# Security Policy',
        '',
        ...item,
        '',
        '## Supported Versions',
        '',
        '| Version | Supported |',
        '| ------- | --------- |',
        '| 2.3.x | ✅ |',
        '| < 2.3 | ❌ |',
      ),
    );
  });

  it('reads statements naming the one supported line, none, or a document that lists them', () => {
    for (const sentence of [
      'There are no tagged builds: only `trunk` is supported.',
      'The project is frozen. No further security fixes will be provided.',
      'For the disclosure process and the supported versions, see docs/security-process.md.',
      'Security fixes are made available\nto users of the LTS channel.',
      'Please make sure the problem is relevant to the current release of the package.',
      '- Applies to: Widget 0.1.x',
      '- 适用：Widget 0.1.x',
      '安全修复优先覆盖：\n\n1. 最新发布版本。',
      'Prepare fixes for all releases still under maintenance.',
    ]) {
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', sentence, '', 'Email sec@acme.dev.')), [], sentence);
    }
  });

  it('reads the same statements in Japanese, Chinese and Ukrainian, across a wrapped line', () => {
    for (const sentence of [
      'セキュリティ修正は\n現在のメジャー系列にのみ提供します。',
      '安全补丁仅针对当前的主分支发布。',
      'Патчі безпеки отримує тільки найновіший випуск.',
    ]) {
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', sentence)), [], sentence);
    }
  });

  it('reads Chinese statements of the supported version and of what fixes aim at, not a scope of components (holdout25 kind)', () => {
    for (const sentence of [
      '在首个 Release 前，`main` 是受支持的开发版本。',
      '`main` 為目前唯一受支援的分支。',
      '安全修复面向当前开发分支和最新发布。',
      '安全修复以最新的 `main` 为目标。',
      '本仓库以 `main` 分支的最新状态为主要维护对象。',
      '目前維護預設分支和最新的測試版。',
      // holdout26 kinds: where the fixes go, and a label before the version (German)
      '默认分支接收当前修复。',
      'Unterstützte Version: **1.0.x**.',
      // holdout27 kinds: one deployment and no versions to choose; support for the latest release (Arabic)
      'This repo runs a single production deployment; there are no separately supported versions or releases.',
      'الدعم\nللإصدار المستقر الأحدث.',
      // holdout28 kinds: where the fixes go (Turkish), only the latest release (Thai)
      'Güvenlik düzeltmeleri en son yayımlanan ViiOS sürümüne uygulanır.',
      'จนกว่าจะถึง 1.0 จะมีเฉพาะ release ล่าสุดที่ได้รับการแก้ไขด้านความปลอดภัย',
    ]) {
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', sentence)), [], sentence);
    }
    for (const other of [
      '请在报告中写明您使用的版本。',
      '当前维护范围仅包括本仓库中的工具及其文档。',
      '1.x 不是受支持的版本。',
    ]) {
      assert.equal(findingsOf('SEC015', doc('# Policy', '', '## 支持范围', '', other)).length, 1, other);
    }
  });

  it('takes a Vietnamese heading spelled with đ, a Ukrainian "supported release" heading and a product lifecycle', () => {
    for (const heading of ['## Các phiên bản được hỗ trợ', '## Підтримувані релізи', '## Product lifecycle']) {
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', heading, '', 'x 2.x')), [], heading);
    }
  });

  it('takes a versions table with its header in Thai, Arabic or Hindi, also when its rows name no version number', () => {
    for (const header of ['| เวอร์ชัน | สถานะ |', '| الإصدار | الحالة |', '| संस्करण | स्थिति |']) {
      const text = doc('# Policy', '', header, '| --- | --- |', '| ใหม่สุด | ✅ |', '| เก่า | :x: |');
      assert.deepEqual(findingsOf('SEC015', text), [], header);
    }
  });

  it('reports a policy whose only versions heading is about the runtime it needs', () => {
    const text = doc(
      '# Security',
      '',
      '## Supported Node.js versions',
      '',
      '20 and 22',
      '',
      '## Reporting',
      '',
      'Email sec@acme.dev.',
    );
    assert.deepEqual(findingsOf('SEC015', text), [at(text, '# Security', 'warning')]);
  });

  it('is silent when supported versions are not required', () => {
    assert.deepEqual(findingsOf('SEC015', doc('# Policy'), { requiredSections: ['reporting'] }), []);
  });
  // Found by fuzzing (seed 1194668312): a line indented four spaces does not close a fence at the top
  // level, so the fence runs to the end and a section added after it would be code.
  it('inserts the section where it shows when a fence never closes', () => {
    const text = '```\n    ```';
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC015');
    const fixed = applyEdits(text, finding!.fixes![0]!.edits);
    assert.deepEqual(
      analyze(fixed).filter((f) => f.ruleId === 'SEC015'),
      [],
    );
    assert.ok(fixed.endsWith('```\n    ```'), JSON.stringify(fixed));
  });

  it('reads more Japanese and Korean headings and statements', () => {
    for (const body of [
      '## サポートされるバージョン\n\n1.x',
      '## サポート対象\n\n`main`',
      '`main`と最新の安定版をサポートします。',
      '최신으로 공개된 stable release의 보안 제보를 받습니다.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
  });

  it('reads statements naming several lines, the only supported branch, or no older releases', () => {
    for (const body of [
      'We support the two most recent major versions.',
      'Versions 2.x and 3.x receive security updates.',
      'The main branch is the only supported version.',
      'We do not maintain older releases.',
      'We release fixes only for the latest 1.x line.',
      'Apenas a versão mais recente recebe correções de segurança.',
      'Chỉ phiên bản mới nhất được hỗ trợ.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
  });

  it('reads Chinese "latest released version" and Russian "fixes are released for the current branch"', () => {
    for (const body of [
      '安全修复面向最新已发布版本和当前 `main` 分支。',
      'Исправления безопасности выпускаются для актуальной ветки `main`.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
  });

  it('reads an AsciiDoc or org-mode section title and the fixes-go-to-main statements of holdout8 (cs, de, pt, tr)', () => {
    for (const body of [
      '== Supported Versions\n\n[cols="1,1"]',
      '** Supported Versions\n\nNo release yet.',
      'Opravy zabezpečení jsou aplikovány na aktuální větev `main`.',
      'Es gibt noch keine Zusagen; Meldungen werden gegen `main` bewertet.',
      'As correções são aplicadas à versão em desenvolvimento e à release estável mais recente.',
      '`main` dalı ve production ortamı güvenlik güncellemeleriyle korunmaktadır.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
  });

  it('reads holdout9 kinds: an adverb in a statement, a label alone in a plain-text policy, a policy indented whole', () => {
    assert.deepEqual(
      findingsOf(
        'SEC015',
        doc('# Policy', '', 'Security fixes will normally only be made for the most recent release.'),
      ),
      [],
    );
    const plain = [
      'Security Policy',
      '',
      'Supported Versions',
      '',
      'The project wiki lists each release with its end of life.',
    ];
    assert.deepEqual(findingsOf('SEC015', plain.join('\n')), []);
    // With headings elsewhere, a short line alone is no label: it may be anything.
    const marked = doc('# Policy', '', 'Supported Versions', '', 'The project wiki lists each release.');
    assert.deepEqual(findingsOf('SEC015', marked), [at(marked, '# Policy', 'warning')]);
    const indented = [
      'SECURITY',
      '',
      '    If you find a security vulnerability, report it through the private',
      '    vulnerability reporting form of this repository, never in a public issue,',
      '    so that a fix is ready first. Security fixes are normally made',
      '    only for the most recent production release of this module.',
    ].join('\n');
    assert.deepEqual(findingsOf('SEC015', indented), []);
  });

  it('reads where fixes go, said in prose in many languages (holdout10 and a probe of my own)', () => {
    for (const body of [
      'Security fixes are applied to the master branch only.',
      'This project is best-effort; fixes land in the next release.',
      'We provide security fixes for the current and previous minor releases.',
      'Only versions >= 2.0 receive security updates.',
      'We patch the most recent release; older releases are not maintained.',
      'We support every release from the last 12 months.',
      'Security updates are provided for all releases in the 3.x series.',
      'Fixes are backported to the 1.4 LTS branch.',
      'Use the latest tagged release; it is the only one we fix.',
      'Las correcciones de seguridad se aplican solo a la versión publicada más reciente.',
      'Correções de segurança são feitas sobre a release mantida atualmente.',
      '确认的问题会在当前分支修复。',
      '我們以目前的預覽版為修正目標。',
      '보안 유지보수 대상은 최신 버전의 소스입니다.',
      'Security fixes выпускаются только для актуальной версии.',
      "Sono supportate l'ultima release e il ramo principale.",
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
    // Asking the reporter to update first says nothing about which versions get fixes.
    const text = doc('# Policy', '', 'Please make sure you are running the latest release before reporting.');
    assert.deepEqual(findingsOf('SEC015', text), [at(text, '# Policy', 'warning')]);
  });

  it('reads holdout11 kinds: reports accepted for the latest version, a page named as holding the supported versions', () => {
    for (const body of [
      'We accept vulnerability reports for the latest major version.',
      'For details on the handling process,\nsupported versions, and scope, visit: https://vendor.example.org/security/.',
      'Por favor, asegúrese de estar utilizando la última versión para beneficiarse de estas actualizaciones.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
  });

  it('reads holdout12 kinds: fixes within stable versions, the line currently supported (ru, de), only main maintained (zh)', () => {
    for (const body of [
      'We make sure all security bugs are fixed within stable server versions.',
      'В настоящее время поддерживается линия 1.0.',
      'Die derzeit unterstützte öffentliche Acme-Veröffentlichung ist `v0.15.0`.',
      '当前处于 0.x 阶段，仅维护 `main` 分支。',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
  });

  it('reads statements from a probe of my own (session 10), and not similar sentences about other things', () => {
    for (const body of [
      'We support the two latest major versions.',
      'Older versions do not receive security fixes; please upgrade.',
      'End-of-life versions are listed on our website and get no fixes.',
      'This project is in beta; only the head of main is maintained.',
      'Bugfixes are made only against the latest tagged version.',
      'Nous corrigeons uniquement la branche principale.',
      'Обновления безопасности выпускаются только для последней версии.',
      // Holdout18 kinds
      '## 지원 범위\n\n- 최신 main 브랜치만 지원합니다.',
      // Holdout17 kinds
      'Lançaremos correções para todas versões suportadas.',
      '默认仅支持 **main 分支最新提交**。',
      // Holdout16 kinds
      '## Version prise en charge\n\nLes corrections de sécurité ciblent le dernier commit de `main`.',
      'Security issues are handled against the latest state of the `main` branch only.',
      // Holdout15 kinds
      '古い版へのバックポートはしません。直すのは最新だけです。',
      'セキュリティ修正は `main` ブランチにのみ適用します。',
      'The canonical policy lives at [.github/SECURITY.md](.github/SECURITY.md). It covers how to report and the list of supported versions.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
    for (const body of ['We support the latest browsers.', 'Older versions of the docs are archived.']) {
      const text = doc('# Policy', '', body);
      assert.deepEqual(findingsOf('SEC015', text), [at(text, '# Policy', 'warning')], body);
    }
  });

  it('reads holdout13 kinds: patching "to" the latest version, fixes that target the latest release', () => {
    for (const body of [
      'We patch to the newest version only, never older ones.',
      'Security fixes target the most recent release.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
    const text = doc('# Policy', '', 'Our CI tests against the latest Node.js version.');
    assert.deepEqual(findingsOf('SEC015', text), [at(text, '# Policy', 'warning')]);
  });

  it('reads holdout29 kinds: the source state fixes go to (de), a policy pasted whole in a fence, but not a sample in one', () => {
    for (const body of [
      'Sicherheitskorrekturen erfolgen gegen den neuesten Stand auf `main`.',
      '## Unterstützter Quellstand\n\nNur `main`.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Richtlinie', '', body)), [], body);
    const pasted = doc(
      '```md',
      '# Security',
      '',
      '## Supported Versions',
      '',
      'Only 3.x.',
      '',
      '## Reporting',
      '',
      'Email security@acme.dev.',
    );
    assert.deepEqual(findingsOf('SEC015', pasted), []);
    // A fence that shows a report's format, under a policy's own sections, holds no statement of the policy.
    const sample = doc(
      '# Security',
      '',
      '## Reporting',
      '',
      'Email security@acme.dev in this form:',
      '',
      '```md',
      '## Supported Versions',
      '',
      'x.y',
      '```',
    );
    assert.deepEqual(findingsOf('SEC015', sample), [at(sample, '# Security', 'warning')]);
  });

  it('reads holdout30 kinds: a Korean heading with the English word, an Indonesian statement, a table whose status column is 狀態', () => {
    for (const body of [
      '## 지원 version\n\n`0.2`만 지원합니다.',
      '**Versi yang didukung.** Hanya rilis terbaru yang mendapat perbaikan.',
      '| 版本 | 狀態 |\n| --- | --- |\n| 0.3 | ✅ |\n| 0.2 | ❌ |',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
  });

  it('reads holdout31 kinds: fixes released for the main branch (en), only the development branch maintained (tr)', () => {
    for (const body of [
      'We only release fixes for the `main` branch and the latest release.',
      'Şu an yalnızca mevcut geliştirme dalı sürdürülür.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', body)), [], body);
  });

  it('reads a statement with emphasis inside it (holdout32 kind)', () => {
    assert.deepEqual(
      findingsOf('SEC015', doc('# Sécurité', '', 'Seule la **dernière release** reçoit les correctifs.')),
      [],
    );
  });

  it('reads holdout33 kinds: the newest release receives fixes, the currently supported line (de), fixes target a branch (fr), covered versions as a heading', () => {
    for (const text of [
      doc('# Sicherheit', '', 'Das neueste Release erhält Sicherheitskorrekturen.'),
      doc('# Sicherheit', '', 'Die aktuell unterstützte Linie ist `3.4.x`.'),
      doc('# Sicherheit', '', '## Welche Versionen abgedeckt sind', '', 'Nur `main`.'),
      doc('# Sécurité', '', 'Les corrections ciblent la branche 2.x actuelle.'),
      doc('# Security', '', '## Covered versions', '', 'The main branch.'),
    ])
      assert.deepEqual(findingsOf('SEC015', text), [], text);
  });

  it('reads holdout34 kinds: Chinese statements of what fixes aim at, go into or leave out', () => {
    for (const sentence of [
      '安全性修正以最新的開發版本為優先。',
      '只支援 `main` 分支。',
      '漏洞修复进入主开发线，不为旧快照提供回溯补丁。',
      '安全修复面向 GitHub Latest 所指的当前版本。',
      '当前支持最新的 `v2.x` tag。',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# 安全', '', sentence)), [], sentence);
  });
  it('reads holdout36 kinds: a statement wrapped over lines, fixes applied to the latest release (fr), a supported-release label (ru)', () => {
    for (const lines of [
      ['Security fixes are made only for the', 'latest release of the 3.x line.'],
      ['As correções de segurança são feitas no', 'branch principal.'],
      ['Les correctifs sont appliqués à la', 'dernière version publiée.'],
      ['Поддерживаемый релиз: v2.4.1.'],
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Title', '', ...lines)), [], lines.join(' '));
    // A list's items are no wrapped sentence: a statement is not read across them.
    assert.equal(
      findingsOf(
        'SEC015',
        doc('# Title', '', '- Security fixes are made only for the', '- latest release of the 3.x line.'),
      ).length,
      1,
    );
  });

  it('reads holdout37 kinds: versions called Fassungen, a passive statement (de), a support window by age (en)', () => {
    for (const lines of [
      ['## Welche Fassungen gepflegt werden', '', 'Siehe unten.'],
      ['Gepflegt wird die jeweils neueste veröffentlichte Fassung.'],
      ['Fixes are also prepared for the branches of all releases at most one year old.'],
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Title', '', ...lines)), [], lines.join(' '));
  });

  it('reads holdout38 kinds: the supported branch named in Japanese, Chinese and Russian', () => {
    for (const sentence of [
      'サポート対象は main ブランチの最新コミットのみです。',
      '修正するのは最新リビジョンだけです。',
      '仅对 `stable` 和 `lts` 分支的当前版本处理安全问题。',
      'Поддерживаемая ветка — `trunk`.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Title', '', sentence)), [], sentence);
  });

  it('reads a holdout39 kind: no supported version yet (zh) is a statement', () => {
    assert.deepEqual(findingsOf('SEC015', doc('# 安全', '', '本项目尚未发布，目前没有受支持的版本。')), []);
  });

  it('reads holdout40 kinds: the main branch supported (tr), the supported scope as a heading (fr)', () => {
    assert.deepEqual(findingsOf('SEC015', doc('# Title', '', 'Şimdilik yalnızca `main` branch desteklenir.')), []);
    assert.deepEqual(
      findingsOf('SEC015', doc('# Title', '', '## Périmètre pris en charge', '', 'Voir VERSIONS.md.')),
      [],
    );
  });

  it('reads "the latest version on the default branch is the supported one" as a statement (holdout60 kind)', () => {
    for (const sentence of [
      'The latest version on the default branch is the supported development version.',
      'The most recent release of the 3.x line is the only supported one.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Title', '', sentence)), [], sentence);
  });

  it('reads holdout49 kinds: products named before "releases", fixes for the last final release (tr), no supported branch announced yet (ru)', () => {
    for (const sentence of [
      'We support the latest stable Server and Mobile releases.',
      'Güvenlik düzeltmeleri son kararlı sürüme hazırlanır.',
      'Поддерживаемые стабильные release-ветки пока не объявлены.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Title', '', sentence)), [], sentence);
  });

  it('reads a "Release Support" heading and "no supported public versions" as statements (holdout61 kind)', () => {
    for (const heading of ['## Release Support', '## Versions Supported', '## Releases supported'])
      assert.deepEqual(findingsOf('SEC015', doc('# Title', '', heading, '', 'See the changelog.')), [], heading);
    assert.deepEqual(
      findingsOf('SEC015', doc('# Title', '', 'There are no releases yet and so no supported public versions.')),
      [],
    );
  });

  it('reads holdout63 and holdout64 kinds: "what is supported" headings, fixes judged on the current snapshot (zh), older point releases not supported, fixed in master and every supported branch', () => {
    for (const heading of ["## What's supported", '## Что поддерживается'])
      assert.deepEqual(findingsOf('SEC015', doc('# Title', '', heading, '', 'See the changelog.')), [], heading);
    for (const sentence of [
      '安全修复以当前快照为评估对象，尚未公布旧版本回补策略。',
      'Older point releases, e.g. 2.3, are not supported and get no security release.',
      'A vulnerability must be fixed in main and any other supported branch.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Title', '', sentence)), [], sentence);
  });

  it('reads a table column named for the versions that receive fixes as a versions statement (holdout70 kind)', () => {
    for (const header of ['Version receiving fixes', 'Version recevant les correctifs']) {
      const text = doc(
        '# Security',
        '',
        'Email sec@acme-lab.org.',
        '',
        '## Scope',
        '',
        `| Component | ${header} |`,
        '| --- | --- |',
        '| Site | current `main` |',
      );
      assert.deepEqual(findingsOf('SEC015', text), [], header);
    }
  });

  it('reads "fixed in main and backported to the previous release" as a versions statement (holdout73 kind)', () => {
    const text = doc(
      '# Security',
      '',
      'Email sec@acme-lab.org.',
      '',
      'Bugs are fixed in `main` and backported to the previous release.',
    );
    assert.deepEqual(findingsOf('SEC015', text), []);
  });

  it('reads "no version support matrix" and "fixes land on main" as versions statements (holdout67 kind)', () => {
    for (const line of [
      'There is no version support matrix: this is one continuously deployed service.',
      'Fixes land on `main` and are deployed from there.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Security', '', 'Email sec@acme-lab.org.', '', line)), [], line);
  });

  it('reads "this policy only applies to the most recent stable branch" as a versions statement (holdout77 kind)', () => {
    const text = doc(
      '# Security',
      '',
      'Email sec@acme-lab.org.',
      '',
      'This security policy only applies to the most recent stable branch.',
    );
    assert.deepEqual(findingsOf('SEC015', text), []);
  });

  it('reads "this policy applies to the latest version" and "use the latest version to receive security updates" as versions statements (holdout80, holdout83 kinds)', () => {
    for (const line of [
      'This security policy applies to the latest version of our project.',
      'We strongly recommend using the latest version of Widget to receive all security updates.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Security', '', 'Email sec@acme-lab.org.', '', line)), [], line);
  });

  it('reads "we will patch the default branch" as a versions statement (holdout89 kind)', () => {
    const line = 'Once we confirm a report, we will patch the default branch and publish a fix release.';
    assert.deepEqual(findingsOf('SEC015', doc('# Security', '', 'Email sec@acme-lab.org.', '', line)), []);
  });

  it('reads "支持范围：…版本" and "没有长期支持分支" as versions statements (holdout92 kind)', () => {
    for (const line of [
      '支持范围：npm 上 `latest` 指向的版本。',
      '我们没有长期支持分支，修复随新版本发布。',
      '支援範圍：最新發布的版本。',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# 安全策略', '', '邮件：sec@acme-lab.org。', '', line)), [], line);
  });

  it('reads "supported code is the latest tagged release" as a versions statement (holdout90 kind)', () => {
    const line = 'Supported code is the latest tagged release and the current default branch.';
    assert.deepEqual(findingsOf('SEC015', doc('# Security', '', 'Email sec@acme-lab.org.', '', line)), []);
  });

  it('reads a table column named "Supported Versions" as a versions statement, whatever the rows sort by (holdout100 kind)', () => {
    const text = doc(
      '# Security Policy',
      '',
      '| Severity | Supported Versions |',
      '| --- | --- |',
      '| Critical | Releases of the last three months |',
      '| Other | The latest release |',
      '',
      '## Reporting',
      '',
      'Email sec@acme-lab.org.',
    );
    assert.deepEqual(findingsOf('SEC015', text), []);
  });

  it('reads statements that every version is covered as versions statements (holdout102 kind)', () => {
    for (const line of [
      'Reports are welcome for vulnerabilities in any released version of the widget.',
      'All public releases are supported.',
      'Each release receives security patches.',
      'The policy applies to every version we have published.',
      'We have no releases; the default branch is what we support.',
    ])
      assert.deepEqual(findingsOf('SEC015', doc('# Security', '', line, '', 'Email sec@acme-lab.org.')), [], line);
    // Covering every report is no statement about versions.
    const text = doc('# Security', '', 'We accept reports of every kind.', '', 'Email sec@acme-lab.org.');
    assert.equal(findingsOf('SEC015', text).length, 1);
  });

  it('reads "最新 Release" as a versions statement in a Japanese sentence only, not in a Chinese one (holdout88 kind)', () => {
    const chinese = doc('# 安全', '', '客户端只会查询最新 Release 的信息。', '', 'Email sec@acme-lab.org.');
    assert.equal(findingsOf('SEC015', chinese).length, 1);
    const japanese = doc('# セキュリティ', '', '最新Releaseを対象に修正します。', '', 'Email sec@acme-lab.org.');
    assert.deepEqual(findingsOf('SEC015', japanese), []);
  });

  it('reads "only report vulnerabilities present in the latest release" as a versions statement (holdout111 kind)', () => {
    const text = doc(
      '# Security',
      '',
      'Email sec@acme-lab.org.',
      '',
      '**Only report vulnerabilities present in the latest release.**',
    );
    assert.deepEqual(findingsOf('SEC015', text), []);
  });

  it('reads "the only supported versions are" and "all minor and patch versions of the latest major version" as versions statements (holdout115 kind)', () => {
    for (const line of [
      'The only supported versions are:\n\n- the latest release\n- the latest pre-release',
      'We support all minor and patch versions of the latest major version (6).',
    ]) {
      const text = doc('# Security', '', 'Email sec@acme-lab.org.', '', line);
      assert.deepEqual(findingsOf('SEC015', text), [], line);
    }
  });

  it('reads "only the current 0.1.x code line is maintained" as a versions statement, past the dots of a version (holdout118 kind)', () => {
    const text = doc(
      '# Security',
      '',
      'Email sec@acme-lab.org.',
      '',
      'Only the current 0.1.x code line is in scope for maintenance.',
    );
    assert.deepEqual(findingsOf('SEC015', text), []);
  });

  it('reads a versions statement across the dots of a version number, in English and other languages', () => {
    for (const line of [
      'Older releases (before 1.4.2) do not receive security fixes.',
      'Los parches de seguridad solo llegan a la 2.x, nuestra rama estable.',
    ]) {
      const text = doc('# Security', '', 'Email sec@acme-lab.org.', '', line);
      assert.deepEqual(findingsOf('SEC015', text), [], line);
    }
  });

  it('reads "fixes go into the current line" in Russian and Ukrainian as a versions statement (holdout122 kind)', () => {
    for (const line of [
      'Пока исправления вносятся в текущую линию разработки.',
      'Поки що виправлення вносяться в поточну лінію розробки.',
    ]) {
      const text = doc('# Безопасность', '', 'Пишите на sec@acme-lab.org.', '', line);
      assert.deepEqual(findingsOf('SEC015', text), [], line);
    }
  });
});
