import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC001',
  name: 'location',
  description: 'The policy is not where GitHub looks for it (the repository root, .github/ or docs/).',
  defaultSeverity: 'warning',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
