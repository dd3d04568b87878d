import type { LanguageData } from './language';

export const fr: LanguageData = {
  code: 'fr',
  headings: {
    'supported-versions': [
      'versions? (supportees?|prises? en charge|maintenues?|soutenues?)',
      'branches? (supportees?|prises? en charge|maintenues?)',
      // "Périmètre pris en charge": what is supported
      'perimetre (?:pris en charge|supporte|maintenu)',
      'support des versions',
    ],
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
  // "maintenue pendant 18 mois": a support period or a retention, not a wait.
  notTimeframeLeads: [
    '\\b(?:maintenue?s?|support[ée]e?s?|conserv[ée]e?s?)\\s+pendant',
    '\\bvalables?\\s+(?:pendant\\s+)?',
  ],
  durationUnits: {
    'business-day': 'jours?\\s+(?:ouvr[ée]s|ouvrables)',
    hour: 'heures?|h',
    day: 'jours?(?:\\s+calendaires)?',
    week: 'semaines?',
    month: 'mois',
  },
  timePhrases: ['\\bsous\\s+quinzaine\\b'],
  numberWords: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, dix: 10, quinze: 15, trente: 30 },
  responseWords: [
    '\\b(?:r[ée]pon\\w*|accus\\w*\\s+r[ée]ception|accus[ée]\\s+de\\s+r[ée]ception|revien\\w*\\s+vers\\s+vous|premi[èe]re\\s+r[ée]ponse|confirm\\w*\\s+(?:la\\s+)?r[ée]ception)',
  ],
  versionStatements: [
    // "| Version recevant les correctifs |": a table's column named for what it says
    '\\bversions?\\s+(?:recevant|qui\\s+re[çc]oi(?:t|vent))\\s+(?:les\\s+|des\\s+)?(?:correctifs|corrections|mises?\\s+[àa]\\s+jour)',
    // "Préparer les correctifs pour toutes les versions encore en maintenance"
    '\\bcorrectifs?\\b(?:[^.\\n]|\\.(?=\\w)){0,40}\\b(?:sur|pour|dans)\\s+toutes\\s+les\\s+versions\\s+(?:maintenues|encore\\s+(?:en\\s+maintenance|maintenues|support[ée]es)|support[ée]es|prises\\s+en\\s+charge)',
    '\\bseule?s?\\s+(?:la|les)\\s+(?:derni[eè]res?|plus\\s+r[ée]centes?)\\s+(?:versions?|releases?)',
    '\\b(?:derni[eè]re|plus\\s+r[ée]cente)\\s+version\\s+(?:stable\\s+)?(?:est|sera)\\s+(?:support[ée]e|prise\\s+en\\s+charge|maintenue)',
    '\\buniquement\\s+(?:la|les)\\s+(?:derni[eè]re|plus\\s+r[ée]cente)s?\\s+versions?',
    // "Les corrections de sécurité ciblent le dernier commit de main"
    '\\bcorrections?\\b(?:[^.\\n]|\\.(?=\\w)){0,40}\\bcibl\\w*\\s+(?:\\S+\\s+){0,2}?(?:derni[eè]re?|main|master|principale)',
    // "Les corrections ciblent la branche 1.x actuelle"
    '\\b(?:corrections?|correctifs?)\\b(?:[^.\\n]|\\.(?=\\w)){0,40}\\bcibl\\w*\\s+(?:uniquement\\s+|seulement\\s+)?(?:la|les|le)\\s+(?:branches?|versions?|lignes?|releases?)\\b',
    // "Nous corrigeons uniquement la branche principale"
    '\\b(?:corrige|maintien|maint[ie]en|support)\\w*\\s+(?:uniquement|seulement)\\s+(?:la|les|le)\\s+(?:branche|version|d[ée]p[ôo]t)',
    // "Les correctifs sont appliqués à la dernière version publiée"
    '\\b(?:corrections?|correctifs?)\\b(?:[^.\\n]|\\.(?=\\w)){0,40}\\b(?:appliqu|publi|fourni|livr|apport)\\S*\\s+(?:uniquement\\s+|seulement\\s+)?(?:[àa]|pour|sur|dans)\\s+(?:la|les)\\s+(?:derni[eè]res?|plus\\s+r[ée]centes?|actuelles?)\\s+versions?',
  ],
  publicReporting: [
    "\\butilis(?:ez|er)\\s+(?:le\\s+syst[eè]me\\s+d['’]\\s*|les\\s+)?issues",
    '\\b(?:ouvr(?:ez|ir)|cr[ée](?:ez|er)|soumett(?:ez|re))\\s+(?:une?\\s+)?(?:nouvelle?\\s+)?(?:issue|ticket\\s+github)',
  ],
  // A sentence about other matters: "for general bugs, open an issue" (see en.ts)
  otherMatters: [
    '\\bnon\\s+li[ée]e?s?\\s+à\\s+la\\s+s[ée]curit[ée]|\\bbugs?\\s+(?:g[ée]n[ée]raux|ordinaires|classiques)|\\bautres\\s+(?:bugs|probl[eè]mes)|\\bdemandes?\\s+de\\s+fonctionnalit\\w*|\\bsuggestions\\b|\\bam[ée]liorations\\b',
    // "a regular issue", "un issue regular": an ordinary ticket, not a vulnerability report
    '(?:^\\s*|\\bissues?\\s+)(?:normales?|classiques?|ordinaires?)\\b',
    '\\bquestions\\s+g[ée]n[ée]rales',
  ],
  reportingWords: [
    '\\b(?:signal|contact|envoy|[ée]cri|courriel|e-?mail|rapport)\\w*',
    // "Poste dans le forum": to post somewhere is to report there
    '\\bpost(?:e|es|ez|er)\\b',
    '\\b(?:inform|pr[ée]ven|notifi)(?:ez|er)\\b',
    'formulaire',
  ],
  commonWords: ['\\b(?:les?|la|des|et|nous|vous|est|sont|une?|pour)\\b'],
  vulnerabilityWords: ['\\b(?:vuln[ée]rabilit|faille|probl[eè]mes?\\s+de\\s+s[ée]curit)\\w*'],
  negations: [
    "\\b(?:(?:ne|n[’']|pas|jamais|plut[oô]t\\s+que|au\\s+lieu)\\b|plut[oô]t\\s+qu[’'])|(?<!\\w)[ée]vit(?:ez|er)\\b",
  ],
  idiomaticNegations: [
    "\\bn[’']\\s*h[ée]sit(?:ez|e)\\s+pas\\b|\\bne\\s+vous\\s+inqui[ée]tez\\s+pas\\b",
    "\\bn[’']\\s*oubli(?:ez|e)\\s+pas\\b|\\bne\\s+manquez\\s+pas\\b",
    "\\b(?:rien|aucun(?:e)?\\s+\\S+)\\s+n[’']\\s*est\\s+trop\\s+(?:petit|mineur|anodin)e?s?\\b",
    '\\b(?:pas|non)\\s+s[ûu]re?s?\\b',
  ],
  contrasts: ["\\bplut[oô]t\\s+qu(?:e\\b|[’'])|\\bau\\s+lieu\\b"],
  clauseBreaks: ["\\b(?:mais|plut[oô]t)\\b(?!\\s+qu(?:e\\b|[’']))", '\\b(?:[àa]\\s+la\\s+place|veuillez)\\b'],
  privateReporting: [
    // "un security advisory privé": the English name with the adjective after it
    '\\bsecurity\\s+advisory\\s+priv[ée]e?(?!\\w)',
    // "privately through GitHub": its private reporting, unnamed
    '\\b(?:en\\s+priv[ée]|de\\s+mani[eè]re\\s+(?:priv[ée]e|confidentielle)|de\\s+fa[çc]on\\s+(?:priv[ée]e|confidentielle)|confidentiellement)\\s+(?:via|sur|par|à\\s+travers|au\\s+moyen\\s+de)\\s+(?:github|gitlab)\\b',
    '\\b(?:via|sur|par)\\s+(?:github|gitlab)\\s+(?:en\\s+priv[ée]|de\\s+mani[eè]re\\s+confidentielle)\\b',
    // "via le canal privé de GitHub"
    '\\bcanal\\s+priv[ée]\\s+(?:de\\s+(?:s[ée]curit[ée]\\s+)?)?(?:de|sur)\\s+github',
    // "cochez « confidentiel »", "marquez-le comme confidentiel": the ticket made private by its own option.
    '\\b(?:coch|marqu)\\w*(?:-l[ea])?\\s+(?:la\\s+case|l[’\']option|comme)\\s+[«"“]?\\s*(?:confidentiel|priv[ée])',
    '\\bonglet\\s+[«"]?\\s*(?:security|s[ée]curit[ée])',
    '\\bavis\\s+de\\s+s[ée]curit[ée]\\s+priv[ée]',
    // "une « security advisory » privée sur GitHub": the English name, in quotes, the adjective after it
    '\\bsecurity\\s+advisory\\s*[»"”]?\\s*priv[ée]',
    '\\bsignalement\\s+priv[ée]\\s+(?:des|de)\\s+vuln[ée]rabilit[ée]s?',
    '\\b(?:syst[eè]me|fonction(?:nalit[ée])?|outil)\\s+(?:de\\s+signalement\\s+)?(?:de\\s+)?github\\b',
  ],
  securityTabNames: ['\\bs[ée]curit[ée]'],
  securityTabItems: ['signaler', 'avis'],
  privateIssues: ['\\b(?:issues?|tickets?)\\W{0,2}\\s+(?:priv[ée]e?s?|confidentiel(?:le)?s?)(?!\\w)'],
  detailsWithheld: [
    '\\bsans\\s+(?:r[ée]v[ée]ler|divulguer|inclure|donner|d[ée]crire|publier)\\s+(?:les\\s+|la\\s+|de\\s+)?(?:d[ée]tails?|vuln[ée]rabilit[ée])',
  ],
  maintainersAsSubject: [
    "\\b(?:nous|(?:l'|notre\\s+)équipe|les\\s+mainteneurs)(?:\\s+(?:allons|va|vont|pourrons|pourra|ensuite))*(?:\\s+(?:ouvrir|créer|publier|ouvrirons|créerons|publierons))?(?:\\s+(?:un|une|le|la))?",
  ],
  privateWords: ['\\b(?:priv[ée]\\w*|confidentiel\\w*)'],
  featureWords: ['\\b(?:fonction\\w*|bouton|onglet|formulaire|avis\\s+de\\s+s[ée]curit[ée])'],
  repositoryOwner: ['\\b(?:propri[ée]taire|auteur|mainteneu(?:r|se))s?\\s+du\\s+(?:d[ée]p[ôo]t|projet)'],
  profileWords: ['\\bprofil\\b'],
  contactDetailWords: ['\\bcoordonn[ée]es\\b'],
  privateMessages: ['\\bmessage\\s+(?:priv[ée]|direct)'],
  templatePhrases: ['\\bversions\\s+de\\s+votre\\s+projet'],
  templateOpeners: [
    'utilisez\\s+cette\\s+section\\s+pour\\s+(?:indiquer|informer|dire|expliquer|pr[ée]ciser|signaler)',
    "(?:dites|indiquez)(?:-leur)?\\s+o[uù]\\s+(?:aller|s'adresser)",
  ],
  exampleDomains: ['exemple'],
  yourWords: ['votre', 'vos', 'ton', 'ta'],
  exampleLeads: ['\\bpar\\s+exemple\\b', '\\bexemple\\s*[:：]', '\\bp\\.\\s?ex\\.'],
  replaceHints: [
    '\\bcr[ée]e[zr]\\s+cet(?:te)?\\s+(?:e-?mail|adresse)',
    '\\bespace\\s+r[ée]serv[ée]\\b',
    '\\bremplace[rz]?\\b',
    '\\b[àa]\\s+remplacer\\b',
  ],
  fillVerbs: ['ins[ée]rez', 'ins[ée]rer', 'indiquez', 'saisissez'],
  hereWords: ['ici'],
  fieldWords: ['COURRIEL', 'NOM', 'ADRESSE', 'S[EÉ]CURIT[EÉ]', 'PROJET'],
  reportFieldLabels: ['objet', 'titre'],
  publicLists: ['\\bliste\\s+(?:de\\s+diffusion\\s+)?publique\\b'],
  publicListStatements: [
    '\\barchiv[ée]e?s?\\s+publiquement',
    '\\barchives\\s+publiques',
    '\\bliste\\s+est\\s+(?:publique|ouverte)',
  ],
  questionWords: ['\\bdes\\s+questions'],
  exampleColumns: ['motifs?', 'exemples?', 'format', 'entr[ée]e'],
};
