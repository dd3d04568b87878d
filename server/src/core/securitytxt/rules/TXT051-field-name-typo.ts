import { fixFrom } from '../../fixes';
import { fieldInfo, OBSOLETE_FIELDS, suggestField } from '../fields';
import { signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT051',
  name: 'field-name-typo',
  description:
    'A field name that is a misspelling of a registered one (Expiry, Contacts, Acknowledgements): readers ignore it (RFC 9116 §2.5).',
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    for (const field of txt.fields) {
      if (fieldInfo(field.key) || OBSOLETE_FIELDS.has(field.key)) continue;
      const suggestion = suggestField(field.key);
      if (!suggestion) continue;
      const fix = fixFrom(`Rename to ${suggestion}`, [
        { start: field.nameStart, end: field.nameEnd, newText: suggestion },
      ]);
      ctx.report({
        start: field.nameStart,
        end: field.nameEnd,
        ...signedAware(
          txt,
          `"${field.name}" is not a security.txt field, so readers skip it: did you mean "${suggestion}"?`,
          [fix],
        ),
      });
    }
  },
};
