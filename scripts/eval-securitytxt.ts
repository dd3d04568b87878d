// `npm run eval:securitytxt`: each TXT rule's precision and recall against the labels of the
// security.txt corpus (test/eval/securityTxtLabels.ts), and every disagreement. A report, not a
// test: it exits 0 whatever the figures are.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { analyzeSecurityTxt } from '../server/src/core/securitytxt/analyze';
import { splitLines } from '../server/src/core/securitytxt/parse';
import { TXT_RULES } from '../server/src/core/securitytxt/rules';
import { CORPUS, corpusEntries } from '../test/corpus';
import { readSecurityTxtLabel, SECURITY_TXT_EVAL_TODAY, securityTxtLabelFiles } from '../test/eval/securityTxtLabels';

const DIR = join(CORPUS, 'securitytxt');
const entries = new Set(corpusEntries(['MANIFEST.tsv'], DIR).map((e) => e.file));
const tallies = new Map(TXT_RULES.map((r) => [r.id, { tp: 0, fp: 0, fn: 0 }]));
const disagreements: string[] = [];
const labelled = securityTxtLabelFiles().filter((f) => entries.has(f));

for (const file of labelled) {
  const label = readSecurityTxtLabel(file);
  const text = new TextDecoder().decode(readFileSync(join(DIR, file)));
  const lines = splitLines(text);
  const lineOf = (offset: number) => {
    let n = 0;
    while (n + 1 < lines.length && lines[n + 1]!.start <= offset) n++;
    return n + 1;
  };
  const findings = analyzeSecurityTxt(text, { today: SECURITY_TXT_EVAL_TODAY });
  for (const rule of TXT_RULES) {
    const tally = tallies.get(rule.id)!;
    const mine = findings.filter((f) => f.ruleId === rule.id);
    const expected = label.expected[rule.id];
    const say = (what: string) =>
      disagreements.push(`${file.slice(0, 4)} ${rule.id} ${what}${label.notes ? ` — label: ${label.notes}` : ''}`);
    if (expected === 'file') {
      if (mine.length > 0) tally.tp++;
      else {
        tally.fn++;
        say('missed');
      }
      continue;
    }
    const want = new Set(expected ?? []);
    const covered = new Set<number>();
    for (const f of mine) {
      const line = lineOf(f.start);
      if (want.has(line)) {
        tally.tp++;
        covered.add(line);
      } else {
        tally.fp++;
        say(`reported at line ${line}: ${f.message}`);
      }
    }
    for (const line of want) {
      if (covered.has(line)) continue;
      tally.fn++;
      say(`missed line ${line}`);
    }
  }
}

const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(2));
console.log(
  `Labelled security.txt files: ${labelled.length} of ${entries.size}, judged on ${SECURITY_TXT_EVAL_TODAY}.\n`,
);
console.log('| rule | TP | FP | FN | precision | recall |');
console.log('| --- | --: | --: | --: | --: | --: |');
const total = { tp: 0, fp: 0, fn: 0 };
for (const [id, t] of tallies) {
  if (t.tp + t.fp + t.fn === 0) continue;
  total.tp += t.tp;
  total.fp += t.fp;
  total.fn += t.fn;
  console.log(`| ${id} | ${t.tp} | ${t.fp} | ${t.fn} | ${ratio(t.tp, t.tp + t.fp)} | ${ratio(t.tp, t.tp + t.fn)} |`);
}
console.log(
  `| all | ${total.tp} | ${total.fp} | ${total.fn} | ${ratio(total.tp, total.tp + total.fp)} | ${ratio(total.tp, total.tp + total.fn)} |`,
);
const silent = [...tallies].filter(([, t]) => t.tp + t.fp + t.fn === 0).map(([id]) => id);
console.log(`\nNeither expected nor reported on any file: ${silent.join(', ')}.`);
console.log(`\n${disagreements.length} disagreements:`);
for (const d of disagreements) console.log(`  ${d}`);
