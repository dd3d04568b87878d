import { visibleText } from '../channels';
import { documentAnchor, sectionsOf } from '../document';
import { insertSectionFix } from '../fixes';
import { versionsTable } from '../versionRows';
import { versionTables } from '../versionTable';
import { requiresSection } from '../requirements';
import type { Rule } from '../rule';
import { VERSION_STATEMENT } from '../languages';

export const rule: Rule = {
  id: 'SEC015',
  name: 'supported-versions-section',
  description: 'There is no supported-versions section and no statement of which releases get fixes.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check(doc, { context, report }) {
    if (!requiresSection(context, 'supported-versions') || sectionsOf(doc, 'supported-versions').length > 0) return;
    // A versions table under any heading (or none), or a sentence, says it as well as a section.
    if (versionTables(doc).length > 0 || VERSION_STATEMENT.test(visibleText(doc))) return;
    report({
      ...documentAnchor(doc),
      message: 'No "Supported Versions" section: say which releases receive security fixes.',
      // Rows from the project's version when it is known; otherwise the template's placeholders.
      fixes: [insertSectionFix(doc, 'supported-versions', versionsTable(context.projectVersion))],
    });
  },
};
