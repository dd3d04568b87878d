import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC062',
  name: 'invalid-characters',
  description: 'Replacement characters (U+FFFD) or control characters.',
  defaultSeverity: 'warning',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
