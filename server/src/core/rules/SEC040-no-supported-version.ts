import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC040',
  name: 'no-supported-version',
  description: 'A versions table marks no version as supported.',
  defaultSeverity: 'warning',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
