import { isCollapsed } from './collapsed';
import type { PolicyDocument } from './document';
import { createBudget, DEFAULT_BUDGET_MS, limitNotice, RuleSkipped, textOnlyDocument, type Outcome } from './limits';
import { limitedDocument, policyDocument } from './policyModel';
import { withReportedFixes, type CheckedRule, type Report, type Rule } from './rule';
import { labelFindings, withProfiles } from './profiles';
import { RULES } from './rules';
import { withoutSuppressed } from './suppression';
import type { AnalysisContext, Finding, Severity } from './types';

/** The rules that run on a text-only document: those that declare they read only the text. */
export const CHEAP_TEXT_RULES: readonly string[] = RULES.filter((r) => r.input === 'text').map((r) => r.id);

export interface AnalyzeOptions {
  /** Called with a RuleSkipped (its `cause` the error, if one was thrown) for each rule skipped in a run; the others still report. */
  readonly onRuleError?: (ruleId: string, skipped: RuleSkipped) => void;
  /** A monotonic clock in ms (the server passes `() => performance.now()`): rules then run under `budgetMs`. */
  readonly now?: () => number;
  /** Time the rules of one analysis may take together; DEFAULT_BUDGET_MS by default. */
  readonly budgetMs?: number;
  /** The most each rule took in earlier runs on the document, updated by this run (BudgetOptions.costs). */
  readonly costs?: Map<string, number>;
  /** The rules to run, in order; all of them by default (tests pass their own). */
  readonly rules?: readonly Rule[];
}

export function analyze(text: string, context: AnalysisContext = {}, options: AnalyzeOptions = {}): Finding[] {
  return analyzeDocument(policyDocument(text, context.maxFileSize), context, options);
}

export function analyzeDocument(
  doc: PolicyDocument,
  context: AnalysisContext = {},
  options: AnalyzeOptions = {},
): Finding[] {
  return finish(analyzeSteps(doc, context, options));
}

/**
 * The text rules on a model built without parsing, with the notice first when `text` is over
 * `maxFileSize` or nested too deep: what a text the parser is not trusted with gets. Linear in its length.
 */
export function analyzeTextOnly(
  text: string,
  context: AnalysisContext,
  maxFileSize: number,
  options: AnalyzeOptions = {},
): Finding[] {
  return analyzeDocument(limitedDocument(text, maxFileSize) ?? textOnlyDocument(text), context, options);
}

/** The SEC000 notice of a text-only model kept from the parser, naming the rules that run on it. */
export function noticeOf(doc: PolicyDocument): Finding | undefined {
  return doc.limit && limitNotice(doc.limit, CHEAP_TEXT_RULES);
}

/**
 * `analyzeDocument` in steps: the generator pauses after each rule, so an adapter can answer other
 * requests while a large document is checked, or drop a run whose text is already outdated. Each
 * rule runs under the time budget when there is a clock; one that throws or overruns is skipped.
 * Findings are clamped to the text, sorted, and suppression comments applied.
 */
export function* analyzeSteps(
  doc: PolicyDocument,
  context: AnalysisContext = {},
  options: AnalyzeOptions = {},
): Generator<void, Finding[], void> {
  // A text-only document feeds only the rules that read nothing but the text.
  const rules = (options.rules ?? RULES).filter((r) => doc.parse === 'full' || r.input === 'text');
  // Profiles require the sections their rules need; their findings name the controls they miss.
  context = withProfiles(context);
  // A collapsed document has no structure to check; the structure rules would only report noise.
  const collapsed = rules.some((r) => r.kind === 'structure') && isCollapsed(doc);
  const findings = yield* runRules(
    doc,
    doc.text.length,
    collapsed ? rules.filter((r) => r.kind !== 'structure') : rules,
    context,
    options,
  );
  const shown = labelFindings(withoutSuppressed(doc, findings), context);
  // The notice of a limited analysis comes first; it cannot be suppressed.
  const notice = noticeOf(doc);
  return notice ? [notice, ...shown] : shown;
}

/**
 * Runs `rules` on a model of a text of `length` characters, pausing after each rule: the one loop
 * of every file kind (policies, security.txt). Each rule runs under the time budget when there is a
 * clock; one that throws or overruns is skipped. Findings are clamped to the text and sorted.
 */
export function* runRules<D>(
  doc: D,
  length: number,
  rules: readonly CheckedRule<D>[],
  context: AnalysisContext,
  options: Pick<AnalyzeOptions, 'onRuleError' | 'now' | 'budgetMs' | 'costs'>,
): Generator<void, Finding[], void> {
  const findings: Finding[] = [];
  const budget = options.now
    ? createBudget({
        now: options.now,
        budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
        ...(options.costs ? { costs: options.costs } : {}),
      })
    : undefined;
  for (const rule of rules) {
    const severity = context.ruleSeverities?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const check = (): Report[] => {
      const reports: Report[] = [];
      rule.check(doc, { context, report: (r) => reports.push(r) });
      return reports;
    };
    const outcome = budget ? budget.run(rule.id, check) : guarded(rule.id, check);
    if (!outcome.ok) {
      options.onRuleError?.(rule.id, outcome.skipped);
      continue;
    }
    for (const r of outcome.value) {
      const start = clamp(r.start, length);
      const end = clamp(Math.max(r.end, start), length);
      findings.push(
        withReportedFixes({
          ruleId: rule.id,
          message: r.message,
          severity: r.uncertain ? lower(severity) : severity,
          start,
          end,
          ...(r.fixes ? { fixes: r.fixes } : {}),
          ...(r.controls ? { controls: r.controls } : {}),
        }),
      );
    }
    yield;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return findings;
}

function guarded<T>(ruleId: string, check: () => T): Outcome<T> {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    return { ok: false, skipped: RuleSkipped.threw(ruleId, error) };
  }
}

/** Runs a generator of steps to its end. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** One level less sure: error → warning → info. */
function lower(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : severity === 'warning' ? 'info' : severity;
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, offset), length);
}
