// The first-response times a policy states, in days: "we acknowledge reports within 48 hours",
// "Wir antworten innerhalb von 3 Werktagen", "7日以内に返信します". A sentence counts when it speaks of
// answering a report; the words, units and number words are each language's (languages/*.ts).
import { visibleText } from '../channels';
import type { PolicyDocument } from '../document';
import { anyOf, asciiDigits, DIGIT_CLASSES, entriesOf, LANGUAGES } from '../languages';
import type { DurationUnit } from '../languages/language';

export interface StatedTime {
  readonly days: number;
  readonly start: number;
  readonly end: number;
}

/** Tried in this order, so that "jours ouvrés" is a business day before "jours" is a day. */
const UNITS: readonly DurationUnit[] = ['business-day', 'hour', 'day', 'week', 'month'];
const DAYS_PER_UNIT: Readonly<Record<DurationUnit, number>> = {
  'business-day': 7 / 5,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30,
};

const NUMBER_WORDS = new Map(LANGUAGES.flatMap((l) => Object.entries(l.numberWords ?? {})));

// Latin and Cyrillic letters bound a number or a unit; CJK letters do not ("7日以内", "在48小时内").
const LETTER = 'A-Za-z0-9\\u00C0-\\u024F\\u0400-\\u04FF';
const NUMBER = `\\d{1,4}|${DIGIT_CLASSES.map((digits) => `${digits}{1,4}`).join('|')}|${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')}`;
const UNIT = UNITS.map((unit) => `(${LANGUAGES.flatMap((l) => l.durationUnits?.[unit] ?? []).join('|')})`).join('|');
// A number (also in markup: `**48** hours`, "five (5) days") and its unit; one group per unit, in UNITS order.
const TIME = new RegExp(
  `(?<![${LETTER}])(${NUMBER})[\\]*_]*(?:\\s*\\(\\d{1,4}\\))?[\\s-]*(?:${UNIT})(?![${LETTER}])`,
  'gi',
);
const RESPONSE = anyOf(entriesOf('responseWords'));
const SENTENCE_END = /[.!?](?=\s)|[。！？]|\n\s*\n|\n\s*[-*+]\s|\n\s*\d+[.)]\s|\n\s*#/g;

/** Every time stated in a sentence about responding to a report, in document order. */
export function statedResponseTimes(doc: PolicyDocument): StatedTime[] {
  const text = visibleText(doc);
  const times: StatedTime[] = [];
  let sentenceStart = 0;
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + 1);
  ends.push(text.length);
  for (const end of ends) {
    const sentence = text.slice(sentenceStart, end);
    if (RESPONSE.test(sentence)) {
      for (const m of sentence.matchAll(TIME)) {
        const word = m[1]!.toLowerCase();
        // A word of a language's numbers, or digits of some script.
        const count = NUMBER_WORDS.get(word) ?? Number(asciiDigits(word));
        const unit = UNITS[m.slice(2).findIndex((group) => group !== undefined)];
        if (count === undefined || unit === undefined) continue;
        const start = sentenceStart + m.index;
        times.push({ days: count * DAYS_PER_UNIT[unit], start, end: start + m[0].length });
      }
    }
    sentenceStart = end;
  }
  return times;
}
