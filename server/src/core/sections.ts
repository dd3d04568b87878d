import { fold, HEADING_PATTERNS } from './languages';
import { ownCopy } from './memo';
import type { SectionId } from './types';

export interface SectionInfo {
  readonly id: SectionId;
  readonly title: string;
  /** Headings (already normalised) that name this section, shown in docs and hover. */
  readonly synonyms: readonly string[];
  /** What the section is for and what reviewers look for (Markdown, shown on hover). */
  readonly purpose: string;
  /**
   * Body inserted under a new heading, in snippet syntax: `${n:…}` is a tab stop with its default.
   * A default the author must replace with a fact (an address, a time, versions) is written
   * `[your …]`, which SEC023 reports until it is filled; a fix never invents such facts.
   */
  readonly template: string;
}

/** The sections in canonical order: an inserted section goes after its nearest present predecessor. */
export const SECTIONS: readonly SectionInfo[] = [
  {
    id: 'supported-versions',
    title: 'Supported Versions',
    synonyms: ['versions', 'supported releases', 'version support', 'support policy', 'security updates'],
    purpose:
      'Which release lines receive security fixes. Reviewers look for a table or a plain statement that covers the current release, so a reporter knows whether their version is still maintained.',
    template:
      '| Version | Supported |\n| ------- | --------- |\n| ${1:[your supported versions]} | ✅ |\n| ${2:[your unsupported versions]} | ❌ |',
  },
  {
    id: 'reporting',
    title: 'Reporting a Vulnerability',
    synonyms: [
      'reporting security issues',
      'report a vulnerability',
      'how to report',
      'disclosing a security issue',
      'how to submit a report',
      'private disclosure',
      'security contacts',
    ],
    purpose:
      'How to reach the maintainers privately. Reviewers look for a private channel (a GitHub security advisory link, an email address, a form) and a clear request not to use public issues.',
    template:
      'Please do not report security vulnerabilities through public issues, discussions or pull requests.\n\nInstead, report them privately by email to ${1:[your security contact email]}.',
  },
  {
    id: 'report-contents',
    title: 'What to Include in a Report',
    synonyms: ['what to include', 'report contents', 'please include'],
    purpose:
      'The details that make a report actionable. Reviewers look for affected versions, reproduction steps, impact and a way to contact the reporter.',
    template:
      '- The affected version or commit\n- Steps to reproduce, or a proof of concept\n- The impact: what an attacker can do\n- ${1:Any known workaround}',
  },
  {
    id: 'response',
    title: 'Response Timeline',
    synonyms: ['what to expect', 'response process', 'handling reports', 'triage', 'sla'],
    purpose:
      'What happens after a report arrives and how fast. Reviewers look for concrete times: when the report is acknowledged, when an assessment follows, when a fix is expected.',
    template:
      'We acknowledge reports within ${1:[your number]} business days and send an initial assessment within ${2:[your number]} business days. We keep you informed until the issue is fixed.',
  },
  {
    id: 'disclosure',
    title: 'Disclosure Policy',
    synonyms: [
      'coordinated disclosure',
      'coordinated vulnerability disclosure',
      'public disclosure',
      'embargo policy',
      'responsible disclosure',
      'security advisories and cves',
    ],
    purpose:
      'When and how a fixed vulnerability becomes public. Reviewers look for coordinated disclosure, an embargo period, advisories or CVEs, and credit for the reporter.',
    template:
      'We coordinate disclosure with the reporter. Once a fix is released we publish a security advisory${1: and request a CVE}. We ask reporters to keep the issue confidential for up to ${2:[your number]} days while we prepare a fix.',
  },
  {
    id: 'scope',
    title: 'Scope',
    synonyms: ['in scope', 'out of scope', 'threat model', 'security model', 'what is a vulnerability'],
    purpose:
      'What counts as a vulnerability in this project and what does not. Reviewers look for the trust boundaries and the usual exclusions (for example, issues that need a compromised host).',
    template:
      'In scope: ${1:the code in this repository and its published releases}.\n\nOut of scope: ${2:third-party dependencies (report those upstream)}.',
  },
  {
    id: 'safe-harbor',
    title: 'Safe Harbor',
    synonyms: ['legal', 'good faith research'],
    purpose:
      'A promise not to pursue legal action against good-faith research. Reviewers look for the conditions of that promise.',
    template:
      'We will not pursue legal action against anyone who researches and reports a vulnerability in good faith and in line with this policy.',
  },
  {
    id: 'bug-bounty',
    title: 'Bug Bounty',
    synonyms: ['bounty program', 'rewards', 'vulnerability reward program'],
    purpose:
      'Whether reports are rewarded and where the programme runs. Reviewers look for a link to the programme, or a plain statement that there is none.',
    template: '${1:[your bug bounty programme link, or a statement that there is none]}',
  },
  {
    id: 'acknowledgments',
    title: 'Acknowledgments',
    synonyms: ['acknowledgements', 'hall of fame', 'credits'],
    purpose:
      'How reporters are credited. Reviewers look for where credit appears (advisories, release notes) and whether reporters can opt out.',
    template: 'We credit reporters in the advisory and the release notes unless they ask to stay anonymous.',
  },
  {
    id: 'encryption',
    title: 'Encrypted Communication',
    synonyms: ['pgp key', 'gpg key', 'encryption key'],
    purpose:
      'How to encrypt a report. Reviewers look for a full key fingerprint (40 hex digits) and where the public key can be fetched.',
    template:
      'Our PGP key fingerprint: ${1:[your 40-digit key fingerprint]}. The public key is available at ${2:[your key URL]}.',
  },
  {
    id: 'contacts',
    title: 'Security Team',
    synonyms: ['security response team'],
    purpose:
      'Who handles reports. Reviewers look for named people or a team, so a reporter knows who reads the private channel.',
    template: '- ${1:[your name]} (${2:[your GitHub handle]})',
  },
];

const BY_ID = new Map(SECTIONS.map((s) => [s.id, s]));

export function sectionInfo(id: SectionId): SectionInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`unknown section ${id}`);
  return info;
}

export function sectionOrder(id: SectionId): number {
  return SECTIONS.findIndex((s) => s.id === id);
}

/**
 * Normalises heading text for matching: lower case, emoji and `:shortcodes:` removed, leading
 * numbering removed, punctuation and symbols turned into spaces.
 */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/:[a-z0-9_+-]+:/g, ' ')
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200d\ufe0e\ufe0f\u20e3]/gu, ' ')
    .replace(/&/g, ' and ')
    .replace(/^\s*(?:(?:step|section|part)\s+)?(?:\d+(?:\.\d+)*|[ivx]+|[a-h])[.):]\s+/u, '')
    .replace(/^\s*\d+(?:\.\d+)*\s+/u, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Matcher {
  readonly id: SectionId;
  readonly pattern: RegExp;
  /** Matches only when a table follows the heading ("Security Updates" is ambiguous otherwise). */
  readonly needsTable?: boolean;
}

// Checked in order; the first match wins. Specific phrases come before the generic ones that
// would also match them ("What to include in your report" also contains "report").
const MATCHERS: readonly Matcher[] = [
  {
    id: 'report-contents',
    pattern:
      /\b(what to include|report contents|please include|information to include|what (information|details) (to|should|do)|include in (your|the|a) (security )?report|contents of (a|the|your) report)\b/,
  },
  {
    id: 'scope',
    pattern: /\bwhen (should|to) (i |you )?(not )?report\b|\bwhat (counts|does not count|doesn t count|qualifies)\b/,
  },
  {
    id: 'contacts',
    pattern: /\b(security (response )?team|security officers?|psirt|maintainers)$|^team (with|responsible)\b/,
  },
  {
    id: 'reporting',
    pattern:
      /^(how to )?report(ing|s)?\b|\breport (a|the) vulnerability\b|\bgithub security advisory\b|\b(private disclosure|disclosing (a|an)( \w+)? (security )?(issue|vulnerability|bug|problem)|security contacts?|contact( us| information)?$|how to (report|submit|disclose))\b/,
  },
  {
    id: 'supported-versions',
    pattern:
      /\b(supported|maintained)\b.*\b(versions?|releases?|branches)\b|\b(versions?|releases?|branches)\b.*\b(are|is) (still )?(supported|maintained|covered)\b|\bcovered (versions?|releases?)\b|\b(versions?|releases?) support(ed)?\b|\bsupport(ed)? (policy|versions?|releases?|matrix)\b|^((which|what) )?versions?$|^what( s| is| are)? supported$|\b(release|version)s? (lifecycle|policy)\b|\b(product|support) (lifetime|lifecycle|life cycle)\b|\bversions? (receiving|getting|that (receive|get)|with) (security )?(fixes|updates|patches|support)\b/,
  },
  { id: 'supported-versions', pattern: /^security (updates|patches|fixes)$/, needsTable: true },
  {
    id: 'response',
    pattern:
      /\b(vulnerability response|response (timeline|times?|process|targets?|sla|policy)|what to expect|what happens (next|after)|handling (of )?(reports|vulnerabilities|security issues)|triage|slas?|our response|after (you|a) report|(disclosure|response) timeline)\b/,
  },
  { id: 'disclosure', pattern: /\b(disclosure|coordinated|embargo\w*|security advisor(y|ies)|advisories|cves?)\b/ },
  { id: 'safe-harbor', pattern: /\b(safe harbou?r|legal|good faith)\b/ },
  { id: 'bug-bounty', pattern: /\b(bug bount(y|ies)|bount(y|ies)|rewards?)\b/ },
  { id: 'acknowledgments', pattern: /\b(acknowledge?ments?|hall of fame|credits?|thanks|recognition)\b/ },
  { id: 'encryption', pattern: /\b(pgp|gpg|encrypt\w*|public key)\b/ },
  {
    id: 'reporting',
    pattern:
      /\breport(s|ing|ed)?\b.*\b(vulnerabilit\w*|security|issues?|bugs?|problems?|concerns?|channels?|guidelines|process)\b|\b(vulnerabilit\w*|security (issue|bug|problem)s?) report(s|ing)?\b/,
  },
  {
    id: 'scope',
    pattern:
      /\b(in scope|out of scope|scope|threat model|security model|what (is|isn ?t|is not) (a|considered a) (vulnerability|security (issue|bug)))\b/,
  },
];

/**
 * "Supported Python versions", "Node.js versions supported": which runtimes the project runs on, not
 * which of its own releases get security fixes.
 */
const RUNTIME_VERSIONS =
  /\b(python|node( ?js)?|java|jdk|jre|php|ruby|perl|golang|go|rust|dotnet|net|browsers?|platforms?|operating systems?|os|kubernetes|k8s)( runtime| interpreter)? versions?\b/;

/** The section a heading names, if any. `followedByTable` tells whether a table comes right after it. */
export function matchSection(headingText: string, followedByTable = false): SectionId | undefined {
  const key = followedByTable ? `t${headingText}` : `-${headingText}`;
  if (MATCHED.has(key)) return MATCHED.get(key);
  const normalized = normalizeHeading(headingText);
  let section: SectionId | undefined;
  for (const m of normalized ? MATCHERS : []) {
    if (m.needsTable && !followedByTable) continue;
    if (m.id === 'supported-versions' && RUNTIME_VERSIONS.test(normalized)) continue;
    if (m.pattern.test(normalized)) {
      section = m.id;
      break;
    }
  }
  // Other languages' headings (languages/), once the English ones have had their say.
  if (!section && normalized) {
    const folded = fold(normalized);
    section = HEADING_PATTERNS.find((m) => m.pattern.test(folded))?.id;
  }
  // Every keystroke re-assembles the document and matches all its headings again; most are unchanged.
  if (MATCHED.size >= MATCHED_LIMIT) MATCHED.clear();
  // A copy: the heading's text is a slice of the policy, and the key would keep the whole policy alive.
  MATCHED.set(ownCopy(key), section);
  return section;
}

const MATCHED = new Map<string, SectionId | undefined>();
const MATCHED_LIMIT = 20_000;
