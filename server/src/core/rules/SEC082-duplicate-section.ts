import { headingParents, lineOf, type Heading } from '../document';
import type { Rule } from '../rule';
import { normalizeHeading, sectionInfo } from '../sections';

export const rule: Rule = {
  id: 'SEC082',
  name: 'duplicate-section',
  description: 'The same section appears twice.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check(doc, { report }) {
    const seen: Array<{ heading: Heading; parent: number | undefined }> = [];
    // Headings of no known section: the first of each wording under one parent heading, by level.
    const firstUnder = new Map<string, Heading>();
    const parents = headingParents(doc);
    doc.headings.forEach((heading, index) => {
      const parent = parents[index];
      if (!heading.section) {
        // A heading with no parent is a title, and a title may be repeated ("Security Policy" per language).
        const words = normalizeHeading(heading.text);
        if (parent === undefined || words === '') return;
        const key = `${parent} ${heading.depth} ${words}`;
        const first = firstUnder.get(key);
        if (!first) firstUnder.set(key, heading);
        else
          report({
            start: heading.start,
            end: heading.end,
            message: `"${heading.text}" repeats the heading of line ${lineOf(doc, first.start) + 1}: merge the two.`,
          });
        return;
      }
      // Subsections of two different topics ("### Encryption" under "## Principles" and under "## Data
      // protection") are parts of each, not a copy.
      const first = seen.find(
        (earlier) =>
          isDuplicate(earlier.heading, heading) &&
          !(heading.depth >= 3 && earlier.heading.depth >= 3 && earlier.parent !== parent),
      )?.heading;
      if (first) {
        report({
          start: heading.start,
          end: heading.end,
          message: `"${heading.text}" repeats the ${sectionInfo(heading.section).title} section of line ${lineOf(doc, first.start) + 1}: merge the two.`,
        });
      } else {
        seen.push({ heading, parent });
      }
    });
  },
};

/**
 * Two headings of one section are a duplicate when the later is not nested in the earlier and they
 * say the same words. Two names of one section are two deliberate parts as often as a copy ("Response
 * Timeline" then "What to Expect", "Reporting" then "Security Contacts"), and so are "Reporting a bug
 * in X" and "Reporting a bug in a dependency"; a copy pasted twice repeats its heading.
 */
function isDuplicate(earlier: Heading, later: Heading): boolean {
  if (earlier.section !== later.section) return false;
  // A subsection may name a part of its parent's topic, but not repeat its parent's heading word for word.
  if (later.start < earlier.contentEnd) return normalizeHeading(earlier.text) === normalizeHeading(later.text);
  return sameWords(earlier.text) === sameWords(later.text);
}

/**
 * A heading's words with the names of the thing reported made one ("Reporting Security Issues",
 * "REPORTING A VULNERABILITY") and articles left out: a copy reworded by synonyms still says the same.
 * A translation beside Latin words is left out too: "Reporting a Vulnerability 报告漏洞" is the
 * heading "Reporting a Vulnerability" in a bilingual policy.
 */
function sameWords(heading: string): string {
  const words = normalizeHeading(heading);
  const latin = words
    .replace(/[^\p{Script=Latin}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (
    // (one Latin word in a sentence of another script is a borrowed term, "Что НЕ в scope", not a translation)
    (/\p{L}+\s+\p{L}/u.test(latin) || latin === words ? latin : words)
      .replace(/\b(?:security (?:issue|bug|problem|vulnerabilit(?:y|ie))s?|vulnerabilit(?:y|ies))\b/g, 'vulnerability')
      .replace(/\b(?:a|an|the) /g, '')
      // "보안 취약점 보고" and "취약점 보고": "security" before a vulnerability adds nothing in other scripts either
      .replace(/(?:보안|セキュリティ(?:上の)?|安全|безопасност\S*)\s*(?=취약|脆弱|漏洞|уязвим)/gu, '')
  );
}
