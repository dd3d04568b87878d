import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC030',
  name: 'advisory-other-repository',
  description: 'A GitHub security or advisory URL points at another repository than this one.',
  defaultSeverity: 'warning',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
