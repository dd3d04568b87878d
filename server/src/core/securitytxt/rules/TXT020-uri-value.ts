import { fixFrom } from '../../fixes';
import { eolOf, signedAware, type TxtRule } from '../rule';
import { missingScheme, schemeOf, uriFields } from '../uri';

export const rule: TxtRule = {
  id: 'TXT020',
  name: 'uri-value',
  description:
    'The value of a URI field (Contact, Encryption, Policy, Canonical, Acknowledgments, Hiring, CSAF) is not a URI (RFC 9116 §2.5, RFC 3986).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    for (const field of uriFields(txt.fields)) {
      if (schemeOf(field.value) !== undefined) continue;
      const several = field.value.split(/\s*,\s*|\s+/);
      if (several.length > 1 && several.every((v) => schemeOf(v) !== undefined)) {
        // One URI per field (RFC 9116 §2.5): the mechanical repair is one line each.
        const eol = eolOf(txt);
        const lines = several.map((v) => `${field.name}: ${v}`).join(eol);
        const fix = fixFrom(`Write one ${field.name} field per URI`, [
          { start: field.nameStart, end: field.valueEnd, newText: lines },
        ]);
        ctx.report({
          start: field.valueStart,
          end: field.valueEnd,
          ...signedAware(txt, `${field.name} holds ${several.length} URIs; write one ${field.name} field per URI.`, [
            fix,
          ]),
        });
        continue;
      }
      const fixed = missingScheme(field);
      const message = fixed
        ? `${field.name} must be a URI: write "${fixed.value}".`
        : `${field.name} must be a URI with a scheme (mailto:, tel:, https:), not "${short(field.value)}".`;
      const fixes = fixed
        ? [fixFrom(`Write ${fixed.value}`, [{ start: field.valueStart, end: field.valueEnd, newText: fixed.value }])]
        : [];
      ctx.report({ start: field.valueStart, end: field.valueEnd, ...signedAware(txt, message, fixes) });
    }
  },
};

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
