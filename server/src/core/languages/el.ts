import type { LanguageData } from './language';

// Greek: units of time and number words only ("εντός 48 ωρών", "τρεις εργάσιμες ημέρες"), for the
// reason given in hi.ts.
export const el: LanguageData = {
  code: 'el',
  durationUnits: {
    'business-day': 'εργάσιμ[α-ωάέήίόύώ]*\\s+(?:ημ[εέ]ρ|μ[εέ]ρ)[α-ωάέήίόύώ]*',
    hour: '[ωώ]ρ[α-ωάέήίόύώ]*',
    day: '(?:ημ[εέ]ρ|μ[εέ]ρ)[α-ωάέήίόύώ]*',
    week: 'εβδομάδ[α-ωάέήίόύώ]*',
    month: 'μ[ήη]ν[α-ωάέήίόύώ]*',
  },
  notTimeframes: ['month'],
  numberWords: { μία: 1, μια: 1, δύο: 2, τρεις: 3, τριών: 3, πέντε: 5, επτά: 7, δέκα: 10 },
  responseWords: ['(?:απάντ[α-ωάέήίόύώ]*|απαντ[α-ωάέήίόύώ]*|επιβεβαι[α-ωάέήίόύώ]*)'],
};
