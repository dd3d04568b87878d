import { documentAnchor, sectionsOf } from '../document';
import { insertSectionFix } from '../fixes';
import { versionsTable } from '../versionRows';
import { requiresSection } from '../requirements';
import type { Rule } from '../rule';

/** "Only the latest release is supported" and its usual variations, instead of a versions section. */
const LATEST_ONLY = [
  /\b(?:only|just)\s+(?:the\s+)?(?:most\s+recent|latest|newest|current|last)\b[^.\n]{0,40}\b(?:version|release|major|minor|branch|tag)s?\b/i,
  /\b(?:latest|most\s+recent|newest|current)\s+(?:stable\s+)?(?:version|release|major|minor)s?\s+(?:is|are)\s+(?:the\s+only\s+(?:one\s+)?)?supported\b/i,
  /\bsupport(?:s|ed)?\s+(?:only\s+)?(?:the\s+)?(?:latest|most\s+recent|newest|current)\s+(?:stable\s+)?(?:version|release|major|minor)/i,
  /\b(?:security\s+)?(?:updates|fixes|patches)\s+(?:are|will\s+be)\s+(?:only\s+)?(?:provided|released|applied|made|issued|published)\s+(?:only\s+)?(?:for|to|on|in)\s+(?:the\s+)?(?:latest|most\s+recent|current|newest)\b/i,
];

export const rule: Rule = {
  id: 'SEC015',
  name: 'supported-versions-section',
  description: 'There is no supported-versions section and no statement of which releases get fixes.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check(doc, { context, report }) {
    if (!requiresSection(context, 'supported-versions') || sectionsOf(doc, 'supported-versions').length > 0) return;
    if (LATEST_ONLY.some((pattern) => pattern.test(doc.prose))) return;
    report({
      ...documentAnchor(doc),
      message: 'No "Supported Versions" section: say which releases receive security fixes.',
      // Rows from the project's version when it is known; otherwise the template's placeholders.
      fixes: [insertSectionFix(doc, 'supported-versions', versionsTable(context.projectVersion))],
    });
  },
};
