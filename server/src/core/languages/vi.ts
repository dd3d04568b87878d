import type { LanguageData } from './language';

// Vietnamese: not in the required list, but met among real policies.
export const vi: LanguageData = {
  code: 'vi',
  headings: {
    'supported-versions': ['phien ban (duoc )?ho tro'],
    reporting: ['bao cao'],
  },
  timeUnits: ['(?:giờ|ngày(?:\\s+làm\\s+việc)?|tuần|tháng)'],
  publicReporting: ['\\btạo\\s+(?:một\\s+)?issues?'],
  negations: ['\\b(?:không|đừng)\\b'],
};
