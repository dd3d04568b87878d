import type { LanguageData } from './language';

export const pl: LanguageData = {
  code: 'pl',
  headings: {
    'supported-versions': ['(wspierane|obs[lł]ugiwane|wspierana|obs[lł]ugiwana) (wersj[ea]|ga[lł][eę]zie)'],
    response: ['czas (odpowiedzi|reakcji)', 'czego (sie )?spodziewac'],
    reporting: ['zg[lł]asz', 'zg[lł]oszeni', 'zg[lł]osi', 'raportowani'],
    disclosure: ['ujawniani'],
    scope: ['zakres'],
    acknowledgments: ['podziekowania'],
    encryption: ['szyfrowani'],
  },
  timePhrases: [
    '\\b(?:dw[óo]ch|trzech|pi[eę]ciu|siedmiu|dziesi[eę]ciu)\\s+(?:godzin|dni|tygodni)\\b',
    // "w ciągu (mniej więcej) tygodnia": within (about) a week
    '\\bw\\s+ci[ąa]gu\\s+(?:mniej\\s+wi[ęe]cej\\s+|oko[łl]o\\s+)?(?:tygodnia|doby|miesi[ąa]ca)\\b',
  ],
  // "co 6 godzin": every six hours, a period.
  notTimeframeLeads: ['\\bco'],
  durationUnits: {
    'business-day': 'dni\\s+robocz[a-ząćęłńóśźż]*|dzie[nń]\\s+roboczy',
    hour: 'godzin[a-ząćęłńóśźż]*',
    day: 'dni|dzie[nń]|doby|dób',
    week: 'tygodni[a-ząćęłńóśźż]*|tydzie[nń]',
    month: 'miesi[aą]c[a-ząćęłńóśźż]*',
  },
  responseWords: ['(?:odpowi[ae]d\\w*|odpowiemy|odpowied[źz]|potwierdz\\w*|potwierdzi\\w*|odezwiemy)'],
  versionStatements: [
    '\\btylko\\s+najnowsz[a-ząćęłńóśźż]*\\s+wersj[a-ząćęłńóśźż]*',
    '\\bnajnowsza\\s+wersja\\s+jest\\s+(?:wspierana|obs[lł]ugiwana)',
  ],
  publicReporting: [
    '\\b(?:utw[óo]rz|otw[óo]rz|za[lł][óo]ż)\\s+(?:nowe\\s+)?(?:issue|zg[lł]oszenie)',
    '\\bissue\\s+na\\s+githubie\\b',
  ],
  reportingWords: [
    '\\b(?:zg[łl]o|zg[łl]asz|kontakt|wy[śs]lij|napis(?:z|a[cć])|e-?mail|poinformuj|powiadom)\\w*',
    'formularz',
  ],
  commonWords: ['\\b(?:i|w|na|jest|s[ąa]|nie|prosimy|oraz|lub)\\b'],
  vulnerabilityWords: ['\\b(?:podatno|luk[aięę]|problem\\w*\\s+bezpiecze)\\w*'],
  negations: ['\\bnie\\b'],
  idiomaticNegations: ['\\bnie\\s+(?:wahaj|krępuj|zapomn|zapomin)\\w*', '\\bnie\\s+jeste[śs]\\w*\\s+pewn?\\w*'],
  privateReporting: [
    // "privately through GitHub": its private reporting, unnamed
    '\\b(?:prywatnie|poufnie|niepublicznie)\\s+(?:przez|na|poprzez|za\\s+pomoc[ąa])\\s+(?:github|gitlab)\\b',
    '\\bzak[lł]ad(?:k|c)[a-ząćęłńóśźż]*\\s+["„]?(?:security|bezpiecze[nń]stwo)',
    // "prywatne zgłaszanie luk", "funkcji prywatnego zgłaszania podatności"
    '\\bprywatn[a-ząćęłńóśźż]*\\s+zg[lł]asza[a-ząćęłńóśźż]*\\s+(?:luk|podatno)',
  ],
  privateWords: ['\\b(?:prywatn\\w*|poufn\\w*)'],
  featureWords: ['\\b(?:funkcj\\w*|przycisk\\w*|zakładk\\w*|formularz\\w*)'],
  privateMessages: ['\\bprywatn[a-ząćęłńóśźż]*\\s+wiadomo', '\\bnapisz\\s+(?:do\\s+mnie\\s+)?prywatnie'],
  templatePhrases: ['\\bwersje\\s+(?:twojego|waszego)\\s+projektu'],
  templateOpeners: ['u[żz]yj\\s+tej\\s+sekcji,?\\s+aby', 'powiedz\\s+im,?\\s+gdzie'],
  exampleDomains: ['przyklad', 'przykład'],
  privateIssues: ['\\b(?:prywatn|poufn)\\S*\\s+issue\\b', '\\bissue\\s+(?:prywatn|poufn)'],
  yourWords: ['twoj', 'twój', 'twoja'],
  exampleLeads: ['\\bna\\s+przyk[łl]ad\\b', '\\bprzyk[łl]ad\\s*[:：]', '\\bnp\\.'],
  replaceHints: ['\\bzast[aą]p\\b', '\\bzamie[nń]\\b'],
  fillVerbs: ['wstaw', 'wpisz'],
  fieldWords: ['NAZWA', 'ADRES', 'BEZPIECZE[NŃ]STWO'],
  reportFieldLabels: ['tema(?:t|cie)', 'tytu[lł]'],
  publicLists: ['\\bpubliczn\\S*\\s+list\\S*'],
  publicListStatements: ['\\bpublicznie\\s+(?:archiwizowan|dostępn)\\S*'],
  exampleColumns: ['wzorzec', 'wzorce', 'przyk[łl]ady?', 'format'],
};
