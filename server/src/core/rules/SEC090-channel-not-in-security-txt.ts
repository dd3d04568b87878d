import { companionTxt, policyFactsOf, txtContacts, txtListing } from '../crossCheck';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC090',
  name: 'channel-not-in-security-txt',
  description:
    "A private reporting channel of the policy that the repository's security.txt lists in no Contact field.",
  defaultSeverity: 'info',
  kind: 'text',
  check(doc, { context, report }) {
    const companion = companionTxt(context);
    if (!companion) return;
    const lists = txtListing(txtContacts(companion.txt));
    // A security.txt without Contact is reported there (TXT001), once.
    if (companion.txt.fieldsNamed('contact').length === 0) return;
    for (const channel of policyFactsOf(doc).contacts) {
      if (lists(channel)) continue;
      const what = channel.uri ? `"${channel.label}"` : "GitHub's private vulnerability reporting";
      report({
        start: channel.start,
        end: channel.end,
        message: `${companion.path} lists no Contact for ${what}: researchers who start from the website's security.txt will not find this channel. Add "Contact: ${channel.uri ?? 'https://github.com/OWNER/REPO/security/advisories/new'}" there.`,
      });
    }
  },
};
