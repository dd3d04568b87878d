import type { LanguageData } from './language';

export const it: LanguageData = {
  code: 'it',
  headings: {
    'supported-versions': [
      'version[ei] (supportat[ae]|mantenut[ae])',
      '(?:branch|rami) (supportat[io]|mantenut[io])',
      'supporto delle versioni',
    ],
    'report-contents': ['cosa includere'],
    response: ['tempi di risposta', 'cosa aspettarsi'],
    reporting: ['segnalare', 'segnalazione', 'segnalazioni'],
    disclosure: ['divulgazione'],
    scope: ['ambito', 'perimetro'],
    acknowledgments: ['ringraziamenti', 'riconoscimenti'],
    encryption: ['crittografia', 'cifratura'],
    contacts: ['team di sicurezza'],
  },
  // "conservati per 14 giorni": a retention, not a wait.
  notTimeframeLeads: ['\\b(?:conservat|mantenut|archiviat)[aeio]\\s+per', '\\bsupporto\\s+per'],
  durationUnits: {
    'business-day': 'giorni\\s+lavorativi',
    hour: 'or[ae]',
    day: 'giorn[oi]',
    week: 'settiman[ae]',
    month: 'mes[ei]',
  },
  numberWords: { un: 1, una: 1, due: 2, tre: 3, cinque: 5, sette: 7, dieci: 10, quindici: 15, trenta: 30 },
  responseWords: ['\\b(?:rispond\\w*|rispost\\w*|riscontr\\w*|conferm\\w*\\s+(?:la\\s+)?ricezione)'],
  versionStatements: [
    '\\bsupportat[aei]\\b(?:[^.\\n]|\\.(?=\\w)){0,20}\\bultim[ae]\\s+(?:release|version[ei])',
    "\\b(?:l['’]ultima|le\\s+ultime)\\s+(?:release|version[ei])\\b(?:[^.\\n]|\\.(?=\\w)){0,30}\\bsupportat[aei]\\b",
    "\\bsolo\\s+(?:l['’]\\s*|le\\s+)(?:ultima|ultime|pi[uù]\\s+recente)\\s+version[ei]",
    '\\bultima\\s+versione\\s+(?:[èe]|sar[àa])\\s+supportata',
  ],
  publicReporting: [
    '\\b(?:apri(?:re)?|crea(?:re)?|invia(?:re)?)\\s+(?:una?|un)\\s+(?:nuova\\s+)?(?:issue|pull\\s+request|segnalazione\\s+pubblica)',
  ],
  // A sentence about other matters: "for general bugs, open an issue" (see en.ts)
  otherMatters: [
    '\\bnon\\s+legat\\w*\\s+alla\\s+sicurezza|\\bbug\\s+(?:generici|comuni)|\\baltri\\s+(?:bug|problemi)|\\brichieste\\s+di\\s+funzionalit\\w*|\\bsuggeriment\\w*|\\bmiglioramenti\\b',
    // "a regular issue", "un issue regular": an ordinary ticket, not a vulnerability report
    '(?:^\\s*|\\bissues?\\s+)(?:normal[ei]|ordinari[ae])\\b',
    '\\bdomande\\s+generali',
  ],
  reportingWords: [
    '\\b(?:segnal|contatt|invia|scriv|e-?mail|comunic)\\w*',
    '\\b(?:notific|inform)(?:a|are|ateci|arci)\\b',
    '\\bmodulo\\b',
  ],
  commonWords: ['\\b(?:il|gli|le|e|per|una?|noi|voi|[èe]|sono|non)\\b'],
  vulnerabilityWords: ['\\b(?:vulnerabilit|falla|problem[ai]\\s+di\\s+sicurezza)\\w*'],
  negations: ['\\b(?:non|mai|invece\\s+di|evit(?:a|are|ate|ando))\\b'],
  idiomaticNegations: [
    '\\bnon\\s+(?:esit(?:ate|are|a)|preoccupar(?:ti|vi))\\b',
    '\\bnon\\s+(?:sei|siete|è)\\s+(?:sicur[oi]|cert[oi])\\b',
    '\\bnon\\s+(?:dimentica|scorda)(?:re|te)\\b',
  ],
  contrasts: ['\\binvece\\s+di\\b'],
  clauseBreaks: ['\\b(?:ma|invece|bens[iì])\\b(?!\\s+di\\b)'],
  privateReporting: [
    // "privately through GitHub": its private reporting, unnamed
    '\\b(?:privatamente|in\\s+privato|in\\s+modo\\s+(?:privato|riservato)|riservatamente)\\s+(?:tramite|via|su|attraverso|mediante)\\s+(?:github|gitlab)\\b',
    // "contrassegnala come confidenziale": the ticket made private by its own option.
    '\\b(?:contrassegn|spunt|selezion)\\w*\\s+(?:\\S+\\s+){0,2}?(?:come|l[’\']opzione|la\\s+casella)\\s+[«"“]?(?:confidenziale|privat[ao])',
    '\\bscheda\\s+["“]?(?:security|sicurezza)',
    '\\bsegnalazione\\s+privata\\s+(?:delle|di)\\s+vulnerabilit',
    // "la funzione di segnalazione privata di GitHub"; "un security advisory privato"
    '\\bsegnalazion[ei]\\s+privat[ae]\\s+(?:di|su)\\s+github\\b',
    '\\bsecurity\\s+advisory\\s+privat[oa]\\b',
  ],
  securityTabNames: ['\\bsicurezza'],
  securityTabItems: ['segnala'],
  privateIssues: ['\\bissues?\\W{0,2}\\s+(?:privat[aei]|confidenzial[ei])\\b'],
  detailsWithheld: [
    '\\bsenza\\s+(?:rivelare|divulgare|includere|fornire|descrivere|pubblicare)\\s+(?:i\\s+|la\\s+|alcun\\s+)?(?:dettagli?|vulnerabilit)',
  ],
  maintainersAsSubject: [
    '\\b(?:noi|(?:il|nostro)\\s+team|i\\s+maintainer)(?:\\s+(?:poi|quindi))*(?:\\s+(?:apriremo|creeremo|pubblicheremo))?(?:\\s+(?:un|una|il|la))?',
  ],
  privateWords: ['\\b(?:privat\\w*|riservat\\w*|confidenzial\\w*)'],
  featureWords: ['\\b(?:funzion\\w*|pulsante|scheda|modulo)\\b'],
  repositoryOwner: [
    '\\b(?:proprietari[oa]|autor[ei]|manutent(?:ore|rice|ori)|maintainer)\\s+del\\s+(?:repository|progetto)\\b',
  ],
  profileWords: ['\\bprofilo\\b'],
  contactDetailWords: ['\\brecapiti\\b'],
  privateMessages: ['\\bmessaggio\\s+(?:privato|diretto)'],
  templatePhrases: ['\\bversioni\\s+del\\s+tuo\\s+progetto'],
  templateOpeners: [
    'usa(?:re)?\\s+questa\\s+sezione\\s+per\\s+(?:dire|indicare|informare|comunicare|spiegare)',
    "(?:di['’]|indica)\\s+loro\\s+dove\\s+(?:andare|rivolgersi)",
  ],
  exampleDomains: ['esempio'],
  yourWords: ['tuo', 'tua', 'il-tuo', 'iltuo'],
  exampleLeads: ['\\bper\\s+esempio\\b', '\\besempio\\s*[:：]', '\\bad\\s+es\\.'],
  replaceHints: ['\\bsegnaposto\\b', '\\bsostitui(?:re|sci)\\b'],
  fillVerbs: ['inserisci', 'inserire'],
  hereWords: ['qui'],
  fieldWords: ['SICUREZZA', 'NOME', 'INDIRIZZO'],
  reportFieldLabels: ['oggetto', 'titolo'],
  publicLists: ['\\blista\\s+pubblica\\b'],
  publicListStatements: ['\\barchiviat[ao]\\s+pubblicamente'],
  questionWords: ['\\bdomande'],
  exampleColumns: ['modell[oi]', 'esempio', 'esempi', 'formato'],
};
