import type { LanguageData } from './language';

export const nl: LanguageData = {
  code: 'nl',
  headings: {
    'supported-versions': ['ondersteunde versies'],
    response: ['reactietijd', 'wat te verwachten', 'wat kun je verwachten'],
    reporting: ['melden', 'rapporteren', 'melding'],
    disclosure: ['openbaarmaking', 'bekendmaking'],
    scope: ['reikwijdte', 'toepassingsgebied'],
    acknowledgments: ['dankbetuiging'],
    encryption: ['versleuteling'],
  },
  timeUnits: ['(?:uur|(?:werk)?dag(?:en)?|weken|week|maand(?:en)?)'],
  timePhrases: ['\\b(?:twee|drie|vijf|zeven|tien|veertien)\\s+(?:uur|(?:werk)?dagen|weken)\\b'],
  versionStatements: ['\\balleen\\s+de\\s+(?:laatste|nieuwste|meest\\s+recente)\\s+versie'],
  publicReporting: ['\\b(?:open|maak)\\s+een\\s+(?:nieuw\\s+)?issue'],
  negations: ['\\b(?:niet|geen|nooit)\\b'],
  privateReporting: ['\\b(?:tabblad|tab)\\s+["“]?(?:security|beveiliging)', '\\bpriv[ée]\\s+(?:kwetsbaarheidsmelding|melding\\s+van\\s+kwetsbaarheden)'],
  privateMessages: ['\\bpriv[ée]bericht'],
  templatePhrases: ['\\bversies\\s+van\\s+(?:je|jouw|uw)\\s+project'],
  templateOpeners: ['gebruik\\s+deze\\s+(?:sectie|paragraaf)\\s+om', 'vertel\\s+(?:ze|hen)\\s+waar'],
  exampleDomains: ['voorbeeld'],
  yourWords: ['je', 'jouw', 'uw'],
  replaceHints: ['\\bvervang(?:en)?\\b'],
  fillVerbs: ['vul\\s+in', 'voeg\\s+toe'],
  fieldWords: ['NAAM', 'ADRES', 'BEVEILIGING'],
};
