// Applying plain edits to a text. A module of its own, with no other import, so that rules and the
// checks they run on their fixes can use it: edits.ts (Fix All) imports the analyser, which imports them.
import type { TextEdit } from './types';

/** Applies non-overlapping edits (any order) to `text`. Throws on overlapping edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at ${edit.start}`);
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}

/**
 * `text` with each range's characters turned into spaces but its line breaks kept, so that offsets
 * and lines stay where they were. Ranges may overlap and come in any order. Built from slices, not a
 * character array: a 2 MB text with tens of thousands of comments is blanked without millions of
 * one-character strings for the collector.
 */
export function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    const hidden = text.slice(from, end);
    parts.push(
      text.slice(at, from),
      /[\r\n]/.test(hidden) ? hidden.replace(/[^\r\n]/g, ' ') : ' '.repeat(hidden.length),
    );
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
