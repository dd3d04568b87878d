import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC050',
  name: 'stale-review-date',
  description: 'A "last reviewed" date is older than the configured number of months, or in the future.',
  defaultSeverity: 'info',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
