// Runs the analysis over a folder of policies (default ../shared/corpus) and prints, per rule, how many
// files it fires on and how often. `--rule SEC011` prints that rule's findings with their text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { RULES } from '../server/src/core/rules';
import { CORPUS, corpusContext, corpusEntries, type CorpusEntry } from '../test/corpus';

const args = process.argv.slice(2);
const ruleIndex = args.indexOf('--rule');
const shownRule = ruleIndex >= 0 ? args[ruleIndex + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && i !== ruleIndex + 1) ?? CORPUS;

// The corpus lists its files in its manifests (its README is not a policy); other folders: every Markdown file.
// Their rows also give each file's repository and path there, which SEC001 and SEC030 judge by.
const inCorpus = resolve(dir) === resolve(CORPUS);
const entries: CorpusEntry[] = inCorpus
  ? corpusEntries()
  : readdirSync(dir)
      .filter((name) => /\.(md|markdown)$/i.test(name))
      .sort()
      .map((file) => ({ file, repo: '', path: '' }));
const files = entries.map((e) => e.file);

const perRule = new Map(RULES.map((r) => [r.id, { files: 0, findings: 0 }]));
let problems = 0;
for (const [index, name] of files.entries()) {
  const text = readFileSync(join(dir, name), 'utf8');
  const findings = analyze(text, inCorpus ? corpusContext(entries[index]!) : {}, {
    onRuleError: (id, error) => {
      problems++;
      console.error(`${name}: ${id} threw ${String(error)}`);
    },
  });
  const rulesHere = new Set<string>();
  for (const f of findings) {
    if (f.start < 0 || f.end > text.length || f.start > f.end) {
      problems++;
      console.error(`${name}: ${f.ruleId} range ${f.start}-${f.end} outside 0-${text.length}`);
    }
    rulesHere.add(f.ruleId);
    perRule.get(f.ruleId)!.findings++;
    if (f.ruleId === shownRule) {
      const line = text.slice(0, f.start).split('\n').length;
      console.log(
        `${name}:${line} ${JSON.stringify(text.slice(f.start, Math.min(f.end, f.start + 100)))} — ${f.message}`,
      );
    }
  }
  for (const id of rulesHere) perRule.get(id)!.files++;
}
if (!shownRule) {
  console.log(`| rule | files | findings |\n| --- | ---: | ---: |`);
  for (const [id, { files: n, findings }] of perRule) console.log(`| ${id} | ${n} | ${findings} |`);
  console.log(`\n${files.length} files, ${problems} problems (exceptions or ranges outside the document)`);
}
process.exitCode = problems > 0 ? 1 : 0;
