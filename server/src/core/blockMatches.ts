// The patterns the channel model scans a policy with, run paragraph by paragraph and remembered by the
// paragraph's text, as the chunk parser remembers chunks: a keystroke rescans the paragraph it changed,
// not the policy. A paragraph here ends at a blank line, which ends every sentence (SENTENCE_BOUNDARY),
// and the phrases the patterns look for stand in one sentence; test/unit/blockMatches.test.ts checks
// on every corpus policy that the matches are those of a scan of the whole text.

import { ownCopy } from './memo';
import { matchesIn } from './regexpMatches';

/** A match: where it starts, its text and its first group. */
export interface BlockMatch {
  readonly index: number;
  readonly 0: string;
  readonly 1?: string;
}

/** Where each paragraph starts: at 0 and after the line break that a blank line follows. */
const BEFORE_BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)(?=[ \t]*(?:\r\n|\r|\n))/g;

/**
 * Paragraphs' matches by the paragraph's text, in two generations: a paragraph seen in the older one
 * is moved to the newer, and the older is dropped once the newer holds more characters than twice the
 * text being scanned (and at least GENERATION_CHARS): the policy analysed and the one before it.
 */
const GENERATION_CHARS = 1 << 17;
let newer = new Map<string, Map<RegExp, BlockMatch[]>>();
let older = new Map<string, Map<RegExp, BlockMatch[]>>();
let newerChars = 0;

function matchesOf(paragraph: string, textLength: number): Map<RegExp, BlockMatch[]> {
  let matches = newer.get(paragraph);
  if (matches) return matches;
  matches = older.get(paragraph) ?? new Map();
  if (newerChars > Math.max(GENERATION_CHARS, 2 * textLength)) {
    older = newer;
    newer = new Map();
    newerChars = 0;
  }
  // The key, and the matches found in it, must not keep the whole text the paragraph was cut from.
  newer.set(ownCopy(paragraph), matches);
  newerChars += paragraph.length;
  return matches;
}

interface Paragraph {
  readonly start: number;
  readonly text: string;
  readonly matches: Map<RegExp, BlockMatch[]>;
}

/** The paragraphs of the texts scanned last (the channel model scans three: visible, without backticks, and raw). */
let recent: Array<{ text: string; paragraphs: Paragraph[] }> = [];

function paragraphsOf(text: string): Paragraph[] {
  const known = recent.find((r) => r.text === text);
  if (known) return known.paragraphs;
  const paragraphs: Paragraph[] = [];
  let start = 0;
  const add = (end: number) => {
    const paragraph = text.slice(start, end);
    paragraphs.push({ start, text: paragraph, matches: matchesOf(paragraph, text.length) });
    start = end;
  };
  for (const m of matchesIn(text, BEFORE_BLANK_LINE)) add(m.index + m[0].length);
  add(text.length);
  recent = [{ text, paragraphs }, ...recent.slice(0, 2)];
  return paragraphs;
}

/** Every pattern scanned so far (the test compares their matches with whole-text scans). */
const scanned = new Set<RegExp>();
export const patternsScanned = (): ReadonlySet<RegExp> => scanned;

/**
 * The matches of `text.matchAll(pattern)` (`pattern` global), found per paragraph, each paragraph's
 * remembered by its text. Offsets are into `text`.
 */
export function blockMatches(text: string, pattern: RegExp): BlockMatch[] {
  scanned.add(pattern);
  const found: BlockMatch[] = [];
  for (const { start, text: paragraph, matches } of paragraphsOf(text)) {
    let own = matches.get(pattern);
    if (!own) {
      own = [];
      // Copies: a match's text would keep the whole policy alive in the cache.
      for (const m of matchesIn(paragraph, pattern))
        own.push({ index: m.index, 0: ownCopy(m[0]), 1: m[1] === undefined ? undefined : ownCopy(m[1]) });
      matches.set(pattern, own);
    }
    for (const m of own) found.push(start === 0 ? m : { index: m.index + start, 0: m[0], 1: m[1] });
  }
  return found;
}
