import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC082',
  name: 'duplicate-section',
  description: 'The same section appears twice.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check() {
    // not implemented yet
  },
};
