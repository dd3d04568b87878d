// SECURITY.md and security.txt of one repository compared: the contacts each names, the policy's
// language. Pure: both texts come in (the analysed one, and the other as `AnalysisContext.companion`),
// what differs comes out. TXT090–TXT093 and SEC090–SEC091 report from this one model, so a mismatch
// reads the same on both files.
import { channelsOf, decodeSafe, visibleText } from './channels';
import type { PolicyDocument } from './document';
import { LANGUAGES } from './languages';
import { perDocument } from './memo';
import { EMAIL } from './placeholders';
import { policyDocument } from './policyModel';
import { splitLanguages } from './securitytxt/languages';
import { parseSecurityTxt, type SecurityTxt, type TxtField } from './securitytxt/parse';
import { EMAIL as BARE_EMAIL } from './securitytxt/uri';
import type { AnalysisContext, Companion, Repository } from './types';

/** A contact as both files can name it: `mail:`, `tel:` or `web:` and a normalised address. */
export type ContactKey = string;

export interface PolicyContact {
  readonly key: ContactKey;
  /** What to write as a security.txt Contact value; undefined where the policy names no address (the Security tab). */
  readonly uri?: string;
  /** How the policy writes it. */
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** GitHub private vulnerability reporting, with or without a link. */
  readonly advisory: boolean;
}

export interface TxtContact {
  readonly key: ContactKey;
  readonly field: TxtField;
  readonly advisory: boolean;
}

/** GitHub/GitLab private reporting pages: any of them is "the Security tab" a policy may name in words. */
const ADVISORY_PATH = /^web:[^/]+\/[^/]+\/[^/]+\/security(?:\/advisories(?:\/new)?|\/policy)?$/;

/** The key a Contact value or a link stands for; undefined for what is no address (prose, `dns:`). */
export function contactKey(value: string): ContactKey | undefined {
  const v = value.trim();
  const mail = /^mailto:([^?]+)/i.exec(v);
  if (mail) {
    const address = decodeSafe(mail[1]!).trim().toLowerCase();
    return address.includes('@') ? `mail:${address}` : undefined;
  }
  const tel = /^tel:(.+)$/i.exec(v);
  if (tel) {
    const digits = tel[1]!.replace(/[^0-9]/g, '');
    return digits.length >= 5 ? `tel:${digits}` : undefined;
  }
  if (BARE_EMAIL.test(v)) return `mail:${v.toLowerCase()}`;
  const url = webUrl(v);
  if (!url) return undefined;
  // Scheme, `www.`, a trailing slash, the query and the fragment do not make another channel.
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = decodeSafe(url.pathname).replace(/\/+$/, '').toLowerCase();
  return `web:${host}${path}`;
}

/** An http(s) URL, parsed; undefined for anything else. */
function webUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function isAdvisoryKey(key: ContactKey): boolean {
  return ADVISORY_PATH.test(key);
}

/** The Contact fields of a security.txt with their keys. */
export function txtContacts(txt: SecurityTxt): TxtContact[] {
  const contacts: TxtContact[] = [];
  for (const field of txt.fieldsNamed('contact')) {
    const key = contactKey(field.value);
    if (key) contacts.push({ key, field, advisory: isAdvisoryKey(key) });
  }
  return contacts;
}

/** What the cross-check reads of a policy: its private channels, every address it mentions, its language. */
export interface PolicyFacts {
  readonly contacts: readonly PolicyContact[];
  /** Every address and link the visible text holds, private or not: "mentioned" is what a reader finds. */
  readonly mentioned: ReadonlySet<ContactKey>;
  /** Phone numbers' digits as the text writes them. */
  readonly digits: string;
  /** The policy names GitHub's private vulnerability reporting (a link or the Security tab). */
  readonly advisory: boolean;
  /** BCP 47 primary language subtag, when the text is clearly in one language. */
  readonly language?: string;
  /** OpenPGP fingerprints the visible text gives, upper case without separators. */
  readonly fingerprints: readonly string[];
}

/** `policyFacts`, once per document model. */
export const policyFactsOf = perDocument((doc: PolicyDocument) => policyFacts(doc));

const CHANNEL_KINDS = new Set(['email', 'advisory', 'form', 'bounty']);

export function policyFacts(doc: PolicyDocument): PolicyFacts {
  const text = visibleText(doc);
  const contacts: PolicyContact[] = [];
  for (const channel of channelsOf(doc)) {
    if (channel.privacy !== 'private' || !CHANNEL_KINDS.has(channel.kind)) continue;
    const written = doc.text.slice(channel.start, channel.end);
    const target = targetOf(doc, channel.start, written);
    const key = target ? contactKey(target) : channel.kind === 'email' ? obfuscatedKey(written) : undefined;
    const advisory = channel.kind === 'advisory';
    if (!key && !advisory) continue;
    const uri = key === undefined ? undefined : key.startsWith('mail:') ? `mailto:${key.slice(5)}` : target;
    contacts.push({
      key: key ?? 'advisory',
      ...(uri ? { uri } : {}),
      label: key?.startsWith('mail:') ? key.slice(5) : (target ?? written.trim()),
      start: channel.start,
      end: channel.end,
      advisory: advisory || (key !== undefined && isAdvisoryKey(key)),
    });
  }
  const mentioned = new Set<ContactKey>(contacts.map((c) => c.key));
  for (const m of text.matchAll(EMAIL)) mentioned.add(`mail:${m[0].toLowerCase()}`);
  for (const link of doc.links) {
    const key = contactKey(link.url);
    if (key) mentioned.add(key);
  }
  for (const m of text.matchAll(/https?:\/\/[^\s<>()"'`\]]+/g)) {
    const key = contactKey(m[0].replace(/[.,;:!?*_~]+$/, ''));
    if (key) mentioned.add(key);
  }
  const language = languageOf(text);
  return {
    contacts: dedupe(contacts),
    mentioned,
    digits: text.replace(/[^0-9\n]/g, ''),
    advisory: contacts.some((c) => c.advisory),
    ...(language ? { language } : {}),
    // From the whole text: fingerprints are often shown in a code block.
    fingerprints: fingerprintsIn(doc.text, true),
  };
}

/** The URL or address a channel's text stands for: a link's target, a bare URL, an address. */
function targetOf(doc: PolicyDocument, start: number, written: string): string | undefined {
  const link = doc.links.find((l) => l.start === start);
  if (link) return link.url.replace(/^<|>$/g, '');
  const contactField = /^Contact:[ \t]*(\S+)/i.exec(written);
  if (contactField) return contactField[1];
  const bare =
    /(?:https?:\/\/|mailto:)\S+/i.exec(written)?.[0] ??
    (/^[^\s@]+@[^\s@]+$/.test(written.trim()) ? written.trim() : undefined);
  return bare?.replace(/[.,;:!?*_~>)]+$/, '');
}

/** `name [at] example [dot] org` as an address key. */
function obfuscatedKey(written: string): ContactKey | undefined {
  const address = written
    .replace(/\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+/gi, '@')
    .replace(/\s*[[({<]\s*(?:dot|\.)\s*[\])}>]\s*|\s+dot\s+/gi, '.')
    .trim()
    .toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? `mail:${address}` : undefined;
}

function dedupe(contacts: readonly PolicyContact[]): PolicyContact[] {
  const seen = new Set<string>();
  return contacts.filter((c) => {
    if (seen.has(c.key)) return false;
    seen.add(c.key);
    return true;
  });
}

/** A v4 (40 hex digits) or v6 (64) fingerprint, in groups of four or two or none, spaces or colons between. */
const FINGERPRINT = /(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}(?:[ :\u00a0]{0,2})){19,31}[0-9A-Fa-f]{2}(?![0-9A-Fa-f])/g;

/** Words that make a run of hex digits on their line a key's fingerprint, not a commit or a checksum. */
const KEY_WORDS = /fingerprint|pgp|gpg|openpgp|public\s+key|\bkey\b/i;

/**
 * The fingerprints in a text, normalised; a run of another length is no fingerprint. With `inProse`,
 * only runs where the text around speaks of a key, and not inside a URL path (a commit hash).
 */
export function fingerprintsIn(text: string, inProse = false): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(FINGERPRINT)) {
    if (inProse) {
      // Its line and what comes just before: "Fingerprint:" is often the line above a code block.
      const lineEnd = text.indexOf('\n', m.index);
      const around = text.slice(Math.max(0, m.index - 120), lineEnd < 0 ? text.length : lineEnd);
      if (!KEY_WORDS.test(around) || text[m.index - 1] === '/') continue;
    }
    const hex = m[0].replace(/[^0-9A-Fa-f]/g, '').toUpperCase();
    if ((hex.length === 40 || hex.length === 64) && !found.includes(hex)) found.push(hex);
  }
  return found;
}

/** A 16-digit key ID in a key server's address (`by-keyid/…`, `search=0x…`): the end of a fingerprint. */
export function keyIdsIn(text: string): string[] {
  return [...text.matchAll(/(?:by-keyid\/|search=0x|keyid=0x|0x)([0-9A-Fa-f]{16})(?![0-9A-Fa-f])/g)].map((m) =>
    m[1]!.toUpperCase(),
  );
}

/**
 * The key an Encryption `field` names that is none of the policy's `fingerprints`: its first
 * fingerprint or key ID, or undefined when it names one of the policy's keys or none at all. The
 * security.txt's comment lines count with the field: they often carry the fingerprint of the key an
 * https Encryption URI serves. (TXT094 on the security.txt, SEC092 on the policy.)
 */
export function unmatchedKey(txt: SecurityTxt, field: TxtField, fingerprints: readonly string[]): string | undefined {
  const commented = fingerprintsIn(
    txt.lines
      .filter((l) => l.text.trimStart().startsWith('#'))
      .map((l) => l.text)
      .join('\n'),
    true,
  );
  const named = [...fingerprintsIn(field.value), ...commented];
  const keyIds = keyIdsIn(field.value);
  if (named.length === 0 && keyIds.length === 0) return undefined;
  const same =
    named.some((f) => fingerprints.includes(f)) || keyIds.some((id) => fingerprints.some((f) => f.endsWith(id)));
  return same ? undefined : (named[0] ?? keyIds[0]);
}

/** Whether a Preferred-Languages `field` lists tags and none of them is `language` (TXT093, SEC092). */
export function leavesOutLanguage(field: TxtField, language: string): boolean {
  if (field.value === '') return false;
  const { tags } = splitLanguages(field.value, field.valueStart);
  return tags.length > 0 && !tags.some((t) => t.tag.split('-')[0]!.toLowerCase() === language);
}

/** Scripts that name their language on their own. */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
];

/**
 * The language the text is written in: a script of its own, else the language whose frequent words
 * it uses most, by a clear margin (twice the next one, and enough of them to count). Undefined when
 * that is not clear: a mismatch is reported only where the language is certain.
 */
export function languageOf(text: string): string | undefined {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < 40) return undefined;
  for (const [script, code] of SCRIPTS) {
    if ((text.match(script) ?? []).length > letters / 4) return code;
  }
  const counts = LANGUAGES.filter((l) => l.commonWords && !SCRIPTS.some(([, code]) => l.code.startsWith(code))).map(
    (l) => ({
      code: l.code.split('-')[0]!.toLowerCase(),
      count: (text.match(new RegExp(l.commonWords!.join('|'), 'giu')) ?? []).length,
    }),
  );
  counts.sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  if (!first || first.count < 8 || first.count < 2 * (second?.count ?? 0)) return undefined;
  return first.code;
}

// One entry each: a keystroke in one file re-analyses it with the other file's text unchanged.
let lastPolicy: { text: string; facts: PolicyFacts | undefined } | undefined;
let lastTxt: { text: string; txt: SecurityTxt } | undefined;

/** The companion SECURITY.md's facts, or undefined when there is none or it is too large to parse here. */
export function companionPolicy(context: AnalysisContext): (PolicyFacts & { readonly path: string }) | undefined {
  const companion = context.companion;
  if (companion?.kind !== 'policy') return undefined;
  if (lastPolicy?.text !== companion.text) {
    const model = policyDocument(companion.text);
    lastPolicy = { text: companion.text, facts: model.parse === 'full' ? policyFacts(model) : undefined };
  }
  return lastPolicy.facts && { ...lastPolicy.facts, path: companion.relativePath };
}

/** The companion security.txt, parsed. */
export function companionTxt(
  context: AnalysisContext,
): { readonly txt: SecurityTxt; readonly path: string } | undefined {
  const companion = context.companion;
  if (companion?.kind !== 'security.txt') return undefined;
  if (lastTxt?.text !== companion.text) lastTxt = { text: companion.text, txt: parseSecurityTxt(companion.text) };
  return { txt: lastTxt.txt, path: companion.relativePath };
}

/** Whether the policy mentions a security.txt Contact: the same address or link, or private reporting for an advisory link. */
export function policyMentions(policy: PolicyFacts, contact: TxtContact): boolean {
  if (policy.mentioned.has(contact.key)) return true;
  if (contact.advisory && policy.advisory) return true;
  return contact.key.startsWith('tel:') && policy.digits.includes(contact.key.slice(4));
}

/** Whether the security.txt lists a channel of the policy: built once per file, asked per channel. */
export function txtListing(contacts: readonly TxtContact[]): (channel: PolicyContact) => boolean {
  const keys = new Set(contacts.map((c) => c.key));
  const advisory = contacts.some((c) => c.advisory);
  // "Use the Security tab" and a Contact linking the advisory form are the same channel.
  return (channel) => keys.has(channel.key) || (channel.advisory && advisory);
}

/** The repository's private vulnerability reporting form (GitHub's advisory form). */
export function advisoryUrl(repository: Repository): string {
  return `https://${repository.host}/${repository.owner}/${repository.name}/security/advisories/new`;
}

/** Where this repository's SECURITY.md is shown on its host, for Policy fields and completion. */
export function policyUrl(repository: Repository, relativePath: string | undefined): string {
  const base = `https://${repository.host}/${repository.owner}/${repository.name}`;
  return relativePath
    ? `${base}/blob/HEAD/${relativePath.split('/').map(encodeURIComponent).join('/')}`
    : `${base}/security/policy`;
}

export type PolicyTarget =
  | { readonly kind: 'this-policy' | 'this-repository' | 'other-site' | 'not-a-url' }
  | { readonly kind: 'other-repository'; readonly repository: string };

/**
 * Where a Policy URL points relative to this repository: its policy (the Security tab's policy page,
 * a SECURITY.md in it, raw or rendered), another page of it, another repository, another site.
 */
export function policyTarget(value: string, repository: Repository): PolicyTarget {
  const url = webUrl(value.trim());
  if (!url) return { kind: 'not-a-url' };
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const repoHost = repository.host.toLowerCase();
  const segments = url.pathname
    .split('/')
    .filter((s) => s !== '')
    .map(decodeSafe);
  // raw.githubusercontent.com/owner/name/ref/path serves the same files.
  const raw = repoHost === 'github.com' && host === 'raw.githubusercontent.com';
  if (host !== repoHost && !raw) return { kind: 'other-site' };
  const [owner, name] = segments;
  if (!owner || !name) return { kind: 'this-repository' };
  const repo = name.replace(/\.git$/i, '');
  if (owner.toLowerCase() !== repository.owner.toLowerCase() || repo.toLowerCase() !== repository.name.toLowerCase()) {
    return { kind: 'other-repository', repository: `${owner}/${repo}` };
  }
  const rest = segments.slice(2).join('/').toLowerCase();
  const isPolicy = /^security(?:\/policy)?$/.test(rest) || /(?:^|\/)security\.(?:md|markdown)$/.test(rest);
  return { kind: isPolicy ? 'this-policy' : 'this-repository' };
}

export type { Companion };
