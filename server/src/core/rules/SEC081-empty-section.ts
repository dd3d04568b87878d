import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC081',
  name: 'empty-section',
  description: 'A recognised section heading has no content.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check(doc, { report }) {
    for (const heading of doc.headings) {
      if (!heading.section) continue;
      // Comments are invisible to readers, so a section holding only a comment is still empty.
      const content = doc.text.slice(heading.end, heading.contentEnd).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
      if (content.trim() !== '') continue;
      report({
        start: heading.start,
        end: heading.end,
        message: `The "${heading.text}" section is empty: write its content or remove the heading.`,
      });
    }
  },
};
