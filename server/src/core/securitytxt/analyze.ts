// security.txt through the same rule loop as policies: text and context in, findings out.
import { finish, runRules, type AnalyzeOptions } from '../analyze';
import type { AnalysisContext, Finding } from '../types';
import { parseSecurityTxt } from './parse';
import { TXT_RULES } from './rules';

/** Whether a path or URI names a security.txt file (any folder, any case). */
export function isSecurityTxtName(pathOrUri: string): boolean {
  return /(?:^|[/\\])security\.txt$/i.test(pathOrUri.replace(/[?#].*$/, ''));
}

export function analyzeSecurityTxt(text: string, context: AnalysisContext = {}, options: AnalyzeOptions = {}): Finding[] {
  return finish(securityTxtSteps(text, context, options));
}

/** `analyzeSecurityTxt` in steps, one per rule, for the server's cancellable runs. */
export function* securityTxtSteps(text: string, context: AnalysisContext = {}, options: AnalyzeOptions = {}): Generator<void, Finding[], void> {
  const txt = parseSecurityTxt(text);
  yield;
  return yield* runRules(txt, text.length, TXT_RULES, context, options);
}
