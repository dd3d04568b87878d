import type { LanguageData } from './language';

// Hebrew: units of time and number words only ("תוך 48 שעות", "שלושה ימי עבודה"), for the reason given
// in hi.ts.
export const he: LanguageData = {
  code: 'he',
  durationUnits: {
    'business-day': 'ימי\\s+עבודה',
    hour: 'שעות|שעה',
    day: 'ימים|יום',
    week: 'שבועות|שבוע',
    month: 'חודשים|חודש',
  },
  notTimeframes: ['month'],
  numberWords: { שלושה: 3, שלוש: 3, חמישה: 5, חמש: 5, שבעה: 7, שבע: 7, עשרה: 10, עשר: 10 },
  responseWords: ['(?:מענה|תשובה|נאשר|נענה|נגיב)'],
};
