import type { LanguageData } from './language';

export const es: LanguageData = {
  code: 'es',
  // "un par de días": a couple, two
  timePhrases: ['\\bun\\s+par\\s+de\\s+(?:horas|d[ií]as|semanas)\\b'],
  headings: {
    'supported-versions': [
      'version(?:es)? (soportadas?|compatibles?|admitidas?|con soporte|mantenidas?|con mantenimiento)',
      'ramas? (soportadas?|compatibles?|admitidas?|con soporte|mantenidas?)',
      'soporte de versiones',
    ],
    'report-contents': ['que incluir', 'contenido del (reporte|informe)'],
    response: ['tiempos? de respuesta', 'que esperar', 'proceso de (respuesta|gestion)'],
    reporting: ['reportar', 'reporte', 'informar', 'notificar', 'como reportar'],
    disclosure: ['divulgacion', 'publicacion'],
    scope: ['alcance', 'ambito'],
    'safe-harbor': ['puerto seguro', 'buena fe'],
    'bug-bounty': ['recompensa'],
    acknowledgments: ['agradecimientos', 'reconocimientos'],
    encryption: ['cifrado'],
    contacts: ['equipo de seguridad', 'contactos? de seguridad'],
  },
  // "se conservan durante 90 días": a retention, not a wait.
  notTimeframeLeads: [
    '\\b(?:conservan?|guardan?|mantienen?|almacenan?)\\s+(?:durante|por)',
    '\\bv[áa]lid[oa]s?\\s+(?:durante|por)',
  ],
  // "rechaza mensajes que contienen una hora del futuro": "hora" is also a time of day, which is no wait.
  notTimeframeTails: [
    '(?:del|en\\s+el)\\s+(?:futuro|pasado|sistema|servidor|reloj)\\b',
    '(?:futura|pasada|exacta|local|actual)\\b',
  ],
  durationUnits: {
    'business-day': 'd[ií]as?\\s+(?:h[aá]biles|laborables)',
    hour: 'horas?',
    day: 'd[ií]as?(?:\\s+naturales)?',
    week: 'semanas?',
    month: 'mes(?:es)?',
  },
  numberWords: { un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, siete: 7, diez: 10, quince: 15, treinta: 30 },
  responseWords: [
    '\\b(?:respond\\w*|respuesta|contest\\w*|acus\\w*\\s+(?:de\\s+)?recibo|confirm\\w*\\s+(?:la\\s+)?recepci[óo]n)',
  ],
  versionStatements: [
    '\\butiliz\\w*\\s+la\\s+[úu]ltima\\s+versi[óo]n\\b(?:[^.\\n]|\\.(?=\\w)){0,80}\\b(?:actualizaciones|parches|correcciones)',
    '\\b(?:correcci[oó]n|correcciones|parches?|actualizaciones)\\s+de\\s+seguridad\\b(?:[^.\\n]|\\.(?=\\w)){0,80}\\b(?:versi[oó]n|release|rama)',
    '\\bversi[oó]n\\s+\\S+\\s+recibe\\s+(?:correcciones|parches|actualizaciones)',
    '\\bs[oó]lo\\s+(?:la|las)\\s+(?:[uú]ltimas?|m[aá]s\\s+recientes?)\\s+versi(?:[oó]n|ones)',
    '\\b[uú]ltima\\s+versi[oó]n\\s+(?:estable\\s+)?(?:es|est[aá]|ser[aá])\\s+(?:soportada|compatible|mantenida)',
    '\\b[uú]nicamente\\s+(?:la|las)\\s+(?:[uú]ltimas?|m[aá]s\\s+recientes?)\\s+versi(?:[oó]n|ones)',
  ],
  publicReporting: [
    '\\b(?:a[ñn]ad(?:ir|e)|reporta(?:r|lo)?|informa(?:r|lo)?)\\b[^.\\n]{0,30}\\b(?:en|como)\\s+(?:un|una)\\s+(?:issue|incidencia)',
    // (also the negated imperative: "no abras un issue público")
    '\\b(?:abr(?:e|a|as|an|ir|iendo)|cre(?:a|e|es|en|ar|ando)|env[ií](?:a|e|es|en|ar|ando))\\s+(?:un|una)\\s+(?:nuev[oa]\\s+)?(?:github\\s+)?(?:issue|incidencia|pull\\s+request|informe\\s+de\\s+problema)',
    // "pueden ser reportadas a través del módulo ISSUES en GitHub"
    '\\breport\\w*\\s+(?:a\\s+trav[ée]s\\s+del?|en|por|mediante)\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+)?(?:m[óo]dulo\\s+|secci[óo]n\\s+|apartado\\s+|pesta[ñn]a\\s+)?(?:de\\s+)?issues\\b',
  ],
  // A sentence about other matters: "for general bugs, open an issue" (see en.ts)
  otherMatters: [
    '\\bno\\s+relacionad\\w*\\s+con\\s+(?:la\\s+)?seguridad|\\berrores\\s+(?:generales|comunes|normales)|\\botros\\s+(?:errores|problemas|bugs)|\\bsolicitudes\\s+de\\s+(?:funcionalidad|caracter[ií]sticas)|\\bsugerencias\\b|\\bmejoras\\b',
    // "a regular issue", "un issue regular": an ordinary ticket, not a vulnerability report
    '(?:^\\s*|\\bissues?\\s+)(?:regular(?:es)?|normal(?:es)?|ordinari[oa]s?)\\b',
    '\\bpreguntas\\s+(?:generales|sobre\\s+el\\s+proyecto)',
  ],
  reportingWords: [
    '\\b(?:report|contact|escr[ií]b|correo|comunic)\\w*',
    '\\b(?:env[ií]|inform|av[ií]s)(?:a|e|en|ar|anos|enos|arnos)\\b',
    '\\bnotifi(?:ca|que|quen|car|canos)\\b',
    'formulario',
  ],
  commonWords: ['\\b(?:el|los|las|y|por|para|una?|nosotros|usted|es|son)\\b'],
  vulnerabilityWords: ['\\b(?:vulnerabilidad|fallos?\\s+de\\s+seguridad|problemas?\\s+de\\s+seguridad|brecha)\\w*'],
  // Portuguese "no" is "in the" ("abra uma issue no GitHub"): not before a place.
  negations: [
    '\\b(?:nunca|en\\s+lugar\\s+de|evit(?:a|e|ar|en))\\b',
    '\\bno\\b(?!\\s+(?:github|gitlab|bitbucket|reposit[oó]rio|site|projeto|canal|f[oó]rum|discord|servidor|e-?mail|endere[çc]o|formul[aá]rio|link|nosso|nossa|rastreador|tracker)\\b)',
  ],
  idiomaticNegations: [
    '\\bno\\s+(?:dudes|dude|duden|vacile[ns]?|vacil[eé]s|lo\\s+dudes|te\\s+preocupes|se\\s+preocupe)\\b',
    '\\bno\\s+(?:est[aá]s?|est[eé]s)\\s+segur[oa]s?\\b',
    '\\bno\\s+(?:te\\s+|se\\s+)?olvid(?:es|e|en)\\b',
  ],
  contrasts: ['\\ben\\s+lugar\\s+de\\b'],
  clauseBreaks: ['\\b(?:sino|pero|en\\s+su\\s+lugar|en\\s+cambio)\\b'],
  privateReporting: [
    // A tracker's box that hides the report: "marca la casilla **`security-team`**"
    '\\bmarc(?:a|ar|ad[oa]|ue)\\s+(?:la\\s+)?casilla\\b[^.\\n]{0,40}?(?:security|seguridad|privad[oa]|confidencial)',
    // "un security advisory privado": the English name with the adjective after it
    '\\bsecurity\\s+advisory\\s+privad[oa]\\b',
    // "os Security Advisories do GitHub": the feature's English name, "of GitHub" after it as the language orders it
    '\\bsecurity\\s+advisor(?:y|ies)\\s+(?:do|da|de|del)\\s+github\\b',
    // "o canal privado de security advisories do GitHub": the feature's English name after "private channel of"
    '\\bcanal\\s+privado\\s+(?:de|d[oae]l?|d[oa]s)\\s+(?:github\\s+)?security\\s+advisor(?:y|ies)\\b',
    // "privately through GitHub": its private reporting, unnamed
    '\\b(?:de\\s+(?:forma|manera)\\s+(?:privada|confidencial)|en\\s+privado|privadamente)\\s+(?:a\\s+trav[ée]s\\s+de|v[ií]a|en|por|mediante)\\s+(?:github|gitlab)\\b',
    // "por el canal privado de GitHub"
    '\\bcanal\\s+privado\\s+(?:de\\s+(?:seguridad\\s+)?)?(?:de|en)\\s+github',
    // "márcalo como confidencial": the ticket made private by its own option.
    '\\b(?:m[aá]rca\\w*|marcar\\w*|selecciona\\w*)\\s+(?:la\\s+(?:opci[oó]n|casilla)|(?:\\S+\\s+)?como)\\s+[«"“]?(?:confidencial|privad[oa])',
    // "Abre un reporte privado (Security Advisories)"
    '\\b(?:abre|abrir|crea|crear)\\s+un\\s+(?:reporte|informe)\\s+privado',
    '\\bpesta[ñn]a\\s+(?:de\\s+)?["“]?(?:security|seguridad)',
    '\\baviso\\s+de\\s+seguridad\\s+privado',
    '\\binformes?\\s+privados?\\s+de\\s+vulnerabilidad(?:es)?',
    '\\breporte\\s+privado\\s+de\\s+vulnerabilidad(?:es)?',
    // "mediante Security Advisories del repositorio": GitHub's name after a preposition
    '\\b(?:mediante|a\\s+trav[ée]s\\s+de|usando|utilizando)\\s+(?:(?:el|la|los|las|un|una)\\s+)?(?:github\\s+)?security\\s+advisor(?:y|ies)',
  ],
  securityTabNames: ['\\bseguridad'],
  securityTabItems: ['informar', 'reportar', 'notificar', 'avisos'],
  privateIssues: ['\\b(?:issues?|incidencias?)\\W{0,2}\\s+(?:privad[oa]s?|confidencial(?:es)?)\\b'],
  detailsWithheld: [
    '\\bsin\\s+(?:revelar|divulgar|incluir|dar|describir|publicar)\\s+(?:ning[uú]n\\s+)?(?:los\\s+|la\\s+)?(?:detalles?|vulnerabilidad)',
  ],
  maintainersAsSubject: [
    '\\b(?:nosotros|(?:el|nuestro)\\s+equipo|los\\s+mantenedores)(?:\\s+(?:vamos\\s+a|va\\s+a|luego))*(?:\\s+(?:abrir|crear|publicar|abriremos|crearemos|publicaremos))?(?:\\s+(?:un|una|el|la))?',
  ],
  privateWords: ['\\b(?:privad\\w*|confidencial\\w*)'],
  featureWords: ['\\b(?:funci[oó]n\\w*|funcionalidad\\w*|bot[oó]n|pesta[ñn]a|formulario|aviso\\s+de\\s+seguridad)'],
  repositoryOwner: ['\\b(?:due[ñn][oa]|propietari[oa]|autora?|mantenedor(?:a|es)?)\\s+del\\s+(?:repositorio|proyecto)'],
  profileWords: ['\\bperfil\\b'],
  contactDetailWords: ['\\bdatos\\s+de\\s+contacto\\b'],
  privateMessages: ['\\bmensaje\\s+(?:privado|directo)'],
  templatePhrases: ['\\bversiones\\s+de\\s+(?:tu|su)\\s+proyecto'],
  templateOpeners: [
    '(?:usa|use|utiliza|utilice)\\s+esta\\s+secci[oó]n\\s+para\\s+(?:decir(?:les?)?|informar|indicar|contar(?:les?)?|explicar|comunicar)',
    '(?:d[ií]gales|diles|ind[ií]ca(?:les|le))\\s+(?:a\\s+)?d[oó]nde\\s+(?:deben\\s+|pueden\\s+)?(?:ir|acudir|dirigirse)',
  ],
  exampleDomains: ['ejemplo'],
  yourWords: ['tu', 'su'],
  exampleLeads: ['\\bpor\\s+ejemplo\\b', '\\bejemplo\\s*[:：]', '\\b(?:p\\.\\s?)?ej\\.'],
  replaceHints: [
    '\\bmarcador\\s+de\\s+posici[oó]n\\b',
    '\\breempla[cz]\\w*',
    '\\bc[aá]mbi(?:alo|ar|a)\\b',
    '\\bsustitu(?:ir|ye)\\b',
  ],
  fillVerbs: ['ingrese', 'introduzca', 'inserte', 'insertar', 'escribe'],
  hereWords: ['aqu[ií]'],
  fieldWords: ['CORREO', 'NOMBRE', 'DIRECCI[OÓ]N', 'SEGURIDAD', 'PROYECTO'],
  reportFieldLabels: ['asunto', 't[ií]tulo'],
  publicLists: ['\\blista\\s+(?:de\\s+(?:correo|e-?mail)\\s+)?p[úu]blica\\b'],
  publicListStatements: [
    '\\barchivad[ao]s?\\s+p[úu]blicamente',
    '\\barchivo\\s+p[úu]blico\\b',
    '\\blista\\s+es\\s+(?:abierta|p[úu]blica)\\b',
    '\\bcualquiera\\s+puede\\s+suscribirse',
    '\\barchivos\\s+se\\s+publican',
  ],
  questionWords: ['\\bpreguntas'],
  exampleColumns: ['patr[oó]n(?:es)?', 'ejemplos?', 'formato', 'entrada'],
};
