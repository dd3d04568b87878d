// Restoring the line breaks of a collapsed document (SEC080's fix): breaks go back before headings,
// after heading titles, around tables (one row per line) and before list items. A heuristic: the
// result is offered as a fix for the author to review, never applied silently, and only when it
// removes the collapse and leaves the text it does not touch meaning what it meant.

import { collapseEvidence, TEXT_BEFORE_MARKER, TITLE_AFTER_MARKER, type CollapseEvidence } from './collapsed';
import { eolOf, lineOf, type PolicyDocument } from './document';
import type { TextEdit } from './types';
import { reparsedKeepingVisibility } from './keepsMeaning';
import { matchesIn } from './regexpMatches';

/** Words that stay lower case inside a Title Case heading. */
const CONNECTORS = new Set(
  'a an and as at by for from in into of on or our the to via vs with your you we is are not no'.split(' '),
);

/** Capitalised words that usually open a sentence rather than continue a heading. */
const STARTERS = new Set(
  'The This These That We Our You Your If Please To For Any All It Thank Thanks When Once Only Do Note'.split(' '),
);

/** A heading marker inside a collapsed line, as detection sees them (collapsed.ts), level 1 included. */
const MID_LINE_MARKER = new RegExp(`${TEXT_BEFORE_MARKER}([ \\t]+)(#{1,6})[ \\t]+${TITLE_AFTER_MARKER}`, 'gu');

/**
 * Edits that restore the line breaks of the collapsed lines, or none when nothing is found or
 * when the result would still look collapsed or would change the meaning of text the edits do not
 * touch. The edits never overlap.
 */
export function restoreLineBreaks(doc: PolicyDocument, evidence: CollapseEvidence): TextEdit[] {
  const edits = mergeOverlapping(breakEdits(doc, evidence));
  // Checking the result means parsing it again: past this many breaks (a collapsed policy has a few
  // hundred at most) the text is not a policy that lost its breaks, and no fix is worth that parse.
  if (edits.length === 0 || edits.length > MAX_RESTORED_BREAKS) return [];
  // Suppression comments reach lines counted from them (`disable-line`, `disable-next-line`), or
  // the findings after them, whole-document ones included, which sit on the title: new line breaks
  // and new headings move text and the title in or out of their reach.
  if (doc.comments.some((c) => /^\s*security-policy-(?:disable|enable)/i.test(c.body))) return [];
  // Breaking a line changes what the next line continues: an indented line that continued the
  // collapsed paragraph becomes indented code after a restored heading (hiding the contact on it),
  // and an indented code line after a heading becomes prose when the heading's title is cut off
  // before it. The text the breaks leave alone must show and hide what it did (keepsMeaning.ts),
  // and the result must no longer look collapsed.
  const after = reparsedKeepingVisibility(doc, edits);
  return after && !collapseEvidence(after) ? edits : [];
}

/**
 * The most line breaks the fix restores: the longest corpus policy has 627 lines, and a 40 KB one
 * (larger than any real one) about 800. Checking the fix parses the restored text, the costliest part
 * of an analysis of a collapsed document: 2,000 breaks (30 KB of `text ## Heading `) took 240 ms.
 */
export const MAX_RESTORED_BREAKS = 1_000;

/** The line break the document already uses: CRLF, CR alone, or LF. */
function lineBreakOf(text: string): string {
  return !text.includes('\n') && text.includes('\r') ? '\r' : eolOf(text);
}

function breakEdits(doc: PolicyDocument, evidence: CollapseEvidence): TextEdit[] {
  const { text } = doc;
  const eol = lineBreakOf(text);
  // Line breaks written as a literal "\n": turn them back into line breaks.
  if (evidence.markers.length > 0 && evidence.markers.every((m) => text.slice(m - 2, m) === '\\n')) {
    return [...text.matchAll(/\\r\\n|\\n/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, newText: eol }));
  }
  const lines = new Set<number>();
  for (const m of evidence.markers) lines.add(lineOf(doc, m));
  if (evidence.singleLine) lines.add(lineOf(doc, text.search(/\S/)));
  const breaks = new Map<number, Break>();
  for (const line of lines) {
    const start = doc.lineStarts[line]!;
    const next = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1]! : text.length;
    // The line's content, without its line break.
    const end = start + text.slice(start, next).replace(/\r?\n?$/, '').length;
    breakLine(text, doc.prose, start, end, breaks);
  }
  return [...breaks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, b]) => ({ start: at, end: at + b.width, newText: b.blank ? eol + eol : eol }));
}

/**
 * Breaks found from two cues can start inside the same run of white space (`#  )   -  x`: one
 * before the list marker, one before the heading text); one edit per run, a blank line if either
 * asked for one, so the edits never overlap.
 */
function mergeOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged[merged.length - 1];
    if (last && e.start < last.end) {
      merged[merged.length - 1] = {
        start: last.start,
        end: Math.max(last.end, e.end),
        newText: last.newText.length >= e.newText.length ? last.newText : e.newText,
      };
    } else merged.push(e);
  }
  return merged;
}

interface Break {
  /** Length of the whitespace replaced. */
  readonly width: number;
  /** A blank line rather than a single line break. */
  readonly blank: boolean;
}

/** Collects the breaks for text[start, end), one collapsed line without its line break. */
function breakLine(text: string, prose: string, start: number, end: number, breaks: Map<number, Break>): void {
  const line = prose.slice(start, end);
  const add = (at: number, blank: boolean) => {
    // `at` is the start of the whitespace before the new line; never break at the line's edges.
    let width = 0;
    while (at + width < end && /[ \t]/.test(text[at + width]!)) width++;
    if (width === 0 || at <= start || at + width >= end || /^\s*$/.test(text.slice(start, at))) return;
    // Nor inside code or a comment (blanked on both sides): that would cut the span in two.
    if (prose[at - 1] !== text[at - 1] && prose[at + width] !== text[at + width]) return;
    const old = breaks.get(at);
    breaks.set(at, { width, blank: blank || (old?.blank ?? false) });
  };

  // Headings: the markers, then the end of each title.
  const headings: Array<{ marker: number; body: number }> = [];
  const first = /^[ \t]{0,3}(#{1,6})[ \t]+/.exec(line);
  if (first) headings.push({ marker: start + first[0].indexOf('#'), body: start + first[0].length });
  for (const m of matchesIn(line, MID_LINE_MARKER)) {
    headings.push({ marker: start + m.index + m[1]!.length, body: start + m.index + m[0].length });
    add(start + m.index, true);
  }

  // Tables: a delimiter row tells the column count; rows before and after it are cut at every
  // (columns + 1)th pipe.
  const tables: Array<[number, number]> = [];
  // Where the rows starting at an offset end, per column count: a later delimiter row among the
  // rows of an earlier one would scan the same rows again (quadratic on `|---| |---| …`), and
  // the breaks between them are already added.
  const rowsEnd = new Map<number, Map<number, number>>();
  for (const m of line.matchAll(/\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+/g)) {
    const columns = (m[0].match(/-{3,}/g) ?? []).length;
    const delimiter = start + m.index;
    const header = pipesBefore(text, delimiter, start, columns + 1);
    if (header === undefined) continue;
    add(whitespaceBefore(text, header), true);
    add(whitespaceBefore(text, delimiter), false);
    const known = rowsEnd.get(columns) ?? rowsEnd.set(columns, new Map()).get(columns)!;
    const visited: number[] = [];
    let rowEnd = delimiter + m[0].length;
    for (;;) {
      const seen = known.get(rowEnd);
      if (seen !== undefined) {
        rowEnd = seen;
        break;
      }
      visited.push(rowEnd);
      const next = skipBlanks(text, rowEnd, end);
      if (text[next] !== '|') break;
      const after = pipesAfter(text, next, end, columns + 1);
      if (after === undefined) break;
      add(rowEnd, false);
      rowEnd = after;
    }
    for (const at of visited) known.set(at, rowEnd);
    add(rowEnd, true);
    tables.push([header, rowEnd]);
  }
  // Headings, tables and items are found in order: each lookup below moves forward only, where
  // searching from every heading to the end of the line was quadratic on a long collapsed line.
  const spans = mergedSpans(tables);
  let spanAt = 0;
  const inTable = (at: number) => {
    while (spanAt < spans.length && spans[spanAt]![1] <= at) spanAt++;
    return spanAt < spans.length && spans[spanAt]![0] <= at;
  };

  // Titles end where the prose starts: at the next heading, table or list item (every place one
  // starts, overlapping ones included: ` - - `).
  const items = [...text.slice(start, end).matchAll(/(?=[ \t](?:[-*+]|\d{1,3}[.)])[ \t])/g)].map(
    (m) => start + m.index,
  );
  const tableStarts = tables.map(([s]) => s).sort((a, b) => a - b);
  let itemAt = 0;
  let tableAt = 0;
  for (let i = 0; i < headings.length; i++) {
    const { body } = headings[i]!;
    while (itemAt < items.length && items[itemAt]! < body) itemAt++;
    while (tableAt < tableStarts.length && tableStarts[tableAt]! < body) tableAt++;
    const item = items[itemAt];
    const limit = Math.min(headings[i + 1]?.marker ?? end, tableStarts[tableAt] ?? end, item ?? end);
    const titleEnd = endOfTitle(text, body, limit);
    if (titleEnd < limit || (item !== undefined && limit === item)) add(titleEnd, true);
  }

  // List items: " - ", " * ", " + ", " 1. " after a sentence or a colon, and the ones following.
  let listOpen = false;
  let lastHeading = -1;
  let heading = 0; // headings before the item
  for (const m of line.matchAll(/(?<=(\S))([ \t]+)(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)/g)) {
    const at = start + m.index;
    if (inTable(at)) continue;
    while (heading < headings.length && headings[heading]!.marker < at) heading++;
    if (heading !== lastHeading) listOpen = false;
    lastHeading = heading;
    const opens = /[:.!?)\]`*_]/.test(m[1]!) || breaks.has(at);
    if (!listOpen && !opens) continue;
    add(at, !listOpen);
    listOpen = true;
  }
}

/** The union of [start, end) spans, sorted and without overlaps. */
function mergedSpans(spans: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** The offset where a heading title starting at `body` ends (before the first word of the prose). */
function endOfTitle(text: string, body: number, limit: number): number {
  const words = [...text.slice(body, limit).matchAll(/\S+/g)].map((m) => ({ word: m[0], start: body + m.index }));
  const kind = (w: string) => {
    const letter = /\p{L}/u.exec(w)?.[0];
    if (!letter) return 'neutral';
    if (letter === letter.toUpperCase()) return 'capital';
    return CONNECTORS.has(w.replace(/[^\p{L}]/gu, '')) ? 'connector' : 'lower';
  };
  const kinds = words.map((w) => kind(w.word));
  const title = titleWords(
    kinds,
    words.map((w) => w.word),
  );
  return title >= words.length ? limit : trimmedEnd(text, words[title]!.start);
}

/** How many of the words belong to the title. */
function titleWords(kinds: readonly string[], words: readonly string[]): number {
  const k = kinds.findIndex((x, i) => i > 0 && x === 'lower');
  if (k < 0) return kinds.length;
  // A word that usually opens a sentence, among the capitals before the first small word.
  for (let j = k - 1; j >= 1 && kinds[j] !== 'lower'; j--) {
    if (STARTERS.has(words[j]!.replace(/[^\p{L}]/gu, ''))) return j;
  }
  // Title Case: the prose starts at the capital just before the first small word (connectors between).
  for (let j = k - 1; j >= 1; j--) {
    if (kinds[j] === 'capital') return j;
    if (kinds[j] !== 'connector') break;
  }
  // Sentence case: the prose starts at the next capital.
  const m = kinds.findIndex((x, i) => i > k && x === 'capital');
  return m < 0 ? kinds.length : m;
}

function trimmedEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && /[ \t]/.test(text[i - 1]!)) i--;
  return i;
}

function whitespaceBefore(text: string, at: number): number {
  return trimmedEnd(text, at);
}

function skipBlanks(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && /[ \t]/.test(text[i]!)) i++;
  return i;
}

/** Offset of the `count`th pipe counting backwards from the pipe at `at` (itself the first). */
function pipesBefore(text: string, at: number, start: number, count: number): number | undefined {
  let seen = 0;
  for (let i = at - 1; i >= start; i--) {
    if (text[i] === '|' && text[i - 1] !== '\\') {
      seen++;
      if (seen === count) return i;
    }
  }
  return undefined;
}

/** Offset just past the `count`th pipe from `at` (the pipe at `at` is the first). */
function pipesAfter(text: string, at: number, end: number, count: number): number | undefined {
  let seen = 0;
  for (let i = at; i < end; i++) {
    if (text[i] === '|' && text[i - 1] !== '\\') {
      seen++;
      if (seen === count) return i + 1;
    }
  }
  return undefined;
}
