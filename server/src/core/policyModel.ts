// The one place that decides whether a policy is parsed or gets the text-only model: every caller
// (the one-shot analysis, the CLI, the server's document store, the checks that parse a companion
// file or an edited text) builds its model here, and the model says which it is
// (`PolicyDocument.parse`), so the analysis runs the rules that model can feed. It imports no rule,
// so that rules and their fixes can build models here too.
import { createPolicyDocument, type PolicyDocument } from './document';
import { parseLimit, textOnlyDocument } from './limits';

/**
 * Whether `text` is given to the parser: not when it is over `maxFileSize` (the default cap when
 * absent), nested deeper than the parser can take, or packed with markup (parseLimit).
 */
export function isParsed(text: string, maxFileSize?: number): boolean {
  return parseLimit(text, maxFileSize) === undefined;
}

/**
 * The text-only model of `text`, with the limit that keeps it from the parser (the analysis reports
 * it as SEC000), or undefined when the parser is given it. Callers with a parser of their own (the
 * server's chunk cache) parse when this is undefined.
 */
export function limitedDocument(text: string, maxFileSize?: number): PolicyDocument | undefined {
  const limit = parseLimit(text, maxFileSize);
  return limit && textOnlyDocument(text, limit);
}

/** The model of `text`: parsed, or text-only when the limits keep it from the parser. */
export function policyDocument(text: string, maxFileSize?: number): PolicyDocument {
  return limitedDocument(text, maxFileSize) ?? createPolicyDocument(text);
}
