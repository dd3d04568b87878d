// Deterministic, realistic SECURITY.md documents of a chosen size for the benchmark and the
// incremental-analysis property test: a title, supported-versions table, reporting channels, lists,
// links, fenced code, HTML comments, and as many advisory sections as the size asks for. With
// `references`, links are written reference style (`[text][label]`) with their definitions in blocks
// after every tenth advisory and at the end, and some advisories carry footnotes, as long policies do.

/** A small seeded PRNG (mulberry32): the same seed gives the same document on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'the project maintainers review every report within two business days and coordinate a fix with the reporter before any public disclosure of vulnerability details affected releases receive patches backported when feasible'.split(
    ' ',
  );

function sentence(random: () => number, words = 12): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]!);
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

export interface PolicyShape {
  /** Reference links and footnotes, their definitions at the end of the document. */
  readonly references?: boolean;
}

function head(references: boolean): string {
  return [
    '# Security Policy',
    '',
    '<!-- Maintained by the security team; reviewed every quarter. -->',
    '',
    'Thank you for helping keep Widget and its users safe.',
    '',
    '## Supported Versions',
    '',
    '| Version | Supported          |',
    '| ------- | ------------------ |',
    '| 2.4.x   | :white_check_mark: |',
    '| 2.3.x   | :white_check_mark: |',
    '| < 2.3   | :x:                |',
    '',
    '## Reporting a Vulnerability',
    '',
    'Please **do not** open a public issue. Report vulnerabilities privately through',
    ...(references
      ? ['[GitHub Security Advisories][advisories] or by email to [security@acme-widget.org][email].']
      : [
          '[GitHub Security Advisories](https://github.com/acme/widget/security/advisories/new) or by email to',
          '[security@acme-widget.org](mailto:security@acme-widget.org).',
        ]),
    '',
    '### What to Include',
    '',
    '- The affected version and configuration',
    '- Steps to reproduce, ideally a minimal proof of concept',
    '- The impact you observed',
    '',
    '### Response Timeline',
    '',
    '1. We acknowledge your report within 2 business days.',
    '2. We confirm the issue and estimate its severity within 7 days.',
    '3. We release a fix within 90 days and credit you unless you ask us not to.',
    '',
    '## Encryption',
    '',
    'Use our PGP key to encrypt sensitive details:',
    '',
    '```text',
    'pub   rsa4096 2024-01-01 [SC]',
    '      0123 4567 89AB CDEF 0123  4567 89AB CDEF 0123 4567',
    '```',
    '',
  ].join('\n');
}

function advisory(random: () => number, n: number, references: boolean): string {
  const year = 2015 + (n % 10);
  const id = `WSA-${year}-${String(n).padStart(4, '0')}`;
  const lines = [
    `### ${id}: ${sentence(random, 4).slice(0, -1)}`,
    '',
    sentence(random, 18) + ' ' + sentence(random, 10) + (references && n % 4 === 1 ? `[^${n}]` : ''),
    references
      ? `See [the advisory][ghsa-${n}] and the \`widget.conf\` notes.`
      : `See [the advisory](https://github.com/acme/widget/security/advisories/GHSA-${n}) and the \`widget.conf\` notes.`,
    '',
    '| Field | Value |',
    '| ----- | ----- |',
    `| Severity | ${['Low', 'Moderate', 'High', 'Critical'][n % 4]} |`,
    `| Fixed in | ${2 + (n % 3)}.${n % 10}.${n % 7} |`,
    '',
    '- ' + sentence(random, 8),
    '- ' + sentence(random, 9),
    '  - ' + sentence(random, 6),
    '',
  ];
  if (n % 3 === 0) lines.push('```sh', `widget --version  # check for ${id}`, 'widget upgrade --to latest', '```', '');
  if (n % 5 === 0) lines.push('> ' + sentence(random, 14), '');
  if (n % 7 === 0) lines.push(`<!-- internal tracking: ${id} -->`, '');
  return lines.join('\n');
}

/** Definitions of the advisory links `first`..`last`, as a block after every tenth advisory. */
function advisoryDefinitions(first: number, last: number): string {
  const lines: string[] = [];
  for (let n = first; n <= last; n++)
    lines.push(`[ghsa-${n}]: https://github.com/acme/widget/security/advisories/GHSA-${n}`);
  return lines.join('\n') + '\n';
}

/** The definitions at the end of a document with `references`: the reporting links and the footnotes. */
function definitions(random: () => number, advisories: number): string {
  const lines = [
    '[advisories]: https://github.com/acme/widget/security/advisories/new',
    '[email]: mailto:security@acme-widget.org',
    '',
  ];
  for (let n = 1; n <= advisories; n += 4) lines.push(`[^${n}]: ${sentence(random, 8)}`, '');
  return lines.join('\n');
}

function tail(): string {
  return [
    '## Disclosure Policy',
    '',
    'We follow coordinated disclosure and publish advisories once a fix is released.',
    '',
    '## Acknowledgments',
    '',
    'We thank everyone who reports issues responsibly.',
    '',
  ].join('\n');
}

/** A policy of about `bytes` characters (it stops at the first advisory past the size). */
export function generatePolicy(bytes: number, seed = 1, shape: PolicyShape = {}): string {
  const references = shape.references ?? false;
  const random = prng(seed);
  const parts = [head(references), '## Past Advisories', ''];
  let size = parts.join('\n').length + tail().length;
  let n = 1;
  for (; size < bytes; n++) {
    const a = advisory(random, n, references);
    parts.push(a);
    // A definition line per advisory, and a footnote every fourth.
    size += a.length + 1 + (references ? 75 + (n % 4 === 1 ? 70 : 0) : 0);
    // Reference links are defined in blocks further down (one paragraph holds only so many brackets).
    if (references && n % 10 === 0) parts.push(advisoryDefinitions(n - 9, n));
  }
  if (references && (n - 1) % 10 !== 0) parts.push(advisoryDefinitions(n - ((n - 1) % 10), n - 1));
  parts.push(tail());
  if (references) parts.push(definitions(random, n - 1));
  return parts.join('\n');
}
