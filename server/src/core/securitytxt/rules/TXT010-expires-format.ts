import { fixFrom } from '../../fixes';
import { parseRfc3339, rfc3339Spelling } from '../datetime';
import { signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT010',
  name: 'expires-format',
  description: 'Expires is not an RFC 3339 date-time such as 2026-12-31T23:59:59Z (RFC 9116 §2.5.5, RFC 3339 §5.6).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    for (const field of txt.fieldsNamed('expires')) {
      if (field.value === '' || parseRfc3339(field.value) !== undefined) continue;
      const spelling = rfc3339Spelling(field.value);
      const message = spelling
        ? `Expires "${field.value}" is not in RFC 3339 form; write it as ${spelling.value}${spelling.exact ? '' : ' (UTC assumed: adjust the time zone if needed)'}.`
        : `Expires "${field.value}" is not an RFC 3339 date-time; write it like 2026-12-31T23:59:59Z (date, "T", time, and "Z" or an offset such as +01:00).`;
      // Exact when the value named its zone; otherwise the fix assumes UTC, which the author should confirm.
      const fixes = spelling
        ? [
            fixFrom(
              `Write Expires as ${spelling.value}`,
              [{ start: field.valueStart, end: field.valueEnd, newText: spelling.value }],
              { isPreferred: spelling.exact },
            ),
          ]
        : [];
      ctx.report({ start: field.valueStart, end: field.valueEnd, ...signedAware(txt, message, fixes) });
    }
  },
};
