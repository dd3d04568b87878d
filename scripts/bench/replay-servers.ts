// `npx tsx scripts/bench/replay-servers.ts [--every N] [--rounds R] SERVER...`: the bench's corpus replay
// (open, type 20 characters at the end of the middle line 33 ms apart, close) on several builds of our
// server, taking turns policy by policy (the machine is shared: only servers measured side by side
// compare). A SERVER is a bundle's path, optionally followed by `@` and the Node options to start it with
// (as in cold-open.ts). Each server is one process for the whole replay, as in the bench; with
// --rounds R the replay runs R times, the servers' order reversed each round. Prints per server the
// open and typing time in all, the process's CPU time and peak RSS, and the median per-policy ratio
// (open + typing) against the first server; the per-policy times go to bench-results/replay-servers.json.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startOurs, typeAtReplaySpot, type Session } from './lsp';
import { takeNumberOption, upperMedian } from './options';

const ROOT = join(__dirname, '../..');
const args = process.argv.slice(2);
const EVERY = takeNumberOption(args, '--every', 4);
const ROUNDS = takeNumberOption(args, '--rounds', 1);
const servers = args.length > 0 ? args : ['dist/server.js'];
const CHARS = 20;
const KEY_REPEAT_MS = 33;

const corpus = join(ROOT, '../shared/corpus');
const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .filter((_, i) => i % EVERY === 0);

interface Times {
  openMs: number;
  typedMs: number;
}

/** One policy on one server, as the bench's replay does it. */
async function replayOne(session: Session, uri: string, text: string): Promise<Times> {
  const openMs = await session.open(uri, text);
  const typedMs = await typeAtReplaySpot(session, uri, text, CHARS, KEY_REPEAT_MS);
  await session.close(uri);
  return { openMs, typedMs };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'security-policy-replay-servers-'));
  const folderUri = pathToFileURL(folder).href;
  const uri = `${folderUri}/SECURITY.md`;
  const results = servers.map(() => ({
    times: new Map<string, Times[]>(),
    cpuMs: [] as number[],
    peakMb: [] as number[],
  }));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const order = servers.map((_, i) => i);
      if (round % 2) order.reverse();
      const sessions = new Map<number, Session>();
      for (const i of order) sessions.set(i, await startOurs(servers[i]!, folderUri));
      const cpuBefore = new Map(order.map((i) => [i, sessions.get(i)!.cpuMs()]));
      for (const file of files) {
        const text = readFileSync(join(corpus, file), 'utf8');
        writeFileSync(join(folder, 'SECURITY.md'), text);
        for (const i of order) {
          const times = await replayOne(sessions.get(i)!, uri, text);
          const list = results[i]!.times.get(file) ?? [];
          list.push(times);
          results[i]!.times.set(file, list);
        }
      }
      for (const i of order) {
        const session = sessions.get(i)!;
        results[i]!.cpuMs.push(session.cpuMs() - cpuBefore.get(i)!);
        results[i]!.peakMb.push(session.peakRssKb() / 1024);
        await session.stop();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const total = (r: (typeof results)[number], key: keyof Times): number =>
    [...r.times.values()].reduce((sum, list) => sum + list.reduce((s, t) => s + t[key], 0), 0) / ROUNDS;
  const perFile = (r: (typeof results)[number], file: string): number =>
    upperMedian(r.times.get(file)!.map((t) => t.openMs + t.typedMs));
  const lines = [
    `${files.length} policies (every ${EVERY}th), ${ROUNDS} round(s), servers taking turns; totals per round (ms).`,
    '',
    '| server | open | typing | CPU | peak RSS (MB) | median ratio to the first | worst policies (open + typing, ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  results.forEach((r, i) => {
    const ratio = upperMedian(files.map((f) => perFile(r, f) / perFile(results[0]!, f)));
    const worst = files
      .map((f) => ({ f, ms: perFile(r, f) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map(({ f, ms }) => `${f.slice(0, 24)} ${ms.toFixed(0)}`)
      .join(', ');
    lines.push(
      `| ${servers[i]} | ${total(r, 'openMs').toFixed(0)} | ${total(r, 'typedMs').toFixed(0)} | ${upperMedian(r.cpuMs).toFixed(0)} | ${r.peakMb.map((m) => m.toFixed(1)).join(', ')} | ${ratio.toFixed(3)} | ${worst} |`,
    );
  });
  process.stdout.write(`${lines.join('\n')}\n`);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results/replay-servers.json'),
    JSON.stringify(
      servers.map((server, i) => ({ server, files: Object.fromEntries(results[i]!.times) })),
      null,
      1,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
