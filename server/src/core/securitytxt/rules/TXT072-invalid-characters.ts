import { fixFrom } from '../../fixes';
import { signedAware, type TxtRule } from '../rule';

// C0 controls other than tab, CR and LF; DEL; C1 controls. None may appear in security.txt (RFC 9116 §4).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]+/g;

export const rule: TxtRule = {
  id: 'TXT072',
  name: 'invalid-characters',
  description: 'Control characters, or U+FFFD where bytes were not valid UTF-8 (RFC 9116 §4: UTF-8 text).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    for (const m of txt.text.matchAll(CONTROL)) {
      const start = m.index;
      const end = start + m[0].length;
      const fix = fixFrom('Remove the control characters', [{ start, end, newText: '' }]);
      ctx.report({
        start,
        end,
        ...signedAware(
          txt,
          `Control character${m[0].length > 1 ? 's' : ''} (${codes(m[0])}) in the file: security.txt is plain UTF-8 text.`,
          [fix],
        ),
      });
    }
    for (const m of txt.text.matchAll(/\uFFFD+/g)) {
      // U+FFFD is a valid character itself; it is almost always what an invalid byte was decoded as.
      ctx.report({
        start: m.index,
        end: m.index + m[0].length,
        uncertain: true,
        message: 'U+FFFD replacement characters: the file has bytes that are not valid UTF-8 here. Save it as UTF-8.',
      });
    }
  },
};

function codes(text: string): string {
  return [...new Set(text)]
    .slice(0, 3)
    .map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
}
