import { fixFrom } from '../../fixes';
import type { TextEdit } from '../../types';
import { signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT061',
  name: 'field-name-whitespace',
  description:
    'White space before a field name or before its colon: the name is then not the field name, and validators skip the field (RFC 9116 §4).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    for (const field of txt.fields) {
      const lineStart = field.line.start + (field.dashEscaped ? 2 : 0);
      const edits: TextEdit[] = [];
      if (field.nameStart > lineStart) edits.push({ start: lineStart, end: field.nameStart, newText: '' });
      if (field.colon > field.nameEnd) edits.push({ start: field.nameEnd, end: field.colon, newText: '' });
      if (edits.length === 0) continue;
      const where =
        field.nameStart > lineStart ? (field.colon > field.nameEnd ? 'before and after' : 'before') : 'after';
      const message = `White space ${where} the field name "${field.name}": write "${field.name}:" at the start of the line, or readers may not recognise the field.`;
      ctx.report({
        start: edits[0]!.start,
        end: field.colon + 1,
        ...signedAware(txt, message, [fixFrom('Remove the white space', edits)]),
      });
    }
  },
};
