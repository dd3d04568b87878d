import type { PolicyDocument } from './document';
import type { AnalysisContext, Fix, Severity } from './types';

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
  readonly fixes?: readonly Fix[];
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
  report(report: Report): void;
}

/** A rule over a model `D` of its file: a policy's PolicyDocument, a parsed security.txt. */
export interface CheckedRule<D> extends RuleMeta {
  check(doc: D, ctx: RuleContext): void;
}

export type Rule = CheckedRule<PolicyDocument>;
