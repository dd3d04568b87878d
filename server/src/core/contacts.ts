// How a policy tells reporters to reach the maintainers: private channels (SEC011) and
// instructions to use public trackers (SEC012). Code and comments are not looked at.
import type { PolicyDocument } from './document';
import { perDocument } from './memo';
import { EMAIL, isPlaceholderDomain, isPlaceholderEmail } from './placeholders';

export interface Channel {
  /** `policy-link`: a link to the policy that does define the channels (an organisation-wide SECURITY.md). */
  readonly kind: 'email' | 'github-advisory' | 'form' | 'bounty-platform' | 'policy-link';
  readonly start: number;
  readonly end: number;
}

const BOUNTY_PLATFORMS = /(?:^|\.)(?:hackerone\.com|bugcrowd\.com|intigriti\.com|yeswehack\.com|huntr\.(?:dev|com)|immunefi\.com|hackenproof\.com|openbugbounty\.org|zerodayinitiative\.com|tidelift\.com|huntr\.com)$/i;
const GITHUB_ADVISORY = /^https?:\/\/github\.com\/[^/\s]+\/[^/\s]+\/security(?:\/(?:advisories(?:\/new)?|policy))?\/?(?:[?#].*)?$/i;
/** Paths of reporting forms and vendor security pages. */
const FORM_PATH = /form|report|vulnerab|disclos|security|bounty|psirt|msrc|responsible/i;
/** Prose that names GitHub's private reporting feature without linking it. */
const PRIVATE_REPORTING_PROSE =
  /\bprivate(?:ly)?[ -]vulnerability[ -]report\w*|\breport(?:ing)? (?:a )?vulnerabilit(?:y|ies) privately\b|\bprivately report\w*\b|\bsecurity tab\b|["“']report a vulnerability["”'] (?:button|tab|link)|\b(?:draft|private|new) (?:github )?security advisor(?:y|ies)\b|\bgithub security advisor(?:y|ies)\b|\bsecurity advisor(?:y|ies) (?:tab|page|form|feature)\b/gi;

/** Private ways to report: real email addresses, advisory/PVR links, reporting forms, bounty platforms. */
export const privateChannels: (doc: PolicyDocument) => readonly Channel[] = perDocument(findPrivateChannels);

function findPrivateChannels(doc: PolicyDocument): Channel[] {
  const channels: Channel[] = [];
  for (const m of doc.prose.matchAll(EMAIL)) {
    if (isGitRemote(doc, m.index + m[0].length) || isPlaceholderEmail(m[0])) continue;
    channels.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
  }
  for (const link of doc.links) {
    if (doc.prose.slice(link.start, link.end).trim() === '' || isGitRemote(doc, link.end)) continue;
    const kind = classifyUrl(link.url);
    if (kind) channels.push({ kind, start: link.start, end: link.end });
  }
  // Bare URLs that the parser did not turn into links (inside HTML, after text without a space).
  for (const m of doc.prose.matchAll(/https?:\/\/[^\s<>()"'`\]]+/g)) {
    const kind = classifyUrl(m[0]);
    if (kind) channels.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  // security.txt (RFC 9116) `Contact:` fields name channels even when the file is quoted in a code block.
  for (const m of doc.text.matchAll(/^Contact:[ \t]*(\S+)/gim)) {
    const kind = classifyUrl(m[1]!);
    if (kind) channels.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  for (const m of doc.prose.matchAll(PRIVATE_REPORTING_PROSE)) {
    channels.push({ kind: 'github-advisory', start: m.index, end: m.index + m[0].length });
  }
  return channels;
}

/** `git@github.com:owner/repo` is a remote, not a mailbox (GFM even links its first half as one). */
function isGitRemote(doc: PolicyDocument, end: number): boolean {
  return doc.text[end] === ':';
}

function classifyUrl(raw: string): Channel['kind'] | undefined {
  const url = raw.trim();
  if (/^mailto:/i.test(url)) {
    const address = decodeURIComponentSafe(url.slice(7).split('?')[0] ?? '');
    return address.includes('@') && !isPlaceholderEmail(address) ? 'email' : undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase();
  if (isPlaceholderDomain(host) || /\/OWNER\/REPO\b/.test(url)) return undefined;
  if (/\/security\.(md|markdown)$/i.test(parsed.pathname)) return 'policy-link';
  if (host === 'github.com') return GITHUB_ADVISORY.test(url) ? 'github-advisory' : undefined;
  if (BOUNTY_PLATFORMS.test(host)) return 'bounty-platform';
  // Public trackers are not private channels, even on a vendor's own host.
  if (/\/(issues|discussions|pulls?|forum|community)(\/|$)/i.test(parsed.pathname)) return undefined;
  if (parsed.protocol === 'https:' && (FORM_PATH.test(parsed.pathname) || /^(forms|security|psirt|msrc)\./.test(host))) {
    return 'form';
  }
  return undefined;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface PublicInstruction {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const PUBLIC_TRACKER_PHRASE =
  /\b(?:open(?:ing)?|creat(?:e|ing)|fil(?:e|ing)|submit(?:ting)?|rais(?:e|ing)|post(?:ing)?|start(?:ing)?|send(?:ing)?)\s+(?:us\s+)?(?:an?\s+|the\s+)?(?:new\s+)?(?:public\s+|github\s+|gitlab\s+)*(?:issue|discussion|pull request|bug report)s?\b|\breport(?:ed)?\s+(?:it|them|this|the (?:issue|problem|vulnerability))?\s*(?:in|on|via|through|using|to)\s+(?:our\s+|the\s+)?(?:public\s+|github\s+)?(?:issue tracker|issues|bug tracker|discussions|forum)\b/gi;
const PUBLIC_TRACKER_URL = /https?:\/\/(?:github\.com|gitlab\.com|codeberg\.org)\/[^/\s]+\/[^/\s]+\/(?:issues|discussions)(?:\/new)?\b[^\s)>\]]*/gi;
/** Words that turn an instruction around ("do not open an issue", "for non-security bugs"). */
const NEGATION = /\b(?:not|never|don[’']?t|do not|avoid|instead of|rather than|refrain|non[- ]?security|unrelated to security|other (?:bugs|issues)|feature requests?|general (?:bugs|questions)|regular bugs|suggest\w*|improvements?|enhancements?)\b|n[’']t\b/i;

/** Sentences that send reporters to a public issue, discussion or pull request. */
export function publicInstructions(doc: PolicyDocument): PublicInstruction[] {
  const found: PublicInstruction[] = [];
  for (const pattern of [PUBLIC_TRACKER_PHRASE, PUBLIC_TRACKER_URL]) {
    for (const match of doc.prose.matchAll(pattern)) {
      // A sentence's full stop is not part of the URL before it.
      const text = match[0].replace(/[.,;:!?]+$/, '');
      const start = match.index;
      const end = start + text.length;
      if (NEGATION.test(sentenceBefore(doc.prose, start)) || NEGATION.test(sentenceAfter(doc.prose, end))) continue;
      found.push({ start, end, text });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where a sentence ends: a full stop before white space, a blank line, or a list item's start. */
const SENTENCE_BOUNDARY = /[.!?](?=\s)|\r?\n[ \t]*\r?\n|\r?\n[ \t]*(?:[-*+]|\d+[.)])[ \t]/g;

function sentenceBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 200), offset);
  let cut = 0;
  for (const m of before.matchAll(SENTENCE_BOUNDARY)) cut = m.index + m[0].length;
  return before.slice(cut);
}

function sentenceAfter(text: string, offset: number): string {
  const after = text.slice(offset, offset + 120);
  const end = after.search(SENTENCE_BOUNDARY);
  return end < 0 ? after : after.slice(0, end);
}
