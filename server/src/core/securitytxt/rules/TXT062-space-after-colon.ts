import { fixFrom } from '../../fixes';
import { signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT062',
  name: 'space-after-colon',
  description:
    'The colon after a field name is not followed by exactly one space (RFC 9116 §4: `field-name ":" SP value`).',
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    for (const field of txt.fields) {
      if (field.value === '') continue;
      const gap = txt.text.slice(field.colon + 1, field.valueStart);
      if (gap === ' ') continue;
      const message =
        gap === ''
          ? `Put one space after "${field.name}:".`
          : `Put exactly one space after "${field.name}:", not ${describe(gap)}.`;
      const fix = fixFrom('Use one space after the colon', [
        { start: field.colon + 1, end: field.valueStart, newText: ' ' },
      ]);
      ctx.report({ start: field.colon, end: field.valueStart, ...signedAware(txt, message, [fix]) });
    }
  },
};

function describe(gap: string): string {
  return gap.includes('\t') ? 'a tab' : `${gap.length} spaces`;
}
