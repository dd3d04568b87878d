import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC080',
  name: 'collapsed-document',
  description: 'The line breaks are lost: headings sit in the middle of lines.',
  defaultSeverity: 'error',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
