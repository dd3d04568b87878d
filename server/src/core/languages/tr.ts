import type { LanguageData } from './language';

export const tr: LanguageData = {
  code: 'tr',
  headings: {
    'supported-versions': ['desteklenen (surumler|versiyonlar|sürümler)'],
    response: ['yanit suresi', 'yanıt süresi', 'ne beklemeli'],
    reporting: ['bildir', 'raporla', 'guvenlik acigi', 'güvenlik açığı'],
    disclosure: ['ifsa', 'açıklama', 'aciklama'],
    scope: ['kapsam'],
    acknowledgments: ['tesekkur', 'teşekkür'],
    encryption: ['sifreleme', 'şifreleme'],
  },
  timeUnits: ['(?:saat|g[üu]n|i[şs]\\s+g[üu]n[üu]|hafta|ay)'],
  versionStatements: ['\\b(?:yaln[ıi]zca|sadece)\\s+(?:en\\s+)?(?:son|g[üu]ncel)\\s+s[üu]r[üu]m', '\\ben\\s+son\\s+s[üu]r[üu]m\\w*\\s+destekle'],
  publicReporting: ['\\bissue\\s+(?:a[çc]|olu[şs]tur)\\w*'],
  negations: ['\\b(?:yapmay|etmeyin|a[çc]may|de[ğg]il)\\w*'],
  privateReporting: ['\\bg[üu]venlik\\s+sekmesi', '\\b[öo]zel\\s+g[üu]venlik\\s+a[çc][ıi]k\\w*\\s+bildir'],
  privateMessages: ['\\b[öo]zel\\s+mesaj'],
  templateOpeners: ['bu\\s+b[öo]l[üu]m[üu]\\s+(?:kullan|kullanarak)', 'nereye\\s+gidecekleri'],
  exampleDomains: ['ornek', 'örnek'],
  yourWords: ['senin', 'sizin'],
  replaceHints: ['\\bde[ğg]i[şs]tir\\w*'],
  fillVerbs: ['girin', 'ekleyin'],
  fieldWords: ['ADRES', 'G[ÜU]VENL[İI]K'],
};
