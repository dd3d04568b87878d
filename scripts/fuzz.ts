// The long fuzz run (`npm run fuzz`): the properties of test/unit/mutations.property.slow.ts on many
// more cases. Random mutations of ../shared/corpus policies and random Markdown-ish documents are
// analysed; no exception, every range inside the document, every fix applies cleanly, removes its
// finding and adds no error-level one; no analysis may take more than --slow-ms of CPU time (the checks
// around it, which analyse the text again after each fix, are not timed: a document with 60 fixes
// takes 60). CPU time, not the wall clock: on a shared machine the wall clock measures the load (a
// case of 600 ms of CPU took 1.5 s by the clock at a load of 15 on two cores); the wall time is
// reported beside it.
// Every third round is adversarial (issue 14): the shapes of test/unit/parserShapes.ts and RULE_SHAPES
// (delimiter runs, nesting, long lines, mass comments, mojibake runs …) at sizes up to the size cap,
// alone, in a corpus policy or in paragraphs; these are timed and their ranges checked, but their fixes
// are not (a 100 KB run of addresses has thousands, each checked by analysing the text again).
//
//   npx tsx scripts/fuzz.ts [--minutes N | --cases N] [--seed N] [--slow-ms N] [--keep-going] [--strict]
//   FUZZ_MINUTES=10 npx tsx scripts/fuzz.ts
//
// Runs until the time or case count is reached (10 minutes by default), in rounds of 200 cases (50 adversarial ones) with
// seeds derived from --seed, printing progress. A failure prints the shrunk counterexample with its
// seed and path (for `fc.assert(..., { seed, path })`) and stops, unless --keep-going. Exit 1 on any failure.
// Cases that hit a known, reported issue (KNOWN_ISSUES in test/unit/mutations.ts) are counted, not
// failed, unless --strict.
import fc from 'fast-check';
import { analyze } from '../server/src/core/analyze';
import { DEFAULT_MAX_FILE_SIZE } from '../server/src/core/limits';
import { CONTEXT } from '../test/unit/fixCheck';
import {
  adversarialArbitrary,
  checkDocument,
  checkDocumentOrKnown,
  corpusTexts,
  labelOf,
  markdownishArbitrary,
  mutatedCorpusArbitrary,
} from '../test/unit/mutations';

interface Options {
  readonly minutes: number;
  readonly cases: number;
  readonly seed: number;
  readonly slowMs: number;
  readonly keepGoing: boolean;
  readonly strict: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string, env: string, fallback: number): number => {
    const i = argv.indexOf(`--${name}`);
    const raw = i >= 0 ? argv[i + 1] : process.env[env];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0)
      throw new Error(`--${name} (or ${env}) must be a non-negative number, got ${JSON.stringify(raw)}`);
    return n;
  };
  const cases = value('cases', 'FUZZ_CASES', 0);
  return {
    // With only a case count, no time limit; with neither, 10 minutes.
    minutes: value('minutes', 'FUZZ_MINUTES', cases > 0 ? 0 : 10),
    cases,
    seed: value('seed', 'FUZZ_SEED', Date.now() % 2 ** 31),
    // CPU milliseconds one analysis (parse and rules) may take: a case over it is a failure.
    slowMs: value('slow-ms', 'FUZZ_SLOW_MS', FUZZ_BUDGET_MS),
    keepGoing: argv.includes('--keep-going') || process.env.FUZZ_KEEP_GOING === '1',
    strict: argv.includes('--strict') || process.env.FUZZ_STRICT === '1',
  };
}

/**
 * What issue 14 asks of every input: answered within a second. The parse and the rules of one
 * analysis together; the server adds little (`npm run bench:hostile` measures it over LSP).
 */
const FUZZ_BUDGET_MS = 1000;

/**
 * CPU milliseconds used by this thread (process.threadCpuUsage, in newer Node than 20), else by the
 * process: the fuzzer runs the analysis on its only JavaScript thread, so the rest is the garbage
 * collector's and compiler's helper threads, which are part of what an analysis costs.
 */
const cpuNow: () => number = (() => {
  const thread = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  const usage = thread ? () => thread.call(process) : () => process.cpuUsage();
  return () => {
    const { user, system } = usage();
    return (user + system) / 1000;
  };
})();

const ROUND = 200;
/** An adversarial case takes up to a second: smaller rounds keep the progress lines coming. */
const ADVERSARIAL_ROUND = 50;

interface Kind {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<{ label: string; text: string }>;
  /** Only time the analysis and check its ranges, not the fixes. */
  readonly timeOnly?: true;
}

function main(): number {
  const options = parseOptions(process.argv.slice(2));
  const corpus = corpusTexts();
  const kinds: Kind[] = [
    {
      name: 'markdown-ish',
      arbitrary: markdownishArbitrary.map((text) => ({ label: labelOf('generated', text), text })),
    },
    { name: 'adversarial', arbitrary: adversarialArbitrary(corpus, DEFAULT_MAX_FILE_SIZE), timeOnly: true },
  ];
  if (corpus.length > 0) {
    kinds.unshift({
      name: 'corpus mutation',
      arbitrary: mutatedCorpusArbitrary(corpus).map(({ name, mutations, text }) => ({
        label: labelOf(`${name} after ${JSON.stringify(mutations)}`, text),
        text,
      })),
    });
  } else {
    console.warn('fuzz: ../shared/corpus not found; only generated documents.');
  }

  const started = Date.now();
  const deadline = options.minutes > 0 ? started + options.minutes * 60_000 : Infinity;
  const limit = options.cases > 0 ? options.cases : Infinity;
  let cases = 0;
  // The slowest case by CPU time (the budget), and by the wall clock (for comparison only).
  let slowest = { ms: 0, wallMs: 0, label: '' };
  let slowestWall = { ms: 0, cpuMs: 0, label: '' };
  const failures: string[] = [];
  const known = new Map<string, number>();
  console.log(
    `fuzz: seed ${options.seed}, ${options.minutes > 0 ? `${options.minutes} min` : 'no time limit'}, ${Number.isFinite(limit) ? `${limit} cases` : 'no case limit'}, slow > ${options.slowMs} ms of CPU`,
  );

  for (let round = 0; Date.now() < deadline && cases < limit; round++) {
    const { name: kind, arbitrary, timeOnly } = kinds[round % kinds.length]!;
    const seed = (options.seed + round * 7919) | 0;
    const numRuns = Math.min(timeOnly ? ADVERSARIAL_ROUND : ROUND, limit - cases);
    const result = fc.check(
      fc.property(arbitrary, ({ label, text }) => {
        const wallStart = performance.now();
        const cpuStart = cpuNow();
        const findings = analyze(text, CONTEXT);
        const ms = cpuNow() - cpuStart;
        const wallMs = performance.now() - wallStart;
        if (ms > slowest.ms) slowest = { ms, wallMs, label };
        if (wallMs > slowestWall.ms) slowestWall = { ms: wallMs, cpuMs: ms, label };
        if (ms > options.slowMs)
          throw new Error(
            `${label}: its analysis took ${ms.toFixed(0)} ms of CPU (${wallMs.toFixed(0)} ms by the clock; limit ${options.slowMs} ms of CPU)`,
          );
        if (timeOnly) {
          const outside = findings.find((f) => !(0 <= f.start && f.start <= f.end && f.end <= text.length));
          if (outside)
            throw new Error(
              `${label}: ${outside.ruleId} range ${outside.start}-${outside.end} outside 0-${text.length}`,
            );
        } else if (options.strict) checkDocument(label, text);
        else {
          const id = checkDocumentOrKnown(label, text);
          if (id) known.set(id, (known.get(id) ?? 0) + 1);
        }
      }),
      { seed, numRuns, interruptAfterTimeLimit: Math.max(1000, deadline - Date.now()), markInterruptAsFailure: false },
    );
    // Shrinking re-runs the property; count only the cases of the search itself.
    cases += result.numRuns;
    if (result.failed) {
      const message = `${kind} round ${round}: seed ${result.seed}, path "${result.counterexamplePath}"\n${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`;
      failures.push(message);
      console.error(`\nFAILURE ${failures.length}: ${message}\n`);
      if (!options.keepGoing) break;
    }
    const elapsed = (Date.now() - started) / 1000;
    process.stdout.write(
      `fuzz: ${cases} cases in ${elapsed.toFixed(0)} s, ${failures.length} failures, slowest analysis ${slowest.ms.toFixed(0)} ms of CPU (${slowestWall.ms.toFixed(0)} ms by the clock)\n`,
    );
  }

  const elapsed = (Date.now() - started) / 1000;
  console.log(
    `fuzz: done: ${cases} cases in ${elapsed.toFixed(0)} s (seed ${options.seed}), ${failures.length} failures`,
  );
  console.log(
    `fuzz: slowest analysis by CPU: ${slowest.ms.toFixed(0)} ms (${slowest.wallMs.toFixed(0)} ms by the clock): ${slowest.label.slice(0, 200)}`,
  );
  console.log(
    `fuzz: slowest by the clock: ${slowestWall.ms.toFixed(0)} ms (${slowestWall.cpuMs.toFixed(0)} ms of CPU): ${slowestWall.label.slice(0, 200)}`,
  );
  for (const [id, count] of known)
    console.log(`fuzz: known issue ${id} (see KNOWN_ISSUES in test/unit/mutations.ts): ${count} cases`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = main();
