import type { LanguageData } from './language';

// Hindi: units of time only ("48 घंटों के भीतर"), so that a stated response time is read. No headings
// or channel words yet: with them the rules would claim to read Hindi policies, and a missing channel
// would become certain where it is now reported as uncertain.
export const hi: LanguageData = {
  code: 'hi',
  durationUnits: {
    'business-day': '(?:कार्य|व्यावसायिक)\\s*(?:दिवस|दिन)(?:ों)?',
    hour: 'घंट(?:े|ों|ा)',
    day: 'दिन(?:ों)?',
    week: '(?:सप्ताह(?:ों)?|हफ़?्त(?:े|ों|ा))',
    month: '(?:महीन(?:े|ों|ा)|माह)',
  },
  notTimeframes: ['month'],
  responseWords: ['(?:प्रतिक्रिया|जवाब|उत्तर|स्वीकृति|पुष्टि)'],
};
