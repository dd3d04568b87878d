// List items that follow an item holding a nested list or block quote (`* - X.Y` lines, a list in
// every item; `- a` after `  - b`). micromark 4.0.3 closes the nested containers when the next item
// starts by moving their exit events back with an EditMap (micromark/lib/initialize/document.js),
// whose `consume` copies every event of the document so far: each such item costs time in proportion
// to the lines before it, so thousands of them cost time quadratic in the length ('* - X.Y' lines: a
// parse of 8 KB takes 0.4 to 2.3 s, 16 KB 3 to 7 s, 32 KB 30 s; a plain list of 16 KB 0.5 s). One
// linear pass over the lines' leading containers weighs each such item by the lines before it; past
// MAX_CLOSING_WEIGHT the text is not parsed (limits.ts), as a text over the size cap is not.

/**
 * The most the items closing nested containers may weigh together (the lines before each, summed),
 * at the default size cap (a raised cap raises it in proportion). At 100,000 (450 lines of '* - X.Y')
 * the parse takes no longer than that of a plain list as long; from 1,000,000 it takes a second more,
 * from 2,000,000 three. The corpus policies weigh at most 1,420 (nodejs/node's).
 */
export const MAX_CLOSING_WEIGHT = 100_000;

/** The length of the list marker at `i` with its space (`- `, `12. `), or 0 if there is none. */
function listMarkerLength(text: string, i: number): number {
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

/**
 * The first line (zero-based) at which the list items closing nested containers weigh more than
 * `limit`, or undefined. An item closes what the last line with a list marker nested deeper than its
 * own marker (a marker or `>` at a greater column); a list ended by a paragraph in between is counted
 * too, which only makes the bound stricter.
 */
export function costlyItemLine(text: string, limit: number = MAX_CLOSING_WEIGHT): number | undefined {
  let weight = 0;
  let lastInnermost = -1;
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
    if (firstList >= 0) {
      if (lastInnermost > firstList && (weight += line) > limit) return line;
      lastInnermost = innermost;
    }
    while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
    i++;
    line++;
  }
  return undefined;
}
