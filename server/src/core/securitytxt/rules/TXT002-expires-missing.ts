import { fixFrom } from '../../fixes';
import { dayStart, renewedValue } from '../datetime';
import { renewDays } from '../expires';
import { firstLineRange, insertFieldEdit, signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT002',
  name: 'expires-missing',
  description: 'The file has no Expires field (RFC 9116 §2.5.5: exactly one is required).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    if (txt.fieldsNamed('expires').length > 0) return;
    const range = firstLineRange(txt);
    const today = dayStart(ctx.context.today);
    const line = today === undefined ? undefined : `Expires: ${renewedValue('', today, renewDays(ctx.context))}`;
    // A proposal: the date says until when the author vouches for the file.
    const fixes = line ? [fixFrom(`Add "${line}"`, [insertFieldEdit(txt, line)], { proposal: true })] : [];
    ctx.report({
      ...range,
      ...signedAware(
        txt,
        'No Expires field: RFC 9116 requires one, the date after which the file is stale (less than a year ahead).',
        fixes,
      ),
    });
  },
};
