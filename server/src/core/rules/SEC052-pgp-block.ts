import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC052',
  name: 'pgp-block',
  description: 'An armored PGP block is malformed, or a key fingerprint has the wrong length.',
  defaultSeverity: 'warning',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
