import { companionPolicy, fingerprintsIn, keyIdsIn } from '../../crossCheck';
import type { TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT094',
  name: 'encryption-key-mismatch',
  description: "The Encryption key's fingerprint (or key ID) differs from every PGP fingerprint the repository's SECURITY.md gives.",
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    const policy = companionPolicy(ctx.context);
    if (!policy || policy.fingerprints.length === 0) return;
    // Comment lines often carry the fingerprint of the key an https Encryption URI serves.
    const comments = txt.lines.filter((l) => l.text.trimStart().startsWith('#')).map((l) => l.text).join('\n');
    const commented = fingerprintsIn(comments, true);
    for (const field of txt.fieldsNamed('encryption')) {
      const fingerprints = [...fingerprintsIn(field.value), ...commented];
      const keyIds = keyIdsIn(field.value);
      if (fingerprints.length === 0 && keyIds.length === 0) continue;
      const same = fingerprints.some((f) => policy.fingerprints.includes(f)) || keyIds.some((id) => policy.fingerprints.some((f) => f.endsWith(id)));
      if (same) continue;
      const theirs = fingerprints[0] ?? keyIds[0]!;
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
