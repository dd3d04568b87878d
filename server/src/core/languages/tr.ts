import type { LanguageData } from './language';

export const tr: LanguageData = {
  code: 'tr',
  headings: {
    'supported-versions': ['desteklenen (surum|versiyon|sürüm|dal|branch)'],
    response: ['yanit suresi', 'yanıt süresi', 'ne beklemeli'],
    reporting: ['bildir', 'raporla', 'guvenlik acigi', 'güvenlik açığı'],
    disclosure: ['ifsa', 'açıklama', 'aciklama'],
    scope: ['kapsam'],
    acknowledgments: ['tesekkur', 'teşekkür'],
    encryption: ['sifreleme', 'şifreleme'],
  },
  // "12 saat sonra geçersiz", "14 gün saklanır": a lifetime, a retention or a support period.
  // "Gözden Geçirme Periyodu: 6 ay": how often the document is reviewed
  notTimeframeLeads: [
    '(?:g[öo]zden\\s+ge[çc]irme|inceleme|revizyon)\\s+(?:periyodu|s[üu]resi|s[ıi]kl[ıi][ğg][ıi])\\W{0,6}',
  ],
  notTimeframeTails: ['\\s+sonra\\s+ge[çc]ersiz', '\\s+saklan', '\\s+boyunca\\s+desteklen'],
  durationUnits: {
    'business-day': 'i[şs]\\s+g[üu]n[a-zçğıöşü]*',
    hour: 'saat[a-zçğıöşü]*',
    // The suffixes spelled out: "güncelleme" (update) and "ayrı" (separate) start like the units.
    day: 'g[üu]n(?:ler|l[üu]k)?(?:[üu]n?|e|[dt]e|[dt]en|[üu]n[dt]e|[üu]n[dt]en)?(?![a-zçğıöşü])',
    week: 'hafta[a-zçğıöşü]*',
    month: 'ay(?:lar|l[ıi]k)?(?:[ıi]n?|a|[dt]a|[dt]an|[ıi]n[dt]a|[ıi]n[dt]an)?(?![a-zçğıöşü])',
  },
  // (üç, three, is left out: the pattern's word boundary does not stand before a letter beyond ASCII.)
  numberWords: { bir: 1, iki: 2, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, otuz: 30 },
  responseWords: ['(?:yan[ıi]t\\w*|cevap\\w*|geri\\s+d[öo]n\\w*|d[öo]n[üu][şs]\\s+yap\\w*|onayla\\w*)'],
  versionStatements: [
    // "main dalı … güvenlik güncellemeleriyle korunur"
    '\\b(?:main|master)`?\\s+dal[ıi][a-zçğıöşü]*(?:[^.\\n]|\\.(?=\\w)){0,60}g[üu]venlik\\s+g[üu]ncelleme',
    '\\b(?:yaln[ıi]zca|sadece)\\s+(?:en\\s+)?(?:son|g[üu]ncel)\\s+s[üu]r[üu]m',
    // "yalnızca mevcut geliştirme dalı sürdürülür": only the current development branch is maintained
    '\\b(?:yaln[ıi]zca|sadece)\\s+(?:mevcut\\s+|g[üu]ncel\\s+)?(?:geli[şs]tirme\\s+)?`?(?:dal[ıi]|main|master)\\S*\\s+(?:(?:branch|dal[ıi])\\s+)?(?:s[üu]rd[üu]r[üu]l[üu]r|desteklenir|bak[ıi]m)',
    '\\ben\\s+son\\s+s[üu]r[üu]m[a-zçğıöşü]*\\s+destekle',
    // "Güvenlik düzeltmeleri en son yayımlanan ViiOS sürümüne uygulanır": where the fixes go
    'g[üu]venlik\\s+(?:d[üu]zeltmeleri|yamalar[ıi]|g[üu]ncellemeleri)(?:[^.\\n]|\\.(?=\\w)){0,20}\\b(?:en\\s+)?(?:son|g[üu]ncel)\\s+(?:\\S+\\s+){0,2}?s[üu]r[üu]m',
  ],
  // The verb's negative suffix (-ma-/-me-: "açmayın", "oluşturmayın") turns the instruction around inside the word.
  publicReporting: [
    '\\bissue\\s+(?:aç|ac(?=[ıi]n|ar|abil|[ıi]l)|olu[şs]tur)(?!m[ae][ymzd])[a-zçğıöşü]*',
    // 'GitHub deposundaki "Issues" (Sorunlar) sekmesini kullanarak'
    '\\bissues\\W{0,3}\\s*(?:\\([^)\\n]{0,20}\\)\\s*)?sekme',
  ],
  // A sentence about other matters: "for general bugs, open an issue" (see en.ts)
  otherMatters: [
    '\\bgenel\\s+(?:bir\\s+)?(?:kod\\s+)?hata\\w*|\\bgüvenlik(?:le)?\\s+ilgili\\s+olmayan|\\bözellik\\s+istek\\w*|\\böneri\\w*',
  ],
  reportingWords: ['\\b(?:bildir|ileti[sş]im|rapor|e-?posta|g[öo]nder|ula[sş]|haber\\s+ver)\\w*', '\\bform\\b'],
  commonWords: ['\\b(?:ve|bir|bu|i[çc]in|ile|olarak|l[üu]tfen)\\b'],
  vulnerabilityWords: ['\\b(?:g[üu]venlik\\s+a[çc][ıi][ğg]|zafiyet|a[çc][ıi]kl[ıi]k)\\w*'],
  negations: ['\\b(?:yapmay|etmeyin|a[çc]may|de[ğg]il)[a-zçğıöşü]*'],
  privateReporting: [
    // "privately through GitHub": its private reporting, unnamed
    '(?:github|gitlab)\\s+(?:üzerinden|aracılığıyla)\\s+(?:gizli|özel|gizlice)(?:\\s+olarak)?\\b',
    // 'deponun "Security" sekmesinden': the tab's English name, quoted or not
    '\\bsecurity\\W{0,3}\\s*sekme\\w*',
    // '**Security Advisories** sekmesini kullanarak' (the Advisories tab)
    '\\badvisories\\W{0,3}\\s*(?:\\([^)\\n]{0,20}\\)\\s*)?sekme\\w*',
    '\\bg[üu]venlik\\s+sekmesi',
    '(?<![\\wçğıöşü])[öo]zel\\s+g[üu]venlik\\s+a[çc][ıi][kğg][a-zçğıöşü]*\\s+bildir',
  ],
  privateWords: ['(?<![\\wçğıöşü])(?:[öo]zel|gizli)(?![\\wçğıöşü])'],
  featureWords: ['(?<![\\wçğıöşü])(?:[öo]zelli[ğk]|d[üu][ğg]me|sekme|form)[a-zçğıöşü]*'],
  privateMessages: ['(?<![\\wçğıöşü])[öo]zel\\s+mesaj'],
  templatePhrases: [
    '\\bprojenizin\\s+(?:\\S+\\s+){0,3}(?:s[üu]r[üu]mleri|versiyonlar)',
    '\\bkullan[ıi]c[ıi]lar[ıi]n\\s+bir\\s+\\S+\\s+nas[ıi]l\\s+bildirecekleri',
  ],
  templateOpeners: ['bu\\s+b[öo]l[üu]m[üu]\\s+(?:kullan|kullanarak)', 'nereye\\s+gidecekleri'],
  exampleDomains: ['ornek', 'örnek'],
  yourWords: ['senin', 'sizin'],
  replaceHints: ['\\bde[ğg]i[şs]tir[a-zçğıöşü]*'],
  fillVerbs: ['girin', 'ekleyin'],
  // ([Şirket Adı]: company name; upper-cased without the Turkish locale, ı and i are both I)
  fieldWords: ['ADRES', 'G[ÜU]VENL[İI]K', 'AD[Iİ]', '[ŞS][Iİ]RKET', 'PROJE', 'E?POSTA'],
  reportFieldLabels: ['konu', 'ba[sş]l[iı]k'],
};
