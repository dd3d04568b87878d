// Inline markup the Markdown parser is not trusted with. micromark resolves emphasis, links, code
// spans and autolink literals per paragraph, and some shapes cost it far more than linear time in the
// number of markers: 5,000 `*` around one letter take 3 s, 10,000 take 20 s and 480 MB; nested
// `[`…`](`, runs of `~a` or `*_`, `www.` literals and `<!--` in a paragraph are similar. Even shapes it
// parses in linear time cost 0.1 to 0.2 ms a marker (a table cell, a link, a link reference definition),
// ten times prose: a 100 KB table of 8,000 columns takes 1.7 s.
// So a paragraph with more markers of one kind than its limit, or a document with more in all, is not
// parsed: it gets the text-only analysis, as a document over the size cap does. One linear pass, no
// parsing: blank lines end a paragraph; the lines of a top-level fenced code block are not counted.

import { closesFence, fenceOpening, type FenceOpening } from './fences';

export interface MarkerKind {
  /** How the notice names the markers. */
  readonly name: string;
  /** The most one paragraph may hold (bounds the super-linear shapes). */
  readonly perParagraph: number;
  /** The most the document may hold (bounds the linear but costly ones). */
  readonly perDocument: number;
}

/**
 * The kinds counted, with limits measured by `npx tsx scripts/measure-limits.ts --parser` (the slowest
 * shape at the paragraph limit parses in tens of milliseconds). The most the 448 corpus policies hold
 * per paragraph / per document is in the comments: the limits are 5 to 20 times that.
 */
export const MARKER_KINDS = {
  emphasis: { name: 'emphasis markers (*, _, ~)', perParagraph: 500, perDocument: 3000 }, // corpus: 148 / 316
  bracket: { name: 'link brackets ([, ])', perParagraph: 500, perDocument: 1500 }, // corpus: 172 / 210
  backtick: { name: 'backticks', perParagraph: 1000, perDocument: 4000 }, // corpus: 250 / 588
  angle: { name: 'angle brackets (<)', perParagraph: 500, perDocument: 2000 }, // corpus: 74 / 380
  autolink: { name: 'autolink literals (www., @, ://)', perParagraph: 500, perDocument: 2000 }, // corpus: 32 / 105
  // Linear, so only a document limit; above the 5,005 of a 1,000-column table (test/unit/hostileInputs.ts).
  pipe: { name: 'table cell separators (|)', perParagraph: 6000, perDocument: 6000 }, // corpus: 315 / 372
} as const satisfies Record<string, MarkerKind>;

export type MarkerKindId = keyof typeof MARKER_KINDS;

export interface DenseMarkup {
  /** The zero-based line where a limit is passed. */
  readonly line: number;
  readonly kind: MarkerKindId;
  readonly scope: 'paragraph' | 'document';
}

/**
 * Where `text` first holds more markers of one kind than a limit allows, in one linear pass; undefined
 * if nowhere. `documentScale` multiplies the document limits: a user who raises the size cap to have
 * a longer policy checked in full raises them with it.
 */
export function denseMarkup(text: string, documentScale = 1): DenseMarkup | undefined {
  const inParagraph: Record<MarkerKindId, number> = {
    emphasis: 0,
    bracket: 0,
    backtick: 0,
    angle: 0,
    autolink: 0,
    pipe: 0,
  };
  const inDocument: Record<MarkerKindId, number> = { ...inParagraph };
  let line = 0;
  let blankLine = true;
  let atLineStart = true;
  let fence: FenceOpening | undefined;
  for (let i = 0; i < text.length; i++) {
    if (atLineStart) {
      atLineStart = false;
      // A top-level fenced code block's lines are never parsed inline: skip them whole (a blank form
      // of underscores in a fence is no emphasis). Fences inside lists and quotes are still counted.
      const lineEnd = nextLineBreak(text, i);
      const source = text.slice(i, lineEnd);
      if (fence) {
        if (closesFence(source, fence)) fence = undefined;
        i = lineEnd - 1;
        continue;
      }
      fence = fenceOpening(source);
      if (fence) {
        for (const k in inParagraph) inParagraph[k as MarkerKindId] = 0;
        i = lineEnd - 1;
        continue;
      }
    }
    const c = text.charCodeAt(i);
    let kind: MarkerKindId | undefined;
    switch (c) {
      case 10: // \n
      case 13: // \r
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (blankLine) for (const k in inParagraph) inParagraph[k as MarkerKindId] = 0;
        line++;
        blankLine = true;
        atLineStart = true;
        continue;
      case 32:
      case 9:
        continue;
      case 42: // *
      case 95: // _
      case 126: // ~
        kind = 'emphasis';
        break;
      case 91: // [
      case 93: // ]
        kind = 'bracket';
        break;
      case 96: // `
        kind = 'backtick';
        break;
      case 60: // <
        kind = 'angle';
        break;
      case 64: // @
        kind = 'autolink';
        break;
      case 124: // |
        kind = 'pipe';
        break;
      case 58: // the : of ://
        if (text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) kind = 'autolink';
        break;
      case 46: // the . of www.
        if (
          (text.charCodeAt(i - 1) | 32) === 119 &&
          (text.charCodeAt(i - 2) | 32) === 119 &&
          (text.charCodeAt(i - 3) | 32) === 119
        )
          kind = 'autolink';
        break;
    }
    blankLine = false;
    if (kind === undefined) continue;
    if (++inParagraph[kind] > MARKER_KINDS[kind].perParagraph) return { line, kind, scope: 'paragraph' };
    if (++inDocument[kind] > MARKER_KINDS[kind].perDocument * documentScale) return { line, kind, scope: 'document' };
  }
  return undefined;
}

/** Where the line starting at `from` ends: its line break, or the end of the text. */
function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}
