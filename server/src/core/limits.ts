// Limits that keep one document from taking the server down (SPEC §9): above a size cap
// (`securityPolicy.maxFileSize`) the text is not parsed and only the cheap character-level rules run,
// with one info finding saying so; and every rule runs under a time budget, measured by a clock the
// adapter passes in (the core never reads the clock), so a rule that throws or overruns is skipped
// for that run while the others still report.
import { denseMarkup, MARKER_KINDS, type DenseMarkup } from './denseMarkup';
import { lineStartsOf, type PolicyDocument } from './document';
import { closesFence, fenceOpening, type FenceOpening } from './fences';
import { costlyLine, listMarkerLength, MAX_COPY_WEIGHT } from './eventCopies';
import { blankRanges } from './textEdits';
import type { Finding } from './types';

/**
 * Default `securityPolicy.maxFileSize`, in characters (UTF-16 code units; bytes for ASCII text).
 * Measured with the full analysis of generated policies (scripts/measure-limits.ts): about 0.7 s
 * for 100 KB on the development machine, growing faster than linearly past 1 MB; real policies are
 * under 40 KB (the largest in the corpus is 33 KB). 100,000 keeps a full analysis of the largest
 * accepted file under a second while no real policy comes near the cap.
 */
export const DEFAULT_MAX_FILE_SIZE = 100_000;

/** The bounds a `maxFileSize` setting may take: below 10 KB would cap real policies; 0 is not "off". */
export const MIN_MAX_FILE_SIZE = 10_000;
export const MAX_MAX_FILE_SIZE = 50_000_000;

/** The id of the one info finding that says the cap applied. Not a rule: it cannot be configured or suppressed. */
export const SIZE_LIMIT_ID = 'SEC000';

/**
 * Containers (block quotes, list items, two columns of indentation) one line may open before the
 * parser is not trusted with the text: remark recurses per level, taking seconds past a few hundred
 * levels and overflowing the stack at a few thousand ('- '.repeat(5000) is 10 KB). Real policies
 * nest a handful of levels.
 */
export const MAX_NESTING = 100;

/**
 * Why the parser is not given a text: over the size cap, nested too deep, too many lines that make
 * the parser copy its events (eventCopies.ts), or inline markup too dense.
 */
export type ParseLimit =
  | { readonly reason: 'size'; readonly length: number; readonly maxFileSize: number }
  | { readonly reason: 'nesting'; readonly line: number }
  | { readonly reason: 'event-copies'; readonly line: number }
  | { readonly reason: 'markup'; readonly dense: DenseMarkup; readonly documentScale: number };

/**
 * Why `text` is kept from the parser (then only the text rules run on it), or undefined when the
 * parser is given it: over the size cap, nested too deep, with too many lines that make the parser
 * copy its events (eventCopies.ts), or with inline markup dense enough to make the parser slow
 * (denseMarkup.ts). Linear in the length. policyModel.ts turns it into the model, the analysis into
 * the notice (limitNotice).
 */
export function parseLimit(text: string, maxFileSize: number = DEFAULT_MAX_FILE_SIZE): ParseLimit | undefined {
  if (text.length > maxFileSize) return { reason: 'size', length: text.length, maxFileSize };
  const deep = deepLine(text);
  if (deep !== undefined) return { reason: 'nesting', line: deep };
  const documentScale = Math.max(1, maxFileSize / DEFAULT_MAX_FILE_SIZE);
  const costly = costlyLine(text, MAX_COPY_WEIGHT * documentScale);
  if (costly !== undefined) return { reason: 'event-copies', line: costly };
  const dense = denseMarkup(text, documentScale);
  return dense && { reason: 'markup', dense, documentScale };
}

/** The first line (zero-based) that opens more than MAX_NESTING containers, in one linear pass. */
export function deepLine(text: string): number | undefined {
  let line = 0;
  let i = 0;
  while (i < text.length) {
    let depth = 0;
    let columns = 0;
    // Leading containers: white space (two columns a level), `>`, and list markers followed by a space.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) {
        columns += c === 9 ? 4 - (columns % 4) : 1;
        i++;
      } else if (c === 62) {
        // `>` and its own space, which is not indentation.
        depth++;
        i += text.charCodeAt(i + 1) === 32 ? 2 : 1;
      } else {
        const marker = listMarkerLength(text, i);
        if (marker === 0) break;
        depth++;
        // The marker's own space is not indentation; a tab after it still counts as columns.
        i += text.charCodeAt(i + marker - 1) === 9 ? marker - 1 : marker;
      }
      if (depth + (columns >> 1) > MAX_NESTING) return line;
    }
    // To the next line.
    while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
    i++;
    line++;
  }
  return undefined;
}

/**
 * A document built without parsing, in one linear pass: no headings, tables or links; fenced code
 * and HTML comments found line by line are blanked in `prose` (indented code and code spans are
 * not); comments are kept, so suppression comments still work.
 */
export function textOnlyDocument(text: string, limit?: ParseLimit): PolicyDocument {
  const lineStarts = lineStartsOf(text);
  const comments: Array<{ body: string; start: number; end: number }> = [];
  const codeBlocks: Array<{ start: number; end: number }> = [];
  const blanks: Array<[number, number]> = [];
  let fence: { open: FenceOpening; start: number } | undefined;
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const end = lineStarts[line + 1] ?? text.length;
    // A fence line is short; do not copy a 100,000-character line to find out that it is not one.
    const head = text.slice(start, Math.min(end, start + 200)).replace(/\r?\n$|\r$/, '');
    if (fence) {
      if (end - start <= 200 && closesFence(head, fence.open)) {
        codeBlocks.push({ start: fence.start, end: end });
        blanks.push([fence.start, end]);
        fence = undefined;
      }
    } else {
      const open = fenceOpening(head);
      if (open) fence = { open, start };
    }
  }
  if (fence) {
    codeBlocks.push({ start: fence.start, end: text.length });
    blanks.push([fence.start, text.length]);
  }
  const comment = /<!--([\s\S]*?)(?:-->|$(?![\s\S]))/g;
  let block = 0; // code blocks are in order, and so are the comments: one sweep
  for (let m = comment.exec(text); m; m = comment.exec(text)) {
    while (block < codeBlocks.length && codeBlocks[block]!.end <= m.index) block++;
    if (block < codeBlocks.length && codeBlocks[block]!.start <= m.index) continue;
    comments.push({ body: m[1] ?? '', start: m.index, end: m.index + m[0].length });
    blanks.push([m.index, m.index + m[0].length]);
  }
  return {
    text,
    tree: { type: 'root', children: [] },
    headings: [],
    tables: [],
    links: [],
    comments,
    codeBlocks,
    prose: blankRanges(text, blanks),
    lineStarts,
    parse: 'text-only',
    ...(limit ? { limit } : {}),
  };
}

/** Why a rule's findings are missing from a run. */
export class RuleSkipped extends Error {
  constructor(
    readonly ruleId: string,
    readonly reason: 'threw' | 'over-budget' | 'out-of-time',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RuleSkipped';
  }

  /** A rule that threw: its findings are missing, and the error is kept as the cause. */
  static threw(ruleId: string, error: unknown): RuleSkipped {
    return new RuleSkipped(
      ruleId,
      'threw',
      `rule ${ruleId} threw: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
}

export interface BudgetOptions {
  /** Milliseconds on a monotonic clock; the server passes `performance.now`. */
  readonly now: () => number;
  /** The time the rules of one analysis may take together (time between rules does not count); default DEFAULT_BUDGET_MS. */
  readonly budgetMs: number;
  /**
   * The most each rule took in earlier runs on the same document, updated by this run: a rule that
   * took longer than what is left of the budget is not started (the text changes little between
   * keystrokes, and a rule cannot be stopped once started). The most, not the last: rules share
   * memoised helpers (SEC060 and SEC062 the mojibake runs), whose cost falls on the first to ask.
   */
  readonly costs?: Map<string, number>;
}

/** Default time budget of one analysis: a keystroke's analysis far over this is a bug, not a big file. */
export const DEFAULT_BUDGET_MS = 2000;

/**
 * The budget of the rules after an edit, while the user types (the first analysis of a document, a
 * save and a pause in typing get DEFAULT_BUDGET_MS). Measured in CPU time: the rules take at most
 * 61 ms on a corpus policy and 50 ms on a 60 KB one, 170 ms on a 100 KB one (at the size cap), and
 * 400 ms on 90 KB of mojibake; above this the rules left are skipped until typing pauses.
 */
export const TYPING_BUDGET_MS = 100;

/**
 * The notice for an analysis while typing that stopped at TYPING_BUDGET_MS: which rules did not run
 * (or whose findings were dropped), and that they run once typing pauses. Only a notice: the full
 * analysis follows.
 */
export function typingNotice(ruleIds: readonly string[], budgetMs: number = TYPING_BUDGET_MS): Finding {
  const listed =
    ruleIds.length > 6 ? `${ruleIds.slice(0, 6).join(', ')} and ${ruleIds.length - 6} more` : ruleIds.join(', ');
  const message = `While you type, the checks of this file stop after ${budgetMs} ms: ${listed} did not run on this version. They run once you pause typing.`;
  return { ruleId: SIZE_LIMIT_ID, severity: 'info', start: 0, end: 0, message };
}

/**
 * The SEC000 notice of a text-only analysis, naming the rules that still ran (`ruleIds`). An error:
 * the policy was not checked, and a check in CI must not pass a policy it could not read (padding a
 * policy with markup would otherwise get anything past it).
 */
export function limitNotice(limit: ParseLimit, ruleIds: readonly string[]): Finding {
  const cheap = `only character checks ran (${ruleIds.join(', ')}), not the checks of sections, tables and links`;
  let message: string;
  switch (limit.reason) {
    case 'size':
      message =
        `This file has ${limit.length.toLocaleString('en-US')} characters, more than securityPolicy.maxFileSize ` +
        `(${limit.maxFileSize.toLocaleString('en-US')}): ${cheap}. Raise the setting to check it in full.`;
      break;
    case 'nesting':
      message = `Line ${limit.line + 1} nests more than ${MAX_NESTING} lists or block quotes: ${cheap}.`;
      break;
    case 'event-copies':
      message =
        `The list items after an item holding a list or block quote, and the headings underlined with = or -, ` +
        `up to line ${limit.line + 1} are more than the Markdown parser is given ` +
        `(each costs it time in proportion to the lines before it): ${cheap}.`;
      break;
    case 'markup': {
      const { dense, documentScale } = limit;
      const { name, perParagraph } = MARKER_KINDS[dense.kind];
      const perDocument = MARKER_KINDS[dense.kind].perDocument * documentScale;
      const where =
        dense.scope === 'paragraph'
          ? `The paragraph at line ${dense.line + 1} has more than ${perParagraph.toLocaleString('en-US')} ${name}`
          : `This file has more than ${Math.floor(perDocument).toLocaleString('en-US')} ${name} (line ${dense.line + 1} passes the limit)`;
      message = `${where}, more than the Markdown parser is given: ${cheap}.`;
      break;
    }
  }
  return { ruleId: SIZE_LIMIT_ID, severity: 'error', start: 0, end: 0, message };
}

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly skipped: RuleSkipped };

export interface Budget {
  /**
   * Runs one rule's check. It is skipped (not run) once the budget is spent; its result is dropped
   * when it throws, or when it alone took longer than the whole budget (rules are synchronous and
   * cannot be interrupted: the budget bounds what is reported, and which rules run after a slow one).
   */
  run<T>(ruleId: string, check: () => T): Outcome<T>;
  /** Milliseconds left; negative when overrun. */
  remaining(): number;
}

export function createBudget({ now, budgetMs, costs }: BudgetOptions): Budget {
  // Only time spent in rules counts: an adapter may pause between rules to answer other requests.
  let spent = 0;
  return {
    run(ruleId, check) {
      if (spent >= budgetMs) {
        return {
          ok: false,
          skipped: new RuleSkipped(
            ruleId,
            'out-of-time',
            `rule ${ruleId} skipped: the analysis used up its ${budgetMs} ms budget before it ran`,
          ),
        };
      }
      const last = costs?.get(ruleId);
      if (last !== undefined && spent + last > budgetMs) {
        const message = `rule ${ruleId} skipped: it took ${Math.round(last)} ms before, more than the ${Math.round(budgetMs - spent)} ms left of the analysis budget`;
        return { ok: false, skipped: new RuleSkipped(ruleId, 'out-of-time', message) };
      }
      const started = now();
      let value;
      try {
        value = check();
      } catch (error) {
        spent += now() - started;
        return { ok: false, skipped: RuleSkipped.threw(ruleId, error) };
      }
      const took = now() - started;
      spent += took;
      if (costs && (last === undefined || took > last)) costs.set(ruleId, took);
      if (took > budgetMs) {
        return {
          ok: false,
          skipped: new RuleSkipped(
            ruleId,
            'over-budget',
            `rule ${ruleId} took ${Math.round(took)} ms, more than the analysis budget of ${budgetMs} ms; its findings were dropped for this run`,
          ),
        };
      }
      return { ok: true, value };
    },
    remaining: () => budgetMs - spent,
  };
}
