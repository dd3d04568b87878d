import { isCollapsed } from './collapsed';
import { createPolicyDocument, type PolicyDocument } from './document';
import { analysisMode, analyzeTextOnly, createBudget, DEFAULT_BUDGET_MS, DEFAULT_MAX_FILE_SIZE } from './limits';
import type { Report } from './rule';
import { RULES } from './rules';
import { withoutSuppressed } from './suppression';
import type { AnalysisContext, Finding } from './types';

export interface AnalyzeOptions {
  /** Called when a rule throws; the other rules still report. */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
  /** A monotonic clock in ms (the server passes `() => performance.now()`): rules then run under `budgetMs`. */
  readonly now?: () => number;
  /** Time the rules of one analysis may take together; DEFAULT_BUDGET_MS by default. */
  readonly budgetMs?: number;
}

export function analyze(text: string, context: AnalysisContext = {}, options: AnalyzeOptions = {}): Finding[] {
  // Over the size cap or nested too deep for the parser: the cheap text rules only, and a notice.
  if (analysisMode(text, context.maxFileSize).mode === 'text-only') return analyzeLimited(text, context, options);
  return analyzeDocument(createPolicyDocument(text), context, options);
}

/** `analyzeTextOnly` with the options of `analyze`. */
export function analyzeLimited(text: string, context: AnalysisContext, options: AnalyzeOptions = {}): Finding[] {
  return analyzeTextOnly(text, context, context.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, {
    onRuleSkipped: (skipped) => options.onRuleError?.(skipped.ruleId, skipped),
    ...(options.now ? { now: options.now, budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS } : {}),
  });
}

export function analyzeDocument(doc: PolicyDocument, context: AnalysisContext = {}, options: AnalyzeOptions = {}): Finding[] {
  const run = analyzeSteps(doc, context, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/**
 * `analyzeDocument` in steps: the generator pauses after each rule, so an adapter can answer other
 * requests while a large document is checked, or drop a run whose text is already outdated.
 */
export function* analyzeSteps(doc: PolicyDocument, context: AnalysisContext = {}, options: AnalyzeOptions = {}): Generator<void, Finding[], void> {
  const collapsed = isCollapsed(doc);
  const findings: Finding[] = [];
  const budget = options.now ? createBudget({ now: options.now, budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS }) : undefined;
  for (const rule of RULES) {
    const severity = context.ruleSeverities?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off' || (collapsed && rule.kind === 'structure')) continue;
    const reports: Report[] = [];
    const check = () => rule.check(doc, { context, report: (r) => reports.push(r) });
    if (budget) {
      const outcome = budget.run(rule.id, check);
      if (!outcome.ok) {
        options.onRuleError?.(rule.id, outcome.skipped);
        continue;
      }
    } else {
      try {
        check();
      } catch (error) {
        options.onRuleError?.(rule.id, error);
        continue;
      }
    }
    for (const r of reports) {
      const start = clamp(r.start, doc.text.length);
      const end = clamp(Math.max(r.end, start), doc.text.length);
      findings.push({ ruleId: rule.id, message: r.message, severity, start, end, ...(r.fixes ? { fixes: r.fixes } : {}) });
    }
    yield;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return withoutSuppressed(doc, findings);
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, offset), length);
}
