import type { Rule } from '../rule';
import { sectionInfo } from '../sections';

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
        message: `The "${heading.text}" section is empty: ${lowerFirst(sectionInfo(heading.section).purpose)}`,
      });
    }
  },
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
