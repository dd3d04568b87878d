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
