import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC015',
  name: 'supported-versions-section',
  description: 'There is no supported-versions section and no statement of which releases get fixes.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check() {
    // not implemented yet
  },
};
