import { fixFrom } from '../../fixes';
import { eolOf, signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT070',
  name: 'line-separators',
  description:
    'The last line has no line break, or lines end in a bare CR (RFC 9116 §2.2, §4: every line ends with CRLF or LF).',
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    const last = txt.lines.at(-1);
    if (last && last.eol === '' && last.text.trim() !== '') {
      const fix = fixFrom('Add a line break at the end', [{ start: last.end, end: last.end, newText: eolOf(txt) }]);
      ctx.report({
        start: last.end,
        end: last.end,
        ...signedAware(
          txt,
          'The last line has no line break; RFC 9116 ends every line with one, and strict readers drop the last field.',
          [fix],
        ),
      });
    }
    const cr = txt.lines.filter((l) => l.eol === '\r');
    if (cr.length > 0) {
      const fix = fixFrom(
        'Use LF line breaks',
        cr.map((l) => ({ start: l.end, end: l.end + 1, newText: '\n' })),
      );
      const first = cr[0]!;
      ctx.report({
        start: first.end,
        end: first.end + 1,
        ...signedAware(
          txt,
          `${cr.length === 1 ? 'A line ends' : `${cr.length} lines end`} with a bare carriage return; RFC 9116 allows only CRLF or LF.`,
          [fix],
        ),
      });
    }
  },
};
