import { isUnderstood, visibleText } from '../channels';
import { documentAnchor, sectionsOf, type PolicyDocument } from '../document';
import { insertSectionFix } from '../fixes';
import { activeControls, type Control, type Requirement } from '../profiles';
import { statedResponseTimes } from '../profiles/responseTime';
import type { Report, Rule } from '../rule';

/** Frequent English words: the profiles' word lists are English, so a policy without these is not read by them. */
const ENGLISH = /\b(?:the|and|to|of|we|you|please|with|for|is|are)\b/gi;

export const rule: Rule = {
  id: 'SEC017',
  name: 'profile-control',
  description:
    'A control of a profile in securityPolicy.profiles (OpenSSF Baseline, Best Practices badge, EU CRA, CISA VDP) that the policy does not meet.',
  defaultSeverity: 'warning',
  kind: 'structure',
  check(doc, { context, report }) {
    // Controls that ask the same (a disclosure policy for the Baseline and the CRA) give one finding naming them all.
    const byRequirement = new Map<string, Control[]>();
    for (const control of activeControls(context)) {
      if (!control.requirement) continue;
      const key = requirementKey(control.requirement);
      byRequirement.set(key, [...(byRequirement.get(key) ?? []), control]);
    }
    for (const controls of byRequirement.values()) {
      const requirement = controls[0]!.requirement!;
      const found = missing(doc, requirement);
      if (!found) continue;
      report({
        ...found,
        message: `${controls.map((c) => c.label).join('; ')}: ${requirement.message}`,
        controls: controls.map((c) => c.id),
        // Met outside the file, said in words the English lists cannot read, or in a linked page: not a certain miss.
        uncertain:
          controls.every((c) => c.elsewhere) ||
          (requirement.kind !== 'response-within' && (!readsAsEnglish(doc) || linksToPolicyPage(doc))),
      });
    }
  },
};

function requirementKey(requirement: Requirement): string {
  return requirement.kind === 'response-within'
    ? `${requirement.kind}:${requirement.days}`
    : `${requirement.kind}:${requirement.words}`;
}

/** Where the policy misses the requirement (and the fix, if one fits), or undefined when it meets it. */
function missing(doc: PolicyDocument, requirement: Requirement): Omit<Report, 'message'> | undefined {
  switch (requirement.kind) {
    case 'section': {
      if (sectionsOf(doc, requirement.section).length > 0 || new RegExp(requirement.words, 'i').test(visibleText(doc)))
        return undefined;
      return { ...documentAnchor(doc), fixes: [insertSectionFix(doc, requirement.section)] };
    }
    case 'words':
      return new RegExp(requirement.words, 'i').test(visibleText(doc)) ? undefined : documentAnchor(doc);
    case 'response-within': {
      // No stated time is SEC013's finding; one within the limit anywhere meets the criterion.
      const times = statedResponseTimes(doc);
      if (times.length === 0 || times.some((t) => t.days <= requirement.days)) return undefined;
      const first = times.reduce((a, b) => (b.days < a.days ? b : a));
      return { start: first.start, end: first.end };
    }
  }
}

/** A link to a page about security, a policy or disclosure: what the file lacks may be there (Rails, CPython, the ASF). */
const POLICY_PAGE = /secur|polic|disclos|vulnerab|\bcvd\b|\bvdp\b/i;

function linksToPolicyPage(doc: PolicyDocument): boolean {
  return doc.links.some(
    (link) => !/^mailto:/i.test(link.url) && POLICY_PAGE.test(link.url.replace(/^[a-z]+:\/\/[^/]*/i, '')),
  );
}

function readsAsEnglish(doc: PolicyDocument): boolean {
  if (!isUnderstood(doc)) return false;
  const text = visibleText(doc);
  const english = text.match(ENGLISH)?.length ?? 0;
  // A short policy has few of them, but still a fair share of its words.
  return english >= 3 || english >= 0.1 * (text.match(/\p{L}+/gu)?.length ?? 0);
}
