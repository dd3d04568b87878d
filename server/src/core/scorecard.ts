// The score OpenSSF Scorecard's Security-Policy check gives a policy file, computed the way Scorecard
// computes it (ossf/scorecard: checks/raw/security_policy.go collects the hits, the four
// probes/securityPolicy* judge them, checks/evaluation/security_policy.go adds them up):
//
// - each line (split at "\n", one trailing "\r" dropped) is searched for URLs, email addresses and
//   "text" hits (a run of one to four digits ending at a word boundary, or "disclos" / "vuln" in any case);
// - links: at least one distinct URL or address: 6 points;
// - text: the file's size in bytes is above 1 and above the bytes of the distinct URLs and addresses
//   plus two per distinct one: 3 points;
// - disclosure: more than one text hit, repeats counted: 1 point.
//
// The patterns are Scorecard's, in Go's RE2 syntax translated to JavaScript with the same meaning: `\b`
// is an ASCII word boundary in both (no `u` flag here); RE2's `\b*` (zero or more boundaries) matches
// the empty string and is left out; RE2's case-insensitive match folds "ſ" to "s", which JavaScript
// does only with the `u` flag, so the words are matched apart from the digits (the two never overlap,
// so the count is the same as with one alternation).

/** Scorecard's names for its four probes. */
export type ScorecardProbe =
  | 'securityPolicyPresent'
  | 'securityPolicyContainsLinks'
  | 'securityPolicyContainsText'
  | 'securityPolicyContainsVulnerabilityDisclosure';

export interface ScorecardHit {
  readonly kind: 'link' | 'email' | 'text';
  /** Zero-based line and UTF-16 offsets in the document (Scorecard reports bytes; the editor needs these). */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly match: string;
}

export interface ScorecardResult {
  /** 0 to 10, as the Security-Policy check reports it for this file. */
  readonly score: number;
  readonly probes: Readonly<Record<ScorecardProbe, boolean>>;
  readonly hits: readonly ScorecardHit[];
}

/** Points each probe adds when it holds (securityPolicyPresent only makes the others count). */
export const SCORECARD_POINTS: Readonly<Record<ScorecardProbe, number>> = {
  securityPolicyPresent: 0,
  securityPolicyContainsLinks: 6,
  securityPolicyContainsText: 3,
  securityPolicyContainsVulnerabilityDisclosure: 1,
};

const URL_PATTERN = /(http|https):\/\/[a-zA-Z0-9./?=_%:-]*/g;
const EMAIL_PATTERN = /\b[A-Za-z0-9._%+-]+(@|\\?\[at\\?\])[A-Za-z0-9.-]+\.[A-Za-z]{2,6}\b/g;
const DIGITS_PATTERN = /[0-9]{1,4}\b/g;
const WORDS_PATTERN = /disclos|vuln/giu;

/** The Security-Policy check's verdict on a policy file with this text (the file is present). */
export function scorecardSecurityPolicy(text: string): ScorecardResult {
  const hits: ScorecardHit[] = [];
  let lineStart = 0;
  for (let line = 0; lineStart < text.length; line++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const content = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const collect = (kind: ScorecardHit['kind'], pattern: RegExp) => {
      for (const m of content.matchAll(pattern))
        hits.push({ kind, line, start: lineStart + m.index, end: lineStart + m.index + m[0].length, match: m[0] });
    };
    collect('link', URL_PATTERN);
    collect('email', EMAIL_PATTERN);
    collect('text', DIGITS_PATTERN);
    collect('text', WORDS_PATTERN);
    lineStart = lineEnd + 1;
  }

  const distinct = (kind: ScorecardHit['kind']) => [
    ...new Set(hits.filter((h) => h.kind === kind).map((h) => h.match)),
  ];
  const linked = [...distinct('link'), ...distinct('email')];
  // An empty file is still a file of size 1 to Scorecard: it keeps that default when there is no content.
  const fileSize = Math.max(1, utf8Length(text));
  const linkedBytes = linked.reduce((sum, match) => sum + match.length, 0); // URLs and addresses are ASCII
  const probes: Record<ScorecardProbe, boolean> = {
    securityPolicyPresent: true,
    securityPolicyContainsLinks: linked.length > 0,
    securityPolicyContainsText: fileSize > 1 && fileSize > linkedBytes + linked.length * 2,
    securityPolicyContainsVulnerabilityDisclosure: hits.filter((h) => h.kind === 'text').length > 1,
  };
  const score = (Object.keys(probes) as ScorecardProbe[]).reduce(
    (sum, probe) => sum + (probes[probe] ? SCORECARD_POINTS[probe] : 0),
    0,
  );
  return { score, probes, hits };
}

/** Bytes of `text` in UTF-8 (a lone surrogate is written as U+FFFD, three bytes, as a UTF-8 encoder would). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** What each probe asks for, said to the author of the policy. */
export const SCORECARD_PROBE_HELP: Readonly<Record<Exclude<ScorecardProbe, 'securityPolicyPresent'>, string>> = {
  securityPolicyContainsLinks: 'a URL or an email address (any, even a placeholder or a public tracker)',
  securityPolicyContainsText: 'text besides the URLs and addresses',
  securityPolicyContainsVulnerabilityDisclosure:
    'two or more mentions of "vulnerability", "disclosure" or a number (a timeline)',
};

/** Findings that make a policy unusable whatever its score: no private channel, a public-only one, a placeholder contact. */
const BROKEN_BY: Readonly<Record<string, string>> = {
  SEC010: 'it never says how to report',
  SEC011: 'it has no private channel',
  SEC012: 'it sends reports to a public tracker',
  SEC022: 'its address is a placeholder',
  SEC023: 'it holds unfilled template text',
};

/**
 * One line for the top of the policy: the score, what the missing points need, and, where the score
 * is high but the policy is broken, why the number does not mean it works.
 */
export function scorecardSummary(result: ScorecardResult, ruleIds: readonly string[] = []): string {
  const missing = (Object.keys(SCORECARD_PROBE_HELP) as Array<keyof typeof SCORECARD_PROBE_HELP>).filter(
    (p) => !result.probes[p],
  );
  const parts = [`Scorecard Security-Policy ${result.score}/10`];
  if (missing.length > 0)
    parts.push(`missing: ${missing.map((p) => `${SCORECARD_POINTS[p]} for ${SCORECARD_PROBE_HELP[p]}`).join('; ')}`);
  const broken = [...new Set(ruleIds.filter((id) => id in BROKEN_BY))].map((id) => `${BROKEN_BY[id]} (${id})`);
  if (broken.length > 0)
    parts.push(`${result.score >= 6 ? 'but the score does not show that ' : ''}${broken.join(', ')}`);
  return parts.join(' · ');
}
