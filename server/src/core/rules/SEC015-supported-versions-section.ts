import { visibleText } from '../channels';
import { documentAnchor, sectionsOf } from '../document';
import { insertSectionFix } from '../fixes';
import { versionsTable } from '../versionRows';
import { versionTables } from '../versionTable';
import { requiresSection } from '../requirements';
import type { Rule } from '../rule';
import { VERSION_STATEMENT } from '../languages';
import { matchSection } from '../sections';
import { matchesIn } from '../regexpMatches';

export const rule: Rule = {
  id: 'SEC015',
  name: 'supported-versions-section',
  description: 'There is no supported-versions section and no statement of which releases get fixes.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check(doc, { context, report }) {
    if (!requiresSection(context, 'supported-versions') || sectionsOf(doc, 'supported-versions').length > 0) return;
    const text = visibleText(doc);
    // A versions table under any heading (or none), or a sentence, says it as well as a section.
    if (
      versionTables(doc).length > 0 ||
      hasVersionStatement(text) ||
      hasVersionsLabel(
        text,
        doc.headings.length === 0,
        doc.headings.every((h) => h.section === undefined),
      )
    )
      return;
    report({
      ...documentAnchor(doc),
      message: 'No "Supported Versions" section: say which releases receive security fixes.',
      // Rows from the project's version when it is known; otherwise the template's placeholders.
      fixes: [insertSectionFix(doc, 'supported-versions', versionsTable(context.projectVersion))],
    });
  },
};

const EVERY_VERSION_STATEMENT = new RegExp(VERSION_STATEMENT.source, 'gi');
/** "(e.g. every version, only the latest release)": examples of an answer, inside their bracket. */
const EXAMPLE_OPENING =
  /\((?:e\.\s?g\.|for\s+example|such\s+as|z\.\s?b\.|p\.\s?ex\.|por\s+ejemplo|par\s+exemple)[^()]*$/i;

/**
 * A line break inside a paragraph, where a sentence wraps ("Correções de segurança são feitas no\nbranch
 * atual"): not one before a list item, heading, table row, quote or blank line, where a block ends.
 */
const SOFT_BREAK = /\r?\n(?![ \t]*(?:\r?\n|[-*+][ \t]|\d+[.)][ \t]|#|[|>]))/g;

function hasVersionStatement(prose: string): boolean {
  // The statement's patterns stop at a line break, as they stop at a full stop: read a wrapped sentence whole.
  const text = prose.replace(SOFT_BREAK, ' ');
  EVERY_VERSION_STATEMENT.lastIndex = 0;
  for (let m = EVERY_VERSION_STATEMENT.exec(text); m; m = EVERY_VERSION_STATEMENT.exec(text)) {
    if (!EXAMPLE_OPENING.test(text.slice(Math.max(0, m.index - 80), m.index))) {
      EVERY_VERSION_STATEMENT.lastIndex = 0;
      return true;
    }
    if (m[0] === '') EVERY_VERSION_STATEMENT.lastIndex++;
  }
  return false;
}

/**
 * A line that names the section as a heading would, without a heading's markup: "Supported versions:
 * the latest release" (a run-in label, also in bold), or "Supported Versions" alone on a line with
 * text right under it (a policy pasted as plain text from the rendered page). Short, so that a wrapped
 * line of a sentence that mentions supported versions is not taken for one; more than one word (or a
 * few CJK characters), so that "Version: 0.2" (the document's own version) is not.
 */
// The label starts with none of the lead's characters, so the two never share a run of them.
const LABEL_LINE =
  /^[ \t>*_-]*([^\s:：|#*_>-][^\n:：|#*_]{2,59}?)[*_]*[ \t]*(?:[:：][*_]*[ \t]*(?=[^\s*_])|(?=\r?\n[ \t]*[^\s|]))/gm;
/** In a policy without headings (plain text), a label alone on its line with a paragraph after a blank line. */
const PLAIN_LABEL_LINE = /^[ \t]*([^\s:：|#*_>-][^\n:：|#*_]{2,59}?)[ \t]*(?=\r?\n[ \t]*\r?\n[ \t]*[^\s|])/gm;
const MAX_LABEL_WORDS = 5;

/**
 * A section title the Markdown parser reads as text: of AsciiDoc (`== Supported Versions`) or org-mode
 * (`** Supported Versions`; its first level is the title, and `* x` is a Markdown bullet).
 */
const FOREIGN_TITLE = /^(?:={2,6}|\*{2,6})[ \t]+(\S[^\n]{0,59}?)[ \t]*$/gm;
/**
 * A Markdown heading in a policy pasted in a fence (`## Supported Versions`), read where no heading
 * outside code names a section of a policy: then the fence holds the policy itself, not an example
 * (a report's format, a template quoted in a guide).
 */
const PASTED_TITLE = /^#{1,6}[ \t]+(\S[^\n]{0,59}?)[ \t#]*$/gm;

function hasVersionsLabel(text: string, plain: boolean, pastedWhole: boolean): boolean {
  for (const m of matchesIn(text, FOREIGN_TITLE)) if (matchSection(m[1]!) === 'supported-versions') return true;
  if (pastedWhole)
    for (const m of matchesIn(text, PASTED_TITLE)) if (matchSection(m[1]!) === 'supported-versions') return true;
  for (const m of [...matchesIn(text, LABEL_LINE), ...(plain ? matchesIn(text, PLAIN_LABEL_LINE) : [])]) {
    const label = m[1]!.trim();
    const words = label.split(/\s+/).length;
    if (words > MAX_LABEL_WORDS || /[.!?。]$/.test(label)) continue;
    if (words === 1 && !/[\u3040-\u9fff\uac00-\ud7af]{3}/.test(label)) continue;
    if (matchSection(label) === 'supported-versions') return true;
  }
  return false;
}
