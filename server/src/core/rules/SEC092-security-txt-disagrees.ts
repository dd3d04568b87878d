import { companionTxt, leavesOutLanguage, policyFactsOf, policyTarget, unmatchedKey } from '../crossCheck';
import { documentAnchor } from '../document';
import type { Rule } from '../rule';

// The policy's side of TXT092-TXT094: the same disagreements, shown where the author of the
// SECURITY.md is looking too. One finding lists them all; each has its precise finding and fix in the
// security.txt.
export const rule: Rule = {
  id: 'SEC092',
  name: 'security-txt-disagrees',
  description:
    "The repository's security.txt points its Policy elsewhere, leaves out the policy's language, or names another PGP key.",
  defaultSeverity: 'info',
  kind: 'text',
  check(doc, { context, report }) {
    const companion = companionTxt(context);
    if (!companion) return;
    const { txt, path } = companion;
    const policy = policyFactsOf(doc);
    const disagreements: string[] = [];
    if (context.repository) {
      for (const field of txt.fieldsNamed('policy')) {
        const target = policyTarget(field.value, context.repository);
        if (target.kind === 'other-repository')
          disagreements.push(`its Policy points to ${target.repository}, another repository`);
        else if (target.kind === 'this-repository')
          disagreements.push('its Policy points to another page of this repository, not this policy');
      }
    }
    const languages = txt.fieldsNamed('preferred-languages')[0];
    if (policy.language && languages && leavesOutLanguage(languages, policy.language)) {
      disagreements.push(
        `its Preferred-Languages (${languages.value}) leave out "${policy.language}", the language of this policy`,
      );
    }
    if (policy.fingerprints.length > 0) {
      for (const field of txt.fieldsNamed('encryption')) {
        if (unmatchedKey(txt, field, policy.fingerprints) !== undefined)
          disagreements.push('its Encryption key is not the PGP key this policy gives');
      }
    }
    if (disagreements.length === 0) return;
    report({
      ...documentAnchor(doc),
      message: `${path} disagrees with this policy: ${disagreements.join('; ')}. Its own findings say what to change there.`,
    });
  },
};
