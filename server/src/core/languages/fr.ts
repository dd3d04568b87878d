import type { LanguageData } from './language';

export const fr: LanguageData = {
  code: 'fr',
  headings: {
    'supported-versions': ['versions (supportees|prises en charge|maintenues|soutenues)', 'support des versions'],
    'report-contents': ['(que|quoi) inclure', 'contenu du (rapport|signalement)'],
    response: ['delai(s)? de (reponse|traitement)', 'a quoi s attendre', 'processus de (traitement|reponse)'],
    reporting: ['signaler', 'signalement', 'rapporter', 'declarer une vulnerabilite'],
    disclosure: ['divulgation', 'publication'],
    scope: ['perimetre', 'portee', 'champ d application'],
    'safe-harbor': ['cadre juridique', 'bonne foi'],
    'bug-bounty': ['prime', 'recompense'],
    acknowledgments: ['remerciements', 'reconnaissance'],
    encryption: ['chiffrement'],
    contacts: ['equipe de securite', 'contacts? de securite'],
  },
  timeUnits: ['(?:heures?|jours?(?:\\s+(?:ouvr[ée]s|ouvrables|calendaires))?|semaines?|mois)'],
  timePhrases: ['\\b(?:deux|trois|quatre|cinq|sept|dix|quinze)\\s+(?:heures|jours|semaines)\\b'],
  versionStatements: [
    '\\bseule?s?\\s+(?:la|les)\\s+(?:derni[eè]res?|plus\\s+r[ée]centes?)\\s+versions?',
    '\\b(?:derni[eè]re|plus\\s+r[ée]cente)\\s+version\\s+(?:stable\\s+)?(?:est|sera)\\s+(?:support[ée]e|prise\\s+en\\s+charge|maintenue)',
    '\\buniquement\\s+(?:la|les)\\s+(?:derni[eè]re|plus\\s+r[ée]cente)s?\\s+versions?',
  ],
  publicReporting: ['\\butilis(?:ez|er)\\s+(?:le\\s+syst[eè]me\\s+d[\'’]\\s*|les\\s+)?issues', '\\b(?:ouvr(?:ez|ir)|cr[ée](?:ez|er)|soumett(?:ez|re))\\s+(?:une?\\s+)?(?:nouvelle?\\s+)?(?:issue|ticket\\s+github)'],
  negations: ['\\b(?:ne|n[’\']|pas|jamais|plut[oô]t\\s+que|au\\s+lieu)\\b'],
  privateReporting: [
    "\\bonglet\\s+[«\"]?\\s*(?:security|s[ée]curit[ée])",
    '\\bavis\\s+de\\s+s[ée]curit[ée]\\s+priv[ée]',
    '\\bsignalement\\s+priv[ée]\\s+(?:des|de)\\s+vuln[ée]rabilit[ée]s?',
    '\\b(?:syst[eè]me|fonction(?:nalit[ée])?|outil)\\s+(?:de\\s+signalement\\s+)?(?:de\\s+)?github\\b',
  ],
  privateMessages: ['\\bmessage\\s+(?:priv[ée]|direct)'],
  templatePhrases: ['\\bversions\\s+de\\s+votre\\s+projet'],
  templateOpeners: [
    'utilisez\\s+cette\\s+section\\s+pour\\s+(?:indiquer|informer|dire|expliquer|pr[ée]ciser|signaler)',
    "(?:dites|indiquez)-leur\\s+o[uù]\\s+(?:aller|s'adresser)",
  ],
  exampleDomains: ['exemple'],
  yourWords: ['votre', 'vos'],
  replaceHints: ['\\bremplace[rz]?\\b', '\\b[àa]\\s+remplacer\\b'],
  fillVerbs: ['ins[ée]rez', 'ins[ée]rer', 'indiquez', 'saisissez'],
  fieldWords: ['COURRIEL', 'NOM', 'ADRESSE', 'S[EÉ]CURIT[EÉ]', 'PROJET'],
};
