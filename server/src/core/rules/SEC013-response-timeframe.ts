import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC013',
  name: 'response-timeframe',
  description: 'The policy states no response or disclosure time.',
  defaultSeverity: 'warning',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
