import { fixFrom } from '../../fixes';
import type { TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT071',
  name: 'byte-order-mark',
  description:
    'The file starts with a byte order mark; RFC 9116 §4 wants UTF-8 without one (Net-Unicode, RFC 5198), and naive readers take it as part of the first field name.',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    if (!txt.text.startsWith('\uFEFF')) return;
    // The mark precedes any signed text, so removing it never touches a signature.
    ctx.report({
      start: 0,
      end: 1,
      message: 'The file starts with a byte order mark (U+FEFF): save it as UTF-8 without BOM.',
      fixes: [fixFrom('Remove the byte order mark', [{ start: 0, end: 1, newText: '' }])],
    });
  },
};
