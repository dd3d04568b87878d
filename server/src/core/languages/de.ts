import type { LanguageData } from './language';

export const de: LanguageData = {
  code: 'de',
  headings: {
    'supported-versions': [
      // Also written without umlauts: "Unterstuetzte".
      'unterstu(?:e)?tzten? (version(?:en)?|releases?|produkte|oberfla(?:e)?che|branch(?:es)?|zweige)',
      // "Unterstützter Quellstand": the source state (a branch's head) that gets fixes
      'unterstu(?:e)?tzte[rn]? (?:quell)?stand',
      'versionsunterstutzung',
      // "Welche Versionen abgedeckt sind", "Gepflegte Versionen"
      // ("Welche Fassungen gepflegt werden": a version is also a Fassung)
      'welche (versionen|releases|fassungen)',
      '(versionen|releases|fassungen) (\\w+ )?(abgedeckt|unterstutzt|gepflegt)',
      '(abgedeckte|gepflegte) (versionen|releases|fassungen)',
      'unterstutzung von versionen',
    ],
    'report-contents': ['was (soll|sollte) (der|ein|die) (bericht|meldung)', 'inhalt (der|einer) meldung'],
    response: ['reaktionszeit', 'antwortzeit', 'was (sie|du) erwarten', 'ablauf', 'bearbeitung'],
    reporting: ['melden', 'meldung', 'meldeweg', 'meldeprozess', 'sicherheitslucke (melden|berichten)'],
    disclosure: ['offenlegung', 'veroffentlichung'],
    scope: ['geltungsbereich', 'umfang'],
    'bug-bounty': ['belohnung', 'pramie'],
    acknowledgments: ['danksagung', 'anerkennung'],
    encryption: ['verschlusselung'],
    contacts: ['sicherheitsteam', 'ansprechpartner'],
  },
  // The example in a template's bracket: "innerhalb von [Zeitrahmen, z. B. 0-2 Wochen]".
  // "Dateien älter als 30 Tage": an age, not a wait.
  notTimeframeLeads: [
    '\\[[^\\]\\n]{0,40}\\bz\\.\\s?b\\.[,:]?[^\\]\\n]{0,12}?',
    '(?:^|\\s)[äa]lter\\s+als',
    '\\balle',
    '\\bg[üu]ltig\\s+(?:f[üu]r\\s+)?',
  ],
  // "… laufen nach spätestens 30 Tagen ab." (expire: "ablaufen" split, its "ab" last in the clause; "3 Tage ab
  // Eingang", from receipt, is a wait)
  notTimeframeTails: ['\\s+(?:lang\\s+)?aufbewahrt', '\\s+ab(?=\\s*[.,;:!)]|\\s*$)'],
  durationUnits: {
    'business-day': '(?:werk|arbeits|gesch[äa]fts)tag(?:e|en)?',
    hour: 'stunden?|std\\.?',
    day: '(?:kalender)?tag(?:e|en)?',
    week: 'wochen?',
    month: 'monat(?:e|en)?',
  },
  numberWords: {
    einem: 1,
    einer: 1,
    eine: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sieben: 7,
    zehn: 10,
    vierzehn: 14,
    dreißig: 30,
  },
  responseWords: [
    '\\b(?:antwort\\w*|beantwort\\w*|r[üu]ckmeld\\w*|best[äa]tig\\w*|eingangsbest[äa]tigung|reagier\\w*|melden\\s+uns|erste\\s+reaktion)',
  ],
  versionStatements: [
    // "Gepflegt wird die jeweils neueste veröffentlichte Fassung"
    '\\b(?:gepflegt|unterst[üu]tzt|gewartet)\\s+wird\\s+(?:nur\\s+)?(?:die\\s+|das\\s+|der\\s+)?(?:jeweils\\s+)?(?:neueste|aktuelle|letzte)',
    '\\b(?:derzeit|aktuell|zurzeit|momentan)\\s+unterst(?:ü|ue)tzte?\\w*\\s+(?:\\S+\\s+){0,3}?\\S{0,20}?(?:version|veröffentlichung|release|linie|zweig|branch)',
    // "Das neueste Release erhält Sicherheitskorrekturen"
    '\\b(?:neueste|aktuelle|letzte)n?\\s+(?:stabile\\s+)?(?:version|release|hauptversion|zweig|linie)\\s+(?:erh[äa]lt|bekommt)\\s+(?:\\w+\\s+)?(?:sicherheits)?(?:korrekturen|updates|aktualisierungen|fixes|patches)',
    // "Meldungen werden gegen main bewertet": the one line looked at
    '\\bgegen\\s+`?(?:main|master)`?\\s+(?:gepr[üu]ft|bewertet)',
    // "Unterstützte Version: **1.0.x**": a label before the version line
    '\\bunterst(?:ü|ue)tzte\\s+version(?:en)?\\s*:\\s*[*_`]*v?\\d',
    '\\bnur\\s+(?:die|den|das)\\s+(?:aktuellste|aktuelle|neueste|letzte|jüngste)n?\\s+(?:version|release|hauptversion)',
    '\\b(?:aktuelle|neueste|letzte)\\s+(?:stabile\\s+)?(?:version|release)\\s+(?:wird|ist)\\s+(?:unterstützt|gepflegt)',
    '\\bsicherheits(?:updates|aktualisierungen|korrekturen)\\s+(?:gibt\\s+es|erhalten|werden)\\s+nur\\b',
    // "Sicherheitskorrekturen erfolgen gegen den neuesten Quellstand auf `main`"
    '\\bsicherheits(?:updates|aktualisierungen|korrekturen|fixes)\\s+(?:erfolgen|gibt\\s+es|werden\\s+\\w+)\\s+(?:nur\\s+)?(?:gegen|für|auf)\\s+(?:den|die|das)\\s+(?:neueste|aktuelle|letzte)n?\\s+(?:quellstand|stand|version|release|commit)',
  ],
  publicReporting: [
    '\\b(?:ein(?:en)?|ein\\s+neues)\\s+(?:github[- ])?(?:issue|ticket|fehlerbericht)\\s+(?:er[oö]ffnen|anlegen|erstellen|aufmachen)',
    '\\b(?:er[oö]ffne|erstelle|er[oö]ffnen\\s+sie|erstellen\\s+sie)\\s+(?:ein(?:en)?\\s+)?(?:neues\\s+)?(?:issue|ticket)',
    // "melden Sie Sicherheitslücken in einem Issue", "über GitHub Issues melden"
    '\\bmelde\\w*\\b[^.\\n]{0,50}?\\b(?:in|über|ueber|als)\\s+(?:einem|einen|ein|den|die)?\\s*(?:github[- ]?)?(?:issues?|ticket)\\b',
    '\\b(?:in|über|ueber)\\s+(?:einem\\s+|den\\s+|die\\s+)?(?:github[- ]?)?(?:issues?|ticket)\\s+(?:zu\\s+)?melden',
  ],
  // A sentence about other matters: "for general bugs, open an issue" (see en.ts)
  otherMatters: [
    '\\bnicht\\s+sicherheitsrelevant\\w*|\\ballgemeine[nr]?\\s+(?:fehler|bugs|fragen)|\\bandere[nr]?\\s+(?:fehler|bugs|probleme)|\\bfeature[- ]?(?:requests?|w(?:ü|ue)nsche)|\\bverbesserungsvorschl\\w*',
    // "a regular issue", "un issue regular": an ordinary ticket, not a vulnerability report
    '\\bnormale[sn]?\\s+(?:github-)?(?:issues?|tickets?|fehlerberichte?)\\b',
  ],
  reportingWords: [
    '\\b(?:gemeldet|meld|kontakt|schreib|send(?!ers?\\b)|mitteil|teil(?:en|t)\\s+(?:sie\\s+)?uns|benachrichtig|informier|e-?mail|wenden\\s+sie\\s+sich|wende\\s+dich)\\w*',
    'formular',
  ],
  commonWords: ['\\b(?:der|und|wir|bitte|ist|sind|nicht|mit|eine?)\\b'],
  vulnerabilityWords: ['(?:sicherheitsl[üu]cke|schwachstelle|sicherheitsproblem|sicherheitsfehler|verwundbarkeit)\\w*'],
  negations: ['\\b(?:nicht|kein(?:e|en|er)?|niemals|statt|anstatt)\\b'],
  idiomaticNegations: [
    '\\b(?:z[öo]ger[nt]?\\s+(?:sie|du)\\s+nicht|nicht\\s+z[öo]gern|keine\\s+sorge)\\b',
    '\\b(?:vergiss|vergesst|vergessen\\s+sie)\\s+nicht\\b|\\bnicht\\s+vergessen\\b',
    '\\bnicht\\s+sicher\\b',
  ],
  contrasts: ['\\b(?:an)?statt\\b'],
  clauseBreaks: ['\\b(?:sondern|stattdessen|aber|bitte)\\b'],
  privateReporting: [
    // "privately through GitHub": its private reporting, unnamed
    '\\b(?:privat|vertraulich|nicht\\s+öffentlich)\\s+(?:über|via|auf|bei)\\s+(?:github|gitlab)\\b',
    // (not Swedish's "via GitHub privat meddelande", a private message GitHub does not have)
    '(?:^|\\s)(?:über|via)\\s+(?:github|gitlab)\\s+(?:privat|vertraulich)\\b(?![\\s*_]+(?:meddelande|meddelelse|melding|besked|message|nachricht)\\w*)',
    // "markiere es als vertraulich": the ticket made private by its own option.
    '\\b(?:markier|kennzeichn)\\w*\\s+(?:es|sie|ihn|(?:das|den)\\s+(?:issue|ticket|bericht|fehler))\\s+als\\s+[„"“]?(?:vertraulich|privat)',
    '\\bentwurf\\s+(?:f[üu]r\\s+)?(?:einen\\s+|eine\\s+)?(?:sicherheitshinweis|security[- ]advisory)',
    '\\b(?:vertraulich|privat)\\w*\\s+(?:schwachstellen|sicherheits)meldung',
    '\\bprivate?[ns]?\\s+(?:sicherheits)?(?:problem|lücke|luecke|meldung|schwachstellenmeldung)[a-zäöüß]*\\s+(?:melden|einreichen|erstellen)',
    '\\b(?:sicherheits|security)-?(?:tab|reiter|registerkarte)\\b',
    // "über den Sicherheits-Advisory-Weg des Repositories": GitHub's advisories, in a German compound.
    '\\bsicherheits-?advisor(?:y|ies)',
    '\\b(?:reiter|registerkarte|tab)\\s+["„“]?(?:security|sicherheit)\\b',
    '\\bschaltfläche\\s+["„“]?(?:sicherheitsl(?:ü|ue)cke\\s+melden|report\\s+a\\s+vulnerability)',
    '\\bprivate\\s+meldung\\s+von\\s+sicherheitsl(?:ü|ue)cken',
    '\\bsicherheitshinweis[a-zäöüß]*\\s+(?:erstellen|anlegen|einreichen)',
    '\\bprivate?[nsm]?\\s+(?:github[- ])?security[- ]advisor(?:y|ies)',
    // "über GitHubs privates Vulnerability-Reporting": the English name, declined
    '\\bprivate?[nsm]?\\s+(?:github[- ])?(?:vulnerability|security)[- ]report\\w*',
  ],
  securityTabNames: ['\\bsicherheit'],
  securityTabItems: ['melden', 'sicherheitsl[üu]cke', 'advisor'],
  privateIssues: [
    '\\bprivate[nsm]?\\s+(?:github-?\\s*)?issue\\b',
    // GitLab's confidential issue: "ein vertrauliches Issue"
    '\\bvertraulich\\w*\\s+(?:issue|ticket)s?\\b',
  ],
  detailsWithheld: [
    '\\bohne\\s+(?:die\\s+|irgendwelche\\s+)?(?:Details|Einzelheiten|Schwachstelle|Sicherheitslücke)\\w*\\s+(?:zu\\s+)?(?:nennen|verraten|preiszugeben|beschreiben|offenzulegen)',
  ],
  maintainersAsSubject: [
    '\\b(?:wir|(?:das|unser)\\s+Team|(?:die|ein)\\s+Maintainer)(?:\\s+(?:werden|wird|dann|zunächst))*(?:\\s+(?:ein|eine|einen|das|die|den))?',
  ],
  privateWords: ['\\b(?:privat\\w*|vertraulich\\w*|nicht[- ]öffentlich\\w*)'],
  featureWords: ['\\b(?:funktion\\w*|schaltfläche|reiter|formular\\w*|advisory)'],
  repositoryOwner: [
    '\\b(?:eigent[üu]mer(?:in)?|besitzer(?:in)?|inhaber(?:in)?|autor(?:in)?|maintainer(?:in)?|betreuer(?:in)?)\\s+(?:des|dieses)\\s+(?:repositor(?:y|ys|iums)|repos?|projekts?)\\b',
    '\\brepo(?:sitory)?-?(?:inhaber|besitzer|eigent[üu]mer)',
  ],
  profileWords: ['\\bprofil\\b'],
  contactDetailWords: ['\\bkontaktdaten\\b'],
  privateMessages: ['\\b(?:direktnachricht|private[nr]?\\s+nachricht|pn)\\b'],
  templatePhrases: [
    '\\bversionen\\s+(?:deines|ihres)\\s+projekts',
    '\\bin\\s+diesem\\s+abschnitt\\s+(?:erf[äa]hrst\\s+du|erfahren\\s+sie)',
    '\\bbeschreibe,?\\s+wohin',
  ],
  templateOpeners: [
    '(?:verwende|verwenden\\s+sie|nutze|nutzen\\s+sie)\\s+diesen\\s+abschnitt,?\\s+um',
    '(?:sag|sagen\\s+sie|teilen\\s+sie)\\s+ihnen(?:\\s+mit)?,?\\s+wohin',
  ],
  exampleDomains: ['beispiel'],
  yourWords: ['dein', 'deine', 'ihr', 'ihre'],
  exampleLeads: ['\\bzum\\s+beispiel\\b', '\\bbeispiel\\s*[:：]', '\\bz\\.\\s?b\\.'],
  replaceHints: ['\\bplatzhalter\\b', '\\bersetzen\\b', '\\bauszutauschen\\b'],
  fillVerbs: ['einf[uü]gen', 'eintragen', 'hier\\s+einsetzen'],
  hereWords: ['hier'],
  fieldWords: ['SICHERHEIT', 'KONTAKT', 'PROJEKT', 'ADRESSE'],
  reportFieldLabels: ['betreff', 'titel'],
  publicLists: ['(?<![a-zäöüß])(?:öffentliche|offene)n?\\s+(?:mailing-?)?liste\\b'],
  publicListStatements: [
    '(?<![a-zäöüß])öffentlich\\s+(?:archiviert|einsehbar)',
    '(?<![a-zäöüß])öffentliche[ns]?\\s+archiv',
    // "Das Archiv der Liste ist öffentlich"
    '\\barchiv\\S*\\s+(?:\\S+\\s+){0,2}ist\\s+öffentlich',
    '\\bjede[rs]?\\s+kann\\s+(?:sich\\s+)?(?:abonnieren|eintragen)',
  ],
  questionWords: ['\\bfragen'],
  exampleColumns: ['muster', 'beispiele?', 'format', 'eingabe'],
};
