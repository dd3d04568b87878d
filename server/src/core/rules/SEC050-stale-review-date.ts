import type { Rule } from '../rule';
import { matchesIn } from '../regexpMatches';

// "Last updated: 2024-03-01", "**Last reviewed:** March 1, 2024", "_Last updated on 1 March 2024_",
// "Updated: 2024/03/01", "Reviewed: October 2025". Without "last", the label needs a colon, so prose
// such as "updated in 2021 to …" is left alone. Day-first numeric dates (03/01/2024) are ambiguous
// and not read. A month without a day counts as its last day for staleness and its first for the future.

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORD = '(?:st|nd|rd|th)?';
const SP = '[ \\t]{0,3}';
const EM = '[*_]{0,3}';
const LABEL = `(?:(?<![A-Za-z0-9])last[ \\t]{1,3}(?:updated|reviewed|revised|modified|update|review|revision)(?:[ \\t]{1,3}(?:on|at|in))?${SP}${EM}${SP}:?|(?<![A-Za-z0-9])(?:updated|reviewed|revised)(?:[ \\t]{1,3}on)?${SP}${EM}${SP}:)`;
const DATE =
  `(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)` + // 1-4: ISO and 2024/03/01
  `|(${MONTH})[ \\t]{1,3}(\\d{1,2})${ORD}(,?)[ \\t]{1,3}(\\d{4})` + // 5-8: March 1, 2024
  `|(\\d{1,2})${ORD}[ \\t]{1,3}(?:of[ \\t]{1,3})?(${MONTH})(,?)[ \\t]{1,3}(\\d{4})` + // 9-12: 1 March 2024
  `|(${MONTH})(,?)[ \\t]{1,3}(\\d{4})`; // 13-15: October 2025
const PATTERN = new RegExp(`${LABEL}${SP}${EM}${SP}(?:${DATE})(?![A-Za-z0-9])`, 'gid');

interface Found {
  readonly start: number;
  readonly end: number;
  /** Earliest and latest day the text can mean, as `YYYY-MM-DD`. */
  readonly first: string;
  readonly last: string;
  format(today: Ymd): string;
}

type Ymd = readonly [number, number, number];

export const rule: Rule = {
  id: 'SEC050',
  name: 'stale-review-date',
  description: 'A "last reviewed" date is older than the configured number of months, or in the future.',
  defaultSeverity: 'info',
  kind: 'text',
  check(doc, { context, report }) {
    const today = parseIso(context.today);
    if (!today) return;
    const months =
      context.staleReviewMonths !== undefined &&
      Number.isFinite(context.staleReviewMonths) &&
      context.staleReviewMonths > 0
        ? context.staleReviewMonths
        : 12;
    const todayText = iso(today);
    const threshold = iso(subtractMonths(today, months));
    for (const m of candidates(doc.prose, doc.lineStarts)) {
      const found = readDate(m);
      if (!found) continue;
      const future = found.first > todayText;
      const stale = found.last < threshold;
      if (!future && !stale) continue;
      const shown = doc.text.slice(found.start, found.end);
      report({
        start: found.start,
        end: found.end,
        message: future
          ? `The review date ${shown} is in the future (today is ${todayText}).`
          : `The policy was last reviewed on ${shown}, more than ${months} month${months === 1 ? '' : 's'} ago: check that contacts, versions and timelines are still right, then update the date.`,
        // Only a person can say the policy was reviewed today: offered, never applied by Fix All.
        fixes: [
          {
            title: 'Set the date to today',
            edits: [{ start: found.start, end: found.end, newText: found.format(today) }],
            isPreferred: false,
          },
        ],
      });
    }
  },
};

const KEYWORD = /last|updated|reviewed|revised/i;

/** Matches of PATTERN, looked for only on lines that name a review (fast on long texts). */
function* candidates(prose: string, lineStarts: readonly number[]): Generator<RegExpMatchArray> {
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i]!;
    const line = prose.slice(start, lineStarts[i + 1] ?? prose.length);
    if (!KEYWORD.test(line)) continue;
    for (const m of matchesIn(line, PATTERN)) {
      const indices = m.indices!.map((pair) =>
        pair ? ([pair[0] + start, pair[1] + start] as [number, number]) : undefined,
      );
      yield Object.assign(m, { index: start + m.index, indices: Object.assign(indices, { groups: undefined }) });
    }
  }
}

function readDate(g: RegExpMatchArray): Found | undefined {
  const group = [1, 5, 9, 13].find((i) => g[i] !== undefined);
  if (group === undefined) return undefined;
  const start = g.indices![group]![0];
  const end = g.index! + g[0].length;
  const dateText = g[0].slice(start - g.index!);

  if (g[1] !== undefined) {
    const ymd: Ymd = [Number(g[1]), Number(g[3]), Number(g[4])];
    if (!validDay(ymd)) return undefined;
    const sep = g[2]!;
    const padded = g[3]!.length === 2 || g[4]!.length === 2;
    return {
      start,
      end,
      first: iso(ymd),
      last: iso(ymd),
      format: ([y, mo, d]) => [String(y), padded ? pad(mo) : String(mo), padded ? pad(d) : String(d)].join(sep),
    };
  }
  if (g[5] !== undefined || g[10] !== undefined) {
    const monthText = (g[5] ?? g[10])!;
    const dayText = (g[6] ?? g[9])!;
    const comma = (g[7] ?? g[11])!;
    const year = Number(g[8] ?? g[12]);
    const month = monthNumber(monthText);
    const ymd: Ymd = [year, month, Number(dayText)];
    if (!month || !validDay(ymd)) return undefined;
    const ordinal = /\d(?:st|nd|rd|th)/i.test(dateText);
    const dayFirst = g[9] !== undefined;
    return {
      start,
      end,
      first: iso(ymd),
      last: iso(ymd),
      format: ([y, mo, d]) => {
        const day = ordinal ? `${d}${suffix(d)}` : String(d);
        const name = monthName(monthText, mo);
        return dayFirst ? `${day} ${name}${comma} ${y}` : `${name} ${day}${comma} ${y}`;
      },
    };
  }
  const monthText = g[13]!;
  const month = monthNumber(monthText);
  const year = Number(g[15]);
  if (!month) return undefined;
  const comma = g[14]!;
  return {
    start,
    end,
    first: iso([year, month, 1]),
    last: iso([year, month, daysIn(year, month)]),
    format: ([y, mo]) => `${monthName(monthText, mo)}${comma} ${y}`,
  };
}

function monthNumber(text: string): number {
  const key = text.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((name) => name.startsWith(key) && key.length >= 3);
  return index + 1;
}

/** Today's month written like the original: full or abbreviated, with its dot and capitalisation. */
function monthName(original: string, month: number): string {
  const full = MONTHS[month - 1]!;
  const dot = original.endsWith('.');
  const bare = original.replace(/\.$/, '');
  const abbreviated = bare.length < MONTHS[monthNumber(bare) - 1]!.length;
  let name = abbreviated ? full.slice(0, 3) : full;
  if (abbreviated && month === 9 && bare.length === 4) name = 'sept';
  if (bare === bare.toUpperCase()) name = name.toUpperCase();
  else if (bare[0] === bare[0]!.toUpperCase()) name = name[0]!.toUpperCase() + name.slice(1);
  return name + (dot && abbreviated ? '.' : '');
}

function suffix(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function parseIso(text: string | undefined): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!m) return undefined;
  const ymd: Ymd = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(ymd) ? ymd : undefined;
}

function validDay([y, m, d]: Ymd): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function subtractMonths([y, m, d]: Ymd, months: number): Ymd {
  const whole = Math.floor(months);
  const total = y * 12 + (m - 1) - whole;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return [year, month, Math.min(d, daysIn(year, month))];
}

function iso([y, m, d]: Ymd): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
