import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC023',
  name: 'placeholder-text',
  description: 'Unfilled template text: [insert …], <project>, OWNER/REPO, TODO, an empty link, placeholder key text.',
  defaultSeverity: 'error',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
