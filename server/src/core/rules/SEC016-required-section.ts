import { documentAnchor, sectionsOf } from '../document';
import { insertSectionFix } from '../fixes';
import { requiresSection } from '../requirements';
import type { Rule } from '../rule';
import { SECTIONS } from '../sections';

/** These two have rules of their own (SEC010, SEC015), with their own wording and fixes. */
const OWN_RULES = new Set(['reporting', 'supported-versions']);

export const rule: Rule = {
  id: 'SEC016',
  name: 'required-section',
  description: 'A section required by securityPolicy.requiredSections is missing.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check(doc, { context, report }) {
    for (const section of SECTIONS) {
      if (OWN_RULES.has(section.id) || !requiresSection(context, section.id) || sectionsOf(doc, section.id).length > 0)
        continue;
      report({
        ...documentAnchor(doc),
        message: `No "${section.title}" section, which this project requires (securityPolicy.requiredSections).`,
        fixes: [insertSectionFix(doc, section.id)],
      });
    }
  },
};
