import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC041',
  name: 'mixed-status-markers',
  description: 'A versions table mixes marker styles (✅, :white_check_mark:, Yes).',
  defaultSeverity: 'info',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
