// Sentences of GitHub's default SECURITY.md template left in a policy. SEC020 reports and replaces
// them; SEC010 does not count them as reporting instructions.
import type { Nodes } from 'mdast';
import { channelsOf } from './channels';
import { countAtMost } from './sorted';
import type { PolicyDocument } from './document';
import { TEMPLATE_OPENER, TEMPLATE_PHRASE } from './languages';
import { perDocument } from './memo';
import { EMAIL } from './placeholders';
import { matchesIn } from './regexpMatches';

// GitHub's default SECURITY.md ("Add a security policy") has three instruction sentences:
//   1. Use this section to tell people about which versions of your project are currently being
//      supported with security updates.
//   2. Use this section to tell people how to report a vulnerability.
//   3. Tell them where to go, how often they can expect to get an update on a reported
//      vulnerability, what to expect if the vulnerability is accepted or declined, etc.
// Each is recognised by its opening words (in English and in the translations people paste, listed
// per language in languages/), and the finding runs from there to the end of that sentence, so text the author added
// after it in the same paragraph is not included. It never runs past its paragraph, heading or
// table cell, nor into a contact, link or comment: the fix replaces the finding, and the author's
// address (or suppression comment) must survive it.

// The sentence ends at a full stop followed by a break, closing markup (a link text's `]` too) or
// the capital of a next sentence written without a space, at a CJK full stop, or at the end of the
// paragraph (a blank line or a line that starts a table, heading or list).
const SENTENCE_END =
  /[.!?](?=\s|$|[<*_)\]"'»”]|\p{Lu}\p{Ll})|[。！？]|\r?\n[ \t]*(?:\r?\n|[|#]|[-*+][ \t]|\d+[.)][ \t])/gu;
const MAX_SENTENCE = 400;

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** The innermost block holding it: a paragraph, heading, table cell or HTML block. */
  readonly block?: Nodes;
  /** Found by a phrase inside it, where it starts, rather than by its opening words: reported, not replaced. */
  readonly byPhrase?: boolean;
}

/** The template's instruction sentences in the policy, in order. */
export const templateSentences: (doc: PolicyDocument) => readonly Sentence[] = perDocument((doc) => {
  const prose = doc.prose;
  let covered = -1;
  const found: Sentence[] = [];
  let contacts: number[] | undefined;
  const openers = matchesIn(prose, TEMPLATE_OPENER).map((m) => m.index);
  const isOpener = new Set(openers);
  // A phrase in a sentence an opener already starts adds nothing. Elsewhere the finding starts at the
  // phrase: where its sentence starts is a guess that text added before it can change.
  const phrases = matchesIn(prose, TEMPLATE_PHRASE)
    .filter((m) => {
      const opener = openers[countAtMost(openers, m.index) - 1];
      return opener === undefined || opener < sentenceStart(doc, m.index);
    })
    .map((m) => m.index);
  // Every step below reads a bounded stretch or moves forward: a paragraph of thousands of template
  // sentences stays linear.
  let nextContact = 0;
  for (const start of [...new Set([...openers, ...phrases])].sort((a, b) => a - b)) {
    if (start < covered) continue;
    const block = blockAt(doc, start);
    contacts ??= contactStarts(doc);
    while (nextContact < contacts.length && contacts[nextContact]! <= start) nextContact++;
    // A sentence is cut at MAX_SENTENCE characters, so its end is looked for no further (twice that, for a break's blank line).
    const stretch = prose.slice(start, start + 2 * MAX_SENTENCE);
    SENTENCE_END.lastIndex = 0;
    const stop = SENTENCE_END.exec(stretch);
    let end = start + (stop ? (/^[\r\n]/.test(stop[0]) ? stop.index : stop.index + 1) : stretch.length);
    end = Math.min(end, start + MAX_SENTENCE, block ? contentRange(block).end : end, contacts[nextContact] ?? end);
    while (end > start && /\s/.test(prose[end - 1]!)) end--;
    covered = end;
    found.push({ start, end, ...(block ? { block } : {}), ...(isOpener.has(start) ? {} : { byPhrase: true }) });
  }
  return found;
});

/** Where the sentence holding `offset` starts: after the previous sentence's end, within its block. */
function sentenceStart(doc: PolicyDocument, offset: number): number {
  const block = blockAt(doc, offset);
  // No sentence is longer than MAX_SENTENCE: an opener further back cannot start this one.
  const floor = Math.max(0, offset - MAX_SENTENCE);
  const from = block
    ? Math.max(floor, contentRange(block).start)
    : floor + doc.prose.slice(floor, offset).lastIndexOf('\n') + 1;
  let start = from;
  for (const m of matchesIn(doc.prose.slice(from, offset), /[.!?。！？](?=\s)\s*/gu))
    start = from + m.index + m[0].length;
  // Markup in front of the first word (`**`, `<b>`) stays outside the sentence.
  while (start < offset && !/[\p{L}\p{N}]/u.test(doc.prose[start]!)) start++;
  return start;
}

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

/** The innermost block at `offset` that holds text: a paragraph, heading, table cell or HTML block. */
function blockAt(doc: PolicyDocument, offset: number): Nodes | undefined {
  let node: Nodes = doc.tree;
  for (;;) {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'html')
      return node;
    if (!('children' in node)) return undefined;
    // Children are in order: the last one starting at or before the offset is the only candidate.
    const children = node.children as Nodes[];
    const candidate = children[countAtMost(children, offset, startOf) - 1];
    const child: Nodes | undefined = candidate && offset < endOf(candidate) ? candidate : undefined;
    if (!child) return undefined;
    node = child;
  }
}

export /** A block's text without its markers: a heading's `#`s and setext underline, a cell's pipes. */
function contentRange(block: Nodes): { start: number; end: number } {
  const children = 'children' in block ? (block.children as Nodes[]) : [];
  const [first, last] = [children[0], children.at(-1)];
  if (block.type === 'paragraph' || block.type === 'html' || !first?.position || !last?.position)
    return { start: startOf(block), end: endOf(block) };
  return { start: startOf(first), end: endOf(last) };
}

/** Where contacts, links and comments start: a sentence stops before them, so that replacing it keeps them. */
function contactStarts(doc: PolicyDocument): number[] {
  const starts = channelsOf(doc)
    .filter((c) => c.kind !== 'issue')
    .map((c) => c.start);
  for (const comment of doc.comments) starts.push(comment.start);
  for (const m of matchesIn(doc.prose, EMAIL)) starts.push(m.index);
  for (const m of matchesIn(doc.prose, /https?:\/\//gi)) starts.push(m.index);
  for (const link of doc.links) starts.push(link.start);
  return starts.sort((a, b) => a - b);
}
