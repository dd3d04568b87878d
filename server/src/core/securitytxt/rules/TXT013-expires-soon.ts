import { daysBetween, isoDate } from '../datetime';
import { datedExpires, renewFix, warningDays } from '../expires';
import { signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT013',
  name: 'expires-soon',
  description:
    'Expires falls within the next `expiresWarningDays` days (30 by default): renew it before the file goes stale (RFC 9116 §2.5.5).',
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    const expires = datedExpires(txt, ctx.context);
    if (!expires || expires.time < expires.today) return;
    const days = daysBetween(expires.today, expires.time);
    if (days >= warningDays(ctx.context)) return;
    const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
    const message = `This file expires ${when} (${isoDate(expires.time)}): check the other fields are still right, then renew Expires.`;
    ctx.report({
      start: expires.field.valueStart,
      end: expires.field.valueEnd,
      ...signedAware(txt, message, [renewFix(expires.field, expires.today, ctx.context)]),
    });
  },
};
