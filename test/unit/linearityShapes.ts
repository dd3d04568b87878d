// Adversarial inputs for each rule (issue 14): shapes that once made a rule, or a helper it calls,
// quadratic, and for the others the shape its work grows with (addresses, links, headings, rows).
// linearity.slow.ts measures each at two sizes in a child process (linearityChild.ts).
import type { ProfileId } from '../../server/src/core/profiles';
import { generatePolicy } from '../../scripts/bench/generate';

/** `unit` repeated to `n` characters. */
const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export interface Shape {
  /** A rule id, or `suppression` / `text-only document` / `policy model` (the parse decision and the model) for the shared steps. */
  readonly target: string;
  readonly name: string;
  /** `text`: the model built without parsing (over the size cap), as the cheap rules see it there. */
  readonly mode: 'full' | 'text';
  readonly text: (n: number) => string;
  /** The smaller size, in characters; the test also measures twice this. */
  readonly n: number;
  /** Profiles the rule runs under (SEC017 checks nothing without one). */
  readonly profiles?: readonly ProfileId[];
  /**
   * How many fresh processes measure the shape (1 if unset), for work whose optimized code differs
   * from one process to the next: past the first, each must stay under `OUTLIER_RATIO` at once.
   */
  readonly processes?: number;
  /** Why the shape is not measured for now (a known problem, open in an issue), if it is not. */
  readonly skip?: string;
}

const ALL_PROFILES: readonly ProfileId[] = ['openssf-baseline-3', 'best-practices', 'cra', 'cisa-vdp'];

const headings = repeat('## Reporting a Vulnerability\n\nSee below.\n\n## Supported Versions\n\n## Reporting\n\n');
const tableRows = (row: string) => (n: number) =>
  '## Supported Versions\n\n| Version | Supported |\n| ------- | --------- |\n' + repeat(row)(n);
const pgp = repeat(
  '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n[your key here]\n-----END PGP PUBLIC KEY BLOCK-----\nTODO [insert email]\n',
);

export const SHAPES: readonly Shape[] = [
  { target: 'SEC001', name: 'many headings', mode: 'full', text: headings, n: 40_000 },
  { target: 'SEC010', name: 'addresses on one line', mode: 'full', text: repeat('a@b.co '), n: 20_000 },
  // A pattern that may start at any letter of a word was quadratic in the word's length (session 13:
  // 20,000 letters 0.8 s, 200,000 letters 81 s); addresses written with character references.
  { target: 'SEC010', name: 'one word of letters', mode: 'full', text: repeat('a'), n: 20_000 },
  {
    target: 'SEC010',
    name: 'addresses with character references',
    mode: 'full',
    text: repeat('ab&#64;cd&#46;org '),
    n: 20_000,
  },
  {
    target: 'SEC023',
    name: 'command arguments in code spans',
    mode: 'full',
    text: repeat('`tool <a>` and `<a>` '),
    n: 20_000,
  },
  { target: 'SEC011', name: 'images on one line', mode: 'full', text: repeat('![logo](a.png) '), n: 20_000 },
  { target: 'SEC010', name: 'phone words before colons', mode: 'full', text: repeat('call us:\n\n'), n: 20_000 },
  // A list item's opening line and an address alone on its line are looked for at every match.
  {
    target: 'SEC012',
    name: 'issue instructions on one long line (list intros)',
    mode: 'full',
    text: repeat('open an issue and '),
    n: 20_000,
  },
  {
    target: 'SEC011',
    name: 'a at b.org addresses on one line',
    mode: 'full',
    text: repeat('jane at acme.org '),
    n: 20_000,
  },
  {
    target: 'SEC012',
    name: 'a list of bare tracker names',
    mode: 'full',
    text: (n) => '## Reporting\n\n' + repeat('- Issues\n')(n),
    n: 20_000,
  },
  {
    target: 'SEC010',
    name: 'a long line after a reporting sentence (sentence boundaries)',
    mode: 'full',
    text: (n) => 'If you find a vulnerability, tell the maintainers.\n' + repeat('ab ')(n),
    n: 20_000,
  },
  {
    target: 'SEC011',
    name: 'links on one line',
    mode: 'full',
    text: repeat('[x](https://x.example.org/security) '),
    n: 20_000,
  },
  {
    target: 'SEC012',
    name: 'issue instructions and links',
    mode: 'full',
    text: repeat('Open an issue at https://github.com/o/r/issues. '),
    n: 20_000,
  },
  {
    target: 'SEC013',
    name: 'response times',
    mode: 'full',
    text: repeat('We respond within 2 days and fix within 90 days. '),
    n: 40_000,
  },
  {
    target: 'SEC013',
    name: 'support periods only, after a long run of white space after "once"',
    mode: 'full',
    text: (n) => 'once' + ' '.repeat(n >> 1) + repeat('It is supported for 2 weeks. ')(n >> 1),
    n: 40_000,
  },
  { target: 'SEC015', name: 'many headings', mode: 'full', text: headings, n: 40_000 },
  {
    target: 'SEC015',
    name: 'long indented lines and short lines that could be labels',
    mode: 'full',
    text: (n) => ' '.repeat(n >> 1) + 'ab' + ' '.repeat(n >> 2) + '\n' + repeat('Things we keep here\n')(n >> 2),
    n: 40_000,
  },
  { target: 'SEC016', name: 'many headings', mode: 'full', text: headings, n: 40_000 },
  {
    target: 'SEC017',
    name: 'response times over 14 days',
    mode: 'full',
    text: repeat('We reply within 30 days and acknowledge within 3 weeks. '),
    n: 40_000,
    profiles: ALL_PROFILES,
  },
  {
    target: 'SEC020',
    name: 'template sentences',
    mode: 'full',
    text: repeat(
      'Use this section to tell people about which versions of your project are currently being supported with security updates. ',
    ),
    n: 40_000,
  },
  {
    target: 'SEC021',
    name: 'template rows',
    mode: 'full',
    text: tableRows('| 5.1.x   | :white_check_mark: |\n| 4.0.x   | :x: |\n'),
    n: 20_000,
  },
  {
    target: 'SEC021',
    name: 'template rows separated by tabs',
    mode: 'full',
    text: repeat('5.1.x\t:white_check_mark:\n5.0.x\t\t:x:\n'),
    n: 20_000,
  },
  { target: 'SEC022', name: 'addresses on one line (text-only)', mode: 'text', text: repeat('a@b.co '), n: 100_000 },
  {
    target: 'SEC022',
    name: 'a long line after a profile link (sentence boundaries)',
    mode: 'text',
    text: (n) => 'Report a vulnerability by email. See [my profile](https://github.com/acme).\n' + repeat('ab ')(n),
    n: 20_000,
  },
  {
    target: 'SEC022',
    name: 'addresses with a replace note',
    mode: 'text',
    text: repeat('x@y.org (replace) '),
    n: 100_000,
  },
  // A long policy as the benchmark writes it (advisory sections, tables, links, code): above 100 KB
  // these two once grew faster than the text (SEC023 1.9 s, SEC010 0.7 s on 200 KB).
  { target: 'SEC010', name: 'a generated policy', mode: 'full', text: (n) => generatePolicy(n), n: 100_000 },
  { target: 'SEC023', name: 'a generated policy', mode: 'full', text: (n) => generatePolicy(n), n: 100_000 },
  // In about half the processes SEC023 once lower-cased the whole text again at every `<address>`
  // (4-15 s on 200 KB): TurboFan, compiling concurrently, moved the lazy `toLowerCase` of the end-tag
  // lookup out of its branch. Which code a process gets varies, so the shape runs in several.
  {
    target: 'SEC023',
    name: '<address> repeated (text-only)',
    mode: 'text',
    text: repeat('<address> '),
    n: 100_000,
    processes: 8,
  },
  { target: 'SEC023', name: 'a long run of spaces', mode: 'full', text: (n) => 'Email:' + ' '.repeat(n), n: 40_000 },
  {
    target: 'SEC023',
    name: 'chat handles and field brackets',
    mode: 'full',
    text: repeat('.@a-b#123 [Name of x] '),
    n: 40_000,
  },
  { target: 'SEC023', name: 'placeholder key blocks and placeholders', mode: 'text', text: pgp, n: 100_000 },
  { target: 'SEC023', name: 'counting hex groups', mode: 'full', text: repeat('A1B2 C3D4 E5F6 7890 1234 '), n: 40_000 },
  {
    target: 'SEC023',
    name: 'notes to self and elided URLs',
    mode: 'full',
    text: repeat('** b n before note https://a/b/c/../ '),
    n: 40_000,
  },
  // The language check reads the text token by token (a pattern around each file-name mark backtracked).
  {
    target: 'SEC011',
    name: 'one long word (the language check)',
    mode: 'full',
    text: (n) => '# T\n\n' + 'é'.repeat(n),
    n: 40_000,
  },
  // Every line a list item holding a version in letters.
  // (One level of list: micromark parses "* - X.Y" lines, a list in every item, in quadratic time.)
  {
    target: 'SEC023',
    name: 'versions in letters in a list',
    mode: 'full',
    text: repeat('- X.Y\n- Active\n'),
    n: 40_000,
  },
  // Every line a blank field: one run of a form, and runs of two between short text lines.
  { target: 'SEC023', name: 'blank form fields', mode: 'full', text: repeat('Name:\nEmail:\nx\n'), n: 40_000 },
  // Every section a hall of fame or a report's contents, each with a field: their sections are looked up once.
  {
    target: 'SEC023',
    name: 'hall-of-fame and report-contents sections with fields',
    mode: 'full',
    text: repeat('## Hall of Fame\n\n[your name]\n\n## What to include\n\nVersion: ____\n\n'),
    n: 100_000,
  },
  {
    target: 'SEC030',
    name: 'advisory links of another repository',
    mode: 'full',
    text: repeat('https://github.com/o/other/security/advisories/new '),
    n: 20_000,
  },
  { target: 'SEC040', name: 'table rows', mode: 'full', text: tableRows('| 1.0.x | :x: |\n'), n: 20_000 },
  {
    target: 'SEC041',
    name: 'table rows of mixed markers',
    mode: 'full',
    text: tableRows('| 1.0.x | ✅ |\n| 0.9.x | Yes |\n'),
    n: 20_000,
  },
  { target: 'SEC043', name: 'table rows', mode: 'full', text: tableRows('| 1.0.x | :x: |\n'), n: 20_000 },
  { target: 'SEC050', name: 'review dates', mode: 'full', text: repeat('Last reviewed: 2020-01-01\n\n'), n: 40_000 },
  { target: 'SEC052', name: 'armored blocks', mode: 'full', text: pgp, n: 40_000 },
  { target: 'SEC060', name: 'one run of mojibake (text-only)', mode: 'text', text: repeat('Ã©'), n: 60_000 },
  { target: 'SEC060', name: 'mojibake read twice', mode: 'full', text: repeat('Ã¢â‚¬â„¢'), n: 20_000 },
  {
    target: 'SEC062',
    name: 'U+FFFD inside a run of mojibake (text-only)',
    mode: 'text',
    text: repeat('Ã\uFFFD'),
    n: 40_000,
  },
  {
    target: 'SEC062',
    name: 'control characters in a heading',
    mode: 'full',
    text: (n) => '# Report ' + repeat('a\u0001')(n) + '\n',
    n: 20_000,
  },
  { target: 'SEC080', name: 'heading markers on one line', mode: 'full', text: repeat('a ## '), n: 20_000 },
  { target: 'SEC080', name: 'delimiter rows on one line', mode: 'full', text: repeat('|---| '), n: 20_000 },
  {
    target: 'SEC080',
    name: 'markers after a long run of list markers',
    mode: 'full',
    text: (n) => '-'.repeat(n / 2) + repeat(' x ## Title')(n / 2),
    n: 40_000,
  },
  { target: 'SEC081', name: 'many headings', mode: 'full', text: headings, n: 40_000 },
  { target: 'SEC082', name: 'many headings', mode: 'full', text: headings, n: 40_000 },
  {
    target: 'suppression',
    name: 'a disable-line comment on every line',
    mode: 'text',
    text: repeat('TODO <!-- security-policy-disable-line SEC022 -->\n'),
    n: 1_000_000,
  },
  {
    target: 'suppression',
    name: 'disable and enable around every line',
    mode: 'text',
    text: repeat('<!-- security-policy-disable SEC023 -->\nTODO\n<!-- security-policy-enable SEC023 -->\n'),
    n: 1_000_000,
  },
  // micromark copies the document's events at each item closing the list nested in the one before, and
  // at each setext underline: 16 KB took 7 s and over a minute, until the parse decision kept such a
  // text from it (eventCopies.ts).
  {
    target: 'policy model',
    name: "'- - X.Y' lines (a list in every item)",
    mode: 'full',
    text: repeat('- - X.Y\n'),
    n: 20_000,
  },
  { target: 'policy model', name: 'setext headings', mode: 'full', text: repeat('a\n=\n'), n: 20_000 },
  {
    target: 'text-only document',
    name: 'fences and comments',
    mode: 'text',
    text: repeat('```\nx\n```\n<!-- c -->\n'),
    n: 400_000,
  },
  // security.txt: the whole analysis (parse, every TXT rule, suppression), on its own text.
  {
    target: 'security.txt',
    name: 'the same field on every line',
    mode: 'text',
    text: repeat('Contact: mailto:security@acme.dev\n'),
    n: 400_000,
  },
  {
    target: 'security.txt',
    name: 'a disable-next-line comment before every field',
    mode: 'text',
    text: repeat('# security-policy-disable-next-line TXT050\nX-Team: red\n'),
    n: 400_000,
  },
];
