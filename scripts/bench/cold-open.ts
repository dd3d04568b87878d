// `npx tsx scripts/bench/cold-open.ts [--runs N] [--size BYTES] SERVER...`: didOpen → first diagnostics
// of a policy opened right after initialize, on N fresh processes of each SERVER, taking turns (the
// machine is shared: compare servers measured in the same run). A SERVER is a server bundle's path,
// optionally followed by `@` and the Node options to start it with (space-separated; the client's
// options when there is no `@`): `dist/server.js`, `/tmp/before/server.js`,
// `"dist/server.js@--max-semi-space-size=1 --no-lazy-feedback-allocation"`; a final `#none` starts it
// without a code cache folder (a first start ever), `#FOLDER` with that one (by default one shared by
// the run, as a user's restarts share theirs: lsp.ts). With `--again`, each run first opens the policy
// on a server of its own and stops it, then times a fresh one opening it again (the editor restarted
// with it open: savedDiagnostics.ts). Prints the medians of
// the wall time, of the process's CPU time, and of the parse and rules phases from its trace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatePolicy } from './generate';
import { Session } from './lsp';
import { sleep, takeNumberOption, upperMedian } from './options';

const args = process.argv.slice(2);
const RUNS = takeNumberOption(args, '--runs', 8);
const SIZE = takeNumberOption(args, '--size', 3000);
const AGAIN = args.includes('--again');
if (AGAIN) args.splice(args.indexOf('--again'), 1);
const servers = args.length > 0 ? args : ['dist/server.js'];
const text = generatePolicy(SIZE);

interface Sample {
  wallMs: number;
  cpuMs: number;
  parseMs: number;
  rulesMs: number;
}

async function once(server: string): Promise<Sample> {
  const [spec, cache] = server.split('#') as [string, string | undefined];
  const [path, argv] = spec.split('@') as [string, string | undefined];
  const folder = mkdtempSync(join(tmpdir(), 'security-policy-cold-'));
  writeFileSync(join(folder, 'SECURITY.md'), text);
  const folderUri = pathToFileURL(folder).href;
  // lsp.ts reads the options from the environment when the session starts.
  const previous = { BENCH_SERVER_ARGV: process.env.BENCH_SERVER_ARGV, BENCH_CODE_CACHE: process.env.BENCH_CODE_CACHE };
  if (argv !== undefined) process.env.BENCH_SERVER_ARGV = argv;
  if (cache !== undefined) process.env.BENCH_CODE_CACHE = cache;
  if (AGAIN) {
    const first = await Session.start('ours', folderUri, resolve(path));
    await first.session.open(`${folderUri}/SECURITY.md`, text);
    // As a user would, not at once: the diagnostics are saved after they are published.
    await sleep(200);
    await first.session.stop();
  }
  const { session } = await Session.start('ours', folderUri, resolve(path));
  for (const [name, value] of Object.entries(previous)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  try {
    const cpuBefore = session.cpuMs();
    const wallMs = await session.open(`${folderUri}/SECURITY.md`, text);
    const cpuMs = session.cpuMs() - cpuBefore;
    const phases = session.traces.find((t) => t.event === 'analysed')?.phases;
    return { wallMs, cpuMs, parseMs: phases?.parse ?? NaN, rulesMs: phases?.analyse ?? NaN };
  } finally {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const samples = new Map<string, Sample[]>(servers.map((s) => [s, []]));
  for (let run = 0; run < RUNS; run++) {
    // Who goes first changes every run.
    for (const server of run % 2 ? [...servers].reverse() : servers) samples.get(server)!.push(await once(server));
  }
  const lines = [
    `${RUNS} fresh servers each, a ${text.length}-character policy${AGAIN ? ' opened before' : ''}; medians (ms), wall times in run order.`,
    '',
    '| server | didOpen → diagnostics | CPU | parse | rules | each run |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const [server, runs] of samples) {
    const m = (key: keyof Sample): string => upperMedian(runs.map((r) => r[key])).toFixed(1);
    const each = runs.map((r) => r.wallMs.toFixed(0)).join(' ');
    lines.push(`| ${server} | ${m('wallMs')} | ${m('cpuMs')} | ${m('parseMs')} | ${m('rulesMs')} | ${each} |`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
