import { mayHaveUnreadChannel, privateChannels, publicChannels } from '../channels';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC012',
  name: 'public-issue-channel',
  description:
    'The policy sends reporters to a public issue, discussion or pull request and offers no private alternative.',
  defaultSeverity: 'error',
  kind: 'text',
  check(doc, { report }) {
    const instructions = publicChannels(doc);
    if (instructions.length === 0 || privateChannels(doc).length > 0) return;
    const uncertain = mayHaveUnreadChannel(doc);
    for (const { start, end, firstContact } of instructions) {
      report({
        start,
        end,
        uncertain,
        message: firstContact
          ? 'This makes the first contact about a vulnerability in a public tracker, where anyone can see it: offer a private channel instead.'
          : 'This sends vulnerability reports to a public tracker, where anyone can read them: offer a private channel instead.',
      });
    }
  },
};
