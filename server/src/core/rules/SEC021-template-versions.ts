import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC021',
  name: 'template-versions',
  description: 'The versions table still holds the GitHub template rows (5.1.x, 5.0.x, 4.0.x, < 4.0).',
  defaultSeverity: 'error',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
