// `npm run eval`: each rule's precision and recall against hand-written labels (test/eval/GUIDE.md),
// on a development and a validation split, how many policies labelled sound pass `check`, and every
// disagreement. A report, not a test: it exits 0 whatever the figures are.
//   (no option)              ../shared/corpus with test/eval/labels, as the development split
//   --dev DIR                another labelled set in the development split (repeatable)
//   --validation DIR         a labelled set in the validation split (repeatable): a set nobody reads
//                            while changing rules; its disagreements show only with --split validation
//   --corpus DIR             only this labelled set, as the development split
//   --split dev|validation   disagreements of one split only (the figures always show both)
//   --rule SEC011            disagreements of one rule only
// A labelled set DIR holds DIR/MANIFEST.tsv, DIR/labels/ and the texts in DIR/corpus/ (third-party
// texts are not kept in the repository; each set's README says how to fetch them again).
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { createPolicyDocument, lineOf } from '../server/src/core/document';
import { RULES } from '../server/src/core/rules';
import type { Finding } from '../server/src/core/types';
import { corpusContext, corpusEntries, corpusText, type CorpusEntry } from '../test/corpus';
import { expectationsOf, JUDGED_RULES, type Expectation } from '../test/eval/expectations';
import { labelFiles, readLabel, type Split } from '../test/eval/labels';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const options = (name: string) =>
  args.flatMap((a, i) => (a === name && args[i + 1] !== undefined ? [args[i + 1]!] : []));
const shownSplit = option('--split') as Split | undefined;
const shownRule = option('--rule');

interface LabelledSet {
  readonly split: Split;
  readonly entries: readonly CorpusEntry[];
  /** Texts and labels; undefined: the shared corpus and test/eval/labels. */
  readonly textDir?: string;
  readonly labelDir?: string;
}
const labelledSet = (dir: string, split: Split): LabelledSet => ({
  split,
  entries: corpusEntries(['MANIFEST.tsv'], dir),
  textDir: join(dir, 'corpus'),
  labelDir: join(dir, 'labels'),
});
const only = option('--corpus');
const sets: LabelledSet[] = only
  ? [labelledSet(only, 'dev')]
  : [
      { split: 'dev', entries: corpusEntries() },
      ...options('--dev').map((d) => labelledSet(d, 'dev')),
      ...options('--validation').map((d) => labelledSet(d, 'validation')),
    ];

interface Tally {
  tp: number;
  fp: number;
  /** False positives at error level: the ones that fail a maintainer's CI. */
  fpErrors: number;
  fn: number;
}
const SPLITS: readonly Split[] = ['dev', 'validation'];
const tallies = new Map<Split, Map<string, Tally>>(
  SPLITS.map((s) => [s, new Map(JUDGED_RULES.map((r) => [r, { tp: 0, fp: 0, fpErrors: 0, fn: 0 }]))]),
);
const firings = new Map<string, number>();
const sound = new Map<Split, { total: number; pass: number; failing: string[] }>(
  SPLITS.map((s) => [s, { total: 0, pass: 0, failing: [] }]),
);
const files = new Map<Split, number>(SPLITS.map((s) => [s, 0]));
const disagreements: string[] = [];

let unlabelled = 0;
for (const set of sets) {
  const entries = new Map(set.entries.map((e) => [e.file, e]));
  const labelled = labelFiles(set.labelDir).filter((f) => entries.has(f));
  unlabelled += entries.size - labelled.length;
  for (const file of labelled) evaluate(file, entries.get(file)!, set);
}

function evaluate(file: string, entry: CorpusEntry, { split, textDir, labelDir }: LabelledSet): void {
  const label = readLabel(file, labelDir);
  files.set(split, files.get(split)! + 1);
  const text = corpusText(entry, textDir);
  const findings = analyze(text, corpusContext(entry));
  const doc = createPolicyDocument(text);
  const linesOf = (f: Finding): [number, number] => [
    lineOf(doc, f.start) + 1,
    lineOf(doc, Math.max(f.start, f.end - 1)) + 1,
  ];
  for (const f of findings) firings.set(f.ruleId, (firings.get(f.ruleId) ?? 0) + 1);

  const errors = findings.filter((f) => f.severity === 'error');
  if (label.sound) {
    const s = sound.get(split)!;
    s.total++;
    if (errors.length === 0) s.pass++;
    else s.failing.push(`${file} (${[...new Set(errors.map((f) => f.ruleId))].join(', ')})`);
  }

  const show = split === 'validation' ? shownSplit === 'validation' : !shownSplit || shownSplit === split;
  for (const [rule, expectation] of expectationsOf(label, entry)) {
    const tally = tallies.get(split)!.get(rule)!;
    const mine = findings.filter((f) => f.ruleId === rule);
    const say = (what: string) => {
      if (show && (!shownRule || shownRule === rule))
        disagreements.push(
          `${split === 'dev' ? '' : '[validation] '}${file} ${rule} ${what} — label: ${expectation.because}`,
        );
    };
    judge(expectation, mine, linesOf, tally, say);
  }
}

function judge(
  expectation: Expectation,
  mine: Finding[],
  linesOf: (f: Finding) => [number, number],
  tally: Tally,
  say: (what: string) => void,
): void {
  const where = (f: Finding) => {
    const [a, b] = linesOf(f);
    return a === b ? `line ${a}` : `lines ${a}–${b}`;
  };
  if (expectation.per === 'file') {
    if (expectation.expected && mine.length > 0) tally.tp++;
    else if (expectation.expected) {
      tally.fn++;
      say('missed');
    } else if (mine.length > 0) {
      tally.fp++;
      if (mine.some((f) => f.severity === 'error')) tally.fpErrors++;
      say(`reported at ${where(mine[0]!)}: ${mine[0]!.message}`);
    }
    return;
  }
  const covered = new Set<number>();
  for (const f of mine) {
    const [a, b] = linesOf(f);
    const hit = expectation.lines.filter((l) => a <= l && l <= b);
    if (hit.length > 0) {
      tally.tp++;
      for (const l of hit) covered.add(l);
    } else {
      tally.fp++;
      if (f.severity === 'error') tally.fpErrors++;
      say(`reported at ${where(f)}: ${f.message}`);
    }
  }
  for (const l of expectation.lines) {
    if (covered.has(l)) continue;
    tally.fn++;
    say(`missed line ${l}`);
  }
}

const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(2));
console.log(
  `Labelled policies: ${files.get('dev')} in the development split, ${files.get('validation')} in the validation split (${unlabelled} unlabelled).\n`,
);
// "FP err": the false positives at error level, which fail `check`.
console.log(
  '| rule | dev TP | FP | FP err | FN | precision | recall | validation TP | FP | FP err | FN | precision | recall |',
);
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const rule of JUDGED_RULES) {
  const cells = SPLITS.flatMap((s) => {
    const t = tallies.get(s)!.get(rule)!;
    return [t.tp, t.fp, t.fpErrors, t.fn, ratio(t.tp, t.tp + t.fp), ratio(t.tp, t.tp + t.fn)];
  });
  console.log(`| ${rule} | ${cells.join(' | ')} |`);
}
const unjudged = RULES.map((r) => r.id).filter((id) => !(JUDGED_RULES as readonly string[]).includes(id));
console.log(
  `\nNot judged (no label says what they look for): ${unjudged.map((id) => `${id} ${firings.get(id) ?? 0} findings`).join(', ')}.`,
);
for (const s of SPLITS) {
  const { total, pass, failing } = sound.get(s)!;
  console.log(`\nSound policies (${s}): ${pass} of ${total} exit 0 from \`check\`.`);
  if (s === 'validation' ? shownSplit === 'validation' : !shownSplit || shownSplit === s)
    for (const f of failing) console.log(`  error-level finding on a sound policy: ${f}`);
}
console.log(
  `\n${disagreements.length} disagreements${shownSplit ? ` (${shownSplit} split)` : ''}${shownRule ? ` for ${shownRule}` : ''}:`,
);
for (const d of disagreements) console.log(`  ${d}`);
