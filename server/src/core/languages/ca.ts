import type { LanguageData } from './language';

// Catalan: units of time and response words only ("dins d'una setmana", "en 30 dies"), for the reason
// given in hi.ts.
export const ca: LanguageData = {
  code: 'ca',
  durationUnits: {
    'business-day': 'dies\\s+(?:laborables|h[àa]bils|feiners)',
    hour: 'hores?',
    day: 'dies|dia',
    week: 'setman(?:a|es)',
    month: 'mesos|mes',
  },
  notTimeframes: ['month'],
  numberWords: { un: 1, una: 1, dos: 2, dues: 2, tres: 3, quatre: 4, cinc: 5, set: 7, deu: 10, quinze: 15, trenta: 30 },
  responseWords: ['\\b(?:resp\\w*|confirm\\w*)'],
};
