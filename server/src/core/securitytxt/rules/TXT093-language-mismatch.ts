import { companionPolicy, leavesOutLanguage } from '../../crossCheck';
import { fixFrom } from '../../fixes';
import { signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT093',
  name: 'language-mismatch',
  description: "Preferred-Languages does not include the language the repository's SECURITY.md is written in.",
  defaultSeverity: 'info',
  kind: 'text',
  check(txt, ctx) {
    const policy = companionPolicy(ctx.context);
    const field = txt.fieldsNamed('preferred-languages')[0];
    if (!policy?.language || !field || !leavesOutLanguage(field, policy.language)) return;
    const fix = fixFrom(
      `Add ${policy.language}`,
      [{ start: field.valueEnd, end: field.valueEnd, newText: `, ${policy.language}` }],
      { isPreferred: false, proposal: true },
    );
    const message = `${policy.path} is written in "${policy.language}", which Preferred-Languages (${field.value}) does not list: reporters who read the policy may write in it.`;
    ctx.report({ start: field.valueStart, end: field.valueEnd, ...signedAware(txt, message, [fix]) });
  },
};
