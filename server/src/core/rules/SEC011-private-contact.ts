import { privateChannels } from '../contacts';
import { documentAnchor } from '../document';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC011',
  name: 'private-contact',
  description: 'The policy names no private channel: no email address, no GitHub advisory link, no form or bounty platform.',
  defaultSeverity: 'error',
  kind: 'text',
  check(doc, { report }) {
    if (privateChannels(doc).length > 0) return;
    report({
      ...documentAnchor(doc),
      message:
        'No private way to report a vulnerability: add an email address, a GitHub private vulnerability reporting link or a reporting form.',
    });
  },
};
