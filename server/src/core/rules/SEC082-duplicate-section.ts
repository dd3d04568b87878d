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
 * say the same thing: the same words, or both just a name of the section. "Reporting a bug in X"
 * and "Reporting a bug in a dependency" are two deliberate parts, not a copy.
 */
function isDuplicate(earlier: Heading, later: Heading): boolean {
  if (earlier.section !== later.section || later.start < earlier.contentEnd) return false;
  const a = normalizeHeading(earlier.text);
  const b = normalizeHeading(later.text);
  return a === b || (isSectionName(a, earlier) && isSectionName(b, later));
}

/** Synonyms that name one part of a section; "Scope" and "Out of Scope" together are not a copy. */
const SECTION_PARTS = new Set(['in scope', 'out of scope']);

function isSectionName(normalized: string, heading: Heading): boolean {
  if (SECTION_PARTS.has(normalized)) return false;
  const info = sectionInfo(heading.section!);
  return normalizeHeading(info.title) === normalized || info.synonyms.includes(normalized);
}
