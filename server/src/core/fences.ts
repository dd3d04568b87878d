// Fenced code blocks (CommonMark §4.5), recognised line by line where the parser's tree is not at
// hand: the text-only path over the size cap (limits.ts), the chunk cuts of the incremental parser,
// and a code block that runs to the end of its text (document.ts, incremental.ts).

export interface FenceOpening {
  /** `` ` `` or `~`. */
  readonly char: string;
  readonly length: number;
}

/** Up to three spaces of indentation, three or more backticks or tildes, an info string after them. */
const OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** A closing fence: the same character, at least as long, nothing but white space after it. */
const CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** The fence a line opens, if any. A backtick fence's info string holds no backtick. */
export function fenceOpening(line: string): FenceOpening | undefined {
  const m = OPENING.exec(line);
  if (!m || (m[1]![0] === '`' && m[2]!.includes('`'))) return undefined;
  return { char: m[1]![0]!, length: m[1]!.length };
}

/** Whether `line` closes the fence `open`: "```js" does not close "```", "````" does. */
export function closesFence(line: string, open: FenceOpening): boolean {
  const m = CLOSING.exec(line);
  return m !== null && m[1]![0] === open.char && m[1]!.length >= open.length;
}

/**
 * Whether a code block, given by its source from its fence on, has no closing fence: it runs to the
 * end of the text and would take in whatever is added after it. Indented code (no fence) ends at any
 * unindented line. At the top level the closing fence may be indented three spaces at most (four
 * make it a line of code); in a container its markers come first, so there indentation is not judged.
 */
export function fenceRunsToEnd(raw: string, topLevel = false): boolean {
  const open = fenceOpening(raw.replace(/^[ \t]+/, '').split(/\r\n|\r|\n/, 1)[0]!);
  if (!open) return false;
  const lines = raw.split(/\r\n|\r|\n/);
  const last = lines.at(-1)!;
  return !(lines.length > 1 && closesFence(topLevel ? last : last.replace(/^[ \t]+/, ''), open));
}
