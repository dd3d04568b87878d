import { visibleText } from '../channels';
import { documentAnchor, sectionsOf } from '../document';
import { insertSectionFix } from '../fixes';
import { NOT_TIMEFRAME_LEAD, NOT_TIMEFRAME_TAIL, TIMEFRAME } from '../languages';
import type { Rule } from '../rule';
import { matchesIn } from '../regexpMatches';
import { versionTables } from '../versionTable';

const TIMES = new RegExp(TIMEFRAME.source, 'gi');
/** How far back the words that make a time no promise (a support period, a frequency) are looked for. */
const LEAD_LOOKBACK = 80;
/** How far ahead the words that make a time no promise are looked for, in languages that put them after it. */
const TAIL_LOOKAHEAD = 20;

export const rule: Rule = {
  id: 'SEC013',
  name: 'response-timeframe',
  description: 'The policy states no response or disclosure time.',
  defaultSeverity: 'warning',
  kind: 'text',
  check(doc, { report }) {
    const text = visibleText(doc);
    // A time in a versions table is how long a release line is supported ("6 months after the next major").
    const tables = versionTables(doc).map(({ table }) => table);
    const inVersionsTable = (at: number) => tables.some((t) => t.start <= at && at < t.end);
    for (const m of matchesIn(text, TIMES))
      if (
        !inVersionsTable(m.index) &&
        !NOT_TIMEFRAME_LEAD.test(text.slice(Math.max(0, m.index - LEAD_LOOKBACK), m.index)) &&
        !NOT_TIMEFRAME_TAIL.test(text.slice(m.index + m[0].length, m.index + m[0].length + TAIL_LOOKAHEAD))
      )
        return;
    report({
      ...documentAnchor(doc),
      message: 'No response time: say how soon reporters hear back (for example, "within 3 business days").',
      // A response section that exists but names no time is the place to add one, not a second section.
      ...(sectionsOf(doc, 'response').length === 0 ? { fixes: [insertSectionFix(doc, 'response')] } : {}),
    });
  },
};
