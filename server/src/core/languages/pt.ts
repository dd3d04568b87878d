import type { LanguageData } from './language';

export const pt: LanguageData = {
  code: 'pt',
  headings: {
    'supported-versions': [
      'vers(?:oes|ao) (suportadas?|com suporte|mantidas?|compativeis|compativel)',
      '(?:branch(?:es)?|ramos?) (suportad[oa]s?|com suporte|mantid[oa]s?)',
      'suporte de versoes',
    ],
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
  // "mantidos por 30 dias", "a cada 12 horas": a retention or a period, not a wait.
  notTimeframeLeads: [
    '\\b(?:mantid[oa]s?|guardad[oa]s?|armazenad[oa]s?|conservad[oa]s?)\\s+(?:por|durante)',
    '\\ba\\s+cada',
  ],
  // "uma hora no futuro", "hora local": "hora" is also a time of day, which is no wait.
  notTimeframeTails: [
    '(?:do|no)\\s+(?:futuro|passado|sistema|servidor|rel[óo]gio)\\b',
    '(?:futura|passada|exata|local|atual)\\b',
    // "10 dias de histórico": how far back backups reach
    'de\\s+(?:hist[óo]rico|reten[çc][ãa]o)\\b',
  ],
  durationUnits: {
    'business-day': 'dias?\\s+[uú]teis',
    hour: 'horas?',
    day: 'dias?',
    week: 'semanas?',
    month: 'm[eê]s(?:es)?',
  },
  numberWords: {
    um: 1,
    uma: 1,
    dois: 2,
    duas: 2,
    três: 3,
    tres: 3,
    cinco: 5,
    sete: 7,
    dez: 10,
    quinze: 15,
    trinta: 30,
  },
  responseWords: ['\\b(?:respond\\w*|resposta|retorn\\w*|confirm\\w*\\s+(?:o\\s+)?recebimento)'],
  versionStatements: [
    // "Lançaremos correções para todas versões suportadas", "aplica à versão mais recente da branch principal"
    '\\btodas\\s+(?:as\\s+)?vers[õo]es\\s+(?:suportadas|mantidas|com\\s+suporte)',
    '\\bvers[ãa]o\\s+mais\\s+recente\\s+d[ao]\\s+(?:branch|ramo)',
    '\\bcorre[çc](?:[ãa]o|[õo]es)\\s+de\\s+seguran[çc]a\\b(?:[^.\\n]|\\.(?=\\w)){0,80}\\b(?:vers[ãa]o|release|branch|ramo)',
    // "as correções são aplicadas à versão …"
    '\\bcorre[çc][õo]es\\s+(?:de\\s+seguran[çc]a\\s+)?(?:s[ãa]o|ser[ãa]o)\\s+aplicadas\\s+(?:[àa]|na|no|nas|nos)(?=\\s)',
    '\\b(?:apenas|somente|s[oó])\\s+(?:a|as)\\s+(?:[uú]ltimas?|mais\\s+recentes?)\\s+vers(?:[aã]o|[oõ]es)',
    '\\b[uú]ltima\\s+vers[aã]o\\s+(?:est[aá]vel\\s+)?(?:[ée]|est[aá]|ser[aá])\\s+(?:suportada|mantida)',
    // "Apenas a versão mais recente recebe correções"
    '\\b(?:apenas|somente|s[oó])\\s+(?:a|as)\\s+vers(?:[aã]o|[oõ]es)\\s+mais\\s+recentes?',
  ],
  publicReporting: [
    '\\bv[áa]\\s+(?:para|at[ée])\\s+a\\s+(?:guia|aba)\\s+["“]?issues',
    // (also in the gerund: "reporte-a abrindo uma issue")
    // (the article may be left out: "NÃO abra issue pública!")
    '\\b(?:abr(?:a|am|ir|e|indo)|cri(?:e|em|ar|ando)|envi(?:e|em|ar|ando))\\s+(?:(?:uma?|um)\\s+)?(?:nov[oa]\\s+)?(?:issues?|tarefa|pull\\s+request)\\b',
    // "Relate vulnerabilidades em Issues marcadas como security"
    '\\b(?:relat|report|inform)(?:e|ar|em)\\s+(?:as\\s+)?(?:vulnerabilidades?\\s+|falhas?\\s+)?(?:em|nas?)\\s+issues\\b',
  ],
  // A sentence about other matters: "for general bugs, open an issue" (see en.ts)
  otherMatters: [
    '\\bn[ãa]o\\s+relacionad\\w*\\s+(?:[àa]|com\\s+a)\\s+seguran[çc]a|\\bbugs?\\s+(?:comuns|gerais)|\\boutros\\s+(?:bugs|problemas)|\\bpedidos\\s+de\\s+funcionalidade\\w*|\\bsugest[õo]es\\b|\\bmelhorias\\b',
    // "a regular issue", "un issue regular": an ordinary ticket, not a vulnerability report
    '(?:^\\s*|\\bissues?\\s+)(?:normal|normais|comum|comuns|regular(?:es)?)\\b',
    '\\b(?:perguntas|d[úu]vidas)\\s+gerais',
  ],
  reportingWords: [
    '\\b(?:report|contat|contact|escrev|e-?mail|comuniq)\\w*',
    '\\b(?:relat|envi|inform)(?:ar|e|em|ório|orio|e-nos|em-nos)\\b',
    '\\bnotifi(?:que|quem|car)\\b',
    'formul[áa]rio',
    // "use um canal privado", "utilize o formulário" (as en's "use the … channel")
    '\\b(?:use|utilize|usem|utilizem)\\s+(?:o|a|um|uma|nosso|nossa|este|esta)\\s+(?:\\S+\\s+)?(?:canal|p[áa]gina|aba|bot[ãa]o|link|endere[çc]o)\\b',
  ],
  commonWords: ['\\b(?:os?|as|e|por|para|uma?|voc[êe]|n[óo]s|[ée]|s[ãa]o|n[ãa]o)\\b'],
  vulnerabilityWords: ['\\b(?:vulnerabilidade|falhas?\\s+de\\s+seguran|problemas?\\s+de\\s+seguran)\\w*'],
  negations: ['\\b(?:n[aã]o|nunca|em\\s+vez\\s+de|evit(?:e|ar|em))\\b'],
  idiomaticNegations: [
    '\\bn[aã]o\\s+(?:hesite(?:m)?|se\\s+preocupe)\\b',
    '\\bn[aã]o\\s+(?:tem|tiver|estiver)\\s+(?:a\\s+)?(?:certeza|segur[oa])\\b',
    '\\bn[aã]o\\s+(?:se\\s+)?esque(?:[çc]a|[çc]am|cer)\\b',
  ],
  contrasts: ['\\bem\\s+vez\\s+de\\b'],
  clauseBreaks: ['\\b(?:mas|em\\s+vez\\s+disso|ao\\s+inv[eé]s\\s+disso)\\b'],
  privateReporting: [
    // A tracker's box that hides the report: "marque a caixa **security**"
    '\\bmarqu(?:e|ar)\\s+(?:a\\s+)?(?:caixa|op[çc][ãa]o)\\b[^.\\n]{0,40}?(?:security|seguran[çc]a|privad[oa]|confidencial)',
    // "um security advisory privado": the English name with the adjective after it
    '\\bsecurity\\s+advisory\\s+privad[oa]\\b',
    // "os Security Advisories do GitHub": the feature's English name, "of GitHub" after it as the language orders it
    '\\bsecurity\\s+advisor(?:y|ies)\\s+(?:do|da|de|del)\\s+github\\b',
    // "o canal privado de security advisories do GitHub": the feature's English name after "private channel of"
    '\\bcanal\\s+privado\\s+(?:de|d[oae]l?|d[oa]s)\\s+(?:github\\s+)?security\\s+advisor(?:y|ies)\\b',
    // "privately through GitHub": its private reporting, unnamed
    '\\b(?:de\\s+(?:forma|maneira)\\s+(?:privada|confidencial)|em\\s+privado|privadamente)\\s+(?:pelo|via|no|atrav[ée]s\\s+do|por\\s+meio\\s+do)\\s+(?:github|gitlab)\\b',
    // "pelo canal privado do GitHub"
    '\\bcanal\\s+privado\\s+(?:de\\s+(?:seguran[çc]a\\s+)?)?(?:do|no|de)\\s+github',
    // "marque como confidencial": the ticket made private by its own option.
    '\\b(?:marqu\\w*|marca\\w*|selecion\\w*)(?:-[ao]s?)?\\s+(?:a\\s+(?:op[çc][ãa]o|caixa)|(?:\\S+\\s+)?como)\\s+[*_]*[«"“]?(?:chamado\\s+|ticket\\s+|issue\\s+)?(?:confidencial|privad[oa])',
    '\\b(?:abra|abrir|crie|criar)\\s+um\\s+(?:reporte|relat[óo]rio|relato)\\s+privado',
    // "o recurso privado de reporte de segurança", "relato privado de vulnerabilidade"
    '\\b(?:reporte|relato|relat[óo]rio|notifica[çc][ãa]o|divulga[çc][ãa]o)\\s+privad[oa]\\s+de\\s+(?:seguran[çc]a|vulnerabilidade)',
    '\\brecurso\\s+privado\\s+de\\s+(?:reporte|relato|notifica[çc][ãa]o)',
    // "o recurso de relatório privado do GitHub": the feature, the adjective after the report
    '\\brecurso\\s+de\\s+(?:reporte|relato|relat[óo]rio|notifica[çc][ãa]o)s?\\s+privad[oa]s?\\b',
    '\\baba\\s+["“]?(?:security|seguran[çc]a)',
    '\\brelat[óo]rios?\\s+(?:privados?\\s+de\\s+vulnerabilidades?|de\\s+vulnerabilidades?\\s+privados?)',
    '\\bguia\\s+["“]?seguran[çc]a',
    '\\baviso\\s+de\\s+seguran[çc]a\\s+privado',
    // "o formulário privado de reporte de vulnerabilidades no repositório"
    '\\b(?:por\\s+meio\\s+d[eoa]s?|atrav[ée]s\\s+d[eoa]s?|usando|utilizando|pel[oa]s?)\\s+(?:(?:o|a|os|as|um|uma)\\s+)?(?:github\\s+)?security\\s+advisor(?:y|ies)',
    '\\bformul[áa]rio\\s+privado\\s+de\\s+(?:reporte|relato|notifica[çc][ãa]o|comunica[çc][ãa]o)\\s+de\\s+vulnerabilidades?',
  ],
  securityTabNames: ['\\bseguran[çc]a'],
  securityTabItems: ['relatar', 'reportar', 'comunicar', 'avisos'],
  privateIssues: ['\\bissues?\\W{0,2}\\s+(?:privad[ao]s?|confidencia(?:l|is))\\b'],
  detailsWithheld: [
    '\\bsem\\s+(?:revelar|divulgar|incluir|dar|descrever|publicar)\\s+(?:os\\s+|a\\s+)?(?:detalhes?|vulnerabilidade)',
  ],
  maintainersAsSubject: [
    '\\b(?:nós|(?:a|nossa)\\s+equipe|os\\s+mantenedores)(?:\\s+(?:vamos|vai|iremos|então))*(?:\\s+(?:abrir|criar|publicar|abriremos|criaremos|publicaremos))?(?:\\s+(?:um|uma|o|a))?',
  ],
  privateWords: ['\\b(?:privad\\w*|confidencia\\w*)'],
  featureWords: ['\\b(?:recurso|funcionalidade|fun[çc][ãa]o|bot[ãa]o|aba|formul[áa]rio)\\b'],
  repositoryOwner: [
    '\\b(?:don[oa]|propriet[áa]ri[oa]|autora?|mantenedor(?:a|es)?)\\s+d[oe]\\s+(?:reposit[óo]rio|projeto)',
  ],
  profileWords: ['\\bperfil\\b'],
  contactDetailWords: ['\\bdados\\s+de\\s+contato\\b'],
  privateMessages: ['\\bmensagem\\s+(?:privada|direta)'],
  templatePhrases: ['\\bvers[õo]es\\s+do\\s+seu\\s+projeto'],
  templateOpeners: [
    '(?:use|usa|utilize)\\s+esta\\s+se[çc][ãa]o\\s+para\\s+(?:dizer|informar|contar|indicar|explicar|comunicar)',
    '(?:diga(?:-lhes|\\s+a\\s+eles)|informe-os)\\s+(?:para\\s+)?onde\\s+ir',
  ],
  exampleDomains: ['exemplo'],
  yourWords: ['seu', 'sua', 'teu'],
  exampleLeads: ['\\bpor\\s+exemplo\\b', '\\bexemplo\\s*[:：]'],
  replaceHints: ['\\bespa[çc]o\\s+reservado\\b', '\\bsubstitu(?:a|ir|ia)\\b', '\\btroque\\b'],
  fillVerbs: ['insira', 'inserir', 'informe', 'coloque', 'adicionar', 'adicione'],
  hereWords: ['aqui'],
  fieldWords: ['E-?MAIL', 'SEGURAN[CÇ]A', 'NOME', 'ENDERE[CÇ]O', 'PROJETO'],
  reportFieldLabels: ['assunto', 't[ií]tulo'],
  publicLists: ['\\blista\\s+(?:de\\s+(?:discuss[ãa]o|e-?mail)\\s+)?p[úu]blica\\b'],
  publicListStatements: [
    '\\barquivad[ao]s?\\s+publicamente',
    '\\barquivo\\s+p[úu]blico\\b',
    '\\blista\\s+é\\s+(?:aberta|p[úu]blica)\\b',
    '\\bqualquer\\s+pessoa\\s+pode\\s+se\\s+inscrever',
  ],
  questionWords: ['\\b(?:dúvidas|perguntas)'],
  exampleColumns: ['padr(?:ão|ões|ao|oes)', 'exemplos?', 'formato', 'entrada'],
};
