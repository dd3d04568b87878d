import { fieldInfo, OBSOLETE_FIELDS, suggestField } from '../fields';
import type { TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT050',
  name: 'unknown-field',
  description: 'A field that is neither in RFC 9116 nor in the IANA registry: readers ignore it (RFC 9116 §2.4).',
  defaultSeverity: 'info',
  kind: 'text',
  check(txt, ctx) {
    for (const field of txt.fields) {
      if (fieldInfo(field.key)) continue;
      const obsolete = OBSOLETE_FIELDS.get(field.key);
      if (field.key === 'hash' && txt.signature) {
        ctx.report({
          start: field.nameStart,
          end: field.nameEnd,
          message:
            '"Hash:" belongs in the armor headers right after the signed-message header; here it is part of the signed text, a sign the file was assembled or signed twice. Readers ignore it.',
        });
      } else if (obsolete) {
        ctx.report({
          start: field.nameStart,
          end: field.nameEnd,
          message: `${field.name} is from a draft of security.txt and is no longer read: ${obsolete}.`,
        });
      } else if (suggestField(field.key) === undefined) {
        ctx.report({
          start: field.nameStart,
          end: field.nameEnd,
          message: `"${field.name}" is not a security.txt field; readers ignore it (RFC 9116 §2.4). Use a comment ("# …") for notes.`,
        });
      }
    }
  },
};
