import { lineOf, type PolicyDocument } from './document';
import { perDocument } from './memo';
import { matchesIn } from './regexpMatches';

/**
 * What stands before a mid-line heading marker: a visible character that is not itself a `#` (so
 * `# ## x` or `### ######` is one heading's text, not two headings) nor a control or format
 * character (`\0 ## x` is damage, not a policy's prose).
 */
export const TEXT_BEFORE_MARKER = String.raw`(?<=[^\s#\p{C}])`;
/**
 * What follows a heading marker that a lost line break put mid-line: a title, that is a first word
 * that is not a `#` run, with a letter or digit in it or in the word after it (`## 🔒 Security`).
 * `## \0` or `## |` is not a title.
 */
export const TITLE_AFTER_MARKER = String.raw`(?=[^\s#])(?=\S*[\p{L}\p{N}]|\S+[ \t]+[^\s#]\S*[\p{L}\p{N}])`;

/**
 * A heading marker (`## `) standing after other text on the same line, or right after a literal
 * `\n` (line breaks escaped rather than lost), followed by a title.
 */
const MID_LINE_HEADING = new RegExp(
  `${TEXT_BEFORE_MARKER}[ \\t]+#{2,6}[ \\t]+${TITLE_AFTER_MARKER}|(?<=\\\\n)#{2,6}[ \\t]+${TITLE_AFTER_MARKER}`,
  'gu',
);
/**
 * Block-quote and list markers at the start of a line. Each marker can be read one way only, so a
 * heading marker has only these before it on its line exactly when the line's run of them ends
 * there: the run is found once per line, not once per heading marker on a long line.
 */
const CONTAINER_RUN = /[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)*/y;
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
export const collapseEvidence: (doc: PolicyDocument) => CollapseEvidence | undefined =
  perDocument(findCollapseEvidence);

function findCollapseEvidence(doc: PolicyDocument): CollapseEvidence | undefined {
  const markers: number[] = [];
  const containersEnd = new Map<number, number>(); // per line start, where its markers end (-1: none)
  for (const m of matchesIn(doc.prose, MID_LINE_HEADING)) {
    const marker = m.index + m[0].indexOf('#');
    // `> ## Reporting` and `- ## Reporting` are headings in a block quote or list item.
    const lineStart = doc.lineStarts[lineOf(doc, marker)]!;
    let end = containersEnd.get(lineStart);
    if (end === undefined) {
      CONTAINER_RUN.lastIndex = lineStart;
      const run = CONTAINER_RUN.exec(doc.prose)![0];
      end = /[^ \t]/.test(run) ? lineStart + run.length : -1;
      containersEnd.set(lineStart, end);
    }
    if (end !== marker && !namesHeadingSyntax(doc.prose, marker)) markers.push(marker);
  }
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

/**
 * "headings such as ## Summary, ## Impact and ## Steps", "(## Details)": heading markers the prose names
 * in a list or an aside, not a block a lost line break joined to the text before it: a comma, a
 * parenthesis, a quotation mark or a list's "and"/"or" right before the marker, or punctuation of the
 * kind right after its first words (a title a lost break joined runs on into its section's text).
 */
function namesHeadingSyntax(prose: string, marker: number): boolean {
  return (
    LISTED_BEFORE.test(prose.slice(Math.max(0, marker - 8), marker)) ||
    LISTED_AFTER.test(prose.slice(marker, marker + 80))
  );
}
const LISTED_BEFORE = /(?:[,(“"'‘«]|\s(?:and|or|und|oder|et|ou|y|o|e))[ \t]*$/;
const LISTED_AFTER = /^#{2,6}[ \t]+[^\s,()"“”’»]+(?:[ \t]+[^\s,()"“”’»]+){0,2}[,)"”’»]/;

export function isCollapsed(doc: PolicyDocument): boolean {
  return collapseEvidence(doc) !== undefined;
}

/** One long non-blank line: a line break left inside the trimmed text has a non-blank line after it. */
function isSingleLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= LONG_SINGLE_LINE && !/[\r\n]/.test(trimmed);
}

/** Whether the line holding `offset` starts with a heading marker (lines end at CR, LF or CRLF). */
function startsWithHeading(doc: PolicyDocument, offset: number): boolean {
  const lineStart = doc.lineStarts[lineOf(doc, offset)]!;
  return /^[ \t]{0,3}#{1,6}[ \t]/.test(doc.prose.slice(lineStart, offset));
}
