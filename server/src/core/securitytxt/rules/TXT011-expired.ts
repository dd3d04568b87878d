import { dayStart, daysBetween, isoDate } from '../datetime';
import { datedExpires, renewFix } from '../expires';
import { signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT011',
  name: 'expired',
  description: 'The Expires date has passed: researchers treat the file as stale (RFC 9116 §2.5.5, §5.3).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    const expires = datedExpires(txt, ctx.context);
    if (!expires || expires.time >= expires.today) return;
    const { field, today } = expires;
    const days = daysBetween(dayStart(isoDate(expires.time))!, today);
    const ago = days <= 1 ? '' : ` (${days} days ago)`;
    const message = `This file expired on ${isoDate(expires.time)}${ago}: researchers must treat it as stale. Check the other fields are still right, then renew Expires.`;
    ctx.report({
      start: field.valueStart,
      end: field.valueEnd,
      ...signedAware(txt, message, [renewFix(field, today, ctx.context)]),
    });
  },
};
