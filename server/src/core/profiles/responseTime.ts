// The first-response times a policy states, in days: "we acknowledge reports within 48 hours",
// "you will hear back within 5 business days". English only, digits and small number words; a
// sentence counts when it speaks of a response (acknowledge, respond, reply, hear back, triage).
import { visibleText } from '../channels';
import type { PolicyDocument } from '../document';

export interface StatedTime {
  readonly days: number;
  readonly start: number;
  readonly end: number;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, a: 1, an: 1,
};

const TIME = /\b(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|an?)(?:\s*\(\d{1,4}\))?[\s-]*(business[\s-]+|working[\s-]+|calendar[\s-]+)?(hours?|hrs?|days?|weeks?|months?)\b/gi;
const RESPONSE = /\b(?:acknowledg\w*|respon\w*|repl(?:y|ies|ied)|hear\s+back|get\s+back|triag\w*|confirm\w*\s+(?:receipt|the\s+report)|first\s+(?:contact|answer))/i;
const SENTENCE_END = /[.!?](?=\s)|\n\s*\n|\n\s*[-*+]\s|\n\s*\d+[.)]\s|\n\s*#/g;

/** Days of one stated span; business days count as 7 per 5. */
function daysOf(count: number, business: boolean, unit: string): number {
  const u = unit.toLowerCase();
  const days = u.startsWith('h') ? count / 24 : u.startsWith('w') ? count * 7 : u.startsWith('m') ? count * 30 : count;
  return business ? (days * 7) / 5 : days;
}

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
        const count = /^\d/.test(word) ? Number(word) : NUMBER_WORDS[word];
        if (count === undefined) continue;
        const start = sentenceStart + m.index;
        times.push({ days: daysOf(count, m[2] !== undefined && !/calendar/i.test(m[2]), m[3]!), start, end: start + m[0].length });
      }
    }
    sentenceStart = end;
  }
  return times;
}
