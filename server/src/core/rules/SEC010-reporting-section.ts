import { privateChannels } from '../contacts';
import { documentAnchor, sectionAt, sectionsOf, type PolicyDocument } from '../document';
import { insertSectionFix } from '../fixes';
import { requiresSection } from '../requirements';
import type { Rule } from '../rule';
import type { SectionId } from '../types';

/** Sections whose private contact also tells a reporter where to go. */
const REPORTING_LIKE: ReadonlySet<SectionId> = new Set(['reporting', 'contacts', 'encryption', 'bug-bounty']);

export const rule: Rule = {
  id: 'SEC010',
  name: 'reporting-section',
  description: 'There is no section telling reporters how to report a vulnerability.',
  defaultSeverity: 'error',
  kind: 'structure',
  check(doc, { context, report }) {
    if (!requiresSection(context, 'reporting') || sectionsOf(doc, 'reporting').length > 0) return;
    if (statesChannelOutsideOtherSections(doc)) return;
    report({
      ...documentAnchor(doc),
      message: 'No "Reporting a Vulnerability" section: add one that says how to report privately.',
      fixes: [insertSectionFix(doc, 'reporting')],
    });
  },
};

/**
 * Short policies often give the channel right under the title ("Email security@… to report"),
 * which is a reporting section in all but name. A channel inside another topic's section
 * (supported versions, scope …) is not.
 */
function statesChannelOutsideOtherSections(doc: PolicyDocument): boolean {
  return privateChannels(doc).some((channel) => {
    const section = sectionAt(doc, channel.start)?.section;
    return section === undefined || REPORTING_LIKE.has(section);
  });
}
