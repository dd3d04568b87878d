// The Expires date: RFC 3339 §5.6 date-time, the only form RFC 9116 §2.5.5 allows. Dates are
// compared with `today` from the analysis context (a local `YYYY-MM-DD`); the core reads no clock.

const DAY_MS = 86_400_000;

// `T` and `Z` may be lower case (RFC 3339 §5.6 note; ABNF strings are case-insensitive).
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** The instant (ms since the epoch) of an RFC 3339 date-time, or undefined when the value is not one or names no real date. */
export function parseRfc3339(value: string): number | undefined {
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
    return undefined;
  let offset = 0;
  if (!m[8]) {
    const [oh, om] = [Number(m[10]), Number(m[11])];
    if (oh > 23 || om > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const fraction = m[7] ? Number(`0${m[7]}`) * 1000 : 0;
  // A leap second counts as the last second of its minute.
  return Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) + fraction - offset;
}

/** Start of `today` (`YYYY-MM-DD`) in UTC ms, or undefined when it is not such a date. */
export function dayStart(today: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today ?? '');
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

/** `YYYY-MM-DD` of a UTC instant. */
export function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The same day one calendar year later (29 February becomes 28 February). */
export function addYear(day: number): number {
  const d = new Date(day);
  const next = Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate());
  return new Date(next).getUTCDate() === d.getUTCDate()
    ? next
    : Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth() + 1, 0);
}

export function addDays(day: number, days: number): number {
  return day + days * DAY_MS;
}

export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}

/** Default of `expiresRenewDays`: just under a year, so a renewed file stays within the recommendation. */
export const DEFAULT_RENEW_DAYS = 364;
/** Default of `expiresWarningDays`. */
export const DEFAULT_WARNING_DAYS = 30;

/**
 * `value` with its date replaced by `today + days`, keeping its time, fraction and offset as written,
 * or a fresh `YYYY-MM-DDT00:00:00.000Z` when the value is not an RFC 3339 date-time.
 */
export function renewedValue(value: string, todayStart: number, days: number): string {
  const date = isoDate(addDays(todayStart, days));
  return parseRfc3339(value) !== undefined ? date + value.slice(10) : `${date}T00:00:00.000Z`;
}

/**
 * An RFC 3339 spelling of a date written another way that still names one instant: a space instead
 * of `T`, a date alone (midnight UTC), RFC 5322 (`Thu, 31 Dec 2026 23:59:59 +0000`, the form of early
 * drafts). `exact` is false when a zone had to be assumed. Undefined when the value is no date.
 */
export function rfc3339Spelling(value: string): { readonly value: string; readonly exact: boolean } | undefined {
  const spaced = /^(\d{4}-\d{2}-\d{2})[ _](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i.exec(
    value,
  );
  if (spaced) {
    const time = spaced[2]!.length === 5 ? `${spaced[2]}:00` : spaced[2]!;
    const zone = spaced[3]
      ? /^[+-]/.test(spaced[3])
        ? spaced[3].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')
        : 'Z'
      : 'Z';
    const candidate = `${spaced[1]}T${time}${zone}`;
    return parseRfc3339(candidate) !== undefined ? { value: candidate, exact: spaced[3] !== undefined } : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const candidate = `${value}T00:00:00.000Z`;
    return parseRfc3339(candidate) !== undefined ? { value: candidate, exact: false } : undefined;
  }
  // RFC 5322 dates: a weekday is optional, the zone required for an exact reading.
  const rfc5322 =
    /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s*([+-]\d{4}|GMT|UTC|Z)?$/.exec(value);
  if (rfc5322) {
    const time = Date.parse(rfc5322[1] ? value : `${value} +0000`);
    if (Number.isNaN(time)) return undefined;
    return { value: new Date(time).toISOString().replace('.000Z', 'Z'), exact: rfc5322[1] !== undefined };
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
