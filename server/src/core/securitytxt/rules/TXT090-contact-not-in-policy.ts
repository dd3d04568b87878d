import { companionPolicy, policyMentions, txtContacts } from '../../crossCheck';
import type { TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT090',
  name: 'contact-not-in-policy',
  description:
    "A Contact that the repository's SECURITY.md does not mention: the two files send reporters to different places.",
  defaultSeverity: 'info',
  kind: 'text',
  check(txt, ctx) {
    const policy = companionPolicy(ctx.context);
    if (!policy) return;
    for (const contact of txtContacts(txt)) {
      if (policyMentions(policy, contact)) continue;
      const { field } = contact;
      ctx.report({
        start: field.valueStart,
        end: field.valueEnd,
        message: `${policy.path} does not mention this Contact (${field.value}): reporters who read the repository's policy will not find it. Add it there, or remove it here if it is no longer read.`,
      });
    }
  },
};
