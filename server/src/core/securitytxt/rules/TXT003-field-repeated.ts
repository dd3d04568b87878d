import { fixFrom } from '../../fixes';
import { FIELDS } from '../fields';
import { removeLineEdit, signedAware, type TxtRule } from '../rule';

const ONCE = FIELDS.filter((f) => f.occurrence === 'required-once' || f.occurrence === 'optional-once');

export const rule: TxtRule = {
  id: 'TXT003',
  name: 'field-repeated',
  description:
    'A field allowed once appears again: Expires (RFC 9116 §2.5.5), Preferred-Languages (§2.5.8), Bug-Bounty.',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    for (const info of ONCE) {
      const [first, ...rest] = txt.fieldsNamed(info.name.toLowerCase());
      for (const field of rest) {
        const same = field.value === first!.value;
        const message = same
          ? `${info.name} appears again with the same value; it may appear only once (line ${first!.line.index + 1} has it).`
          : `${info.name} may appear only once, and line ${first!.line.index + 1} already sets it to "${first!.value}": keep the right one and remove the other.`;
        const fixes = same ? [fixFrom('Remove the repeated line', [removeLineEdit(txt, field.line)])] : [];
        ctx.report({ start: field.nameStart, end: field.valueEnd, ...signedAware(txt, message, fixes) });
      }
    }
  },
};
