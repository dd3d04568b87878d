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
  timeUnits: ['(?:godzin\\w*|dni|dzie[nń]|tygodni\\w*|tydzie[nń]|miesi[aą]c\\w*)'],
  timePhrases: ['\\b(?:dw[óo]ch|trzech|pi[eę]ciu|siedmiu|dziesi[eę]ciu)\\s+(?:godzin|dni|tygodni)\\b'],
  versionStatements: ['\\btylko\\s+najnowsz\\w*\\s+wersj\\w*', '\\bnajnowsza\\s+wersja\\s+jest\\s+(?:wspierana|obs[lł]ugiwana)'],
  publicReporting: ['\\b(?:utw[óo]rz|otw[óo]rz|za[lł][óo]ż)\\s+(?:nowe\\s+)?(?:issue|zg[lł]oszenie)'],
  negations: ['\\bnie\\b'],
  privateReporting: ['\\bzak[lł]adk\\w*\\s+["„]?(?:security|bezpiecze[nń]stwo)', '\\bprywatne\\s+zg[lł]aszanie\\s+luk'],
  privateMessages: ['\\bprywatn\\w*\\s+wiadomo'],
  templateOpeners: ['u[żz]yj\\s+tej\\s+sekcji,?\\s+aby', 'powiedz\\s+im,?\\s+gdzie'],
  exampleDomains: ['przyklad', 'przykład'],
  yourWords: ['twoj', 'twój', 'twoja'],
  replaceHints: ['\\bzast[aą]p\\b', '\\bzamie[nń]\\b'],
  fillVerbs: ['wstaw', 'wpisz'],
  fieldWords: ['NAZWA', 'ADRES', 'BEZPIECZE[NŃ]STWO'],
};
