// What counts as a placeholder rather than a real value. Shared by the rules that report
// placeholders (SEC022, SEC023) and the ones that must not count them as real contacts (SEC011).

/** Domains reserved for documentation and testing (RFC 2606, RFC 6761) and the usual template stand-ins. */
const PLACEHOLDER_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local)$|(?:^|[.-])(?:your|my)-?(?:domain|company|project|org|organi[sz]ation|email|site|website)\b|^(?:domain|company|project|email|mail)\.(?:com|org|net|tld)$|\.tld$/i;

export function isPlaceholderDomain(domain: string): boolean {
  return PLACEHOLDER_DOMAIN.test(domain.replace(/\.$/, ''));
}

export function isPlaceholderEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  return at < 0 || isPlaceholderDomain(address.slice(at + 1));
}

/** An email address in running text (also inside `mailto:` links and angle brackets). */
export const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;
