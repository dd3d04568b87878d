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
  versionStatements: ['\\b(?:yaln[ıi]zca|sadece)\\s+(?:en\\s+)?(?:son|g[üu]ncel)\\s+s[üu]r[üu]m', '\\ben\\s+son\\s+s[üu]r[üu]m[a-zçğıöşü]*\\s+destekle'],
  publicReporting: ['\\bissue\\s+(?:a[çc]|olu[şs]tur)[a-zçğıöşü]*'],
  negations: ['\\b(?:yapmay|etmeyin|a[çc]may|de[ğg]il)[a-zçğıöşü]*'],
  privateReporting: ['\\bg[üu]venlik\\s+sekmesi', '\\b[öo]zel\\s+g[üu]venlik\\s+a[çc][ıi]k[a-zçğıöşü]*\\s+bildir'],
  privateMessages: ['\\b[öo]zel\\s+mesaj'],
  templatePhrases: ['\\bprojenizin\\s+(?:\\S+\\s+){0,3}(?:s[üu]r[üu]mleri|versiyonlar)', '\\bkullan[ıi]c[ıi]lar[ıi]n\\s+bir\\s+\\S+\\s+nas[ıi]l\\s+bildirecekleri'],
  templateOpeners: ['bu\\s+b[öo]l[üu]m[üu]\\s+(?:kullan|kullanarak)', 'nereye\\s+gidecekleri'],
  exampleDomains: ['ornek', 'örnek'],
  yourWords: ['senin', 'sizin'],
  replaceHints: ['\\bde[ğg]i[şs]tir[a-zçğıöşü]*'],
  fillVerbs: ['girin', 'ekleyin'],
  fieldWords: ['ADRES', 'G[ÜU]VENL[İI]K'],
};
