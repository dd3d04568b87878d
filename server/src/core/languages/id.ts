import type { LanguageData } from './language';

// Indonesian: not in the required list, but common among the corpus's policies.
export const id: LanguageData = {
  code: 'id',
  headings: {
    'supported-versions': ['(versi|branch|cabang) yang didukung', 'dukungan versi'],
    response: ['waktu respons', 'apa yang diharapkan'],
    reporting: ['melaporkan', 'pelaporan', 'laporkan'],
    disclosure: ['pengungkapan'],
    scope: ['cakupan', 'ruang lingkup'],
  },
  // "setiap 24 jam" (every 24 hours: an update check), "sesi … berlaku paling lama 7 hari" (a session valid for at
  // most 7 days): a schedule or a lifetime, not a wait for reporters
  notTimeframeLeads: [
    '\\b(?:setiap|tiap)',
    '\\bberlaku(?:\\s+(?:selama|paling\\s+lama|hingga|sampai))?',
    '\\b(?:sesi|token|cookie|kedaluwarsa)\\b[^.,;\\n]{0,48}?',
  ],
  durationUnits: { 'business-day': 'hari\\s+kerja', hour: 'jam', day: 'hari', week: 'minggu', month: 'bulan' },
  numberWords: { satu: 1, dua: 2, tiga: 3, lima: 5, tujuh: 7, sepuluh: 10, 'empat belas': 14 },
  responseWords: ['\\b(?:balas\\w*|membalas|tanggap\\w*|menanggapi|respons\\w*|merespons|konfirmasi\\w*)'],
  versionStatements: ['\\bhanya\\s+(?:versi|rilis|release)\\s+(?:terbaru|terakhir)'],
  publicReporting: ['\\b(?:buka|buat)\\s+(?:sebuah\\s+)?issue'],
  reportingWords: ['\\b(?:lapor|hubungi|kirim|e-?mail|surel|beri\\s*tahu)\\w*', 'formulir'],
  commonWords: ['\\b(?:dan|yang|untuk|kami|anda|dengan|ini)\\b'],
  vulnerabilityWords: ['\\b(?:kerentanan|kelemahan|celah\\s+keamanan|masalah\\s+keamanan)\\w*'],
  privateReporting: [
    // "privately through GitHub": its private reporting, unnamed
    // (Malay spells it "secara peribadi", "secara sulit")
    '\\bsecara\\s+(?:pribadi|peribadi|privat|rahasia|sulit|tertutup)\\s+(?:melalui|lewat|via|di)\\s+(?:github|gitlab)\\b',
    '\\b(?:pelaporan|laporan|melaporkan)\\s+kerentanan\\s+(?:secara\\s+)?(?:privat|pribadi|rahasia)\\b',
    '\\btab\\s+["“]?(?:security|keamanan)',
  ],
  privateWords: ['\\b(?:pribadi|peribadi|rahasia|sulit|privat)\\b'],
  profileWords: ['\\bprofil\\b'],
  featureWords: ['\\b(?:fitur|tombol|formulir)\\b'],
  negations: ['\\b(?:jangan|tidak|bukan)\\b'],
  idiomaticNegations: ['\\bjangan\\s+(?:lupa|ragu)\\b'],
  templatePhrases: ['\\bversi\\s+(?:dari\\s+)?proyek\\s+anda'],
  templateOpeners: ['gunakan\\s+bagian\\s+ini\\s+untuk'],
  exampleDomains: ['contoh'],
  yourWords: ['anda'],
  // "(suntinglah alamat ini …)": edit this address
  exampleLeads: ['\\bcontohnya\\b', '\\bcontoh\\s*[:：]'],
  replaceHints: ['\\bganti\\b', '\\b(?:ganti|sunting|ubah)(?:lah)?\\s+(?:alamat|email|surel)\\b'],
  reportFieldLabels: ['subjek', 'judul'],
  fillVerbs: ['tambahkan', 'masukkan', 'isi'],
  publicListStatements: ['\\bterbuka\\s+untuk\\s+umum'],
};
