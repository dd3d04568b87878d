import { documentAnchor, sectionsOf } from '../document';
import { insertSectionFix } from '../fixes';
import type { Rule } from '../rule';

const NUMBER =
  '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty[- ]?five|sixty|ninety|a few|several)';
/** "48 hours", "within 5 business days", "a 90-day embargo", "two weeks". */
const TIMEFRAME = new RegExp(
  `\\b${NUMBER}(?:\\s*\\(\\d+\\))?[\\s-]*(?:business |working |calendar )?(?:hours?|hrs?|days?|weeks?)\\b` +
    // The usual translations: numbers with units in Chinese, Japanese, Korean and European languages.
    '|\\d+\\s*(?:个?小时|天|个?工作日|日以内|時間|営業日|일|시간|주|días|dias|horas|semanas|jours|heures|semaines|tagen?|stunden|wochen|дн[яеи]\\w*|час\\w*|недел\\w*)',
  'iu',
);

export const rule: Rule = {
  id: 'SEC013',
  name: 'response-timeframe',
  description: 'The policy states no response or disclosure time.',
  defaultSeverity: 'warning',
  kind: 'text',
  check(doc, { report }) {
    if (TIMEFRAME.test(doc.prose)) return;
    report({
      ...documentAnchor(doc),
      message: 'No response time: say how soon reporters hear back (for example, "within 3 business days").',
      // A response section that exists but names no time is the place to add one, not a second section.
      ...(sectionsOf(doc, 'response').length === 0 ? { fixes: [insertSectionFix(doc, 'response')] } : {}),
    });
  },
};
