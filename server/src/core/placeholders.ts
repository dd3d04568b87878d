// What counts as a placeholder rather than a real value. Shared by the rules that report
// placeholders (SEC022, SEC023) and the ones that must not count them as real contacts (SEC011).

/**
 * Domains reserved for documentation and testing (RFC 2606, RFC 6761) and the usual template
 * stand-ins (`yourdomain.com`, `your-company.org`, `domain.tld`, …). `mail.com` is a real mail
 * provider and is not a placeholder; `email.com` is so often a stand-in that it counts as one.
 */
const PLACEHOLDER_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local)$|(?:^|[.-])(?:your|my)[-_]?(?:domain|company|project|org|organi[sz]ation|email|site|website)\b|^(?:domain|company|project|email|organi[sz]ation)\.(?:com|org|net|io|tld)$|\.tld$/i;

/** Local parts that stand for "put your address here": `you@`, `your-email@`, `your.name@`. */
const PLACEHOLDER_LOCAL_PART =
  /^(?:you|your)(?:[._-]?(?:e-?mail|name|address|user(?:name)?|handle|contact|team|company|org|project|security|own))*$|^(?:first[._-]?name[._-]?last[._-]?name|john[._-]?doe|jane[._-]?doe)$/i;

export function isPlaceholderDomain(domain: string): boolean {
  return PLACEHOLDER_DOMAIN.test(domain.replace(/\.$/, ''));
}

/** True when the address is not a real mailbox: a reserved or stand-in domain, or a `your-email@…` local part. */
export function isPlaceholderEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return true;
  return isPlaceholderDomain(address.slice(at + 1)) || PLACEHOLDER_LOCAL_PART.test(address.slice(0, at));
}

/** An email address in running text (also inside `mailto:` links and angle brackets). */
// The look-behind lets a match start only where an address can start: without it, every letter of
// a long word starts a scan to the word's end (quadratic on a 100,000-character heading).
export const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/**
 * Words next to a value that say it still has to be replaced: "(replace with your address)",
 * "change this", "placeholder", and a few translations (请替换, reemplazar, remplacer, ersetzen, substituir).
 */
export const REPLACE_HINT =
  /\b(?:replace|change|substitute)\s+(?:this|it|me|with)\b|\bplaceholder\b|请?替换|請替換|\breempla[cz]\w*|\bremplace[rz]?\b|\bersetzen\b|\bsubstitua\b|\bsubstituir\b/i;
