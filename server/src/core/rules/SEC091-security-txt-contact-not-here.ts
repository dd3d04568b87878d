import { companionTxt, policyFactsOf, policyMentions, txtContacts } from '../crossCheck';
import { documentAnchor, sectionsOf } from '../document';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC091',
  name: 'security-txt-contact-not-here',
  description: "A Contact of the repository's security.txt that the policy does not mention.",
  defaultSeverity: 'info',
  kind: 'text',
  check(doc, { context, report }) {
    const companion = companionTxt(context);
    if (!companion) return;
    const policy = policyFactsOf(doc);
    const missing = txtContacts(companion.txt).filter((c) => !policyMentions(policy, c));
    if (missing.length === 0) return;
    // One finding for all of them, where a reader looks for contacts.
    const heading = sectionsOf(doc, 'reporting')[0];
    const values = missing.map((c) => c.field.value);
    report({
      ...(heading ? { start: heading.start, end: heading.end } : documentAnchor(doc)),
      message: `${companion.path} lists ${values.length === 1 ? 'a Contact' : 'Contacts'} this policy does not mention: ${values.join(', ')}. Name ${values.length === 1 ? 'it' : 'them'} here too, or remove ${values.length === 1 ? 'it' : 'them'} there, so that both files send reporters to the same place.`,
    });
  },
};
