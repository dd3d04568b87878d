// The one place that decides whether a policy is parsed or gets the text-only model: every caller
// (the one-shot analysis, the CLI, the server's document store) builds its model here, and the model
// says which it is (`PolicyDocument.parse`), so the analysis runs the rules that model can feed.
import { MARKER_KINDS } from './denseMarkup';
import { createPolicyDocument, type PolicyDocument } from './document';
import { MAX_NESTING, parseLimit, SIZE_LIMIT_ID, textOnlyDocument, type ParseLimit } from './limits';
import { RULES } from './rules';
import type { Finding } from './types';

/** The rules that run on a text-only document: those that declare they read only the text. */
export const CHEAP_TEXT_RULES: readonly string[] = RULES.filter((r) => r.input === 'text').map((r) => r.id);

export type AnalysisMode = { readonly mode: 'full' } | { readonly mode: 'text-only'; readonly notice: Finding };

/** Whether `text` is analysed in full or with the text rules only, and the notice that says why (parseLimit). */
export function analysisMode(text: string, maxFileSize?: number): AnalysisMode {
  const limit = parseLimit(text, maxFileSize);
  return limit ? { mode: 'text-only', notice: limitNotice(limit) } : { mode: 'full' };
}

/**
 * The text-only model of `text`, its notice saying why, when the limits keep it from the parser;
 * undefined when the parser is given it. Callers with a parser of their own (the server's chunk
 * cache) parse when this is undefined.
 */
export function limitedDocument(text: string, maxFileSize?: number): PolicyDocument | undefined {
  const mode = analysisMode(text, maxFileSize);
  return mode.mode === 'text-only' ? textOnlyDocument(text, mode.notice) : undefined;
}

/** The model of `text`: parsed, or text-only when the limits keep it from the parser. */
export function policyDocument(text: string, maxFileSize?: number): PolicyDocument {
  return limitedDocument(text, maxFileSize) ?? createPolicyDocument(text);
}

/**
 * The SEC000 notice of a limited analysis. An error: the policy was not checked, and a check in CI
 * must not pass a policy it could not read (padding a policy with markup would otherwise get anything
 * past it).
 */
function limitNotice(limit: ParseLimit): Finding {
  const cheap = `only character checks ran (${CHEAP_TEXT_RULES.join(', ')}), not the checks of sections, tables and links`;
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
