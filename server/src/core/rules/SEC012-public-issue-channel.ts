import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC012',
  name: 'public-issue-channel',
  description: 'The policy sends reporters to a public issue, discussion or pull request and offers no private alternative.',
  defaultSeverity: 'error',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
