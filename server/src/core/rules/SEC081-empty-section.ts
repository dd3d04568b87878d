import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC081',
  name: 'empty-section',
  description: 'A recognised section heading has no content.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check() {
    // not implemented yet
  },
};
