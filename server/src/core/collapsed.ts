import type { PolicyDocument } from './document';

/**
 * A heading marker (`## `) standing after other text on the same line, or right after a literal
 * `\n` (line breaks escaped rather than lost).
 */
const MID_LINE_HEADING = /(?<=\S)[ \t]+#{2,6}[ \t]+(?=\S)|(?<=\\n)#{2,6}[ \t]+(?=\S)/g;
/** Markdown structure inside a line: list items and table delimiter rows. */
const MID_LINE_ITEM = /\s(?:[-*+]|\d{1,2}[.)])[ \t]+(?=\S)/g;
const TABLE_DELIMITER = /\|[ \t]*:?-{3,}:?[ \t]*\|/;
const LONG_SINGLE_LINE = 400;

export interface CollapseEvidence {
  /** Offsets of the mid-line heading markers (the `#` run), in order. */
  readonly markers: readonly number[];
  /** The whole text sits on one long line. */
  readonly singleLine: boolean;
}

/**
 * Why a document looks collapsed (line breaks lost), or undefined when it does not: heading
 * markers in the middle of lines at least twice (or once on a line that is itself a heading,
 * `# Title ## Section`), or a long document on a single line that still
 * shows Markdown structure (a heading, list items, a table). A long single paragraph with no
 * structure is just a short policy, not a collapsed one.
 */
export function collapseEvidence(doc: PolicyDocument): CollapseEvidence | undefined {
  const markers: number[] = [];
  for (const m of doc.prose.matchAll(MID_LINE_HEADING)) markers.push(m.index + m[0].indexOf('#'));
  if (markers.length >= 2 || (markers.length === 1 && startsWithHeading(doc, markers[0]!))) {
    return { markers, singleLine: isSingleLine(doc.text) };
  }
  if (!isSingleLine(doc.text)) return undefined;
  const prose = doc.prose.trim();
  const structured =
    markers.length > 0 ||
    /^#{1,6}[ \t]/.test(prose) ||
    TABLE_DELIMITER.test(prose) ||
    (prose.match(MID_LINE_ITEM)?.length ?? 0) >= 3;
  return structured ? { markers, singleLine: true } : undefined;
}

export function isCollapsed(doc: PolicyDocument): boolean {
  return collapseEvidence(doc) !== undefined;
}

function isSingleLine(text: string): boolean {
  const nonBlank = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  return nonBlank.length === 1 && nonBlank[0]!.trim().length >= LONG_SINGLE_LINE;
}

/** Whether the line holding `offset` starts with a heading marker. */
function startsWithHeading(doc: PolicyDocument, offset: number): boolean {
  const lineStart = doc.text.lastIndexOf('\n', offset) + 1;
  return /^[ \t]{0,3}#{1,6}[ \t]/.test(doc.prose.slice(lineStart, offset));
}
