import type { LanguageData } from './language';

export const nl: LanguageData = {
  code: 'nl',
  headings: {
    'supported-versions': ['ondersteunde (versies?|branches)'],
    response: ['reactietijd', 'wat te verwachten', 'wat kun je verwachten'],
    reporting: ['melden', 'rapporteren', 'melding'],
    disclosure: ['openbaarmaking', 'bekendmaking'],
    scope: ['reikwijdte', 'toepassingsgebied'],
    acknowledgments: ['dankbetuiging'],
    encryption: ['versleuteling'],
  },
  // "1 uur geldig", "30 dagen bewaard": a lifetime or a retention, not a wait.
  notTimeframeTails: ['\\s+(?:geldig|bewaard)'],
  durationUnits: {
    'business-day': 'werkdag(?:en)?',
    hour: 'uur',
    day: 'dag(?:en)?',
    week: 'weken|week',
    month: 'maand(?:en)?',
  },
  numberWords: { een: 1, één: 1, twee: 2, drie: 3, vijf: 5, zeven: 7, tien: 10, veertien: 14, dertig: 30 },
  responseWords: [
    '\\b(?:antwoord\\w*|beantwoord\\w*|reager\\w*|reactie|bevestig\\w*|laten\\s+(?:we\\s+)?(?:u|je|jou)\\s+\\w*\\s*weten)',
  ],
  versionStatements: ['\\balleen\\s+de\\s+(?:laatste|nieuwste|meest\\s+recente)\\s+versie'],
  publicReporting: ['\\b(?:open|maak)\\s+een\\s+(?:nieuw\\s+)?issue'],
  reportingWords: [
    '\\b(?:meld|rapporteer|contact|stuur|schrijf|e-?mail|informeer|laat\\s+(?:\\S+\\s+){1,4}?weten)\\w*',
    'formulier',
  ],
  commonWords: ['\\b(?:de|het|een|en|wij|we|jij|u|is|zijn|niet)\\b'],
  vulnerabilityWords: ['\\b(?:kwetsba|beveiligingsprobleem|beveiligingslek|lek)\\w*'],
  negations: ['\\b(?:niet|geen|nooit)\\b'],
  idiomaticNegations: [
    '\\b(?:aarzel|twijfel|vergeet)\\s+niet\\b',
    '\\bniet\\s+(?:zeker|vergeten)\\b',
    '\\b(?:niets|geen\\s+\\S+)\\s+(?:is|lijkt)\\s+te\\s+(?:klein|onbelangrijk)\\b',
  ],
  clauseBreaks: ['\\b(?:maar|in\\s+plaats\\s+daarvan)\\b'],
  privateReporting: [
    // "privately through GitHub": its private reporting, unnamed
    '\\b(?:priv[ée]|vertrouwelijk|besloten)\\s+(?:via|op|bij)\\s+(?:github|gitlab)\\b',
    '\\bpriv[ée]-?meld\\w*',
    '\\btabblad\\s+["“]?security\\b',
    '\\bsecurity-?tabblad\\b',
    '\\b(?:tabblad|tab)\\s+["“]?(?:security|beveiliging)',
    '\\bpriv[ée][\\s-]+(?:kwetsbaarheidsmelding|melding\\s+van\\s+kwetsbaarheden)',
    // The repository's menu translated: "**Beveiliging → Advies → Een kwetsbaarheid melden**"
    '\\bbeveiliging\\W{0,3}\\s*(?:→|->|›|»)\\s*\\W{0,3}(?:advies|adviezen|advisories|een\\s+kwetsbaarheid\\s+melden)\\b',
  ],
  privateWords: ['\\b(?:priv[ée]\\w*|vertrouwelijk\\w*)'],
  featureWords: ['\\b(?:functie\\w*|knop|tabblad|formulier)\\b'],
  privateMessages: ['\\bpriv[ée]bericht'],
  templatePhrases: ['\\bversies\\s+van\\s+(?:je|jouw|uw)\\s+project'],
  templateOpeners: ['gebruik\\s+deze\\s+(?:sectie|paragraaf)\\s+om', 'vertel\\s+(?:ze|hen)\\s+waar'],
  exampleDomains: ['voorbeeld'],
  privateIssues: ['\\b(?:priv[ée]|vertrouwelijk\\w*)\\s+(?:issue|ticket)\\b'],
  yourWords: ['je', 'jouw', 'uw'],
  exampleLeads: ['\\bbij\\s+voorbeeld\\b', '\\bvoorbeeld\\s*[:：]', '\\bbijv\\.'],
  replaceHints: ['\\bvervang(?:en)?\\b'],
  fillVerbs: ['vul\\s+in', 'voeg\\s+toe'],
  fieldWords: ['NAAM', 'ADRES', 'BEVEILIGING'],
  reportFieldLabels: ['onderwerp', 'titel'],
  publicLists: ['\\bopenbare\\s+mailinglijst\\b'],
  publicListStatements: ['\\bopenbaar\\s+gearchiveerd'],
  exampleColumns: ['patroon', 'patronen', 'voorbeeld(?:en)?', 'formaat', 'invoer'],
};
