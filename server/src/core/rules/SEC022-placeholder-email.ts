import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC022',
  name: 'placeholder-email',
  description: 'An email address on a reserved or placeholder domain.',
  defaultSeverity: 'error',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
