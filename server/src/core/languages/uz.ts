import type { LanguageData } from './language';

// Uzbek (Latin script): units of time only ("48 soat ichida"), for the reason given in hi.ts.
export const uz: LanguageData = {
  code: 'uz',
  durationUnits: {
    'business-day': 'ish\\s+kun(?:i|lari)?',
    hour: 'soat',
    day: 'kun(?:i|lari)?',
    week: 'hafta',
    month: 'oy',
  },
  notTimeframes: ['month'],
  responseWords: ['\\b(?:javob|tasdiq)\\w*'],
};
