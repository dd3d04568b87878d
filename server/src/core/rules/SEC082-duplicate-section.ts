import { lineOf, type Heading } from '../document';
import type { Rule } from '../rule';
import { normalizeHeading, sectionInfo } from '../sections';

export const rule: Rule = {
  id: 'SEC082',
  name: 'duplicate-section',
  description: 'The same section appears twice.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check(doc, { report }) {
    const seen: Heading[] = [];
    for (const heading of doc.headings) {
      if (!heading.section) continue;
      const first = seen.find((earlier) => isDuplicate(earlier, heading));
      if (first) {
        report({
          start: heading.start,
          end: heading.end,
          message: `"${heading.text}" repeats the ${sectionInfo(heading.section).title} section of line ${lineOf(doc, first.start) + 1}: merge the two.`,
        });
      } else {
        seen.push(heading);
      }
    }
  },
};

/**
 * Two headings of one section are a duplicate when the later is not nested in the earlier and they
 * say the same words. Two names of one section are two deliberate parts as often as a copy ("Response
 * Timeline" then "What to Expect", "Reporting" then "Security Contacts"), and so are "Reporting a bug
 * in X" and "Reporting a bug in a dependency"; a copy pasted twice repeats its heading.
 */
function isDuplicate(earlier: Heading, later: Heading): boolean {
  if (earlier.section !== later.section || later.start < earlier.contentEnd) return false;
  return normalizeHeading(earlier.text) === normalizeHeading(later.text);
}
