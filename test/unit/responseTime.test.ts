// The first-response times SEC017 reads for the Best Practices badge, in every language the rules
// know: sentences of our own, the days each promises, and the finding when none is within 14 days.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { createPolicyDocument } from '../../server/src/core/document';
import { LANGUAGES } from '../../server/src/core/languages';
import { statedResponseTimes } from '../../server/src/core/profiles/responseTime';
import { doc } from './helpers';

/** The days each time in `sentence` promises, and the text each covers. */
function read(sentence: string): Array<[number, string]> {
  const text = doc('# Security Policy', '', '## Response', '', sentence);
  return statedResponseTimes(createPolicyDocument(text)).map((t) => [
    Math.round(t.days * 100) / 100,
    text.slice(t.start, t.end),
  ]);
}

// One or two sentences per language; business days count 7 per 5.
const SENTENCES: Record<string, ReadonlyArray<[string, Array<[number, string]>]>> = {
  en: [
    [
      'We acknowledge every report within 48 hours and send a first assessment within two weeks.',
      [
        [2, '48 hours'],
        [14, 'two weeks'],
      ],
    ],
    ['You will hear back within 5 business days.', [[7, '5 business days']]],
  ],
  de: [
    ['Wir bestätigen den Eingang innerhalb von 3 Werktagen.', [[4.2, '3 Werktagen']]],
    ['Eine erste Antwort erhalten Sie binnen zwei Wochen.', [[14, 'zwei Wochen']]],
  ],
  fr: [
    ['Nous accusons réception de votre rapport dans un délai de 5 jours ouvrés.', [[7, '5 jours ouvrés']]],
    ['Nous répondons sous 72 heures.', [[3, '72 heures']]],
  ],
  es: [['Acusamos recibo de tu reporte en un plazo de 10 días hábiles.', [[14, '10 días hábiles']]]],
  pt: [['Responderemos em até 3 dias úteis.', [[4.2, '3 dias úteis']]]],
  it: [['Ti risponderemo entro 2 settimane.', [[14, '2 settimane']]]],
  nl: [['We bevestigen de ontvangst binnen 2 werkdagen.', [[2.8, '2 werkdagen']]]],
  pl: [['Odpowiemy w ciągu 7 dni roboczych.', [[9.8, '7 dni roboczych']]]],
  tr: [['Raporunuza 3 iş günü içinde yanıt veririz.', [[4.2, '3 iş günü']]]],
  ru: [['Мы ответим в течение 24 часов.', [[1, '24 часов']]]],
  uk: [['Ми відповімо на звіт протягом 2 робочих днів.', [[2.8, '2 робочих днів']]]],
  cs: [
    [
      'Na hlášení odpovíme do 3 pracovních dnů, opravu vydáme do 2 týdnů.',
      [
        [4.2, '3 pracovních dnů'],
        [14, '2 týdnů'],
      ],
    ],
  ],
  ja: [['脆弱性の報告には7日以内に返信します。', [[7, '7日']]]],
  ko: [['보고서를 받은 후 5영업일 이내에 답변드립니다.', [[7, '5영업일']]]],
  'zh-Hans': [['我们会在 48 小时内回复您的报告。', [[2, '48 小时']]]],
  'zh-Hant': [['我們會在 3 個工作天內回覆。', [[4.2, '3 個工作天']]]],
  id: [['Kami akan membalas laporan Anda dalam 2 hari kerja.', [[2.8, '2 hari kerja']]]],
  vi: [['Chúng tôi sẽ phản hồi trong vòng 3 ngày làm việc.', [[4.2, '3 ngày làm việc']]]],
  hu: [['A bejelentésre 5 munkanapon belül válaszolunk.', [[7, '5 munkanapon']]]],
  ar: [['نرد على البلاغات خلال ٤٨ ساعة.', [[2, '٤٨ ساعة']]]],
  fa: [['ظرف ۷ روز پاسخ می‌دهیم.', [[7, '۷ روز']]]],
  hi: [['हम ४८ घंटों के भीतर स्वीकृति भेजेंगे।', [[2, '४८ घंटों']]]],
  th: [['เราจะตอบกลับภายใน 3 วันทำการ', [[4.2, '3 วันทำการ']]]],
  ro: [['Vom răspunde în 72 de ore.', [[3, '72 de ore']]]],
  ca: [["Respondrem dins d'una setmana.", [[7, 'una setmana']]]],
  uz: [['48 soat ichida javob beramiz.', [[2, '48 soat']]]],
  nb: [['Vi svarer innen 2 virkedager.', [[2.8, '2 virkedager']]]],
  da: [['Du modtager en kvittering inden for syv dage.', [[7, 'syv dage']]]],
  sv: [['Vi svarar inom 48 timmar.', [[2, '48 timmar']]]],
  fi: [['Vastaamme 48 tunnin kuluessa.', [[2, '48 tunnin']]]],
  el: [['Θα απαντήσουμε εντός 48 ωρών.', [[2, '48 ωρών']]]],
  he: [['נענה תוך 48 שעות.', [[2, '48 שעות']]]],
  tl: [['Sasagot kami sa loob ng 48 oras.', [[2, '48 oras']]]],
};

describe('response times in every language', () => {
  it('has sentences for every language the rules read', () => {
    assert.deepEqual(Object.keys(SENTENCES).sort(), LANGUAGES.map((l) => l.code).sort());
  });

  for (const [code, cases] of Object.entries(SENTENCES)) {
    it(`reads ${code}`, () => {
      for (const [sentence, expected] of cases) assert.deepEqual(read(sentence), expected, sentence);
    });
  }

  it('reads no time outside a sentence about answering, and no number inside a word', () => {
    assert.deepEqual(read('Wir veröffentlichen Details nach 90 Tagen.'), []);
    assert.deepEqual(read('修正は90日以内に公開します。'), []);
    assert.deepEqual(read('We reply to reports about v2days within 3 days.'), [[3, '3 days']]);
    assert.deepEqual(read('Nous répondons aux rapports sur la version 3dix.'), []);
  });

  it('SEC017 warns in German and Japanese when every promised first response is later than 14 days', () => {
    const late = (sentence: string) =>
      analyze(doc('# Security Policy', '', '## Reporting a Vulnerability', '', 'security@acme.dev', '', sentence), {
        profiles: ['best-practices'],
      })
        .filter((f) => f.ruleId === 'SEC017')
        .map((f) => [f.severity, f.message.slice(0, f.message.indexOf(':', 'Best Practices: '.length))]);
    assert.deepEqual(late('Wir antworten innerhalb von 30 Tagen.'), [
      ['warning', 'Best Practices: vulnerability_report_response'],
    ]);
    assert.deepEqual(late('Wir antworten innerhalb von 10 Werktagen.'), []);
    assert.deepEqual(late('30日以内に返信します。'), [['warning', 'Best Practices: vulnerability_report_response']]);
    assert.deepEqual(late('3営業日以内に返信します。'), []);
  });
});
