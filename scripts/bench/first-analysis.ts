// `npx tsx scripts/bench/first-analysis.ts [--runs N]`: where the first analysis of a fresh server
// goes, from the server's trace (parse, waiting for settings and facts, rules), for a policy opened
// right after initialize and one opened after a second of idle time; with the server's idle-time
// warm-up on and off (SECURITY_POLICY_WARMUP=0). Runs dist/server.js as built (npm run build first).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generatePolicy } from './generate';
import { Session } from './lsp';
import { upperMedian } from './options';

const ROOT = join(__dirname, '../..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;

interface Sample {
  openMs: number;
  /** CPU time of the server process (all threads) from didOpen to diagnostics: steadier than wall time on a busy machine. */
  cpuMs: number;
  /** CPU time of the server process before the policy opened (start-up and warm-up). */
  idleCpuMs: number;
  parse: number;
  wait: number;
  analyse: number;
  rssMb: number;
}

async function once(text: string, idleMs: number, warmUp: boolean): Promise<Sample> {
  const folder = mkdtempSync(join(tmpdir(), 'security-policy-first-'));
  writeFileSync(join(folder, 'SECURITY.md'), text);
  const folderUri = pathToFileURL(folder).href;
  const previous = process.env.SECURITY_POLICY_WARMUP;
  process.env.SECURITY_POLICY_WARMUP = warmUp ? '1' : '0';
  const { session } = await Session.start('ours', folderUri, join(ROOT, 'dist/server.js'));
  process.env.SECURITY_POLICY_WARMUP = previous;
  try {
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    // Resident memory before any policy: what a server that never sees one keeps.
    const rssMb = session.rssKb() / 1024;
    const idleCpuMs = session.cpuMs();
    const openMs = await session.open(`${folderUri}/SECURITY.md`, text);
    const cpuMs = session.cpuMs() - idleCpuMs;
    const trace = session.traces.find((t) => t.event === 'analysed')!;
    return { openMs, cpuMs, idleCpuMs, ...trace.phases, rssMb };
  } finally {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const lines = [
    '| policy | opened | warm-up | didOpen → diagnostics | its CPU | parse | settings, facts | rules | CPU before it | RSS before it (MB) |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [name, text] of [
    ['3 KB', generatePolicy(3000)],
    ['60 KB', generatePolicy(60_000)],
  ] as const) {
    for (const idleMs of [0, 1500]) {
      for (const warmUp of [false, true]) {
        const samples: Sample[] = [];
        for (let i = 0; i < RUNS; i++) samples.push(await once(text, idleMs, warmUp));
        const m = (key: keyof Sample): string => upperMedian(samples.map((s) => s[key])).toFixed(1);
        lines.push(
          `| ${name} | ${idleMs ? `after ${idleMs} ms` : 'at once'} | ${warmUp ? 'on' : 'off'} | ${m('openMs')} | ${m('cpuMs')} | ${m('parse')} | ${m('wait')} | ${m('analyse')} | ${m('idleCpuMs')} | ${m('rssMb')} |`,
        );
        process.stderr.write(`${lines.at(-1)}\n`);
      }
    }
  }
  process.stdout.write(`Medians of ${RUNS} fresh servers (ms).\n\n${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
