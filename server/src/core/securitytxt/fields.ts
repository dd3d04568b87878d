// The fields of security.txt: RFC 9116 §2.5 and the IANA "security.txt Fields" registry. Used by
// the rules, and by completion and hover, so that all of them describe a field the same way.
import { distance } from 'fastest-levenshtein';

export interface FieldInfo {
  /** The name as the RFC spells it. */
  readonly name: string;
  /** Where it is defined. */
  readonly section: string;
  /** One or two sentences for hover and completion. */
  readonly meaning: string;
  readonly occurrence: 'required-once' | 'required' | 'optional-once' | 'optional';
  /** The value is a URI (RFC 9116 §2.3: web URIs use https). */
  readonly uri: boolean;
  /** Registered outside RFC 9116 itself. */
  readonly extension?: boolean;
}

export const FIELDS: readonly FieldInfo[] = [
  {
    name: 'Contact',
    section: 'RFC 9116 §2.5.3',
    occurrence: 'required',
    uri: true,
    meaning:
      'Where to report a vulnerability: a `mailto:`, `tel:` or `https:` URI. Required, at least once; list the preferred channel first.',
  },
  {
    name: 'Expires',
    section: 'RFC 9116 §2.5.5',
    occurrence: 'required-once',
    uri: false,
    meaning:
      'The date and time after which the file is stale, as an RFC 3339 date-time (`2026-12-31T23:59:59Z`). Required, exactly once; recommended less than a year ahead.',
  },
  {
    name: 'Encryption',
    section: 'RFC 9116 §2.5.4',
    occurrence: 'optional',
    uri: true,
    meaning:
      'A key for encrypted reports: an `https:` URI of the key, a `dns:` OPENPGPKEY record or an `openpgp4fpr:` fingerprint. Never the key itself.',
  },
  {
    name: 'Acknowledgments',
    section: 'RFC 9116 §2.5.1',
    occurrence: 'optional',
    uri: true,
    meaning: 'A page that thanks reporters (a hall of fame).',
  },
  {
    name: 'Canonical',
    section: 'RFC 9116 §2.5.2',
    occurrence: 'optional',
    uri: true,
    meaning:
      'The URI(s) this file is served from. Recommended in a signed file, so a copy served elsewhere is recognised.',
  },
  {
    name: 'Policy',
    section: 'RFC 9116 §2.5.7',
    occurrence: 'optional',
    uri: true,
    meaning: 'The vulnerability disclosure policy: for a project, the URL of its SECURITY.md.',
  },
  {
    name: 'Hiring',
    section: 'RFC 9116 §2.5.6',
    occurrence: 'optional',
    uri: true,
    meaning: 'Security-related job openings.',
  },
  {
    name: 'Preferred-Languages',
    section: 'RFC 9116 §2.5.8',
    occurrence: 'optional-once',
    uri: false,
    meaning: 'Languages reports may be written in: RFC 5646 tags separated by commas (`en, de`). At most once.',
  },
  {
    name: 'CSAF',
    section: 'CSAF 2.0 §7.1.8 (IANA registry)',
    occurrence: 'optional',
    uri: true,
    extension: true,
    meaning: "The URL of the organisation's CSAF `provider-metadata.json` (machine-readable advisories).",
  },
  {
    name: 'Bug-Bounty',
    section: 'IANA security.txt Fields registry',
    occurrence: 'optional-once',
    uri: false,
    extension: true,
    meaning: 'Whether reports are rewarded: `True` or `False`.',
  },
];

export function fieldInfo(key: string): FieldInfo | undefined {
  return FIELDS.find((f) => f.name.toLowerCase() === key);
}

/** Names of early drafts that RFC 9116 dropped, with what replaced them. */
export const OBSOLETE_FIELDS: ReadonlyMap<string, string> = new Map([
  ['signature', 'sign the file itself as an OpenPGP cleartext message instead (RFC 9116 §2.3)'],
]);

/** Misspellings seen in real files that edit distance alone would not map, or would map wrongly. */
const KNOWN_MISSPELLINGS: ReadonlyMap<string, string> = new Map([
  ['expiry', 'Expires'],
  ['expiration', 'Expires'],
  ['expiration-date', 'Expires'],
  ['expire', 'Expires'],
  ['expires-at', 'Expires'],
  ['valid-until', 'Expires'],
  ['acknowledgements', 'Acknowledgments'],
  ['acknowledgement', 'Acknowledgments'],
  ['acknowledgment', 'Acknowledgments'],
  ['acknowledgments-url', 'Acknowledgments'],
  ['language', 'Preferred-Languages'],
  ['languages', 'Preferred-Languages'],
  ['preferred-language', 'Preferred-Languages'],
  ['prefered-languages', 'Preferred-Languages'],
  ['preferredlanguages', 'Preferred-Languages'],
  ['preferred_languages', 'Preferred-Languages'],
  ['email', 'Contact'],
  ['e-mail', 'Contact'],
  ['contacts', 'Contact'],
  ['encryption-key', 'Encryption'],
  ['pgp-key', 'Encryption'],
  ['bugbounty', 'Bug-Bounty'],
  ['bug_bounty', 'Bug-Bounty'],
  ['csaf-provider', 'CSAF'],
]);

/** Longest name compared by edit distance: keeps the rule linear on a hostile 100,000-character name. */
const MAX_COMPARED = 40;

/**
 * The registered field a misspelt name most likely means, or undefined: a known misspelling, or a
 * name within a small edit distance (about one edit per four characters, as spaze/security-txt does).
 */
export function suggestField(key: string): string | undefined {
  const known = KNOWN_MISSPELLINGS.get(key);
  if (known) return known;
  if (key.length > MAX_COMPARED) return undefined;
  let best: string | undefined;
  let bestDistance = Math.floor(key.length / 4) + 1;
  for (const field of FIELDS) {
    const d = distance(key, field.name.toLowerCase());
    if (d > 0 && d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = field.name;
      bestDistance = d;
    }
  }
  return best;
}
