// Applying plain edits to text, and Fix All: every preferred fix that needs no input from the
// author, applied until nothing changes, reduced to one minimal edit.
import { analyze } from './analyze';
import { applyEdits } from './textEdits';
import type { AnalysisContext, Finding, Fix, TextEdit } from './types';

export { applyEdits };

/** The fix Fix All would apply for a finding: its preferred one, unless that needs the author's input. */
export function autoFix(finding: Finding): Fix | undefined {
  const fix = finding.fixes?.find((f) => f.isPreferred);
  return fix && !fix.needsInput ? fix : undefined;
}

/**
 * Edits of the auto-fixes of `findings` that do not overlap an earlier one (earlier findings win;
 * the next round picks up what was skipped).
 */
export function compatibleEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const finding of findings) {
    const fix = autoFix(finding);
    if (!fix) continue;
    const clashes = fix.edits.some((e) => chosen.some((c) => overlaps(e, c)));
    if (!clashes) chosen.push(...fix.edits);
  }
  return chosen;
}

/** Two edits touch the same text, or insert at the same point (their order would be arbitrary). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

const MAX_ROUNDS = 5;

/**
 * Applies every auto-fix, re-analysing until no auto-fix is left (a repair can reveal another) or
 * a round limit is hit, and returns the change as a single edit of the original text, or undefined
 * when there is nothing to fix. Applying it and running Fix All again changes nothing.
 */
export function fixAll(
  text: string,
  context: AnalysisContext = {},
  analyzer: (text: string, context: AnalysisContext) => Finding[] = analyze,
): TextEdit | undefined {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const edits = compatibleEdits(analyzer(current, context));
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return current === text ? undefined : minimalEdit(text, current);
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never cut a surrogate pair in half.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (endBefore < before.length && isLowSurrogate(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { start, end: endBefore, newText: after.slice(start, endAfter) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
