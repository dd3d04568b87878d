import type { LanguageData } from './language';

export const de: LanguageData = {
  code: 'de',
  headings: {
    'supported-versions': ['unterstutzte (versionen|releases|produkte)', 'versionsunterstutzung', 'unterstutzung von versionen'],
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
  timeUnits: ['(?:stunden?|(?:werk|arbeits|geschafts|kalender)?tag(?:e|en)?|wochen?|monat(?:e|en)?)'],
  timePhrases: ['\\b(?:einer|zwei|drei|vier|funf|fünf|sieben|zehn|vierzehn)\\s+(?:stunden?|(?:werk|arbeits)?tag(?:e|en)?|wochen?)\\b'],
  versionStatements: [
    '\\bnur\\s+(?:die|den|das)\\s+(?:aktuellste|aktuelle|neueste|letzte|jüngste)n?\\s+(?:version|release|hauptversion)',
    '\\b(?:aktuelle|neueste|letzte)\\s+(?:stabile\\s+)?(?:version|release)\\s+(?:wird|ist)\\s+(?:unterstützt|gepflegt)',
    '\\bsicherheits(?:updates|aktualisierungen|korrekturen)\\s+(?:gibt\\s+es|erhalten|werden)\\s+nur\\b',
  ],
  publicReporting: [
    '\\b(?:ein(?:en)?|ein\\s+neues)\\s+(?:github[- ])?(?:issue|ticket|fehlerbericht)\\s+(?:er[oö]ffnen|anlegen|erstellen|aufmachen)',
    '\\b(?:er[oö]ffne|erstelle|er[oö]ffnen\\s+sie|erstellen\\s+sie)\\s+(?:ein(?:en)?\\s+)?(?:neues\\s+)?(?:issue|ticket)',
  ],
  negations: ['\\b(?:nicht|kein(?:e|en|er)?|niemals|statt|anstatt)\\b'],
  privateReporting: [
    '\\bprivate?[ns]?\\s+(?:sicherheits)?(?:problem|lücke|luecke|meldung|schwachstellenmeldung)[a-zäöüß]*\\s+(?:melden|einreichen|erstellen)',
    '\\bsicherheits-?(?:tab|reiter|registerkarte)\\b',
    '\\b(?:reiter|registerkarte|tab)\\s+["„]?security\\b',
    '\\bprivate\\s+meldung\\s+von\\s+sicherheitsl(?:ü|ue)cken',
    '\\bsicherheitshinweis[a-zäöüß]*\\s+(?:erstellen|anlegen|einreichen)',
  ],
  privateMessages: ['\\b(?:direktnachricht|private[nr]?\\s+nachricht|pn)\\b'],
  templatePhrases: ['\\bversionen\\s+(?:deines|ihres)\\s+projekts', '\\bin\\s+diesem\\s+abschnitt\\s+(?:erf[äa]hrst\\s+du|erfahren\\s+sie)', '\\bbeschreibe,?\\s+wohin'],
  templateOpeners: [
    '(?:verwende|verwenden\\s+sie|nutze|nutzen\\s+sie)\\s+diesen\\s+abschnitt,?\\s+um',
    '(?:sag|sagen\\s+sie|teilen\\s+sie)\\s+ihnen(?:\\s+mit)?,?\\s+wohin',
  ],
  exampleDomains: ['beispiel'],
  yourWords: ['dein', 'deine', 'ihr', 'ihre'],
  replaceHints: ['\\bersetzen\\b', '\\bauszutauschen\\b'],
  fillVerbs: ['einf[uü]gen', 'eintragen', 'hier\\s+einsetzen'],
  fieldWords: ['SICHERHEIT', 'KONTAKT', 'PROJEKT', 'ADRESSE'],
};
