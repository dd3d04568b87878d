import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC020',
  name: 'template-text',
  description: "Sentences of GitHub's default SECURITY.md template are still in the policy.",
  defaultSeverity: 'error',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
