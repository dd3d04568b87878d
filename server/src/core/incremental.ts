// Incremental parsing: a document is cut into chunks at ATX heading lines (and at paragraphs and list
// items, see `cutsOf`), each chunk is parsed on its own and cached by its text, and the chunks' facts are shifted into place. An edit then re-parses
// only the chunk it touched. The result must equal `createPolicyDocument(text)`
// (test/unit/incremental.property.slow.ts compares findings and trees after random edits).
//
// Why a heading line is a safe cut: an ATX heading at column 0 closes every open block (lists and
// block quotes do not continue into it, it is never paragraph continuation), so the parser starts
// afresh after it. Two things break that: a fenced code or HTML block still open when the heading
// line comes (checked on each chunk's own parse, which then absorbs the next chunk), and link or
// footnote definitions, which apply across the whole document: `[x]` is a reference only when some
// chunk defines `x`. So every chunk is parsed with the labels the whole document defines (parse.ts),
// the parse notes which labels it looked up, and a chunk is parsed again only when a lookup would
// now get another answer (a definition added, removed or renamed elsewhere). A list cut between its
// items is one list again in the assembled document (document.ts).
import { closesFence, fenceOpening, fenceRunsToEnd, type FenceOpening } from './fences';
import { assembleDocument, chunkFacts, createPolicyDocument, type ChunkFacts, type PolicyDocument } from './document';
import type { List, Nodes } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { parseWithLabels, type LabelUse, type Labels } from './parse';

export interface ParserStats {
  /** Chunks parsed (cache misses) and their total length. */
  parses: number;
  parsedChars: number;
  /** Chunks taken from the cache. */
  reused: number;
  /** Documents parsed whole because their chunks could not reproduce a whole parse (expected: never). */
  fallbacks: number;
}

export interface PolicyParser {
  /** The document for `text`; only chunks not seen recently are parsed. */
  document(text: string): PolicyDocument;
  /**
   * The same work in steps: the generator pauses after each chunk it had to parse, so a caller can
   * answer other requests in between or give up on a text that is already outdated.
   */
  steps(text: string): Generator<void, PolicyDocument, void>;
  /** A recently built document for `text`, if any (no parsing). */
  peek(text: string): PolicyDocument | undefined;
  /** Counters since the parser was created. */
  readonly stats: Readonly<ParserStats>;
}

export interface PolicyParserOptions {
  /**
   * Cached chunk text kept beyond the chunks of the latest document, in characters; the default keeps
   * about one more copy of the document (what an undo or a completion's variant needs).
   */
  readonly spareChars?: number;
}

/** A cut: where a chunk starts, and on which zero-based line; `item` when it is a list item's marker line. */
interface Cut {
  readonly offset: number;
  readonly line: number;
  readonly item?: true;
}

export function createPolicyParser(options: PolicyParserOptions = {}): PolicyParser {
  // Insertion order is recency order: a chunk used again is moved to the end.
  const cache = new Map<string, Parsed>();
  let cachedChars = 0;
  // The last two documents built: the analysed text and, say, a completion's variant of it.
  let recent: Recent[] = [];
  const stats: ParserStats = { parses: 0, parsedChars: 0, reused: 0, fallbacks: 0 };

  /** The cached parse of `text` if its references resolve the same way under `labels`. */
  function lookup(text: string, labels: Labels): Parsed | undefined {
    const parsed = cache.get(text);
    if (!parsed || !fits(parsed, labels)) return undefined;
    cache.delete(text);
    cache.set(text, parsed);
    stats.reused++;
    return parsed;
  }

  function parse(text: string, labels: Labels): Parsed {
    const { tree, use } = parseWithLabels(text, labels);
    const parsed: Parsed = { facts: chunkFacts(text, tree), use, fitsLabels: labels };
    stats.parses++;
    stats.parsedChars += text.length;
    if (cache.has(text)) cache.delete(text);
    else cachedChars += text.length;
    cache.set(text, parsed);
    return parsed;
  }

  function evict(keep: number): void {
    for (const [text] of cache) {
      if (cachedChars <= keep) break;
      cache.delete(text);
      cachedChars -= text.length;
    }
  }

  /**
   * The cuts to parse at. A chunk parse has a fixed cost (micromark combines its constructs and
   * mdast-util-from-markdown builds its compiler on every call, about 0.1 ms), so a list is cut at its
   * items only where typing goes on: not in the first parse of a document, and not in a stretch
   * between other cuts whose text is cached whole. An edited list is parsed item by item once, and
   * then typing in an item re-parses that item alone.
   */
  function cutsToParse(all: readonly Cut[], text: string, labels: Labels): Cut[] {
    if (recent.length === 0) return all.filter((c) => !c.item);
    const kept: Cut[] = [];
    for (let k = 0; k < all.length;) {
      let next = k + 1;
      while (next < all.length && all[next]!.item) next++;
      const whole = cache.get(text.slice(all[k]!.offset, next < all.length ? all[next]!.offset : text.length));
      if (whole && fits(whole, labels)) kept.push(all[k]!);
      else kept.push(...all.slice(k, next));
      k = next;
    }
    return kept;
  }

  function* steps(text: string): Generator<void, PolicyDocument, void> {
    const known = recent.find((r) => r.text === text);
    if (known) return known.doc;
    // The labels the document is expected to define: those of the previous version (an edit seldom
    // changes them), or a line scan of a text seen for the first time. A wrong guess costs re-parses.
    const guess = recent[0]?.labels ?? scanLabels(text);
    const cuts = cutsToParse(cutsOf(text), text, guess);
    const placed: Array<{ offset: number; line: number; end: number; parsed: Parsed; continuesList: boolean }> = [];
    for (let i = 0; i < cuts.length;) {
      let j = i + 1;
      for (;;) {
        const end = j < cuts.length ? cuts[j]!.offset : text.length;
        const chunk = text.slice(cuts[i]!.offset, end);
        let parsed = lookup(chunk, guess);
        if (!parsed) {
          parsed = parse(chunk, guess);
          yield;
        }
        // The chunk leaves a block open that would swallow the next heading line, or the next list
        // item's line would not start an item after it: parse them together, with as many more cuts
        // as are joined already, so that a block running on over many cuts (an HTML comment left
        // open above a long list) costs parses of doubling length, not one per cut.
        if (j < cuts.length && (runsOn(parsed.facts) || (cuts[j]!.item && !startsItemAfter(parsed.facts, text, end)))) {
          j = Math.min(cuts.length, j + (j - i));
          continue;
        }
        const continuesList =
          cuts[i]!.item === true && continuesListOf(placed.at(-1)?.parsed.facts, text, cuts[i]!.offset);
        placed.push({ offset: cuts[i]!.offset, line: cuts[i]!.line, end, parsed, continuesList });
        break;
      }
      i = j;
    }
    // Definitions belong to the block structure, which labels do not change: the chunks' own
    // definitions are the document's. Chunks whose references resolve differently under them are
    // parsed again; the block structure (and so where chunks are joined) stays as it was.
    const labels = sameLabels(definedIn(placed), guess);
    let whole = placed.some((p) => p.parsed.use.late);
    for (const p of whole ? [] : placed) {
      if (fits(p.parsed, labels)) continue;
      const again = parse(text.slice(p.offset, p.end), labels);
      whole ||= again.use.late || runsOn(again.facts) !== runsOn(p.parsed.facts);
      p.parsed = again;
      yield;
    }
    evict(text.length + (options.spareChars ?? text.length + 65_536));
    if (whole) stats.fallbacks++;
    // Never met (the property test would show it): what the chunks cannot reproduce gets a whole parse.
    const doc = whole
      ? createPolicyDocument(text)
      : assembleDocument(
          text,
          placed.map(({ offset, line, parsed, continuesList }) => ({
            offset,
            line,
            facts: parsed.facts,
            ...(continuesList ? { continuesList } : {}),
          })),
        );
    recent = [{ text, doc, labels }, ...recent.slice(0, 1)];
    return doc;
  }

  return {
    document(text) {
      const run = steps(text);
      for (;;) {
        const step = run.next();
        if (step.done) return step.value;
      }
    },
    steps,
    peek: (text) => recent.find((r) => r.text === text)?.doc,
    stats,
  };
}

interface Parsed {
  readonly facts: ChunkFacts;
  readonly use: LabelUse;
  /** The last labels this parse was found to fit (checked again only for other labels). */
  fitsLabels: Labels;
}

interface Recent {
  readonly text: string;
  readonly doc: PolicyDocument;
  /** The labels the text defines. */
  readonly labels: Labels;
}

/** Whether every reference lookup of the parse gets the same answer under `labels`. */
function fits(parsed: Parsed, labels: Labels): boolean {
  if (parsed.fitsLabels === labels) return true;
  for (const [label, answer] of parsed.use.asked.links) if (labels.links.has(label) !== answer) return false;
  for (const [label, answer] of parsed.use.asked.footnotes) if (labels.footnotes.has(label) !== answer) return false;
  parsed.fitsLabels = labels;
  return true;
}

function definedIn(placed: ReadonlyArray<{ parsed: Parsed }>): Labels {
  const links = new Set<string>();
  const footnotes = new Set<string>();
  for (const { parsed } of placed) {
    for (const label of parsed.use.defines.links) links.add(label);
    for (const label of parsed.use.defines.footnotes) footnotes.add(label);
  }
  return { links, footnotes };
}

/** `labels`, or `previous` when it holds the same labels (parses found to fit it are not checked again). */
function sameLabels(labels: Labels, previous: Labels): Labels {
  const same = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
    a.size === b.size && [...a].every((x) => b.has(x));
  return same(labels.links, previous.links) && same(labels.footnotes, previous.footnotes) ? previous : labels;
}

const DEFINITION_LINE = /^[ \t>*+\-0-9.)]*\[(\^)?((?:[^\\[\]\r\n]|\\.){1,999})\]:/gm;

/**
 * Labels that lines of `text` seem to define: `[label]: …` and `[^label]: …` at the start of a line,
 * after any block quote or list markers. Only a guess (multi-line labels and definitions in code are
 * got wrong); the chunk parses tell the real ones.
 */
export function scanLabels(text: string): Labels {
  const links = new Set<string>();
  const footnotes = new Set<string>();
  for (const m of text.matchAll(DEFINITION_LINE)) (m[1] ? footnotes : links).add(normalizeIdentifier(m[2]!));
  return { links, footnotes };
}

const LINE_END = /\r\n|\r|\n/g;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const LETTER = /^\p{L}/u;

/**
 * Where chunks start: offset 0, every line that opens with an ATX heading marker at column 0, every
 * line that opens with a letter at column 0 after a blank line (a paragraph that continues
 * nothing: lists, block quotes, indented code and footnotes go on only with indented or marked
 * lines, and a blank line ends a paragraph or table), and every list item's marker line at column 0
 * (an item holds only the lines indented under it, and lazy lines, which carry no marker) — except
 * inside fenced code as far as a line-by-line look can tell. The look only saves work: a cut that is
 * wrong after all is caught on the parse (`runsOn`, `startsItemAfter`) and the chunks are joined again.
 */
export function cutsOf(text: string): Cut[] {
  const cuts: Cut[] = [{ offset: 0, line: 0 }];
  let fence: FenceOpening | undefined;
  let afterBlank = false;
  let start = 0;
  let line = 0;
  LINE_END.lastIndex = 0;
  for (;;) {
    const match = LINE_END.exec(text);
    const end = match ? match.index : text.length;
    const content = text.slice(start, end);
    const open = fence || content.length < 3 ? undefined : fenceOpening(content);
    if (fence) {
      if (closesFence(content, fence)) fence = undefined;
    } else if (open) {
      fence = open;
    } else if (
      start > 0 &&
      (content.charCodeAt(0) === 35 /* # */ ? ATX_HEADING.test(content) : afterBlank && LETTER.test(content))
    ) {
      cuts.push({ offset: start, line });
    } else if (start > 0 && itemMarker(content)) {
      cuts.push({ offset: start, line, item: true });
    }
    // Blank as CommonMark reads it: spaces and tabs only (`trim` would also take a U+FEFF, which is text
    // in the middle of a document, so the line after it continues the paragraph).
    afterBlank = BLANK_CONTENT.test(content);
    if (!match) break;
    start = match.index + match[0].length;
    line++;
  }
  return cuts;
}

const BLANK_CONTENT = /^[ \t]*$/;
// `\r(?!\n)`: the two halves of one CRLF are not a blank line.
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r|\n)/;
const ENDS_WITH_BLANK_LINE = /(?:^|\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r|\n)$/;

/** A list item's marker line with something after the marker: `- x`, `* x`, `+ x`, `1. x`, `1) x`. */
const ITEM_LINE = /^(?:([-*+])|(\d{1,9})([.)]))[ \t]+(\S.*)$/;
/**
 * An item that starts with another item's marker: whether that one is an item (and so the line after
 * it lazy text or not) depends on a paragraph before the line, which a chunk does not see.
 */
const NESTED_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** What `- - -` and `* * *` are instead of list items. */
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,})$/;
/** The marker of a list's first item, after any indentation. */
const LIST_MARKER = /^[ \t]*(?:([-*+])|\d{1,9}([.)]))/;

/** A list item's marker: its bullet or its number's delimiter, and its number. */
interface ItemMarker {
  readonly char: string;
  readonly number?: number;
}

function itemMarker(line: string): ItemMarker | undefined {
  const m = ITEM_LINE.exec(line);
  if (!m || THEMATIC_BREAK.test(line) || NESTED_MARKER.test(m[4]!)) return undefined;
  return m[1] ? { char: m[1] } : { char: m[3]!, number: Number(m[2]) };
}

/** The marker of the line that starts at `offset` (an item cut's). */
function markerAt(text: string, offset: number): ItemMarker {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return itemMarker(text.slice(offset, end))!;
}

/** Whether an item with `marker` belongs to `list` (of `text`): the same bullet, or the same delimiter after a number. */
function sameList(list: List, text: string, marker: ItemMarker): boolean {
  const start = list.position?.start.offset ?? 0;
  const m = LIST_MARKER.exec(text.slice(start, start + 32));
  return m !== null && (marker.number === undefined ? m[1] === marker.char : m[2] === marker.char);
}

/**
 * Whether the list item whose marker line starts at `offset`, right after the chunk `before` (parsed
 * alone), starts an item there in a whole parse too. A new item of the list `before` ends with (same
 * marker) does without a blank line between them; after one the list is loose, which its chunks could
 * not tell, so they are joined. Another list starts after a blank line (but a number other than 1
 * after indented code), a heading or a thematic break; right after a paragraph or another list's item
 * only if it may interrupt a paragraph (a bullet, or the number 1), else its line is that paragraph's
 * lazy continuation. After any other block (a block quote or table, which lazy lines continue, HTML,
 * a definition) the chunks are joined.
 */
function startsItemAfter(before: ChunkFacts, text: string, offset: number): boolean {
  const marker = markerAt(text, offset);
  const interrupts = marker.number === undefined || marker.number === 1;
  const last = before.tree.children.at(-1);
  const afterBlank = ENDS_WITH_BLANK_LINE.test(before.text);
  if (last?.type === 'list') {
    const same = sameList(last, before.text, marker);
    return afterBlank ? !same : same || interrupts;
  }
  // micromark reads a number other than 1 after indented code and blank lines (which the code could
  // still take in) as a paragraph.
  if (afterBlank) return interrupts || last?.type !== 'code';
  if (last?.type === 'paragraph') return interrupts;
  return last?.type === 'heading' || last?.type === 'thematicBreak';
}

/** Whether the chunk at `offset` (an item cut) goes on with the list `before` ends with: its items join that list. */
function continuesListOf(before: ChunkFacts | undefined, text: string, offset: number): boolean {
  const last = before?.tree.children.at(-1);
  return last?.type === 'list' && sameList(last, before!.text, markerAt(text, offset));
}

/**
 * Whether the chunk ends inside a block that a following heading line would continue, or that ends
 * differently at the end of the text than where the heading closes it: a fenced code block without
 * its closing fence, or an HTML block with no blank line after it (HTML blocks end at a blank line or
 * at their own end marker; one still open runs to the end of the chunk). Looked for in the last block
 * and in the last blocks nested in it (a fence left open in a list item takes the trailing blank
 * lines with it at the end of the text, not when the heading ends the list).
 */
function runsOn(facts: ChunkFacts): boolean {
  for (
    let node: Nodes | undefined = facts.tree.children.at(-1);
    node;
    node = 'children' in node ? node.children.at(-1) : undefined
  ) {
    if (runsOnNode(facts.text, node, node === facts.tree.children.at(-1))) return true;
  }
  return false;
}

function runsOnNode(text: string, node: Nodes, topLevel: boolean): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  if (node.type === 'html') return !BLANK_LINE.test(text.slice(end));
  // Indented code (no fence) ends at a heading line at column 0.
  return node.type === 'code' && fenceRunsToEnd(text.slice(start, end), topLevel);
}

/**
 * The chunk of `text` around `offset` parsed alone, and where it starts: enough to tell which heading
 * sits at an offset without parsing the rest of a large document. Offsets in `doc` are relative to
 * `start`; a section is matched on this chunk alone (a table further down is not seen).
 */
export function chunkAround(text: string, offset: number): { start: number; doc: PolicyDocument } {
  const cuts = cutsOf(text);
  let i = cuts.length - 1;
  while (i > 0 && cuts[i]!.offset > offset) i--;
  const start = cuts[i]!.offset;
  const end = cuts[i + 1]?.offset ?? text.length;
  return { start, doc: createPolicyDocument(text.slice(start, end)) };
}
