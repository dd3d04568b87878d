// Where and how a missing section is inserted: after the nearest section that canonically comes
// before it, else before the nearest that comes after it, else at the end; with one blank line
// around the heading and its body. Used by quick fixes, the Insert Section command and completions.
import { eolOf, outsideCode, type Heading, type PolicyDocument } from './document';
import { sectionInfo, sectionOrder } from './sections';
import type { SectionId, TextEdit } from './types';

/** The template body as plain text: snippet tab stops keep their default text. */
export function plainTemplate(template: string): string {
  return template.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
}

/**
 * An edit inserting the section with its heading and `body` (by default the template body). It replaces the blank lines at
 * the insertion point (never text) so that exactly one blank line separates it from its neighbours.
 */
export function insertSectionEdit(doc: PolicyDocument, id: SectionId, body?: string): TextEdit {
  const { text } = doc;
  const position = sectionPosition(doc, id);
  const offset = outsideCode(doc, position.offset);
  const depth = position.depth;
  const eol = eolOf(text);
  let start = offset;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  const info = sectionInfo(id);
  const content = (body ?? plainTemplate(info.template)).replace(/\r?\n/g, eol);
  const before = start === 0 ? '' : eol + eol;
  const after = offset < text.length ? eol + eol : eol;
  return { start, end: offset, newText: `${before}${'#'.repeat(depth)} ${info.title}${eol}${eol}${content}${after}` };
}

/** Where a section goes and at which heading level. */
export function sectionPosition(doc: PolicyDocument, id: SectionId): { offset: number; depth: number } {
  const order = sectionOrder(id);
  const top = topLevelSections(doc);
  const predecessor = [...top].reverse().find((h) => sectionOrder(h.section!) < order);
  const successor = top.find((h) => sectionOrder(h.section!) > order);
  const title = doc.headings.find((h) => h.depth === 1);
  const depth = (predecessor ?? successor)?.depth ?? (title ? Math.min(title.depth + 1, 6) : 2);
  const offset = predecessor ? predecessor.contentEnd : successor ? successor.start : doc.text.length;
  return { offset, depth };
}

/**
 * The headings of recognised sections at the level sections live on (the shallowest level used by
 * any of them), so an inserted section never lands inside a subsection.
 */
function topLevelSections(doc: PolicyDocument): Heading[] {
  const recognised = doc.headings.filter((h) => h.section);
  const level = Math.min(...recognised.map((h) => h.depth));
  return recognised.filter((h) => h.depth === level);
}
