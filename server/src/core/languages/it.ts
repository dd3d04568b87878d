import type { LanguageData } from './language';

export const it: LanguageData = {
  code: 'it',
  headings: {
    'supported-versions': ['versioni (supportate|mantenute)', 'supporto delle versioni'],
    'report-contents': ['cosa includere'],
    response: ['tempi di risposta', 'cosa aspettarsi'],
    reporting: ['segnalare', 'segnalazione', 'segnalazioni'],
    disclosure: ['divulgazione'],
    scope: ['ambito', 'perimetro'],
    acknowledgments: ['ringraziamenti', 'riconoscimenti'],
    encryption: ['crittografia', 'cifratura'],
    contacts: ['team di sicurezza'],
  },
  timeUnits: ['(?:ore|giorni(?:\\s+lavorativi)?|settimane|mesi)'],
  timePhrases: ['\\b(?:due|tre|cinque|sette|dieci|quindici)\\s+(?:ore|giorni|settimane)\\b'],
  versionStatements: ["\\bsolo\\s+(?:l['’]\\s*|le\\s+)(?:ultima|ultime|pi[uù]\\s+recente)\\s+version[ei]", '\\bultima\\s+versione\\s+(?:[èe]|sar[àa])\\s+supportata'],
  publicReporting: ['\\bapri(?:re)?\\s+(?:una?|un)\\s+(?:nuova\\s+)?(?:issue|segnalazione\\s+pubblica)'],
  negations: ['\\b(?:non|mai|invece\\s+di)\\b'],
  privateReporting: ['\\bscheda\\s+["“]?(?:security|sicurezza)', '\\bsegnalazione\\s+privata\\s+(?:delle|di)\\s+vulnerabilit'],
  privateMessages: ['\\bmessaggio\\s+(?:privato|diretto)'],
  templatePhrases: ['\\bversioni\\s+del\\s+tuo\\s+progetto'],
  templateOpeners: [
    'usa(?:re)?\\s+questa\\s+sezione\\s+per\\s+(?:dire|indicare|informare|comunicare|spiegare)',
    "(?:di['’]|indica)\\s+loro\\s+dove\\s+(?:andare|rivolgersi)",
  ],
  exampleDomains: ['esempio'],
  yourWords: ['tuo', 'tua', 'il-tuo', 'iltuo'],
  replaceHints: ['\\bsostitui(?:re|sci)\\b'],
  fillVerbs: ['inserisci', 'inserire'],
  fieldWords: ['SICUREZZA', 'NOME', 'INDIRIZZO'],
};
