import { companionPolicy, unmatchedKey } from '../../crossCheck';
import type { TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT094',
  name: 'encryption-key-mismatch',
  description:
    "The Encryption key's fingerprint (or key ID) differs from every PGP fingerprint the repository's SECURITY.md gives.",
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    const policy = companionPolicy(ctx.context);
    if (!policy || policy.fingerprints.length === 0) return;
    for (const field of txt.fieldsNamed('encryption')) {
      const theirs = unmatchedKey(txt, field, policy.fingerprints);
      if (theirs === undefined) continue;
      ctx.report({
        start: field.valueStart,
        end: field.valueEnd,
        message: `This key (${group(theirs)}) is not the PGP key ${policy.path} gives (${group(policy.fingerprints[0]!)}): one of the two files names an old or a wrong key, and a report encrypted to it may not be readable.`,
      });
    }
  },
};

/** A fingerprint in groups of four, as gpg prints it. */
function group(hex: string): string {
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}
