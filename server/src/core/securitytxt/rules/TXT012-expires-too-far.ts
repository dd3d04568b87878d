import { isoDate } from '../datetime';
import { datedExpires, renewFix, tooFarFrom } from '../expires';
import { signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT012',
  name: 'expires-too-far',
  description:
    'Expires is more than a year ahead; RFC 9116 §2.5.5 recommends less than a year, so the file is reviewed.',
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    const expires = datedExpires(txt, ctx.context);
    if (!expires || expires.time < tooFarFrom(expires.today)) return;
    const message = `Expires ${isoDate(expires.time)} is more than a year ahead: RFC 9116 recommends less than a year, so that stale contacts are noticed.`;
    const fix = { ...renewFix(expires.field, expires.today, ctx.context), isPreferred: false };
    ctx.report({ start: expires.field.valueStart, end: expires.field.valueEnd, ...signedAware(txt, message, [fix]) });
  },
};
