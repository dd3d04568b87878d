import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC043',
  name: 'current-version-unsupported',
  description: "The project's current version is not covered by any supported row.",
  defaultSeverity: 'warning',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
