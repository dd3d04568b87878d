import { analyze } from '../../server/src/core/analyze';
import type { AnalysisContext, Finding } from '../../server/src/core/types';

export interface Seen {
  readonly severity: Finding['severity'];
  readonly start: number;
  readonly end: number;
  /** The text the finding points at. */
  readonly text: string;
}

/** The findings of one rule for `text`, with the text each one covers. */
export function findingsOf(ruleId: string, text: string, context: AnalysisContext = {}): Seen[] {
  return analyze(text, context)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({ severity: f.severity, start: f.start, end: f.end, text: text.slice(f.start, f.end) }));
}

/** The range of the `occurrence`-th (0-based) appearance of `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence + 1} times`);
  }
  return { start: index, end: index + needle.length };
}

/** Expected finding for `needle` in `text` at the given severity. */
export function at(text: string, needle: string, severity: Finding['severity'], occurrence = 0): Seen {
  return { severity, ...rangeOf(text, needle, occurrence), text: needle };
}

/** Joins lines with `\n`, so fixtures read as documents. */
export function doc(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
