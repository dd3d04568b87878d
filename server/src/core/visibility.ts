// Whether an edit leaves the rest of a policy as a reader sees it: every character it does not
// replace stays shown as text, or hidden (in code, a comment, markup), as before. An inserted line
// can change how the lines after it parse (an indented line that continued a paragraph becomes
// code), and an appended comment can turn a link definition into text: such an edit is not offered.
import { createPolicyDocument, type PolicyDocument } from './document';
import { parseLimit } from './limits';
import { applyEdits } from './textEdits';
import type { TextEdit } from './types';

/**
 * The document after `edits` (sorted, not overlapping) when every character they leave alone keeps
 * its visibility; undefined when one does not, or when the result is not one the parser is given.
 */
export function reparsedKeepingVisibility(doc: PolicyDocument, edits: readonly TextEdit[]): PolicyDocument | undefined {
  const { text } = doc;
  const edited = applyEdits(text, edits);
  if (parseLimit(edited, Infinity) !== undefined) return undefined;
  let after: PolicyDocument;
  try {
    after = createPolicyDocument(edited);
  } catch {
    return undefined;
  }
  let shift = 0;
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    for (; next < edits.length && edits[next]!.end <= i; next++)
      shift += edits[next]!.newText.length - (edits[next]!.end - edits[next]!.start);
    if (next < edits.length && edits[next]!.start <= i) continue;
    const c = text.charCodeAt(i);
    // Blanking turns characters into spaces: white space shows nothing either way.
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    const hiddenBefore = doc.prose.charCodeAt(i) !== c;
    const hiddenAfter = after.prose.charCodeAt(i + shift) !== c;
    if (hiddenBefore !== hiddenAfter) return undefined;
  }
  return after;
}
