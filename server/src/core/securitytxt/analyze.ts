// security.txt through the same rule loop as policies: text and context in, findings out.
import { finish, runRules, type AnalyzeOptions } from '../analyze';
import type { AnalysisContext, Finding } from '../types';
import { parseSecurityTxt } from './parse';
import { TXT_RULES } from './rules';
import { withoutSuppressedTxt } from './suppression';

/**
 * Whether a path or URI names a security.txt file: `security.txt` in any folder, or any case inside
 * `.well-known/`. Elsewhere `SECURITY.txt` is a plain-text SECURITY.md (some repositories keep one),
 * which the RFC 9116 rules would wrongly call broken; RFC 9116 names the file in lower case.
 */
export function isSecurityTxtName(pathOrUri: string): boolean {
  const [parent, name] = pathOrUri
    .replace(/[?#].*$/, '')
    .split(/[/\\]/)
    .slice(-2)
    .map(decodeSegment);
  if (name === undefined) return parent === 'security.txt';
  return name === 'security.txt' || (parent === '.well-known' && name.toLowerCase() === 'security.txt');
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function analyzeSecurityTxt(
  text: string,
  context: AnalysisContext = {},
  options: AnalyzeOptions = {},
): Finding[] {
  return finish(securityTxtSteps(text, context, options));
}

/** `analyzeSecurityTxt` in steps, one per rule, for the server's cancellable runs. */
export function* securityTxtSteps(
  text: string,
  context: AnalysisContext = {},
  options: AnalyzeOptions = {},
): Generator<void, Finding[], void> {
  const txt = parseSecurityTxt(text);
  yield;
  return withoutSuppressedTxt(txt, yield* runRules(txt, text.length, TXT_RULES, context, options));
}
