import type { LanguageData } from './language';

// Czech builds a negation into the verb ("nepoužívejte", "nezveřejňujte"): those prefixes are listed
// with the words. Headings are matched folded (without accents).
export const cs: LanguageData = {
  code: 'cs',
  headings: {
    'supported-versions': ['podporovane verze', 'podpora verzi', '^ktere verze$'],
    'report-contents': ['co (uvest|zahrnout)'],
    response: ['doba (odezvy|odpovedi|reakce)', 'co (lze )?ocekavat'],
    reporting: ['hlaseni', 'nahlas', 'oznameni', 'jak (nahlasit|hlasit|oznamit)'],
    disclosure: ['zverejnen'],
    scope: ['rozsah'],
    acknowledgments: ['podekovani'],
    encryption: ['sifrovani'],
  },
  // "do týdne": within a week
  timePhrases: [
    '\\b(?:dvou|t[řr][íi]|p[ěe]ti|sedmi|deseti|jednoho)\\s+(?:hodin|dn[ůu]|dne|t[ýy]dn[ůu]|t[ýy]dne)',
    '\\bdo\\s+(?:jednoho\\s+)?t[ýy]dne\\b',
  ],
  durationUnits: {
    'business-day': 'pracovn[a-zěščřžýáíéůú]*\\s+(?:dn[ůuíy]|den)',
    hour: 'hodin[a-zěščřžýáíéůú]*',
    day: '(?:kalendářn[a-zěščřžýáíéůú]*\\s+)?(?:dn[ůuíy]|dne|den)',
    week: 't[ýy]dn[ůuye]|t[ýy]den',
    month: 'm[ěe]s[íi]c[ůue]?',
  },
  numberWords: {
    jeden: 1,
    jednoho: 1,
    dva: 2,
    dvou: 2,
    tři: 3,
    tří: 3,
    pět: 5,
    pěti: 5,
    sedm: 7,
    sedmi: 7,
    deset: 10,
    deseti: 10,
    čtrnáct: 14,
    čtrnácti: 14,
  },
  responseWords: ['(?:odpov[a-zěščřžýáíéůú]*|potvrd[a-zěščřžýáíéůú]*|ozveme)'],
  versionStatements: [
    // "Opravy zabezpečení jsou aplikovány na aktuální větev main"
    '\\bopravy\\s+(?:zabezpe\\w*|bezpe\\w*)(?:[^.\\n]|\\.(?=\\w)){0,40}\\b(?:aktu[áa]ln\\w*|nejnov\\w*|v[ěe]tev)',
    // "pouze nejnovější verze", "opravy vycházejí jen v nové verzi"
    '\\b(?:pouze|jen)\\s+(?:(?:v|ve|pro|do)\\s+)?(?:nejnov[ěe]j[šs][íi]|aktu[áa]ln[íi]|posledn[íi]|nov[ée])\\s+verz',
    '(?:nejnov[ěe]j[šs][íi]|aktu[áa]ln[íi])\\s+verze\\s+je\\s+podporov[áa]n',
    // "podporovaná je vždycky ta poslední"
    'podporovan[áa]\\s+je\\s+(?:v[žz]dy(?:cky)?\\s+)?(?:jen\\s+|pouze\\s+)?(?:ta\\s+)?(?:posledn|nejnov[ěe]j[šs])',
  ],
  publicReporting: [
    '(?:vytvo[řr]te|otev[řr]ete|zalo[žz]te)\\s+(?:pros[íi]m\\s+)?(?:nov[ýé]\\s+)?(?:issue|tiket|hl[áa][šs]en[íi])',
    // "nahlaste to prosím přes **GitHub Issues**"
    // (throughEmphasis lets \s+ take stars: the class after it holds none, or a run of stars is tried two ways)
    '\\b(?:p[řr]es|prost[řr]ednictv[íi]m)\\s+[_`]*(?:github|gitlab)\\s+issues?\\b',
  ],
  reportingWords: [
    '\\b(?:nahla|hl[áa]s|kontakt|napi[šs]|po[šs]l|e-?mail|informuj|oznam)\\w*',
    '\\bdej\\w*\\s+(?:\\S+\\s+){0,3}?v[ěe]d[ěe]t',
  ],
  commonWords: ['\\b(?:a|v|na|je|jsou|se|pro|nebo|pros[íi]m)\\b'],
  // (Slovak, close to Czech, is read with it: "zraniteľnosť", "súkromne", "nahláste")
  vulnerabilityWords: ['(?:zranitelnost|zraniteľnos|bezpe[čc]nostn[íi]\\s+(?:chyb|probl[ée]m))'],
  negations: ['\\b(?:ne|nikdy)\\b', '\\bne(?:pou[žz]|otv[íi]r|otev|zve[řr]ej|vytv[áa][řr]|hl[áa]s|pi[šs]|publik)'],
  clauseBreaks: ['\\b(?:ale|n[ýy]br[žz])\\b', 'm[íi]sto\\s+toho'],
  privateReporting: [
    // "privately through GitHub": its private reporting, unnamed
    '\\b(?:soukromě|neveřejně|důvěrně)\\s+(?:přes|na|prostřednictvím|pomocí)\\s+(?:github|gitlab)\\b',
    // "funkce soukromého hlášení zranitelností": GitHub's private reporting by its Czech name
    '\\bsoukrom\\S*\\s+(?:hlášení|nahlášení|oznámení)',
    // Slovak: "súkromne cez GitHub", "funkcia súkromného hlásenia"
    '\\bs[úu]kromne\\s+(?:cez|prostredn[íi]ctvom|pomocou)\\s+(?:github|gitlab)\\b',
    '\\bs[úu]kromn\\S*\\s+(?:hl[áa]senia|nahl[áa]senia|oznámenia)',
    'z[áa]lo[žz]k[ayu]\\s+["„]?(?:security|zabezpe)',
    'soukrom[ée]\\s+(?:hl[áa][šs]en[íi]|nahl[áa][šs]en[íi])',
    // "kartu „Zabezpečení“", "soukromé bezpečnostní upozornění": the Security tab, a private advisory
    'kart[auy]\\s+[„"“]?zabezpe[čc]en[íi]',
    'soukrom\\S*\\s+bezpe[čc]nostn\\S*\\s+upozorn[ěe]n',
  ],
  privateWords: ['\\b(?:soukrom\\w*|důvěrn\\w*|s[úu]kromn\\S*|d[ôo]vern\\S*)'],
  featureWords: ['\\b(?:funkc\\w*|tlačítk\\w*|formulář\\w*)'],
  privateMessages: ['soukrom[áa]\\s+zpr[áa]v'],
  templatePhrases: ['verze\\s+(?:va[šs]eho|tv[ée]ho)\\s+projektu'],
  templateOpeners: ['pou[žz]ijte\\s+tuto\\s+(?:sekci|[čc][áa]st)', '[řr]ekn[ěe]te\\s+jim,?\\s+kam'],
  exampleDomains: ['priklad'],
  privateIssues: ['\\b(?:soukrom|důvěrn)\\S*\\s+issue\\b'],
  yourWords: ['vas', 'vase', 'tvuj'],
  replaceHints: ['nahra[dď]te', 'zm[ěe][nň]te'],
  fillVerbs: ['vlo[žz]te', 'zadejte', 'dopl[nň]te'],
  fieldWords: ['JM[EÉ]NO', 'ADRESA'],
  reportFieldLabels: ['p[řr]edm[ěe]t', 'n[áa]zev'],
  publicListStatements: ['\\bkonference\\s+je\\s+otevřen', '\\barchiv\\s+je\\s+veřejn'],
};
