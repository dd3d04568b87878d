import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC011',
  name: 'private-contact',
  description: 'The policy names no private channel: no email address, no GitHub advisory link, no form or bounty platform.',
  defaultSeverity: 'error',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
