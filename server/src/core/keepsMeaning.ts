// Whether edits leave the rest of a policy meaning what it meant: the one check of the fixes that
// edit the author's text around what they change. Every character the edits do not replace, white
// space aside, keeps its label, at one of two strengths chosen by what the edit may change:
// - visibility: shown as text, or hidden (in code, a comment, markup). For edits that change blocks
//   on purpose (a restored line break makes a heading of words in a paragraph; a suppression comment
//   is a block of its own). An inserted line can still make the indented line after it code, and an
//   appended comment a link definition text: such an edit is not offered.
// - structure: the chain of blocks and inline nodes a character lies in (paragraph, heading, code,
//   HTML, link, list item, block quote …), emphasis left aside. For edits that put text in place of
//   text (a template sentence replaced by the template): the author's words around it stay in the
//   blocks they were in.
import type { Nodes } from 'mdast';
import type { PolicyDocument } from './document';
import { parseMarkdown } from './parse';
import { policyDocument } from './policyModel';
import { applyEdits } from './textEdits';
import type { TextEdit } from './types';

/**
 * The document after `edits` (not overlapping) when every character they leave alone keeps its
 * visibility; undefined when one does not, or when the result is not one the parser is given.
 */
export function reparsedKeepingVisibility(doc: PolicyDocument, edits: readonly TextEdit[]): PolicyDocument | undefined {
  const { text, prose } = doc;
  let after: PolicyDocument;
  try {
    after = policyDocument(applyEdits(text, edits), Infinity);
  } catch {
    return undefined;
  }
  if (after.parse !== 'full') return undefined;
  // Blanking turns hidden characters into spaces.
  const hidden = (model: string, i: number, c: number) => model.charCodeAt(i) !== c;
  const kept = untouchedKeep(text, edits, (i, j) => {
    const c = text.charCodeAt(i);
    return hidden(prose, i, c) === hidden(after.prose, j, c);
  });
  return kept ? after : undefined;
}

/**
 * Whether every character the edits (not overlapping) leave alone, in the top-level blocks they touch
 * and the blocks next to those, stays in the same chain of blocks and inline nodes. Only those blocks
 * are parsed again: a fix is checked without parsing the whole policy.
 */
export function keepsStructure(doc: PolicyDocument, edits: readonly TextEdit[]): boolean {
  const { text } = doc;
  const blocks = doc.tree.children;
  const first = Math.min(...edits.map((e) => e.start));
  const last = Math.max(...edits.map((e) => e.end));
  let before = -1;
  while (before + 1 < blocks.length && startOf(blocks[before + 1]!) <= first) before++;
  const after = blocks.findIndex((b) => endOf(b) >= last);
  let from = before <= 0 ? 0 : startOf(blocks[before - 1]!);
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  const to = after < 0 || after + 1 >= blocks.length ? text.length : endOf(blocks[after + 1]!);
  const old = text.slice(from, to);
  const shifted = edits.map((e) => ({ ...e, start: e.start - from, end: e.end - from }));
  const labelsBefore = nodeLabels(old);
  const labelsAfter = nodeLabels(applyEdits(old, shifted));
  return untouchedKeep(old, shifted, (i, j) => labelsBefore[i] === labelsAfter[j]);
}

/**
 * Whether `same(i, j)` holds for every character `i` of `text` that the edits leave alone (white
 * space aside, which shows nothing either way), `j` being its offset in the edited text.
 */
function untouchedKeep(text: string, edits: readonly TextEdit[], same: (i: number, j: number) => boolean): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let shift = 0;
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    // Edits that end by `i` (an insertion at `i` comes before the character there) have moved it.
    for (; next < sorted.length && sorted[next]!.end <= i; next++)
      shift += sorted[next]!.newText.length - (sorted[next]!.end - sorted[next]!.start);
    if (next < sorted.length && sorted[next]!.start <= i) continue;
    if (/\s/.test(text[i]!)) continue;
    if (!same(i, i + shift)) return false;
  }
  return true;
}

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

/** For each character of `text`, the chain of nodes it lies in (emphasis and plain text left out). */
function nodeLabels(text: string): string[] {
  const labels: string[] = new Array<string>(text.length).fill('');
  const visit = (node: Nodes, label: string): void => {
    const own =
      node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'text'
        ? label
        : `${label}>${node.type}${node.type === 'heading' ? node.depth : ''}`;
    const [s, e] = [node.position?.start.offset, node.position?.end.offset];
    if (s !== undefined && e !== undefined && own !== label) labels.fill(own, s, e);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child, own);
  };
  visit(parseMarkdown(text), '');
  return labels;
}
