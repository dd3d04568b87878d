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
  timeUnits: ['(?:godzin[a-ząćęłńóśźż]*|dni|dzie[nń]|tygodni[a-ząćęłńóśźż]*|tydzie[nń]|miesi[aą]c[a-ząćęłńóśźż]*)'],
  timePhrases: ['\\b(?:dw[óo]ch|trzech|pi[eę]ciu|siedmiu|dziesi[eę]ciu)\\s+(?:godzin|dni|tygodni)\\b'],
  versionStatements: ['\\btylko\\s+najnowsz[a-ząćęłńóśźż]*\\s+wersj[a-ząćęłńóśźż]*', '\\bnajnowsza\\s+wersja\\s+jest\\s+(?:wspierana|obs[lł]ugiwana)'],
  publicReporting: ['\\b(?:utw[óo]rz|otw[óo]rz|za[lł][óo]ż)\\s+(?:nowe\\s+)?(?:issue|zg[lł]oszenie)'],
  negations: ['\\bnie\\b'],
  privateReporting: ['\\bzak[lł]adk[a-ząćęłńóśźż]*\\s+["„]?(?:security|bezpiecze[nń]stwo)', '\\bprywatne\\s+zg[lł]aszanie\\s+luk'],
  privateMessages: ['\\bprywatn[a-ząćęłńóśźż]*\\s+wiadomo'],
  templatePhrases: ['\\bwersje\\s+(?:twojego|waszego)\\s+projektu'],
  templateOpeners: ['u[żz]yj\\s+tej\\s+sekcji,?\\s+aby', 'powiedz\\s+im,?\\s+gdzie'],
  exampleDomains: ['przyklad', 'przykład'],
  yourWords: ['twoj', 'twój', 'twoja'],
  replaceHints: ['\\bzast[aą]p\\b', '\\bzamie[nń]\\b'],
  fillVerbs: ['wstaw', 'wpisz'],
  fieldWords: ['NAZWA', 'ADRES', 'BEZPIECZE[NŃ]STWO'],
};
