// Lines for which micromark copies every event of the document so far. micromark 4.0.3 (the newest)
// moves events with micromark-util-edit-map, whose `consume` copies the whole array it edits:
// - a list item that follows an item holding a nested list or block quote (`- - X.Y` lines, a list in
//   every item; `- a` after `  - b` or `  > b`): the next item closes the nested containers, whose
//   exit events are moved back (micromark/lib/initialize/document.js);
// - a heading underlined with `=` or `-` (setext): its resolver turns the paragraph into a heading
//   (micromark-core-commonmark/lib/setext-underline.js).
// Each costs time in proportion to the lines before it, so thousands cost time quadratic in the
// length: '- - X.Y' lines parse in 7 s at 16 KB and 30 s at 32 KB, 'a' / '=' lines in over a minute at
// 16 KB (a plain list of 16 KB: 0.5 s). One linear pass over the lines weighs each such line by the
// lines before it; past MAX_COPY_WEIGHT the text is not parsed (limits.ts), as a text over the size
// cap is not.

/**
 * The most the lines that copy the events may weigh together (the lines before each, summed), at the
 * default size cap (a raised cap raises it in proportion). At 100,000 (450 lines of '- - X.Y') the
 * parse takes no longer than that of a plain list as long; from 1,000,000 it takes a second more,
 * from 2,000,000 three. The corpus policies weigh at most 1,420 (nodejs/node's).
 */
export const MAX_COPY_WEIGHT = 100_000;

/** The length of the list marker at `i` with its space (`- `, `12. `), or 0 if there is none. */
export function listMarkerLength(text: string, i: number): number {
  let j = i;
  const c = text.charCodeAt(j);
  if (c === 45 || c === 42 || c === 43)
    j++; // - * +
  else {
    while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i || (text.charCodeAt(j) !== 46 && text.charCodeAt(j) !== 41)) return 0; // . )
    j++;
  }
  const after = text.charCodeAt(j);
  return after === 32 || after === 9 ? j + 1 - i : 0;
}

/** Whether the line's text from `i` is only `=`s or only `-`s, then white space: a setext underline. */
function isUnderline(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 61 && c !== 45) return false; // = -
  let j = i;
  while (text.charCodeAt(j) === c) j++;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  return j >= text.length || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13;
}

/**
 * The first line (zero-based) at which the lines that copy the events weigh more than `limit`, or
 * undefined. A list item closes what the last line with containers nested deeper than its own marker
 * (a list marker or `>` at a greater column); an underline follows a line with text. A list ended by
 * a paragraph in between, or a thematic break `---` after text, is counted too, which only makes the
 * bound stricter.
 */
export function costlyLine(text: string, limit: number = MAX_COPY_WEIGHT): number | undefined {
  let weight = 0;
  let lastInnermost = -1;
  let previousHasText = false;
  let line = 0;
  let i = 0;
  while (i < text.length) {
    let column = 0;
    let firstList = -1;
    let innermost = -1;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 62) {
        if (c === 62) innermost = column; // >
        column++;
        i++;
      } else if (c === 9) {
        column += 4 - (column % 4);
        i++;
      } else {
        const length = listMarkerLength(text, i);
        if (length === 0) break;
        if (firstList < 0) firstList = column;
        innermost = column;
        column += length;
        i += length;
      }
    }
    const closes = firstList >= 0 && lastInnermost > firstList;
    if (innermost >= 0) lastInnermost = innermost;
    if ((closes || (previousHasText && isUnderline(text, i))) && (weight += line) > limit) return line;
    const c = text.charCodeAt(i);
    previousHasText = i < text.length && c !== 10 && c !== 13;
    while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
    i++;
    line++;
  }
  return undefined;
}
