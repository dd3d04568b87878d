import { channelsOf, mayHaveUnreadChannel, privateChannels } from '../channels';
import { documentAnchor, sectionsOf, type PolicyDocument } from '../document';
import { fixFrom, insertSectionFix } from '../fixes';
import { insertBlocksEdit } from '../insertSection';
import type { Rule } from '../rule';
import { sectionInfo } from '../sections';
import type { Fix, Repository } from '../types';

export const rule: Rule = {
  id: 'SEC011',
  name: 'private-contact',
  description:
    'The policy names no private channel: no email address, no GitHub advisory link, no form or bounty platform.',
  defaultSeverity: 'error',
  kind: 'text',
  check(doc, { context, report }) {
    if (privateChannels(doc).length > 0) return;
    const placeholders = channelsOf(doc).filter((c) => c.privacy === 'placeholder');
    // Placeholders the text does not settle ("once private reporting is enabled, use it"): one level lower.
    const unsettled = placeholders.length > 0 && placeholders.every((c) => c.uncertain);
    report({
      ...documentAnchor(doc),
      uncertain: placeholders.length > 0 ? unsettled : mayHaveUnreadChannel(doc),
      message: unsettled
        ? 'No private way to report a vulnerability for certain: the only one is GitHub private vulnerability reporting "once it is enabled", or an account\'s name at github.com. Say that it is on, or add an address or a reporting form.'
        : placeholders.length > 0
          ? 'No private way to report a vulnerability: the only contact is a placeholder. Put in a real address, a GitHub private vulnerability reporting link or a reporting form.'
          : 'No private way to report a vulnerability: add an email address, a GitHub private vulnerability reporting link or a reporting form.',
      ...(context.repository ? { fixes: [advisoryLinkFix(doc, context.repository)] } : {}),
    });
  },
};

/**
 * Links this repository's private vulnerability reporting form, in the reporting section (or a new
 * one). Not preferred: the link works only once private reporting is enabled for the repository.
 */
function advisoryLinkFix(doc: PolicyDocument, repo: Repository): Fix {
  const url = `https://${repo.host}/${repo.owner}/${repo.name}/security/advisories/new`;
  const sentence = `Report vulnerabilities privately through GitHub: <${url}>.`;
  const title = `Add a private vulnerability reporting link for ${repo.owner}/${repo.name}`;
  const section = sectionsOf(doc, 'reporting')[0];
  if (!section) {
    const body = `${sectionInfo('reporting').template.split('\n\n')[0]}\n\n${sentence}`;
    return { ...insertSectionFix(doc, 'reporting', body), title, isPreferred: false };
  }
  // A paragraph of its own at the end of the section.
  return fixFrom(title, [insertBlocksEdit(doc, section.contentEnd, sentence)], { isPreferred: false });
}
