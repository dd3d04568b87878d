import { fixFrom } from '../../fixes';
import { removeLineEdit, signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT063',
  name: 'empty-value',
  description: 'A field with nothing after its colon (RFC 9116 §4: every field has a value).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    for (const field of txt.fields) {
      if (field.value !== '') continue;
      // Not preferred: the author may mean to fill it in rather than drop it.
      const fix = fixFrom('Remove the empty field', [removeLineEdit(txt, field.line)], { isPreferred: false });
      ctx.report({
        start: field.nameStart,
        end: field.colon + 1,
        ...signedAware(txt, `${field.name} has no value: fill it in or remove the line.`, [fix]),
      });
    }
  },
};
