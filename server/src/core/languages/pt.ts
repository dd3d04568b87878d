import type { LanguageData } from './language';

export const pt: LanguageData = {
  code: 'pt',
  headings: {
    'supported-versions': ['versoes (suportadas|com suporte|mantidas|compativeis)', 'suporte de versoes'],
    'report-contents': ['o que incluir'],
    response: ['tempo de resposta', 'o que esperar', 'processo de resposta'],
    reporting: ['reportar', 'relatar', 'relatando', 'reportando', 'comunicar', 'como (reportar|relatar)'],
    disclosure: ['divulgacao'],
    scope: ['escopo', 'ambito', 'alcance'],
    'bug-bounty': ['recompensa'],
    acknowledgments: ['agradecimentos', 'reconhecimentos'],
    encryption: ['criptografia'],
    contacts: ['equipe de seguranca', 'contatos? de seguranca'],
  },
  timeUnits: ['(?:horas?|dias?(?:\\s+[uú]teis)?|semanas?|meses)'],
  timePhrases: ['\\b(?:duas|dois|tr[eê]s|cinco|sete|dez|quinze)\\s+(?:horas|dias|semanas)\\b'],
  versionStatements: [
    '\\b(?:apenas|somente|s[oó])\\s+(?:a|as)\\s+(?:[uú]ltimas?|mais\\s+recentes?)\\s+vers(?:[aã]o|[oõ]es)',
    '\\b[uú]ltima\\s+vers[aã]o\\s+(?:est[aá]vel\\s+)?(?:[ée]|est[aá]|ser[aá])\\s+(?:suportada|mantida)',
  ],
  publicReporting: ['\\b(?:abr(?:a|ir|e)|cri(?:e|ar))\\s+(?:uma?|um)\\s+(?:nov[oa]\\s+)?(?:issue|tarefa)'],
  negations: ['\\b(?:n[aã]o|nunca|em\\s+vez\\s+de)\\b'],
  privateReporting: ['\\baba\\s+["“]?(?:security|seguran[çc]a)', '\\brelat[óo]rios?\\s+(?:privados?\\s+de\\s+vulnerabilidades?|de\\s+vulnerabilidades?\\s+privados?)', '\\bguia\\s+["“]?seguran[çc]a', '\\baviso\\s+de\\s+seguran[çc]a\\s+privado'],
  privateMessages: ['\\bmensagem\\s+(?:privada|direta)'],
  templatePhrases: ['\\bvers[õo]es\\s+do\\s+seu\\s+projeto'],
  templateOpeners: [
    '(?:use|usa|utilize)\\s+esta\\s+se[çc][ãa]o\\s+para\\s+(?:dizer|informar|contar|indicar|explicar|comunicar)',
    '(?:diga(?:-lhes|\\s+a\\s+eles)|informe-os)\\s+(?:para\\s+)?onde\\s+ir',
  ],
  exampleDomains: ['exemplo'],
  yourWords: ['seu', 'sua', 'teu'],
  replaceHints: ['\\bsubstitu(?:a|ir|ia)\\b', '\\btroque\\b'],
  fillVerbs: ['insira', 'inserir', 'informe', 'coloque'],
  fieldWords: ['E-?MAIL', 'SEGURAN[CÇ]A', 'NOME', 'ENDERE[CÇ]O', 'PROJETO'],
};
