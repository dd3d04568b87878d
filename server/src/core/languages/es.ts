import type { LanguageData } from './language';

export const es: LanguageData = {
  code: 'es',
  headings: {
    'supported-versions': ['versiones (soportadas|compatibles|admitidas|con soporte|mantenidas|con mantenimiento)', 'soporte de versiones'],
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
  timeUnits: ['(?:horas?|d[ií]as?(?:\\s+(?:h[aá]biles|laborables|naturales))?|semanas?|meses)'],
  timePhrases: ['\\b(?:dos|tres|cuatro|cinco|siete|diez|quince)\\s+(?:horas|d[ií]as|semanas)\\b'],
  versionStatements: [
    '\\bs[oó]lo\\s+(?:la|las)\\s+(?:[uú]ltimas?|m[aá]s\\s+recientes?)\\s+versi(?:[oó]n|ones)',
    '\\b[uú]ltima\\s+versi[oó]n\\s+(?:estable\\s+)?(?:es|est[aá]|ser[aá])\\s+(?:soportada|compatible|mantenida)',
    '\\b[uú]nicamente\\s+(?:la|las)\\s+(?:[uú]ltimas?|m[aá]s\\s+recientes?)\\s+versi(?:[oó]n|ones)',
  ],
  publicReporting: ['\\b(?:a[ñn]ad(?:ir|e)|reporta(?:r|lo)?|informa(?:r|lo)?)\\b[^.\\n]{0,30}\\b(?:en|como)\\s+(?:un|una)\\s+(?:issue|incidencia)', '\\b(?:abr(?:e|a|ir)|cre(?:a|e|ar))\\s+(?:un|una)\\s+(?:nuev[oa]\\s+)?(?:issue|incidencia)'],
  negations: ['\\b(?:no|nunca|en\\s+lugar\\s+de)\\b'],
  privateReporting: [
    '\\bpesta[ñn]a\\s+(?:de\\s+)?["“]?(?:security|seguridad)',
    '\\baviso\\s+de\\s+seguridad\\s+privado',
    '\\binformes?\\s+privados?\\s+de\\s+vulnerabilidad(?:es)?',
    '\\breporte\\s+privado\\s+de\\s+vulnerabilidad(?:es)?',
  ],
  privateMessages: ['\\bmensaje\\s+(?:privado|directo)'],
  templatePhrases: ['\\bversiones\\s+de\\s+(?:tu|su)\\s+proyecto'],
  templateOpeners: [
    '(?:usa|use|utiliza|utilice)\\s+esta\\s+secci[oó]n\\s+para\\s+(?:decir(?:les?)?|informar|indicar|contar(?:les?)?|explicar|comunicar)',
    '(?:d[ií]gales|diles|ind[ií]ca(?:les|le))\\s+(?:a\\s+)?d[oó]nde\\s+(?:deben\\s+|pueden\\s+)?(?:ir|acudir|dirigirse)',
  ],
  exampleDomains: ['ejemplo'],
  yourWords: ['tu', 'su'],
  replaceHints: ['\\breempla[cz]\\w*', '\\bc[aá]mbi(?:alo|ar|a)\\b', '\\bsustitu(?:ir|ye)\\b'],
  fillVerbs: ['ingrese', 'introduzca', 'inserte', 'insertar', 'escribe'],
  fieldWords: ['CORREO', 'NOMBRE', 'DIRECCI[OÓ]N', 'SEGURIDAD', 'PROYECTO'],
};
