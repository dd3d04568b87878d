import type { LanguageData } from './language';

// Hungarian: policies of Hungarian projects; words take suffixes (órán, napon belül), so most entries end in \w*.
export const hu: LanguageData = {
  code: 'hu',
  headings: {
    'supported-versions': ['tamogatott verzio', 'verziotamogatas'],
    reporting: ['jelentes', 'bejelentes'],
    disclosure: ['kozzetetel'],
    response: ['valaszido'],
    scope: ['hatokor'],
  },
  // "72 órán belül", "5 munkanapon belül"; a month ("hónap") ends in "nap", but a number never stands right before that "nap".
  durationUnits: {
    'business-day': 'munkanap\\w*',
    hour: '[óo]r[áa]\\w*',
    day: 'nap\\w*',
    week: 'h[ée]t(?:en|re|ig)?',
    month: 'h[óo]nap\\w*',
  },
  notTimeframes: ['month'],
  numberWords: { egy: 1, két: 2, kettő: 2, három: 3, öt: 5, hét: 7, tíz: 10, tizennégy: 14 },
  responseWords: ['\\b(?:v[áa]lasz\\w*|visszajelz\\w*|reag[áa]l\\w*|meger[őo]s[íi]t\\w*|kezelj\\w*)'],
  versionStatements: ['\\bcsak\\s+a\\s+(?:legfrissebb|leg[úu]jabb|legut[óo]bbi)\\s+(?:verzi[óo]|kiad[áa]s)\\w*'],
  publicReporting: [
    '\\b(?:nyiss|nyisson|hozz\\s+l[ée]tre)\\s+(?:egy\\s+)?(?:[úu]j\\s+)?issue',
    '\\bissue-t\\s+nyit\\w*',
  ],
  reportingWords: [
    '\\b(?:jelents|jelentsd|jelentse|bejelent|k[üu]ldj|k[üu]ldd|k[üu]ldje|[ée]rtes[íi]ts|l[ée]pj\\s+kapcsolatba|keress\\s+meg)\\w*',
  ],
  commonWords: ['\\b(?:hogy|vagy|k[ée]rj[üu]k|nek[üu]nk|nincs|csak|amely|ezt)(?![\\wáéíóöőúüű])'],
  vulnerabilityWords: [
    '\\b(?:sebezhet[őo]s[ée]g|s[ée]r[üu]l[ée]kenys[ée]g|biztons[áa]gi\\s+(?:r[ée]s|hib|probl[ée]m))\\w*',
  ],
  privateReporting: [
    '\\bpriv[áa]t\\s+(?:sebezhet[őo]s[ée]g[- ]?)?(?:bejelent|jelent)\\w*',
    '\\bsecurity\\s+(?:f[üu]l|lap)\\w*',
  ],
  privateWords: ['\\b(?:priv[áa]t|bizalmas)\\w*', '\\bnem\\s+nyilv[áa]nos\\w*'],
  featureWords: ['\\b(?:funkci[óo]|gomb|f[üu]l)\\w*'],
  negations: [
    '\\b(?:nem|soha|tart[óo]zkodj)\\b',
    '\\bne\\s+(?:nyiss|haszn[áa]l|tedd|tegy|hozz|jelents|publik|oszd)\\w*',
  ],
  exampleDomains: ['pelda'],
  reportFieldLabels: ['t[áa]rgy'],
  templateOpeners: ['haszn[áa]ld\\s+ezt\\s+a\\s+r[ée]szt'],
};
