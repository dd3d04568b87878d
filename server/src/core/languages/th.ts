import type { LanguageData } from './language';

// Thai: units of time only ("ภายใน 48 ชั่วโมง"), for the reason given in hi.ts.
export const th: LanguageData = {
  code: 'th',
  durationUnits: {
    'business-day': 'วันทำการ',
    hour: 'ชั่วโมง',
    day: 'วัน',
    week: 'สัปดาห์',
    month: 'เดือน',
  },
  notTimeframes: ['month'],
  responseWords: ['(?:ตอบกลับ|ตอบ|ยืนยัน)'],
};
