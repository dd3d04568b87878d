import { companionPolicy, policyTarget, policyUrl } from '../../crossCheck';
import { fixFrom } from '../../fixes';
import { signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT092',
  name: 'policy-elsewhere',
  description:
    "The Policy field points somewhere other than the repository's SECURITY.md: another repository's policy (warning) or another page (info).",
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    const policy = companionPolicy(ctx.context);
    const repository = ctx.context.repository;
    if (!policy || !repository) return;
    const own = policyUrl(repository, policy.path);
    for (const field of txt.fieldsNamed('policy')) {
      const target = policyTarget(field.value, repository);
      if (target.kind === 'this-policy' || target.kind === 'not-a-url') continue;
      const fix = fixFrom(`Point Policy at ${own}`, [{ start: field.valueStart, end: field.valueEnd, newText: own }], {
        isPreferred: target.kind !== 'other-site',
        proposal: target.kind === 'other-site',
      });
      const message =
        target.kind === 'other-repository'
          ? `Policy points to ${target.repository}, not to this repository (${repository.owner}/${repository.name}), whose policy is ${policy.path}: a copied file? Point it at ${own}.`
          : target.kind === 'this-repository'
            ? `Policy points to another page of this repository, not its policy ${policy.path}: point it at ${own}.`
            : `Policy points to another site, not to this repository's ${policy.path}: make sure the two say the same, or point it at ${own}.`;
      // Another site may well hold the organisation's policy: reported, one level less sure.
      ctx.report({
        start: field.valueStart,
        end: field.valueEnd,
        uncertain: target.kind === 'other-site',
        ...signedAware(txt, message, [fix]),
      });
    }
  },
};
