import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC010',
  name: 'reporting-section',
  description: 'There is no section telling reporters how to report a vulnerability.',
  defaultSeverity: 'error',
  kind: 'structure',
  check() {
    // not implemented yet
  },
};
