import { companionPolicy, txtContacts, txtListing, type PolicyContact } from '../../crossCheck';
import { fixFrom } from '../../fixes';
import type { Fix } from '../../types';
import { eolOf, insertFieldEdit, signedAware, trimmedRange, type TxtRule } from '../rule';
import type { SecurityTxt } from '../parse';

export const rule: TxtRule = {
  id: 'TXT091',
  name: 'policy-channel-missing',
  description: "A private reporting channel of the repository's SECURITY.md that no Contact field lists.",
  defaultSeverity: 'info',
  kind: 'text',
  check(txt, ctx) {
    const policy = companionPolicy(ctx.context);
    const lists = txtListing(txtContacts(txt));
    // Without any Contact, TXT001 reports the file and offers these channels.
    if (!policy || txt.fieldsNamed('contact').length === 0) return;
    const anchor = txt.fieldsNamed('contact').at(-1)!.line;
    for (const channel of policy.contacts) {
      if (lists(channel)) continue;
      const message = `${policy.path} names ${describe(channel)} as a private channel, but no Contact here lists it: researchers who start from this file will not find it.`;
      const fixes = channel.uri ? [addContactFix(txt, channel)] : [];
      ctx.report({ ...trimmedRange(anchor), ...signedAware(txt, message, fixes) });
    }
  },
};

function describe(channel: PolicyContact): string {
  return channel.uri ? `"${channel.label}"` : "GitHub's private vulnerability reporting";
}

/**
 * "Add Contact: …" from a policy channel, after the last Contact (the RFC lists contacts by
 * preference, so a new one goes last). A proposal: which channels a website lists is the author's call.
 */
export function addContactFix(txt: SecurityTxt, channel: PolicyContact): Fix {
  const line = `Contact: ${channel.uri}`;
  const last = txt.fieldsNamed('contact').at(-1);
  const edit = last
    ? { start: last.line.end, end: last.line.end, newText: eolOf(txt) + line }
    : insertFieldEdit(txt, line);
  return fixFrom(`Add "${line}" (from the SECURITY.md)`, [edit], { isPreferred: false, proposal: true });
}
