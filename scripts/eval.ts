// `npm run eval`: each rule's precision and recall against the labels in test/eval/labels (GUIDE.md),
// on the development and the validation split, how many policies labelled sound pass `check`, and
// every disagreement. A report, not a test: it exits 0 whatever the figures are.
//   --split dev|validation   disagreements of one split only (the figures always show both)
//   --rule SEC011            disagreements of one rule only
//   --corpus DIR             another labelled set instead: DIR/MANIFEST.tsv, DIR/corpus/, DIR/labels/
//                            (every file counts in the first column; nothing of it is in the repository)
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { createPolicyDocument, lineOf } from '../server/src/core/document';
import { RULES } from '../server/src/core/rules';
import type { Finding } from '../server/src/core/types';
import { corpusContext, corpusEntries, corpusText } from '../test/corpus';
import { expectationsOf, JUDGED_RULES, type Expectation } from '../test/eval/expectations';
import { labelFiles, readLabel, splitOf, type Split } from '../test/eval/labels';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shownSplit = option('--split') as Split | undefined;
const shownRule = option('--rule');
const other = option('--corpus');
const textDir = other ? join(other, 'corpus') : undefined;
const labelDir = other ? join(other, 'labels') : undefined;
const splitFor = (file: string): Split => (other ? 'dev' : splitOf(file));

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const SPLITS: readonly Split[] = ['dev', 'validation'];
const tallies = new Map<Split, Map<string, Tally>>(SPLITS.map((s) => [s, new Map(JUDGED_RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]))]));
const firings = new Map<string, number>();
const sound = new Map<Split, { total: number; pass: number; failing: string[] }>(SPLITS.map((s) => [s, { total: 0, pass: 0, failing: [] }]));
const files = new Map<Split, number>(SPLITS.map((s) => [s, 0]));
const disagreements: string[] = [];

const entries = new Map((other ? corpusEntries(['MANIFEST.tsv'], other) : corpusEntries()).map((e) => [e.file, e]));
const labelled = labelFiles(labelDir).filter((f) => entries.has(f));
for (const file of labelled) {
  const entry = entries.get(file)!;
  const label = readLabel(file, labelDir);
  const split = splitFor(file);
  files.set(split, files.get(split)! + 1);
  const text = corpusText(entry, textDir);
  const findings = analyze(text, corpusContext(entry));
  const doc = createPolicyDocument(text);
  const linesOf = (f: Finding): [number, number] => [lineOf(doc, f.start) + 1, lineOf(doc, Math.max(f.start, f.end - 1)) + 1];
  for (const f of findings) firings.set(f.ruleId, (firings.get(f.ruleId) ?? 0) + 1);

  const errors = findings.filter((f) => f.severity === 'error');
  if (label.sound) {
    const s = sound.get(split)!;
    s.total++;
    if (errors.length === 0) s.pass++;
    else s.failing.push(`${file} (${[...new Set(errors.map((f) => f.ruleId))].join(', ')})`);
  }

  const show = (!shownSplit || shownSplit === split);
  for (const [rule, expectation] of expectationsOf(label, entry)) {
    const tally = tallies.get(split)!.get(rule)!;
    const mine = findings.filter((f) => f.ruleId === rule);
    const say = (what: string) => {
      if (show && (!shownRule || shownRule === rule)) disagreements.push(`${split === 'dev' ? '' : '[validation] '}${file} ${rule} ${what} — label: ${expectation.because}`);
    };
    judge(expectation, mine, linesOf, tally, say);
  }
}

function judge(expectation: Expectation, mine: Finding[], linesOf: (f: Finding) => [number, number], tally: Tally, say: (what: string) => void): void {
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
console.log(`Labelled policies: ${files.get('dev')} in the development split, ${files.get('validation')} in the validation split (${entries.size - labelled.length} unlabelled).\n`);
console.log('| rule | dev TP | FP | FN | precision | recall | validation TP | FP | FN | precision | recall |');
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const rule of JUDGED_RULES) {
  const cells = SPLITS.flatMap((s) => {
    const t = tallies.get(s)!.get(rule)!;
    return [t.tp, t.fp, t.fn, ratio(t.tp, t.tp + t.fp), ratio(t.tp, t.tp + t.fn)];
  });
  console.log(`| ${rule} | ${cells.join(' | ')} |`);
}
const unjudged = RULES.map((r) => r.id).filter((id) => !(JUDGED_RULES as readonly string[]).includes(id));
console.log(`\nNot judged (no label says what they look for): ${unjudged.map((id) => `${id} ${firings.get(id) ?? 0} findings`).join(', ')}.`);
for (const s of SPLITS) {
  const { total, pass, failing } = sound.get(s)!;
  console.log(`\nSound policies (${s}): ${pass} of ${total} exit 0 from \`check\`.`);
  if (!shownSplit || shownSplit === s) for (const f of failing) console.log(`  error-level finding on a sound policy: ${f}`);
}
console.log(`\n${disagreements.length} disagreements${shownSplit ? ` (${shownSplit} split)` : ''}${shownRule ? ` for ${shownRule}` : ''}:`);
for (const d of disagreements) console.log(`  ${d}`);
