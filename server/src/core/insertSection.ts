// Where and how a missing section is inserted: after the nearest section that canonically comes
// before it, else before the nearest that comes after it, else at the end; as blocks of their own,
// with one blank line around the heading and its body. Used by quick fixes, the Insert Section
// command and completions.
import { blockBoundary, eolOf, startsBlock, type Heading, type PolicyDocument } from './document';
import { sectionInfo, sectionOrder } from './sections';
import type { SectionId, TextEdit } from './types';

/** The template body as plain text: snippet tab stops keep their default text. */
export function plainTemplate(template: string): string {
  return template.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
}

/** An edit inserting the section with its heading and `body` (by default the template body), as blocks of their own (see insertBlocksEdit). */
export function insertSectionEdit(doc: PolicyDocument, id: SectionId, body?: string): TextEdit {
  const { offset, depth } = sectionPosition(doc, id);
  const eol = eolOf(doc.text);
  const info = sectionInfo(id);
  const content = (body ?? plainTemplate(info.template)).replace(/\r?\n/g, eol);
  return insertBlocksEdit(doc, offset, `${'#'.repeat(depth)} ${info.title}${eol}${eol}${content}`);
}

/**
 * An edit inserting a heading and body the section model has no id for (a profile's block, CISA's
 * "Test Methods") at the end of the section `after`, or where that section would go when it is absent.
 */
export function insertHeadedBlockEdit(doc: PolicyDocument, title: string, body: string, after: SectionId): TextEdit {
  const { offset, depth } = headedBlockPosition(doc, after);
  const eol = eolOf(doc.text);
  return insertBlocksEdit(doc, offset, `${'#'.repeat(depth)} ${title}${eol}${eol}${body.replace(/\r?\n/g, eol)}`);
}

/** Where a block that follows the section `after` goes, at the level of the sections. */
export function headedBlockPosition(doc: PolicyDocument, after: SectionId): { offset: number; depth: number } {
  const position = sectionPosition(doc, after);
  const heading = doc.headings.find(
    (h) => h.section === after && h.depth === position.depth && startsBlock(doc, h.start),
  );
  if (!heading) return position;
  const next = doc.headings.find(
    (h) => h.start > heading.start && h.depth <= heading.depth && startsBlock(doc, h.start),
  );
  return { offset: next?.start ?? doc.text.length, depth: position.depth };
}

/** The last line of Markdown is a list item. */
const ENDS_IN_LIST_ITEM = /(?:^|\n)[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t][^\n]*$/;

/**
 * An edit inserting `blocks` (Markdown in the document's line endings) as top-level blocks of their
 * own at the block boundary at or before `offset` (see blockBoundary), so that they neither join
 * the block before them nor change the one after. It replaces the white space there (never text),
 * so that exactly one blank line separates them from their neighbours.
 */
export function insertBlocksEdit(doc: PolicyDocument, offset: number, blocks: string): TextEdit {
  const { text } = doc;
  const at = blockBoundary(doc, offset);
  const eol = eolOf(text);
  // A byte order mark stays the first character (see blockBoundary).
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const start = blankLinesStart(text, at, first);
  const before = start === first ? '' : eol + eol;
  // An inserted list would take in an indented line after it as its own: an empty comment ends the
  // list (CommonMark's way of ending one).
  const endList =
    ENDS_IN_LIST_ITEM.test(blocks) && /^(?: {2}|\t)/.test(text.slice(at, at + 2)) ? `${eol}${eol}<!-- -->` : '';
  const after = at < text.length ? eol + eol : eol;
  return { start, end: at, newText: `${before}${blocks}${endList}${after}` };
}

/**
 * Where the blank lines right before `at` begin (not before `floor`): at the line break after the
 * last line with text, whose trailing characters stay (spaces can be code; `\s` would also take a
 * no-break space, U+3000, U+2028 or a byte order mark, which are text), or at `floor` when nothing
 * but spaces and tabs comes before.
 */
export function blankLinesStart(text: string, at: number, floor: number): number {
  let start = at;
  for (let i = at; i > floor && /[ \t\r\n]/.test(text[i - 1]!); i--)
    if (text[i - 1] === '\n' || text[i - 1] === '\r') start = i - 1;
  return /^[ \t]*$/.test(text.slice(floor, start)) ? floor : start;
}

/** Where a section goes and at which heading level. */
export function sectionPosition(doc: PolicyDocument, id: SectionId): { offset: number; depth: number } {
  const order = sectionOrder(id);
  // A heading in a list, block quote or HTML block has text of that block before it, which a section
  // placed next to it would take in: only headings that are blocks of their own are places.
  const isPlace = (h: Heading) => startsBlock(doc, h.start);
  const top = topLevelSections(doc.headings.filter((h) => h.section && isPlace(h)));
  const predecessor = [...top].reverse().find((h) => sectionOrder(h.section!) < order);
  const successor = top.find((h) => sectionOrder(h.section!) > order);
  const title = doc.headings.find((h) => h.depth === 1);
  const depth = (predecessor ?? successor)?.depth ?? (title ? Math.min(title.depth + 1, 6) : 2);
  const end = (h: Heading) =>
    doc.headings.find((next) => next.start > h.start && next.depth <= h.depth && isPlace(next))?.start ??
    doc.text.length;
  const offset = predecessor ? end(predecessor) : successor ? successor.start : doc.text.length;
  return { offset, depth };
}

/**
 * The headings of recognised sections at the level sections live on (the shallowest level used by
 * any of them), so an inserted section never lands inside a subsection.
 */
function topLevelSections(recognised: readonly Heading[]): Heading[] {
  const level = Math.min(...recognised.map((h) => h.depth));
  return recognised.filter((h) => h.depth === level);
}
