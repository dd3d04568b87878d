import { fixFrom } from '../../fixes';
import { fieldInfo } from '../fields';
import { removeLineEdit, signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT004',
  name: 'duplicate-field',
  description: 'The same field with the same value appears twice (harmless, but one of them is left over).',
  defaultSeverity: 'info',
  kind: 'text',
  check(txt, ctx) {
    const seen = new Map<string, number>();
    for (const field of txt.fields) {
      const info = fieldInfo(field.key);
      // Fields allowed once are TXT003's; an empty value is TXT063's.
      if (field.value === '' || (info && info.occurrence !== 'required' && info.occurrence !== 'optional')) continue;
      const key = `${field.key}\u0000${field.value}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, field.line.index);
        continue;
      }
      const message = `"${field.name}: ${field.value}" repeats line ${first + 1}.`;
      ctx.report({
        start: field.nameStart,
        end: field.valueEnd,
        ...signedAware(txt, message, [fixFrom('Remove the duplicate line', [removeLineEdit(txt, field.line)])]),
      });
    }
  },
};
