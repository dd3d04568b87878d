import type { List, Nodes, Root, Table } from 'mdast';
import type { Point } from 'unist';
import { fenceRunsToEnd } from './fences';
import type { ParseLimit } from './limits';
import { perDocument } from './memo';
import { blankRanges } from './textEdits';
import { parseMarkdown } from './parse';
import { countAtMost } from './sorted';
import { matchSection } from './sections';
import type { SectionId } from './types';

export interface Heading {
  readonly depth: number;
  /** Visible text of the heading. */
  readonly text: string;
  /** Range of the whole heading (markers included). */
  readonly start: number;
  readonly end: number;
  /** True for `<h1>`–`<h6>` written as HTML. */
  readonly html: boolean;
  readonly section?: SectionId;
  /** End of this heading's content: the next heading of the same or a higher level, or the end of the text. */
  readonly contentEnd: number;
}

export interface Cell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface TableRow {
  readonly cells: readonly Cell[];
  readonly start: number;
  readonly end: number;
}

export interface PolicyTable {
  readonly header: TableRow;
  readonly rows: readonly TableRow[];
  readonly start: number;
  readonly end: number;
}

/** An HTML comment outside code. */
export interface Comment {
  /** The text between `<!--` and `-->`. */
  readonly body: string;
  readonly start: number;
  readonly end: number;
}

export interface Link {
  readonly url: string;
  readonly start: number;
  readonly end: number;
}

/** A parsed policy: the raw text plus the views the rules work from. */
export interface PolicyDocument {
  readonly text: string;
  readonly tree: Root;
  readonly headings: readonly Heading[];
  readonly tables: readonly PolicyTable[];
  readonly links: readonly Link[];
  readonly comments: readonly Comment[];
  /** Fenced and indented code blocks. */
  readonly codeBlocks: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  /**
   * The text with code spans, fenced/indented code and HTML comments blanked out (every character
   * but line breaks becomes a space), so offsets match `text`. Contacts and placeholders are looked
   * for here: examples in code are not the policy speaking. Comments are those the parser sees in
   * HTML; one that does not close there is blanked to the end of its HTML block (`<!--` in a
   * paragraph is text, which GitHub shows).
   */
  readonly prose: string;
  /** Offset of the start of each line. */
  readonly lineStarts: readonly number[];
  /**
   * `full`: parsed. `text-only`: built without the parser (limits.ts), with no headings, tables or
   * links, so only the rules whose `input` is `text` run on it.
   */
  readonly parse: 'full' | 'text-only';
  /** Why a text-only document was not parsed; the analysis reports it first (SEC000). */
  readonly limit?: ParseLimit;
}

export function createPolicyDocument(text: string): PolicyDocument {
  return assembleDocument(text, [{ offset: 0, line: 0, facts: chunkFacts(text, parseMarkdown(text)) }]);
}

type RawHeading = Omit<Heading, 'section' | 'contentEnd'>;

/**
 * What one parsed stretch of text contributes to a document: its views, as the document's (`prose`
 * blanked the same way), with offsets relative to that text. A whole document is one chunk; the
 * incremental parser (incremental.ts) caches one per section.
 */
export interface ChunkFacts extends Pick<
  PolicyDocument,
  'text' | 'tree' | 'tables' | 'links' | 'comments' | 'codeBlocks' | 'prose'
> {
  readonly headings: readonly RawHeading[];
  /** Code, code spans and HTML comments, blanked in `prose`. */
  readonly blanked: ReadonlyArray<readonly [number, number]>;
}

/** A chunk placed in a document: its first character is at `offset`, on zero-based `line`. */
export interface PlacedChunk {
  readonly offset: number;
  readonly line: number;
  readonly facts: ChunkFacts;
  /**
   * The chunk starts with the next items of the list the chunk before it ends with (a list cut
   * between two items, with no blank line between them): in the document they are one list.
   */
  readonly continuesList?: boolean;
}

export function chunkFacts(text: string, tree: Root): ChunkFacts {
  const headings: RawHeading[] = [];
  const tables: PolicyTable[] = [];
  const links: Link[] = [];
  const comments: Comment[] = [];
  const codeBlocks: Array<{ start: number; end: number }> = [];
  const blanked: Array<[number, number]> = [];
  // The end of an AsciiDoc listing's opening (`[source,bash]` over `----`), which Markdown reads as a heading.
  let listingOpenedAt = -1;

  walk(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'heading': {
        // AsciiDoc's `[source,bash]` / `----` / code / `----` reads as two headings underlined with
        // hyphens: the listing's code, not sections.
        const source = text.slice(start, end);
        const opensListing = ASCIIDOC_BLOCK_ATTRIBUTE.test(source);
        if (
          opensListing ||
          (listingOpenedAt >= 0 && /^\r?\n$/.test(text.slice(listingOpenedAt, start)) && HYPHEN_UNDERLINED.test(source))
        ) {
          listingOpenedAt = opensListing ? end : -1;
          codeBlocks.push({ start, end });
          blanked.push([start, end]);
          break;
        }
        headings.push({ depth: node.depth, text: plainText(node).trim(), start, end, html: false });
        break;
      }
      case 'html':
        collectHtml(node.value, start, headings, links, comments);
        // From the source, whose offsets hold inside block quotes too.
        for (const m of text.slice(start, end).matchAll(/<!--[\s\S]*?(?:-->|$)/g))
          blanked.push([start + m.index, start + m.index + m[0].length]);
        break;
      case 'code':
        codeBlocks.push({ start, end });
        blanked.push([start, end]);
        break;
      case 'inlineCode':
        blanked.push([start, end]);
        break;
      case 'paragraph': {
        // AsciiDoc and reStructuredText comments and org-mode settings, which their renderers hide: Markdown reads them as text.
        const paragraph = text.slice(start, end);
        if (isForeignComment(paragraph)) blanked.push([start, end]);
        // An AsciiDoc or org-mode section title, which Markdown reads as text: its first line.
        const title = FOREIGN_TITLE.exec(paragraph);
        if (title)
          headings.push({
            depth: Math.min(6, title[1]!.length),
            text: title[2]!.replace(/[ \t]+=+$/, ''),
            start,
            end: start + title[0].length,
            html: false,
          });
        break;
      }
      case 'definition':
        // `[//]: # (a note)`, `[comment]: <> (…)`: Markdown's comment, a definition of nothing that no
        // renderer shows, hidden as an HTML comment is.
        if (node.url === '#' || node.url === '') {
          blanked.push([start, end]);
          break;
        }
        links.push({ url: node.url, start, end });
        break;
      case 'link':
        links.push({ url: node.url, start, end });
        break;
      case 'table':
        tables.push(toTable(node, text));
        break;
    }
  });
  return { text, tree, headings, tables, links, comments, codeBlocks, blanked, prose: blankRanges(text, blanked) };
}

/** An AsciiDoc block attribute line over a listing delimiter: `[source,bash]` then `----`. */
const ASCIIDOC_BLOCK_ATTRIBUTE = /^\[[^\]\n]*\][ \t]*\r?\n-{4,}[ \t]*$/;
const HYPHEN_UNDERLINED = /\n-{4,}[ \t]*$/;

/**
 * `== Reporting a Vulnerability` (AsciiDoc: one `=` per level, the document title at one), `** Supported
 * Versions` (org-mode; its first level, `* x`, is a Markdown bullet), `== Scope ==` (wiki style).
 */
const FOREIGN_TITLE = /^(={1,6}|\*{2,6})[ \t]+(\S[^\n]*?)[ \t]*(?=\r?\n|$)/;

/**
 * A paragraph that is an AsciiDoc line comment on every line (`// …`, not `///`), or a reStructuredText
 * comment (`.. text` that is no directive `name::`, target `_x:`, footnote `[1]` or substitution `|x|`).
 */
function isForeignComment(paragraph: string): boolean {
  const lines = paragraph.split(/\r\n|\r|\n/);
  if (lines.every((line) => /^[ \t>]*\/\/(?!\/)/.test(line))) return true;
  // org-mode's export settings (`#+TITLE:`, `#+AUTHOR:`, `#+EMAIL: the author's address`): metadata, not text.
  if (lines.every((line) => /^#\+\w+:/.test(line))) return true;
  return /^\.\.[ \t]+(?![_[|])(?![\w-]+::)\S/.test(lines[0]!);
}

/**
 * Joins chunks that tile `text` in order into one document. With a single chunk at offset 0 nothing
 * is copied; otherwise the chunks' facts are shifted to document offsets, and the tree is built on
 * first use (only some code actions read it).
 */
export function assembleDocument(text: string, chunks: readonly PlacedChunk[]): PolicyDocument {
  const rawHeadings: RawHeading[] = [];
  const tables: PolicyTable[] = [];
  const links: Link[] = [];
  const comments: Comment[] = [];
  const codeBlocks: Array<{ start: number; end: number }> = [];
  for (const { offset: d, facts } of chunks) {
    if (d === 0) {
      rawHeadings.push(...facts.headings);
      tables.push(...facts.tables);
      links.push(...facts.links);
      comments.push(...facts.comments);
      codeBlocks.push(...facts.codeBlocks);
      continue;
    }
    for (const h of facts.headings) rawHeadings.push({ ...h, start: h.start + d, end: h.end + d });
    for (const t of facts.tables) tables.push(shiftTable(t, d));
    for (const l of facts.links) links.push({ ...l, start: l.start + d, end: l.end + d });
    for (const c of facts.comments) comments.push({ ...c, start: c.start + d, end: c.end + d });
    for (const b of facts.codeBlocks) codeBlocks.push({ start: b.start + d, end: b.end + d });
  }

  rawHeadings.sort((a, b) => a.start - b.start);
  const contentEnds = contentEndsOf(rawHeadings, text.length);
  const headings = rawHeadings.map((h, i): Heading => {
    const contentEnd = contentEnds[i]!;
    const section = matchSection(h.text, hasTableIn(tables, h.end, contentEnd));
    return section ? { ...h, section, contentEnd } : { ...h, contentEnd };
  });

  const prose = chunks.length === 1 ? chunks[0]!.facts.prose : chunks.map((c) => c.facts.prose).join('');
  const parts = {
    text,
    headings,
    tables,
    links,
    comments,
    codeBlocks,
    prose,
    lineStarts: lineStartsOf(text),
    parse: 'full' as const,
  };
  if (chunks.length === 1 && chunks[0]!.offset === 0) return { ...parts, tree: chunks[0]!.facts.tree };
  let tree: Root | undefined;
  const doc: PolicyDocument = {
    ...parts,
    get tree(): Root {
      tree ??= mergeTrees(chunks);
      return tree;
    },
  };
  CHUNKS.set(doc, chunks);
  return doc;
}

/** The chunks of an assembled document, whose top-level blocks are known without merging their trees. */
const CHUNKS = new WeakMap<PolicyDocument, readonly PlacedChunk[]>();

/**
 * The trees a document is made of, each with the offset of its text: an assembled document's chunk
 * trees (the same objects while their chunks are unchanged; no merged tree is built), or its own.
 */
export function treesOf(doc: PolicyDocument): ReadonlyArray<{ readonly tree: Root; readonly offset: number }> {
  return CHUNKS.get(doc)?.map((c) => ({ tree: c.facts.tree, offset: c.offset })) ?? [{ tree: doc.tree, offset: 0 }];
}

function shiftTable(t: PolicyTable, d: number): PolicyTable {
  const row = (r: TableRow): TableRow => ({
    cells: r.cells.map((c) => ({ ...c, start: c.start + d, end: c.end + d })),
    start: r.start + d,
    end: r.end + d,
  });
  return { header: row(t.header), rows: t.rows.map(row), start: t.start + d, end: t.end + d };
}

/**
 * One root over the chunks' top-level nodes, copied with positions moved to document offsets and
 * lines; a list continued in the next chunk is one list (no blank line between its parts, so it is
 * loose only where one of them is).
 */
function mergeTrees(chunks: readonly PlacedChunk[]): Root {
  const children: Root['children'] = [];
  let end: Point = { line: 1, column: 1, offset: 0 };
  for (const { offset, line, facts, continuesList } of chunks) {
    const moved = facts.tree.children.map((child) => shifted(child, offset, line));
    const list = children.at(-1);
    if (continuesList && list?.type === 'list' && moved[0]?.type === 'list') {
      const rest = moved.shift() as List;
      list.children.push(...rest.children);
      list.spread = Boolean(list.spread || rest.spread);
      if (list.position && rest.position) list.position = { start: list.position.start, end: rest.position.end };
    }
    children.push(...moved);
    const last = facts.tree.position?.end;
    if (last) end = { line: last.line + line, column: last.column, offset: (last.offset ?? 0) + offset };
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

function shifted<T extends Nodes>(node: T, offset: number, line: number): T {
  const copy = { ...node } as T & { children?: Nodes[] };
  if (node.position) {
    const move = (p: Point): Point => ({ line: p.line + line, column: p.column, offset: (p.offset ?? 0) + offset });
    copy.position = { start: move(node.position.start), end: move(node.position.end) };
  }
  if ('children' in node) copy.children = (node.children as Nodes[]).map((c) => shifted(c, offset, line));
  return copy;
}

/** The heading a whole-document finding is attached to: the title, else the first heading, else the first line. */
export function documentAnchor(doc: PolicyDocument): { start: number; end: number } {
  const title = doc.headings.find((h) => h.depth === 1) ?? doc.headings[0];
  if (title) return { start: title.start, end: title.end };
  // The first visible line: comments are blanked in `prose`, so they are skipped; a document that is
  // all code falls back to its first line of text.
  const match = /\S[^\r\n]*/.exec(doc.prose) ?? /\S[^\r\n]*/.exec(doc.text);
  if (!match) return { start: 0, end: 0 };
  const line = doc.text.slice(match.index, match.index + match[0].length);
  return { start: match.index, end: match.index + line.trimEnd().length };
}

/** A top-level block of a document. */
interface Block {
  readonly type: Nodes['type'];
  readonly start: number;
  readonly end: number;
}

/** Whether a top-level block of the document starts at `offset`. */
export function startsBlock(doc: PolicyDocument, offset: number): boolean {
  const blocks = blocksOf(doc);
  return blocks[blockIndex(blocks, offset)]?.start === offset;
}

const BLOCKS = new WeakMap<PolicyDocument, Block[]>();

/** The document's top-level blocks, in order, without building the merged tree of an assembled document. */
function blocksOf(doc: PolicyDocument): Block[] {
  let blocks = BLOCKS.get(doc);
  if (!blocks) {
    const shifted = (tree: Root, offset: number) =>
      tree.children.map((b) => ({ type: b.type, start: startOf(b) + offset, end: endOf(b) + offset }));
    const chunks = CHUNKS.get(doc);
    if (chunks) {
      blocks = [];
      for (const c of chunks) {
        const own = shifted(c.facts.tree, c.offset);
        if (c.continuesList && own[0]?.type === 'list' && blocks.at(-1)?.type === 'list')
          blocks.push({ ...blocks.pop()!, end: own.shift()!.end });
        blocks.push(...own);
      }
    } else blocks = shifted(doc.tree, 0);
    BLOCKS.set(doc, blocks);
  }
  return blocks;
}

/** The index of the last block that starts at or before `offset`, or -1. */
function blockIndex(blocks: readonly Block[], offset: number): number {
  return countAtMost(blocks, offset, (b) => b.start) - 1;
}

/** The block that holds `offset` (from its start, exclusive of its end). */
function blockHolding(blocks: readonly Block[], offset: number): Block | undefined {
  const block = blocks[blockIndex(blocks, offset)];
  return block && offset < block.end ? block : undefined;
}

/**
 * Where blocks meant for `offset` can be inserted as blocks of their own: `offset` itself, or moved
 * back to the start of the top-level block it falls in (a list, block quote or HTML block holding
 * a heading), in front of a block that runs to the end of the text (a fence without its closing
 * fence, an HTML block such as a comment without its end marker), which would swallow whatever
 * comes after it, and in front of comments right above the block after it, which belong to it.
 * The result is the start of a line or of the text.
 */
export function blockBoundary(doc: PolicyDocument, offset: number): number {
  const { text } = doc;
  const blocks = blocksOf(doc);
  const last = blocks.at(-1);
  let p = offset;
  for (;;) {
    // Only the last block can run to the end.
    const block = last && last.start < p && runsToEnd(text, last) ? last : blockHolding(blocks, p);
    if (block && block.start < p) {
      p = block.start;
      continue;
    }
    // Only a document without a tree (limits.ts) has code and comments outside its blocks.
    const hidden = blocks.length === 0 && [...doc.codeBlocks, ...doc.comments].find((c) => c.start < p && p < c.end);
    if (!hidden) break;
    p = hidden.start;
  }
  // The line's indentation stays with its block, and a byte order mark stays the first character:
  // text after one is read as the start of the text, where ` <!--` opens an HTML block; put in
  // front of it, the mark would be text of the line.
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (p < first) return first;
  let lineStart = p;
  while (lineStart > first && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  if (lineStart === first) return first;
  if (text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') return p;
  // Comments on the lines right above a block belong to it (a note), and so does a
  // `security-policy-disable-next-line` on the line above, unless the block is code, where it
  // has nothing to apply to: they stay together.
  const below = blocks[blockIndex(blocks, lineStart - 1) + 1];
  if (!below) return lineStart;
  for (;;) {
    const above = lastBefore(doc.comments, lineStart);
    if (!above || lineStart <= first || lineOf(doc, above.end) !== lineOf(doc, lineStart) - 1) return lineStart;
    const holder = blockHolding(blocks, above.start);
    const commentsOnly =
      holder &&
      text
        .slice(holder.start, holder.end)
        .replace(/<!--[\s\S]*?-->/g, '')
        .trim() === '';
    const directive = below.type !== 'code' && /security-policy-disable-next-line/i.test(above.body);
    if (!holder || !(commentsOnly || directive)) return lineStart;
    lineStart = Math.max(holder.start, first);
    while (lineStart > first && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  }
}

/** The last of `comments` (in document order) that ends at or before `offset`. */
function lastBefore(comments: readonly Comment[], offset: number): Comment | undefined {
  for (let i = comments.length - 1; i >= 0; i--) if (comments[i]!.end <= offset) return comments[i];
  return undefined;
}

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

/** HTML blocks that only their end marker closes, not a blank line (CommonMark HTML block types 1–5). */
const HTML_UNTIL_MARKER: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/**
 * A top-level block that takes in everything after it: a fenced code block whose last line is not
 * its closing fence (an info string makes `~~~ md` an opening, not a closing), or an HTML block of
 * types 1–5 without its end marker.
 */
function runsToEnd(text: string, block: Block): boolean {
  if (block.type !== 'code' && block.type !== 'html') return false;
  const raw = text.slice(block.start, block.end);
  if (block.type === 'code') return fenceRunsToEnd(raw, true);
  const html = raw.trimStart();
  for (const [start, end] of HTML_UNTIL_MARKER) {
    const m = start.exec(html);
    if (m) return !end.test(html.slice(m[0].length));
  }
  return false;
}

/** The innermost recognised section an offset lies in, if any. */
export function sectionAt(doc: PolicyDocument, offset: number): Heading | undefined {
  let found: Heading | undefined;
  for (const h of doc.headings) {
    if (h.start > offset) break;
    if (h.section && offset < h.contentEnd && (!found || h.depth >= found.depth)) found = h;
  }
  return found;
}

/**
 * For each heading, the index of the heading it stands under (the last earlier one of a lower depth),
 * or undefined for a top-level one.
 */
export const headingParents = perDocument((doc: PolicyDocument): readonly (number | undefined)[] => {
  const parents: (number | undefined)[] = [];
  const open: number[] = [];
  doc.headings.forEach((heading, index) => {
    while (open.length > 0 && doc.headings[open.at(-1)!]!.depth >= heading.depth) open.pop();
    parents.push(open.at(-1));
    open.push(index);
  });
  return parents;
});

export function sectionsOf(doc: PolicyDocument, id: SectionId): Heading[] {
  return doc.headings.filter((h) => h.section === id);
}

/** Zero-based line number of an offset. */
export function lineOf(doc: PolicyDocument, offset: number): number {
  return lineAt(doc.lineStarts, offset);
}

/** Zero-based line number of an offset, given the offsets the lines start at (lineStartsOf). */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  return Math.max(0, countAtMost(lineStarts, offset) - 1);
}

/** Where each heading's content ends: the next heading of the same or a higher level (one backward pass). */
function contentEndsOf(headings: ReadonlyArray<{ depth: number; start: number }>, textEnd: number): number[] {
  const nextAtDepth = new Array<number>(7).fill(textEnd);
  const ends = new Array<number>(headings.length);
  for (let i = headings.length - 1; i >= 0; i--) {
    const { depth, start } = headings[i]!;
    ends[i] = Math.min(...nextAtDepth.slice(1, depth + 1));
    nextAtDepth[depth] = start;
  }
  return ends;
}

/** Whether a table starts in [from, to); `tables` are in document order. */
function hasTableIn(tables: readonly PolicyTable[], from: number, to: number): boolean {
  // Offsets are whole numbers: the tables before `from` are those at most `from - 1`.
  const first = tables[countAtMost(tables, from - 1, (t) => t.start)];
  return first !== undefined && first.start < to;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

function plainText(node: Nodes): string {
  if (node.type === 'html') return '';
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(plainText).join('');
  return '';
}

const HTML_HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
const HTML_HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function collectHtml(html: string, offset: number, headings: RawHeading[], links: Link[], comments: Comment[]): void {
  for (const m of html.matchAll(/<!--([\s\S]*?)-->/g)) {
    comments.push({ body: m[1]!, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  for (const m of html.matchAll(HTML_HEADING)) {
    const text = decodeCharacterReferences(m[2]!.replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    headings.push({
      depth: Number(m[1]),
      text,
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      html: true,
    });
  }
  // (an attribute's character references are decoded: `href="mailto:&#115;&#101;…"` is an address)
  for (const m of html.matchAll(HTML_HREF)) {
    const url = decodeCharacterReferences(m[1] ?? m[2] ?? '');
    links.push({ url, start: offset + m.index, end: offset + m.index + m[0].length });
  }
}

/** HTML's named references that policies use, and numeric ones: `&amp;`, `&#64;`, `&#x2e;`. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(
    /&(?:(amp|lt|gt|quot|nbsp)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi,
    (reference, name?: string, decimal?: string, hex?: string) => {
      if (name)
        return (
          ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' } as Record<string, string>)[name.toLowerCase()] ?? ''
        );
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    },
  );
}

function toTable(node: Table, text: string): PolicyTable {
  const rows = node.children.map((row): TableRow => {
    const cells = row.children.map((cell): Cell => {
      const start = cell.position?.start.offset ?? 0;
      const end = cell.position?.end.offset ?? start;
      return { text: plainText(cell).trim(), ...trimmedCellRange(text, start, end) };
    });
    return { cells, start: row.position?.start.offset ?? 0, end: row.position?.end.offset ?? 0 };
  });
  const [header, ...body] = rows;
  return {
    header: header ?? { cells: [], start: 0, end: 0 },
    rows: body,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
  };
}

/** A GFM cell's position spans its pipes and padding; findings want just the content. */
function trimmedCellRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && (text[s] === '|' || text[s] === ' ' || text[s] === '\t')) s++;
  while (e > s && (text[e - 1] === '|' || text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  return { start: s, end: e };
}

/** The line break new text should use: CRLF where the text already has one, LF otherwise. */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Offset of the start of each line (LF, CRLF or CR endings). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
