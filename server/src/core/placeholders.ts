// What counts as a placeholder rather than a real value: one model for the rules that report
// placeholders (SEC022, SEC023) and the channel model, which must not count them as real contacts.
import { EXAMPLE_WORDS, fold, REPLACE_HINT, YOUR_WORDS } from './languages';
import { blockMatches, type BlockMatch } from './blockMatches';
import { escapeRegExp } from './regexpMatches';
import { countAtMost } from './sorted';

const words = (list: readonly string[]) => list.map(escapeRegExp).join('|');

/**
 * Domains reserved for documentation and testing (RFC 2606, RFC 6761), the usual template stand-ins
 * (`yourdomain.com`, `your-company.org`, `domain.tld`, …) and their translations (`ejemplo.com`,
 * `tu-dominio.com`, `beispiel.de`). `mail.com` is a real mail provider and is not a placeholder;
 * `email.com` is so often a stand-in that it counts as one.
 */
const PLACEHOLDER_DOMAIN = new RegExp(
  [
    `(?:^|\\.)(?:example\\.(?:com|org|net)|example|test|invalid|localhost|local)$`,
    // `example.jp`, `example.co.uk`: the reserved name under a country's domain
    `^example\\.(?:[a-z]{2,}|(?:co|com|or|ne|ac)\\.[a-z]{2})$`,
    `(?:^|[.-])(?:${words(YOUR_WORDS)})[-_]?(?:domain|dominio|domini|domaine|domein|domena|domene|domaene|doman|company|empresa|entreprise|firma|unternehmen|azienda|bedrijf|societe|project|projeto|proyecto|projet|progetto|projekt|org|organi[sz]ation|email|site|website|sitio|домен|компани[яи]|сайт)(?![\\wа-яё])`,
    // "domain name" in Turkish and Vietnamese (`alanadi.com`, `ten-mien.vn`), "domain" in Dutch and Polish
    `^(?:domain|company|project|email|organi[sz]ation|dominio|empresa)\\.(?:com|org|net|io|tld)$`,
    `^(?:domein|domaine|domena|alanadi|ten-?mien)\\.(?:[a-z]{2,3}|tld)$`,
    // "your" after "domain", where the language puts it there: `ten-mien-cua-ban.vn`, `domain-anda.id`
    `(?:^|[.-])(?:ten-?mien|domain|domen|domini)[-_]?(?:cua-?ban|anda|kamu)(?:[.-]|$)`,
    // Turkish says "your" by a suffix (`alanadiniz.com`, `sirketiniz.com`); Russian written in Latin letters (`vash-domen.ru`)
    `(?:^|[.-])(?:alan-?ad[iı]n[iı]z|[sş]irketiniz|siteniz|projeniz|vash[-_]?(?:domen|sajt|sait|kompani[jy]a))(?:[.-]|$)`,
    `(?:^|[.-])(?:${words(EXAMPLE_WORDS.filter((w) => w !== 'example'))})(?:[.-]|$)`,
    `(?:^|[.-])(?:actual|real|sample|dummy|fake|placeholder)[-_]?(?:domain|company|project|org|email)\\b`,
    `\\.tld$`,
    // Microsoft's fictitious companies, the sample domains of its templates and documentation
    `(?:^|\\.)(?:contoso|fabrikam|northwindtraders|adventure-?works|wingtiptoys|tailspintoys|woodgrovebank|litwareinc)\\.(?:com|net|org)$`,
    `(?:^|\\.)x{3,}\\.[a-z]+$`,
    `(?:^|\\.)(?:project|company|org|organi[sz]ation|product|app|repo|site)[-_]?name\\.[a-z]+$`,
    `^(?:some|any|my)(?:thing|where|domain|site|company)\\.(?:com|org|net|io)$`,
  ].join('|'),
  'i',
);

/** Local parts that stand for "put your address here": `you@`, `your-email@`, `seu-email@`, `SEC_EMAIL@`. */
// Short pronouns of other languages (`vos`, `seu`, `ihr`) begin real mailbox names too (`vos.security@`):
// with them only a suffix that names the value (`seu-email@`, `vos.contact@`) makes a stand-in.
const PLACEHOLDER_LOCAL_PART = new RegExp(
  `^(?:you|your|my)(?:[._-]?(?:e-?mail|name|address|user(?:name)?|handle|contact|team|company|org|project|security|own))*$` +
    `|^(?:${words(YOUR_WORDS.filter((w) => w.length > 2 && w !== 'your'))})[._-]?(?:e-?mail|correo|courriel|name|nome|nombre|address|user(?:name)?|handle|contact|contato|contacto)$` +
    '|^(?:first[._-]?name[._-]?last[._-]?name|john[._-]?doe|jane[._-]?doe|x{3,})$|^[A-Z]+_[A-Z_]*EMAIL$' +
    // Vietnamese puts "your" after the noun: `email-cua-ban@`
    '|^(?:e-?mail|ten|dia[._-]?chi)[._-]?cua[._-]?ban$',
  'i',
);

/** Whether `domain` is a free mail provider's own (`gmail.com`, `mail.ru`), whose mailboxes are people's. */
export function isWebmailDomain(domain: string): boolean {
  return WEBMAIL.test(domain);
}

export function isPlaceholderDomain(domain: string): boolean {
  return PLACEHOLDER_DOMAIN.test(fold(domain).replace(/\.$/, ''));
}

/** Free mail providers: a mailbox there named only for a field (`username@gmail.com`) stands for one. */
// (the provider's own domain only, `mail.ru`, `yahoo.co.jp`: `mail.kubevela.io` is a project's mail host)
const WEBMAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|yahoo|proton(?:mail)?|pm|icloud|aol|gmx|mail|yandex|qq|163)\.(?:[a-z]{2,3}|(?:co|com|ne|or)\.[a-z]{2})$/i;
// (A role's name at a webmail provider, `security@protonmail.com`, `admin@gmail.com`: the provider's own
// mailbox or nobody's, never a project's, so a template's stand-in.)
const FIELD_LOCAL_PART =
  /^(?:user(?:name)?|e-?mail|name|address|someone|somebody|example|test|mail|contact[._-]?email|security|admin|administrator|support|info|abuse|webmaster|root|postmaster|contact|hello|team|maintainers?|owner)$/i;

/** GitHub's own mailboxes (`security@github.com`, `opensource-security@github.com`), not accounts of its users. */
const GITHUB_MAILBOX =
  /^(?:security|securitylab|opensource(?:-security)?|support|privacy|copyright|legal|abuse|bounty|press|partnerships?|sales)$/i;

/** True when the address is not a real mailbox: a reserved or stand-in domain, GitHub's no-reply address, or a `your-email@…` local part. */
export function isPlaceholderEmail(address: string): boolean {
  return isStandInEmail(address) || isGitHubAccountAddress(address);
}

/**
 * An account's name at github.com (`jane@github.com`): GitHub gives its users no mailbox, so most are a
 * user's stand-in; a GitHub employee's real address looks the same. (GitHub's own role addresses are real.)
 */
export function isGitHubAccountAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  return at >= 0 && /^github\.com$/i.test(address.slice(at + 1)) && !GITHUB_MAILBOX.test(address.slice(0, at));
}

/** A placeholder by its shape alone: a reserved or stand-in domain, GitHub's no-reply address, a `your-email@…` local part. */
export function isStandInEmail(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return true;
  const local = fold(address.slice(0, at));
  const domain = address.slice(at + 1);
  return (
    isPlaceholderDomain(domain) ||
    // GitHub's commit address: it forwards nothing.
    /(?:^|\.)users\.noreply\.github\.com$/i.test(domain) ||
    PLACEHOLDER_LOCAL_PART.test(local) ||
    (WEBMAIL.test(domain) && FIELD_LOCAL_PART.test(local))
  );
}

/** Template tokens in a URL: `github.com/OWNER/REPO`, `__ORG__`, `{{ repo }}`, `your-org`, an elided `/…/` part. */
export function isPlaceholderUrl(url: string): boolean {
  return (
    /\/(?:YOUR[_-]?)?(?:OWNER|ORG|USER(?:NAME)?)\/(?:YOUR[_-]?)?(?:REPO(?:SITORY)?|PROJECT)\b|__[A-Z]+__|\{\{|\$\{|%7B%7B|\/your-?(?:org|organi[sz]ation|user(?:name)?|name|account|handle|project|repo)\b|\/your[-_][a-z]|<[a-z_-]+>|\/(?:\.{3}|…)(?:\/|$)|\/X{4,}(?:[/?#]|$)/i.test(
      url,
    ) || FORGE_OWNER_IN_CAPITALS.test(url)
  );
}

/** `github.com/ORG/.github`: a template's owner in capitals, where the real one would stand (case matters: `github.com/user` is an account). */
const FORGE_OWNER_IN_CAPITALS =
  /(?:github\.com|gitlab\.com|codeberg\.org)\/(?:OWNER|ORG|ORGANI[SZ]ATION|USER(?:NAME)?|YOUR_?[A-Z]+)(?=[/?#]|$)/;

/** An email address in running text (also inside `mailto:` links and angle brackets). */
// The look-behind lets a match start only where an address can start: without it, every letter of
// a long word starts a scan to the word's end (quadratic on a 100,000-character heading). It comes
// after the first letter, so the engine still skips ahead to a letter (25 MB of spaces: 73 → 22 ms).
// The last label holds a letter: `twemoji@14.0.2` in a CDN path is a package version, not a mailbox.
// An underscore run at a word's start is Markdown's emphasis, not the address's (`_security@acme.dev_`).
export const EMAIL =
  /[A-Za-z0-9](?<![A-Za-z0-9.%+-][A-Za-z0-9])(?<![A-Za-z0-9.%+-]_+[A-Za-z0-9])[A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?<=\.[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*)/g;
/** One address and nothing else: a bracket's inside once trimmed, a decoded `&#64;` address. */
export const EMAIL_ALONE = new RegExp(`^(?:${EMAIL.source})$`);

/** How far on the same line a "(replace with …)" note may stand from the value. */
const HINT_WINDOW = 80;

/** REPLACE_HINT for a scan of a whole text. */
const REPLACE_HINTS = new RegExp(REPLACE_HINT.source, `${REPLACE_HINT.flags}g`);

/**
 * The replace notes of a text, in order, for hasReplaceHint: one scan of the text (remembered per
 * paragraph) instead of one per value asked about, thousands on a line of addresses.
 */
export function replaceHintsIn(text: string): readonly BlockMatch[] {
  return blockMatches(text, REPLACE_HINTS);
}

/**
 * A "(replace with your address)" note right after a value, or "replace" right before it, on the same
 * line. `hints` are replaceHintsIn(text).
 */
export function hasReplaceHint(text: string, hints: readonly BlockMatch[], start: number, end: number): boolean {
  // Only the windows are searched for the line break: searching the whole line would be quadratic
  // on a long line of addresses.
  const window = text.slice(end, end + HINT_WINDOW);
  const lineEnd = window.indexOf('\n');
  const after = lineEnd < 0 ? window : window.slice(0, lineEnd);
  // A note that starts after the value and ends within the window, on its line.
  const first = hints[countAtMost(hints, end - 1, (h) => h.index)];
  if (first && first.index + first[0].length <= end + after.length) return true;
  // The note in brackets on the line under the address, when nothing but markup follows it on its own:
  // "📧 **jane@acme.dev**" over "(or replace it with your own address)".
  if (lineEnd >= 0 && /^[\s*_`]*$/.test(after)) {
    const next = window.slice(lineEnd + 1).split('\n', 1)[0]!;
    if (/^[ \t*_]*[(（]/.test(next) && REPLACE_HINT.test(next)) return true;
  }
  // (Not reStructuredText's substitution, `.. |email| replace:: security@acme.dev`: it defines the value.)
  return /(?<!\|[ \t]*)\b(?:replace|change)\s*[\s:`*_[<(]*$/i.test(lineBefore(text, start, 20));
}

/**
 * The text of the line before `offset`, at most `reach` characters of it: only that window is searched
 * for the line break, so asking at every value of a long line stays linear.
 */
export function lineBefore(text: string, offset: number, reach: number): string {
  const window = text.slice(Math.max(0, offset - reach), offset);
  return window.slice(window.lastIndexOf('\n') + 1);
}
