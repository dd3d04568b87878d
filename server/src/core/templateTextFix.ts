// SEC020's fix, built only when a code action or Fix All reads it (the rule reports it lazily): one
// fix per section, replacing the first template instruction with the section's template and removing
// the others, offered only where the author's text around the edits keeps its meaning. Checking that
// parses the edited text, too slow to do on every keystroke.
import type { Heading as MdHeading, Nodes } from 'mdast';
import { eolOf, lineOf, type Heading, type PolicyDocument } from './document';
import { fixFrom, templateBody } from './fixes';
import { blankLinesStart } from './insertSection';
import { keepsStructure } from './keepsMeaning';
import { TEMPLATE_OPENER, TEMPLATE_PHRASE } from './languages';
import { perDocument } from './memo';
import { parseMarkdown } from './parse';
import { matchSection, sectionInfo } from './sections';
import { contentRange, type Sentence } from './templateText';
import { applyEdits } from './textEdits';
import type { Fix, SectionId, TextEdit } from './types';

/** Template sentences of one section, which share one fix. */
export interface TemplateGroup {
  /** The recognised section the sentences stand in; instructions outside any are about reporting. */
  readonly section: SectionId;
  readonly heading?: Heading;
  readonly sentences: Sentence[];
}

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

/**
 * Whether every node in the block has its place in the text. Some nodes have none: the parser
 * makes links of bare addresses after an unmatched `[` without positions, and the text around them
 * loses its positions too. Such a block's words cannot be told apart from the sentence.
 */
function positioned(node: Nodes): boolean {
  return node.position !== undefined && (!('children' in node) || (node.children as Nodes[]).every(positioned));
}

/**
 * Only a paragraph or a heading can take the template's paragraphs in place of the sentence, and
 * only where no `security-policy-disable-next-line` in it or above it would then apply to another line.
 */
export function editable(doc: PolicyDocument, sentence: Sentence): boolean {
  const { block } = sentence;
  if (sentence.byPhrase || (block?.type !== 'paragraph' && block?.type !== 'heading')) return false;
  // Asked for every sentence, and a paragraph may hold thousands: the block's answer is kept.
  // (Per document: a reused chunk's block may stand under another comment in the next version.)
  const blocks = editableBlocks(doc);
  let answer = blocks.get(block);
  if (answer === undefined) blocks.set(block, (answer = editableBlock(doc, block)));
  return answer;
}

const editableBlocks = perDocument((): WeakMap<Nodes, boolean> => new WeakMap());

function editableBlock(doc: PolicyDocument, block: Nodes): boolean {
  if (!positioned(block)) return false;
  // A `disable-next-line` in the block, or on the line above it, applies to one of its lines; with
  // the template's paragraphs in place of the sentence it would apply to another.
  const [first, last] = [lineOf(doc, startOf(block)), lineOf(doc, endOf(block))];
  return !doc.comments.some((c) => {
    if (!/security-policy-disable-next-line/i.test(c.body)) return false;
    const target = lineOf(doc, c.end) + 1;
    return (startOf(block) <= c.start && c.start < endOf(block)) || (first <= target && target <= last);
  });
}

/**
 * One fix per section: the first instruction becomes the section's template and the others go
 * (never other text). Where the versions section already has its table, the instruction is only
 * removed. Instructions in a table cell or an HTML block are left alone (the template's paragraphs
 * cannot go there), and have no fix.
 */
export function templateTextFix(doc: PolicyDocument, group: TemplateGroup): Fix | undefined {
  const spans = spansOf(
    doc,
    group.sentences.filter((s) => editable(doc, s)),
  );
  if (spans.length === 0) return undefined;
  const { heading, section } = group;
  const hasTable =
    heading !== undefined && doc.tables.some((t) => t.start >= heading.end && t.start < heading.contentEnd);
  const body = section === 'supported-versions' && hasTable ? '' : templateBody(doc, section);
  const edits: TextEdit[] = [];
  let floor = 0;
  spans.forEach((span, i) => {
    const spanEdits =
      i === 0 && body !== '' ? replaceSpan(doc, span, body, group, hasTable) : [removeSpan(doc, span, floor)];
    edits.push(...spanEdits);
    floor = spanEdits.at(-1)!.end;
  });
  // The author's text around the edits keeps its blocks and inline nodes (keepsMeaning.ts): words before
  // the sentence can start a block with the template's first line that they did not start with the
  // sentence (` ``` ` in front of it opens a fence once the backtick after it has moved to the
  // template's last line), and markup around it can come apart (a link whose text it is). Nor may the
  // text the edits join make template text again. Such a fix is not offered.
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  if (joinsTemplateText(applyEdits(doc.text, sorted), sorted) || !keepsStructure(doc, sorted)) return undefined;
  const title =
    body === '' ? 'Remove the template instruction' : `Replace with the "${sectionInfo(section).title}" template`;
  return fixFrom(title, edits, { proposal: body !== '' });
}

/** Template text to edit as one: sentences of one block, with only white space between them. */
interface Span {
  readonly start: number;
  readonly end: number;
  readonly block: Nodes;
}

function spansOf(doc: PolicyDocument, sentences: readonly Sentence[]): Span[] {
  const spans: Span[] = [];
  for (const { start, end, block } of sentences) {
    const last = spans.at(-1);
    if (last && last.block === block && /^[\s>]*$/.test(doc.text.slice(last.end, start)))
      spans[spans.length - 1] = { ...last, end };
    else spans.push({ start, end, block: block! });
  }
  return spans;
}

/** What surrounds a span in its block, and how lines continue inside the block's containers. */
interface Around {
  /** The block has words before the span, or after it. */
  readonly lead: boolean;
  readonly tail: boolean;
  /** The prefix of a continuation line (block quote markers, list item indentation), and of a blank one. */
  readonly indent: string;
  readonly blank: string;
}

function around(doc: PolicyDocument, span: Span): Around {
  const { text } = doc;
  let lead = false;
  let tail = false;
  const visit = (node: Nodes): void => {
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') node.children.forEach(visit);
    else if (node.type === 'text' || node.type === 'inlineCode') {
      const [s, e] = [startOf(node), endOf(node)];
      if (s < span.start && /[^\s>]/.test(text.slice(s, Math.min(e, span.start)))) lead = true;
      if (e > span.end && /[^\s>]/.test(text.slice(Math.max(s, span.end), e))) tail = true;
    } else if (node.type === 'html' && !node.value.startsWith('<!--')) {
      // Inline tags are the sentence's markup; a comment (a suppression, a note) is the author's.
    } else if (node.type !== 'break') {
      // A link, image or reference: its destination is the author's too.
      if (startOf(node) < span.start) lead = true;
      if (endOf(node) > span.end) tail = true;
    }
  };
  if ('children' in span.block) (span.block.children as Nodes[]).forEach(visit);
  const lineStart = doc.lineStarts[lineOf(doc, startOf(span.block))]!;
  // A task list item's checkbox is text, not indentation.
  const prefix = text.slice(lineStart, startOf(span.block)).replace(/\[[ xX]\][ \t]*$/, '');
  const indent = prefix.replace(/[^\s>]/g, ' ');
  return { lead, tail, indent, blank: indent.trimEnd() };
}

/** Whether the rest of the line at `offset` and the line after it are blank (or the text ends). */
function blankAfter(text: string, offset: number): boolean {
  return /^[ \t]*(?:$|(?:\r\n|\r(?!\n)|\n)[ \t>]*(?:$|\r|\n))/.test(text.slice(offset, offset + 200));
}

/** The start of the span's line joined to the end of the line before, when only container markers precede it on its line; else the span's start, without the spaces before it. */
function afterPrevious(doc: PolicyDocument, at: number, floor: number): number {
  const { text } = doc;
  let from = at;
  const lineStart = doc.lineStarts[lineOf(doc, at)]!;
  if (lineStart > floor && /^[ \t>]*$/.test(text.slice(lineStart, at))) {
    from = lineStart;
    if (text[from - 1] === '\n') from--;
    if (text[from - 1] === '\r') from--;
  }
  while (from > floor && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return from;
}

/** The next text of the block after `at`: past spaces, and past a line break and the next line's container markers. */
function nextContent(text: string, at: number): number {
  const m = /^[ \t]*(?:(?:\r\n|\r|\n)[ \t>]*)?/.exec(text.slice(at, at + 200))!;
  return at + m[0].length;
}

/** Removes the span; where it was the whole block, the block goes with the blank line before it. */
function removeSpan(doc: PolicyDocument, span: Span, floor: number): TextEdit {
  const { text } = doc;
  const { lead, tail } = around(doc, span);
  if (lead) return { start: afterPrevious(doc, span.start, floor), end: span.end, newText: '' };
  if (tail) return { start: span.start, end: nextContent(text, span.end), newText: '' };
  let start = startOf(span.block);
  const end = endOf(span.block);
  // With a blank line after, the one before can go; otherwise the emptied line keeps its neighbours apart.
  if (blankAfter(text, end)) start = blankLinesStart(text, start, floor);
  return { start, end, newText: '' };
}

/** A template line that is a table row or list item: the author's text next to it would join the table or list. */
const BLOCK_LINE = /^(?:\||[-*+][ \t]|\d{1,9}[.)][ \t])/;

/**
 * Replaces the span with the template, in the block quote or list item of the sentence. The
 * author's words before and after it in the paragraph stay in it: they run on into the template's
 * first and last paragraphs as the sentence did (with a space where they were glued to it), and
 * are paragraphs of their own next to a template table or list.
 */
function replaceSpan(
  doc: PolicyDocument,
  span: Span,
  body: string,
  group: TemplateGroup,
  hasTable: boolean,
): TextEdit[] {
  const { text } = doc;
  const context = around(doc, span);
  const { lead, tail, indent, blank } = context;
  const eol = eolOf(text);
  const paragraphBreak = `${eol}${blank}${eol}${indent}`;
  const lines = body
    .split(/\r\n|\r|\n/)
    .map((line, i) => (i === 0 ? line : line === '' ? blank : indent + line))
    .join(eol);
  if (span.block.type === 'heading')
    return replaceInHeading(doc, span, span.block, `${paragraphBreak}${lines}`, group, hasTable, context);
  if (!lead && !tail) return [{ start: startOf(span.block), end: endOf(span.block), newText: lines }]; // with the paragraph's markup
  const leadApart = lead && BLOCK_LINE.test(body);
  const tailApart = tail && BLOCK_LINE.test(body.slice(body.search(/[^\r\n]*$/)));
  const glued = tail && !tailApart && /\S/.test(text[span.end] ?? '');
  return [
    {
      start: leadApart ? afterPrevious(doc, span.start, 0) : span.start,
      end: tailApart ? nextContent(text, span.end) : span.end,
      newText: `${leadApart ? paragraphBreak : ''}${lines}${tailApart ? paragraphBreak : glued ? ' ' : ''}`,
    },
  ];
}

/**
 * In a heading, the section's title takes the place of a sentence that was all the heading said;
 * otherwise the sentence goes and the heading keeps the author's words, followed by a heading with
 * the section's title where those no longer name the section the sentence made it. The template's
 * paragraphs follow the heading, with a blank line before the next line so that it does not join them.
 */
function replaceInHeading(
  doc: PolicyDocument,
  span: Span,
  heading: MdHeading,
  blocks: string,
  group: TemplateGroup,
  hasTable: boolean,
  around: Around,
): TextEdit[] {
  const { text } = doc;
  const { lead, tail, indent, blank } = around;
  const eol = eolOf(text);
  const { title } = sectionInfo(group.section);
  const end = endOf(heading);
  const next = blankAfter(text, end) ? '' : `${eol}${blank}`;
  if (!lead && !tail)
    return [
      { start: span.start, end: span.end, newText: title },
      { start: end, end, newText: `${blocks}${next}` },
    ];
  // The heading's words without any template sentence (the others in it go too).
  const { start: contentStart, end: contentEnd } = contentRange(heading);
  let rest = '';
  let at = contentStart;
  for (const sentence of group.sentences.filter((s) => s.block === heading)) {
    rest += `${text.slice(at, sentence.start)} `;
    at = sentence.end;
  }
  rest += text.slice(at, contentEnd);
  const named =
    group.heading?.start !== startOf(heading) || matchSection(headingText(rest), hasTable) === group.section;
  const titleHeading = named ? '' : `${eol}${blank}${eol}${indent}${'#'.repeat(heading.depth)} ${title}`;
  return [
    lead
      ? { start: afterPrevious(doc, span.start, 0), end: span.end, newText: '' }
      : { start: span.start, end: nextContent(text, span.end), newText: '' },
    { start: end, end, newText: `${titleHeading}${blocks}${next}` },
  ];
}

/** The visible text of a heading with `content` (Markdown), as the document names headings: without HTML, comments among it. */
function headingText(content: string): string {
  const visible = (node: Nodes): string =>
    node.type === 'html'
      ? ''
      : 'value' in node
        ? node.value
        : 'children' in node
          ? (node.children as Nodes[]).map(visible).join('')
          : '';
  return visible(parseMarkdown(`# ${content.replace(/[\r\n]+/g, ' ')}`)).trim();
}

/**
 * Whether template wording runs across a place where the edits join text (`edited`, the text
 * after them), or starts after one in the same sentence: a sentence cut short by a stray `?` leaves
 * its second half, and removing the first half can make template wording of it and the words before
 * ("Versions" of the heading above), or leave it as a template sentence of its own, so the fix would
 * leave template text behind (or make more).
 */
function joinsTemplateText(edited: string, sorted: readonly TextEdit[]): boolean {
  const joins: number[] = [];
  let shift = 0;
  for (const e of sorted) {
    joins.push(e.start + shift, e.start + shift + e.newText.length);
    shift += e.newText.length - (e.end - e.start);
  }
  // Also wording that begins after a join but before the sentence there ends: the rest of a sentence
  // the finding cut short (at `?<project>`, at an address glued to a word) that is template itself.
  const sentenceEnd = (at: number) => {
    const rest = edited.slice(at).search(/[.!?。！？](?=\s|$)|\n[ \t]*\n/);
    return rest < 0 ? edited.length : at + rest;
  };
  return [TEMPLATE_OPENER, TEMPLATE_PHRASE].some((pattern) =>
    [
      ...edited.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)),
    ].some((m) =>
      joins.some((at) => (m.index < at && at < m.index + m[0].length) || (at <= m.index && m.index < sentenceEnd(at))),
    ),
  );
}
