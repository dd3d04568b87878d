import type { PolicyDocument } from './document';
import { once } from './memo';
import type { AnalysisContext, Finding, Fix, Severity } from './types';

export interface RuleMeta {
  /** `SEC###`. */
  readonly id: string;
  /** Short kebab-case name. */
  readonly name: string;
  /** One sentence: what the rule reports. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /**
   * `structure` rules reason about headings and sections; they stay silent on a collapsed document
   * (SEC080), where the headings are not headings until the line breaks are restored.
   */
  readonly kind: 'structure' | 'text';
}

export interface Report {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /**
   * The fixes, or a function building them (undefined for none) that is called when the finding's
   * `fixes` is first read (a code action, Fix All): for fixes too costly to build on every keystroke.
   */
  readonly fixes?: readonly Fix[] | (() => readonly Fix[] | undefined);
  /**
   * The rule could not rule out what would make this finding wrong (a link it cannot read stands
   * where a channel would, the policy is in a language it does not read): reported one level below
   * the rule's severity, so that CI fails only on findings that are near certain.
   */
  readonly uncertain?: boolean;
  /** Ids of the profile controls the finding means the policy misses (SEC017). */
  readonly controls?: readonly string[];
}

export interface RuleContext {
  readonly context: AnalysisContext;
  /** A callback, not a method: rules take it out of the context (`check(doc, { report })`). */
  readonly report: (report: Report) => void;
}

/** A rule over a model `D` of its file: a policy's PolicyDocument, a parsed security.txt. */
export interface CheckedRule<D> extends RuleMeta {
  check(doc: D, ctx: RuleContext): void;
}

/** A rule over a policy. */
export interface Rule extends CheckedRule<PolicyDocument> {
  /**
   * What the rule reads. `text`: only the characters, in linear time, and its fixes edit only the
   * characters it reports, so it runs on a text-only document too (one the parser is not given,
   * limits.ts). `parsed` (the default): the Markdown structure, so it runs only on a parsed document.
   */
  readonly input?: 'text' | 'parsed';
}

/**
 * The finding, with fixes given as a function built on the first read of its `fixes` (then kept):
 * a finding is copied and read like any other, and what it offers does not depend on when it is read.
 */
export function withReportedFixes(finding: Omit<Finding, 'fixes'> & Pick<Report, 'fixes'>): Finding {
  const { fixes } = finding;
  if (typeof fixes !== 'function') return finding as Finding;
  // Redefined in place, so that the property keeps its position among the others.
  return Object.defineProperty(finding, 'fixes', { get: once(fixes), enumerable: true, configurable: true }) as Finding;
}
