import { visibleText } from '../channels';
import { documentAnchor, sectionsOf } from '../document';
import { insertSectionFix } from '../fixes';
import { TIMEFRAME } from '../languages';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC013',
  name: 'response-timeframe',
  description: 'The policy states no response or disclosure time.',
  defaultSeverity: 'warning',
  kind: 'text',
  check(doc, { report }) {
    if (TIMEFRAME.test(visibleText(doc))) return;
    report({
      ...documentAnchor(doc),
      message: 'No response time: say how soon reporters hear back (for example, "within 3 business days").',
      // A response section that exists but names no time is the place to add one, not a second section.
      ...(sectionsOf(doc, 'response').length === 0 ? { fixes: [insertSectionFix(doc, 'response')] } : {}),
    });
  },
};
