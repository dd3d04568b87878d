import type { LanguageData } from './language';

export const pl: LanguageData = {
  code: 'pl',
  headings: {
    'supported-versions': ['(wspierane|obs[lł]ugiwane) wersje'],
    response: ['czas (odpowiedzi|reakcji)', 'czego (sie )?spodziewac'],
    reporting: ['zg[lł]asz', 'zg[lł]oszeni', 'raportowani'],
    disclosure: ['ujawniani'],
    scope: ['zakres'],
    acknowledgments: ['podziekowania'],
    encryption: ['szyfrowani'],
  },
  timeUnits: ['(?:godzin\\p{L}*|dni|dzie[nń]|tygodni\\p{L}*|tydzie[nń]|miesi[aą]c\\p{L}*)'],
  timePhrases: ['\\b(?:dw[óo]ch|trzech|pi[eę]ciu|siedmiu|dziesi[eę]ciu)\\s+(?:godzin|dni|tygodni)\\b'],
  versionStatements: ['\\btylko\\s+najnowsz\\p{L}*\\s+wersj\\p{L}*', '\\bnajnowsza\\s+wersja\\s+jest\\s+(?:wspierana|obs[lł]ugiwana)'],
  publicReporting: ['\\b(?:utw[óo]rz|otw[óo]rz|za[lł][óo]ż)\\s+(?:nowe\\s+)?(?:issue|zg[lł]oszenie)'],
  negations: ['\\bnie\\b'],
  privateReporting: ['\\bzak[lł]adk\\p{L}*\\s+["„]?(?:security|bezpiecze[nń]stwo)', '\\bprywatne\\s+zg[lł]aszanie\\s+luk'],
  privateMessages: ['\\bprywatn\\p{L}*\\s+wiadomo'],
  templatePhrases: ['\\bwersje\\s+(?:twojego|waszego)\\s+projektu'],
  templateOpeners: ['u[żz]yj\\s+tej\\s+sekcji,?\\s+aby', 'powiedz\\s+im,?\\s+gdzie'],
  exampleDomains: ['przyklad', 'przykład'],
  yourWords: ['twoj', 'twój', 'twoja'],
  replaceHints: ['\\bzast[aą]p\\b', '\\bzamie[nń]\\b'],
  fillVerbs: ['wstaw', 'wpisz'],
  fieldWords: ['NAZWA', 'ADRES', 'BEZPIECZE[NŃ]STWO'],
};
