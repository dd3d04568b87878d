// Measures what securityPolicy.maxFileSize trades: the full analysis time of generated policies of
// growing size, against the text-only analysis used above the cap, to choose the cap's default
// (DEFAULT_MAX_FILE_SIZE in server/src/core/limits.ts: where a full analysis passes ~300 ms).
//
//   npx tsx scripts/measure-limits.ts [sizes in KB…]     (default: 10 25 50 100 500 1000 2000 10000)
//   npx tsx scripts/measure-limits.ts --parser [KB…]    (default: 10 100)
//
// --parser times the shapes of test/unit/parserShapes.ts: the Markdown parse alone (what the analysis
// did before the dense-markup guard, server/src/core/denseMarkup.ts) against analyze() now, and for
// each shape the largest paragraph and document of it the guard still lets through, parsed. Times
// are CPU milliseconds of this process (steadier than the wall clock on a shared machine).
//
// A generated policy is a short real header followed by the corpus policies (../shared/corpus) with
// their headings demoted, repeated to the size; without the corpus, a built-in section is repeated.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { analyzeTextOnly } from '../server/src/core/analyze';
import { denseMarkup } from '../server/src/core/denseMarkup';
import { DEFAULT_MAX_FILE_SIZE } from '../server/src/core/limits';
import { parseMarkdown } from '../server/src/core/parse';
import { PARSER_SHAPES } from '../test/unit/parserShapes';
import type { AnalysisContext } from '../server/src/core/types';

const CORPUS = resolve(__dirname, '../../shared/corpus');
const CONTEXT: AnalysisContext = {
  relativePath: 'SECURITY.md',
  repository: { host: 'github.com', owner: 'acme', name: 'widget' },
  projectVersion: '2.4.1',
  today: '2026-01-01',
};

function bodies(): string[] {
  const manifest = join(CORPUS, 'MANIFEST.tsv');
  if (!existsSync(manifest))
    return [
      '### Scope\n\nThe widget server and its plugins. Reports go to security@acme-widget.org; we answer within 3 days.\n',
    ];
  return readFileSync(manifest, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[0]!)
    .filter(Boolean)
    .map((n) => readFileSync(join(CORPUS, n), 'utf8'));
}

export function generatedPolicy(size: number, parts = bodies()): string {
  let out =
    '# Security Policy\n\n## Supported Versions\n\n| Version | Supported |\n| ------- | --------- |\n| 2.x | ✅ |\n\n' +
    '## Reporting a Vulnerability\n\nEmail security@acme-widget.org. We answer within 3 days.\n\n';
  for (let i = 0; out.length < size; i++) out += parts[i % parts.length]!.replace(/^#/gm, '###') + '\n\n';
  return out.slice(0, size);
}

/** CPU milliseconds of one run of `f`. */
function cpu(f: () => void): number {
  const started = process.cpuUsage();
  f();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The longest text `make(n)` (n up to `max`) that the guard lets through to the parser. */
function largestAccepted(make: (size: number) => string, max: number): string {
  let [low, high] = [1, max];
  if (denseMarkup(make(high)) === undefined) return make(high);
  while (high - low > 8) {
    const middle = (low + high) >> 1;
    if (denseMarkup(make(middle)) === undefined) low = middle;
    else high = middle;
  }
  return make(low);
}

function measureParser(sizesKb: readonly number[]): void {
  parseMarkdown(generatedPolicy(20_000)); // warm up
  console.log(
    'shape | size | parse alone (before) | analyze() now | largest paragraph accepted: parse | largest document of such paragraphs: parse',
  );
  for (const shape of PARSER_SHAPES) {
    for (const kb of sizesKb) {
      const text = shape.make(kb * 1000);
      // The parse alone grows past a minute on the larger shapes: only up to 20 KB.
      const parse = kb <= 20 ? `${cpu(() => parseMarkdown(text)).toFixed(0)} ms` : '-';
      const now = cpu(() => analyze(text, CONTEXT));
      const paragraph = largestAccepted(shape.make, kb * 1000);
      const doc = largestAccepted((size) => {
        let out = '';
        while (out.length + paragraph.length + 2 <= size) out += paragraph + '\n\n';
        return out || paragraph;
      }, kb * 1000);
      console.log(
        `${shape.name} | ${text.length} | ${parse} | ${now.toFixed(0)} ms | ${paragraph.length} chars: ${cpu(() => parseMarkdown(paragraph)).toFixed(0)} ms | ` +
          `${doc.length} chars: ${cpu(() => parseMarkdown(doc)).toFixed(0)} ms`,
      );
    }
  }
}

function best(runs: number, f: () => void): number {
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}

if (require.main === module && process.argv.includes('--parser')) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  measureParser(sizes.length > 0 ? sizes : [10, 100]);
} else if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const parts = bodies();
  analyze(generatedPolicy(50_000, parts), CONTEXT); // warm up
  console.log(`default cap: ${DEFAULT_MAX_FILE_SIZE} characters`);
  for (const kb of sizes.length > 0 ? sizes : [10, 25, 50, 100, 500, 1000, 2000, 10000]) {
    const text = generatedPolicy(kb * 1000, parts);
    const runs = kb >= 1000 ? 1 : 3;
    const full = best(runs, () => analyze(text, CONTEXT));
    const cheap = best(runs, () => analyzeTextOnly(text, CONTEXT, 0));
    console.log(`${kb} KB: full analysis ${full.toFixed(0)} ms, text-only ${cheap.toFixed(0)} ms`);
  }
}
