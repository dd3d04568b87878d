// Languages the rules do not read, by what marks their words: letters no read language writes, and
// frequent words no read language has. Their short words ("i", "a", "per", "la") are words of languages
// the rules read, so without these marks a policy in one of them was read as understood, and GitHub's
// private reporting described in its words was a certain "no private channel" (an error). A policy
// whose words carry such marks often enough is not understood: what it lacks is uncertain. To add a
// language, add its marks; a mark must not be a letter or word of a language in index.ts.
export interface UnreadLanguageMarks {
  readonly code: string;
  /** Letters only this language (or other unread ones) writes. */
  readonly letters?: string;
  /** Patterns for whole words, case-insensitive: function words and the words of security reports. */
  readonly words?: readonly string[];
}

export const UNREAD_LANGUAGES: readonly UnreadLanguageMarks[] = [
  { code: 'az', letters: 'əƏ' },
  {
    code: 'lt',
    letters: 'ėĖįĮųŲ',
    words: ['apie', 'arba', 'prašome', 'yra', 'saugum\\p{L}*', 'praneš\\p{L}*', 'pažeidžiam\\p{L}*'],
  },
  { code: 'lv', letters: 'ģĢķĶļĻņŅāĀēĒīĪūŪ', words: ['drošīb\\p{L}*', 'ievainojam\\p{L}*', 'lūdzu'] },
  { code: 'mt', letters: 'ħĦġĠċĊ' },
  { code: 'is', letters: 'ðÐþÞ' },
  {
    code: 'eo',
    letters: 'ĉĈĝĜĥĤĵĴŝŜŭŬ',
    words: ['kaj', 'bonvolu', 'sekurec\\p{L}*', 'vundebl\\p{L}*', 'raport\\p{L}*oj?n?'],
  },
  { code: 'cy', letters: 'ŵŴŷŶ', words: ['yn', 'eich', 'gyda', 'drwy', 'diogelwch', 'bregusrwydd'] },
  // (ë also marks Luxembourgish and Afrikaans; in Dutch and French it is rare)
  { code: 'sq', letters: 'ëË', words: ['dhe', 'një', 'për', 'të', 'në', 'është', 'ose', 'sigurisë'] },
  // (Estonian õ, not Portuguese "ões", "põe")
  {
    code: 'et',
    words: [
      'või',
      'palun',
      'kui',
      'turvaauk\\p{L}*',
      'turvalisus\\p{L}*',
      'turvaprobleem\\p{L}*',
      'haavatav\\p{L}*',
      '\\p{L}*õ(?!e)\\p{L}*',
    ],
  },
  {
    code: 'ga',
    // (with an initial mutation only Irish writes: "bhfuil", "bhfadhb")
    words: [
      'agus',
      'chuig',
      'bhf\\p{L}*',
      'níl',
      'freisin',
      'faoi',
      'dúinn',
      'libh',
      'maidir',
      'úsáid',
      'slándá\\p{L}*',
      'leochaileacht\\p{L}*',
      't?h?uairisc\\p{L}*',
    ],
  },
  // (Galician writes x where Spanish writes j or g: "mensaxe", "atopaches")
  {
    code: 'gl',
    words: [
      'unha',
      'dunha',
      'nunha',
      'coa',
      'tamén',
      'vostede',
      'seguridade',
      'cando',
      'mensaxe\\p{L}*',
      'atop\\p{L}+',
    ],
  },
  {
    code: 'ca',
    letters: '·',
    words: [
      'amb',
      'els',
      'dels',
      'pels',
      'aquesta',
      'aquest',
      'perquè',
      'també',
      'només',
      'mitjançant',
      'podeu',
      'correu',
      'seguretat',
      'vulnerabilitats?',
    ],
  },
  {
    code: 'eu',
    words: ['edo', 'dira', 'duzu', 'bidez', 'gabe', 'gure', 'zure', 'segurtasun\\p{L}*', 'ahultasun\\p{L}*'],
  },
  {
    code: 'hr, bs, sr',
    words: [
      'ili',
      'nije',
      'kako',
      'ako',
      'što',
      'putem',
      'možete',
      'molimo',
      'hvala',
      'prijav\\p{L}*',
      'ranjivost\\p{L}*',
      'sigurnos\\p{L}*',
    ],
  },
  { code: 'sl', words: ['lahko', 'prosimo', 'preko', 'varnost\\p{L}*', 'ranljivost\\p{L}*'] },
  { code: 'af', words: ['asseblief', 'moenie', 'jy', 'kwesbaar\\p{L}*', 'sekuriteit\\p{L}*'] },
  { code: 'lb', words: ['déi', 'dës', 'ass', 'ënner', 'sécherheet\\p{L}*'] },
  { code: 'uz', letters: 'ʻ', words: ['uchun', 'orqali', 'iltimos', 'xavfsizlik\\p{L}*', 'zaiflik\\p{L}*'] },
  { code: 'be', letters: 'ўЎ', words: ['калі', 'ласка', 'праз', 'бяспек\\p{L}*'] },
  { code: 'sr, mk', letters: 'јЈљЉњЊћЋђЂџЏѓЃќЌѕЅ' },
  { code: 'kk, ky, mn, tg, tt', letters: 'әӘғҒқҚңҢөӨұҰүҮһҺӣӢҳҲҷҶӯӮ' },
  // (Russian writes ъ only before е, ё, ю, я: "объект"; Bulgarian before consonants too: "със", "във")
  { code: 'bg', words: ['\\p{L}*ъ(?![еёюяЕЁЮЯ])\\p{L}*', 'които', 'това', 'чрез', 'моля'] },
];

/** A word of an unread language: one of their words, or a word with one of their letters. */
export const UNREAD_LANGUAGE_WORD = new RegExp(
  `^(?:${UNREAD_LANGUAGES.flatMap((l) => l.words ?? []).join('|')})$|[${UNREAD_LANGUAGES.map((l) => l.letters ?? '').join('')}]`,
  'iu',
);

/**
 * A letter of a script in which no language with channel words here is written: Greek, Hebrew, Devanagari,
 * Thai and the rest (el.ts, he.ts, hi.ts and th.ts hold units of time only). A policy under recognised
 * English headings whose text is in such a script says how to report in words the channel model cannot
 * read. Counted by letters, not words: Thai and the other scripts of South-East Asia write no spaces.
 */
export const UNREAD_SCRIPT_LETTER =
  /[^\P{L}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
