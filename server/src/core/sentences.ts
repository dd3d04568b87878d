// Where sentences, clauses and list items start and end in a policy's visible text, and whether a
// word turns an instruction around: the text shapes the channel model reads its matches in. Each
// reads a bounded window around an offset, so asking at every match of a long text stays linear.
import { CLAUSE_BREAK, CONTRAST, IDIOMATIC_NEGATION, NEGATION, OTHER_MATTERS } from './languages';
import { countAtMost } from './sorted';
import { matchesIn } from './regexpMatches';

/**
 * Where `offset` opens a list item, the line that introduces the list when it ends with a colon or an
 * ellipsis ("For other bugs:", "Do not report through:", "Bitte nicht …"), without it; '' otherwise. A sentence that
 * ends with a full stop is its own statement: "Please avoid public issues." over a list of the
 * private ways does not turn the list around.
 */
export function listIntro(text: string, offset: number): string {
  if (!opensListItem(text, offset)) return '';
  const line = lineBeforeList(text, offset).trimEnd();
  // (or with an ellipsis that the items go on from: "Please do not report it …" over "- … in an issue")
  const end = /(?:[:：…]|\.\.\.)[*_]*$/.exec(line);
  if (!end) return '';
  // Its last sentence: "Do not open a public issue. Report it privately as follows:" asks for the items.
  return lastSentence(line.slice(0, end.index));
}

/**
 * Where a span stands alone on its line (a bare link as its own paragraph or list item), the last
 * sentence of the paragraph before, where a colon ends it: "Please see our support policy for how to
 * report vulnerabilities privately:" over the link. '' otherwise.
 */
export function colonIntro(text: string, start: number, end: number): string {
  if (!aloneOnLine(text, start, end)) return '';
  const paragraph = paragraphBeforeList(text, start).trimEnd();
  const colon = /[:：][*_]*$/.exec(paragraph);
  return colon ? lastSentence(paragraph.slice(0, colon.index)) : '';
}

const lastSentence = (text: string) =>
  text.slice(text.search(/(?:[.!?](?=\s)|[。！？])(?!.*(?:[.!?](?=\s)|[。！？]))/) + 1);

/** Whether a span is all its line holds, besides a list marker and white space. */
export function aloneOnLine(text: string, start: number, end: number): boolean {
  const head = lineHead(text, start);
  return (
    head !== undefined &&
    /^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?$/.test(head) &&
    /^[ \t]*(?:[\r\n]|$)/.test(text.slice(end, end + 64))
  );
}

/** Whether `offset` is where a list item's text starts (after its marker and any emphasis). */
export function opensListItem(text: string, offset: number): boolean {
  const head = lineHead(text, offset);
  return head !== undefined && /^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+[*_]*$/.test(head);
}

/**
 * The text from the start of the line holding `offset` up to it, where that is short (a list marker,
 * indentation, emphasis); undefined where the line started further back. Bounded, so that asking at
 * every match of a long line stays linear.
 */
export function lineHead(text: string, offset: number, reach = 24): string | undefined {
  const from = Math.max(0, offset - reach);
  const head = text.slice(from, offset);
  const lineBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
  if (lineBreak >= 0) return head.slice(lineBreak + 1);
  return from === 0 ? head : undefined;
}

/**
 * The paragraph that introduces the list an item at `offset` belongs to, as its lines: the blank
 * lines and items between are passed over. Only the 400 characters before `offset` are read.
 */
function introLines(text: string, offset: number): string[] {
  const lines = text.slice(Math.max(0, offset - 400), offset).split(/\r\n|\r|\n/);
  const isItem = (line: string) => /^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]/.test(line);
  let i = lines.length - 2;
  while (i >= 0 && (lines[i]!.trim() === '' || isItem(lines[i]!))) i--;
  const paragraph: string[] = [];
  for (; i >= 0 && lines[i]!.trim() !== '' && !isItem(lines[i]!); i--) paragraph.unshift(lines[i]!);
  return paragraph;
}

/** The last line before the list an item at `offset` belongs to that is not an item and not blank. */
export function lineBeforeList(text: string, offset: number): string {
  return introLines(text, offset).at(-1) ?? '';
}

/** The paragraph that introduces the list an item at `offset` belongs to, its wrapped lines joined. */
export function paragraphBeforeList(text: string, offset: number): string {
  return introLines(text, offset).join(' ');
}

/**
 * For spans, a function from an offset to the furthest end of the spans that start at or before it
 * (-1 if none): a span covers the offset when that end is past it. Binary search over the spans
 * sorted once, so that asking for every match of a long document stays O(n log n).
 */
export function reachBefore(
  spans: ReadonlyArray<{ readonly start: number; readonly end: number }>,
): (offset: number) => number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach.at(-1) ?? -1));
  return (offset) => reach[countAtMost(starts, offset) - 1] ?? -1;
}

/**
 * Whether a word that turns the instruction around stands before it in its sentence, or right after
 * it, up to a comma ("open an issue for feature requests"; not "report it in the tracker, don't expect a quick
 * reply"), a dash ("never post details — use the advisory") or a contrast ("open an advisory rather than an
 * issue").
 */
export function negated(text: string, start: number, end: number): boolean {
  const after = sentenceAfter(text, end).slice(0, NEGATION_REACH);
  let afterClause = after.slice(0, after.search(AFTER_CLAUSE_END));
  const contrast = afterClause.search(CONTRAST);
  if (contrast !== -1) afterClause = afterClause.slice(0, contrast);
  const before = sentenceBefore(text, start);
  const beforeClause = lastClause(before);
  const dash = matchesIn(beforeClause, DASH).at(-1);
  // An instruction that opens a list item is governed by the line that introduces the list too
  // ("For other bugs:" / "Do not report through:" over "- open an issue").
  const intro = listIntro(text, start);
  const portuguese = isPortuguese(text);
  return (
    negates(lastClause(intro), portuguese) ||
    aboutOtherMatters(intro) ||
    negates(dash ? beforeClause.slice(dash.index + dash[0].length) : beforeClause, portuguese) ||
    aboutOtherMatters(before) ||
    negates(afterClause, portuguese) ||
    aboutOtherMatters(afterClause)
  );
}

/** Words of other matters outside an idiom: "nothing is too minor to report" asks for every report. */
const aboutOtherMatters = (text: string): boolean =>
  OTHER_MATTERS.test(text) && OTHER_MATTERS.test(text.replace(IDIOMATIC_NEGATION, ' '));

/**
 * A dash between clauses: it ends a negation's reach ("never post details — use the advisory"), in the
 * negation test only: elsewhere it joins a label to its value ("Communicated - via advisories").
 */
const DASH = /\s[–-]\s|—/g;
/** Where the clause after an instruction ends, for a negation after it: a comma, a dash. */
const AFTER_CLAUSE_END = new RegExp(`[,;，；、]|${DASH.source}|$`);

/** Whether the text is written in Portuguese (a clause may show none of its own letters), for the last text asked about. */
let lastText: string | undefined;
let lastPortuguese = false;
function isPortuguese(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastPortuguese = PORTUGUESE_TEXT.test(text);
  }
  return lastPortuguese;
}
/** Words only Portuguese writes, a few of them, with their accents: "não", "você", "segurança". */
const PORTUGUESE_TEXT = /(?<!\p{L})(?:não|vocês?|também|segurança|informações|versões)(?!\p{L})/iu;

/** Letters and words only Portuguese writes among the languages that use "no". */
const PORTUGUESE = /[ãõç]|\b(?:você|vocês|uma|um|pelo|pela|também)\b/i;

/**
 * Whether a clause holds a negation. In Portuguese "no" is "in the" ("o endereço listado no perfil"),
 * which Spanish and English read as "no": in a Portuguese clause it negates nothing ("não" does).
 */
function negates(text: string, portuguese = false): boolean {
  if (!NEGATION.test(text)) return false;
  const clause = text.replace(IDIOMATIC_NEGATION, ' ');
  if (!NEGATION.test(clause)) return false;
  return !(portuguese || PORTUGUESE.test(clause)) || NEGATION.test(clause.replace(/\bno\b/gi, ''));
}

/**
 * The clause a channel stands in, of the sentence before it: "Do not open an issue, instead use the
 * Security tab" — the negation governs the issue, not the tab.
 */
export function lastClause(sentence: string): string {
  let cut = 0;
  for (const m of matchesIn(sentence, CLAUSE_BREAK)) cut = m.index + m[0].length;
  return sentence.slice(cut);
}

/** How far after an instruction a negation still applies to it, in characters. */
const NEGATION_REACH = 30;

/**
 * Where a sentence ends: a full stop before white space (emphasis may close between them: "**Do not
 * open an issue.** Use the advisory"), a blank line, the start of a list item,
 * heading, table row or quote, and the end of a heading's line. A line ends at LF, CRLF or a lone CR,
 * as in CommonMark (a CRLF is one line break, never a CR and an LF with an empty line between).
 * The heading's line is looked at behind its line break, so only at line breaks: looked at before
 * it, at every character, it was read back to the line's start each time (quadratic in a line's
 * length: 30 KB of backtick runs in a policy took SEC022 a second).
 */
export const SENTENCE_BOUNDARY =
  /[.!?。！？][*_]*(?=\s|$)|[。！？]|(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)|(?:\r\n|\r(?!\n)|\n)[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]|#{1,6}(?:[ \t]|$)|[|>])|(?:\r\n|\r(?!\n)|\n)(?<=^[ \t]{0,3}#{1,6}[ \t][^\r\n]*(?:\r\n|\r|\n))/gm;

export function sentenceBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 200), offset);
  let cut = 0;
  for (const m of matchesIn(before, SENTENCE_BOUNDARY)) cut = m.index + m[0].length;
  return before.slice(cut);
}

export function sentenceAfter(text: string, offset: number): string {
  const after = text.slice(offset, offset + 120);
  const end = after.search(SENTENCE_BOUNDARY);
  return end < 0 ? after : after.slice(0, end);
}

export function sentenceAround(text: string, start: number, end: number): string {
  return `${sentenceBefore(text, start)} ${sentenceAfter(text, end)}`;
}
