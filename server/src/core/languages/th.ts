import type { LanguageData } from './language';

// Thai: units of time ("ภายใน 48 ชั่วโมง") and a versions statement only, for the reason given in hi.ts.
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
  // "ภายในหนึ่งสัปดาห์": within one week, the number in words and no space before the unit.
  timePhrases: ['ภายใน\\s*(?:หนึ่ง|สอง|สาม|สี่|ห้า|เจ็ด|สิบ)\\s*(?:ชั่วโมง|วันทำการ|วัน|สัปดาห์)'],
  responseWords: ['(?:ตอบกลับ|ตอบ|ยืนยัน)'],
  // "จะมีเฉพาะ release ล่าสุดที่ได้รับการแก้ไข": only the latest release gets fixes (SEC015 alone reads it).
  versionStatements: ['เฉพาะ\\s*(?:release|เวอร์ชัน|รุ่น)\\s*ล่าสุด'],
};
