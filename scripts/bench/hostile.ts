// `npm run bench:hostile [-- --runs N]`: issue 14's target, diagnostics within a second of didOpen, over
// the protocol, for every hostile input (test/unit/hostileInputs.ts) and every shape against the parser
// (test/unit/parserShapes.ts) at 10 KB, 30 KB and the size cap. Counted in the server's CPU time (its
// wall clock, reported beside it, measures a shared machine's load as much), on each input's second
// open (the first runs the parser and rules unoptimised; first diagnostics are the main bench's), the
// median of N fresh servers. The protocol tests check what is answered and that nothing hangs; the
// time is measured here, in one run, because a timed assertion fails a noisy machine's CI.
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/core/limits';
import { HOSTILE_INPUTS } from '../../test/unit/hostileInputs';
import { PARSER_SHAPES } from '../../test/unit/parserShapes';
import { Session } from './lsp';
import { takeNumberOption, upperMedian } from './options';

const ROOT = join(__dirname, '../..');
const args = process.argv.slice(2);
const RUNS = takeNumberOption(args, '--runs', 3);
/** Issue 14: diagnostics within a second of didOpen. */
const BUDGET_MS = 1000;
const FOLDER = 'file:///work/bench-hostile';

const inputs: Array<{ name: string; text: () => string }> = [
  ...HOSTILE_INPUTS.map((input) => ({ name: input.name, text: input.text })),
  ...PARSER_SHAPES.flatMap((shape) =>
    [10_000, 30_000, DEFAULT_MAX_FILE_SIZE].map((size) => ({
      name: `${shape.name}, ${size.toLocaleString('en-US')} characters`,
      text: () => shape.make(size),
    })),
  ),
];

/** Server CPU and wall-clock ms from didOpen to the diagnostics of the input's second open. */
async function secondOpen(session: Session, text: string, at: number): Promise<{ cpuMs: number; ms: number }> {
  await session.open(`${FOLDER}/${at}/first/SECURITY.md`, text);
  await session.close(`${FOLDER}/${at}/first/SECURITY.md`);
  const cpuBefore = session.cpuMs();
  const ms = await session.open(`${FOLDER}/${at}/again/SECURITY.md`, text);
  const cpuMs = session.cpuMs() - cpuBefore;
  await session.close(`${FOLDER}/${at}/again/SECURITY.md`);
  return { cpuMs, ms };
}

async function main(): Promise<void> {
  const samples = inputs.map(() => ({ cpu: [] as number[], clock: [] as number[] }));
  for (let run = 0; run < RUNS; run++) {
    const { session } = await Session.start('ours', FOLDER, join(ROOT, 'dist/server.js'));
    try {
      for (const [i, input] of inputs.entries()) {
        const { cpuMs, ms } = await secondOpen(session, input.text(), i);
        samples[i]!.cpu.push(cpuMs);
        samples[i]!.clock.push(ms);
        process.stderr.write(`run ${run + 1}/${RUNS} ${input.name}: ${cpuMs} ms CPU, ${ms.toFixed(0)} ms\n`);
      }
    } finally {
      await session.stop();
    }
  }
  const lines = [
    `Hostile inputs over the protocol: didOpen → diagnostics on the second open, medians of ${RUNS} servers; budget ${BUDGET_MS} ms of server CPU.`,
    '',
    '| input | server CPU (ms) | by the clock (ms) | CPU / budget |',
    '| --- | ---: | ---: | ---: |',
  ];
  let over = 0;
  for (const [i, input] of inputs.entries()) {
    const cpu = upperMedian(samples[i]!.cpu);
    if (cpu >= BUDGET_MS) over++;
    lines.push(
      `| ${input.name} | ${cpu} | ${upperMedian(samples[i]!.clock).toFixed(0)} | ${(cpu / BUDGET_MS).toFixed(2)}× |`,
    );
  }
  lines.push('', `${over} of ${inputs.length} inputs at or over the budget.`, '');
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
