// `npx tsx scripts/bench/keystrokes.ts [--rounds N] POLICY [SERVER...]`: where a keystroke's time goes
// in the corpus replay, for one policy (a path, or a name in ../shared/corpus). Each SERVER (as in
// cold-open.ts: a bundle's path, `@` Node options; default dist/server.js) opens the policy, types 20
// characters at the end of its middle line 33 ms apart as the replay does, closes it, N times, servers
// taking turns. Prints per server the medians over every keystroke of: change sent → diagnostics in
// (wall), the run from its start to its end (from the server's trace), its parse, settings and facts
// wait, and rules phases, and the rest (wall - run: the turns before the run, the pipe both ways,
// publishing), and the server's CPU time in all per keystroke (the opens included). Add `--cpu-prof --cpu-prof-dir=DIR` to a server's options to profile it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startOurs, typeAtReplaySpot, type Session } from './lsp';
import { takeNumberOption, upperMedian } from './options';

const args = process.argv.slice(2);
const ROUNDS = takeNumberOption(args, '--rounds', 10);
const [policy, ...rest] = args;
if (!policy) throw new Error('usage: keystrokes.ts [--rounds N] POLICY [SERVER...]');
const servers = rest.length > 0 ? rest : ['dist/server.js'];
const path = existsSync(policy) ? policy : join(__dirname, '../../../shared/corpus', policy);
const text = readFileSync(path, 'utf8');
const CHARS = 20;

interface Keystroke {
  wall: number;
  run: number;
  parse: number;
  wait: number;
  analyse: number;
  rest: number;
  chars: number;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'security-policy-keystrokes-'));
  const folderUri = pathToFileURL(folder).href;
  const uri = `${folderUri}/SECURITY.md`;
  writeFileSync(join(folder, 'SECURITY.md'), text);
  const sessions: Session[] = [];
  for (const server of servers) sessions.push(await startOurs(server, folderUri));
  const samples = servers.map((): Keystroke[] => []);
  const cpuBefore = sessions.map((s) => s.cpuMs());
  const cpuMs: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, session] of sessions.entries()) {
        await session.open(uri, text);
        await typeAtReplaySpot(session, uri, text, CHARS, 33, (wall) => {
          const version = session.document(uri).version;
          const trace = [...session.traces].reverse().find((t) => t.event === 'analysed' && t.version === version);
          if (!trace) return;
          samples[i]!.push({
            wall,
            run: trace.ms,
            ...trace.phases,
            rest: wall - trace.ms,
            chars: trace.parsedChars,
          });
        });
        await session.close(uri);
      }
    }
    for (const [i, session] of sessions.entries()) cpuMs.push(session.cpuMs() - cpuBefore[i]!);
  } finally {
    for (const session of sessions) await session.stop();
    rmSync(folder, { recursive: true, force: true });
  }
  const lines = [
    `${policy} (${text.length} characters), ${ROUNDS} rounds of ${CHARS} keystrokes; medians per keystroke (ms).`,
    '',
    '| server | wall | run | parse | settings, facts | rules | rest | characters parsed | CPU per keystroke, open included |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  servers.forEach((server, i) => {
    const m = (key: keyof Keystroke): string => upperMedian(samples[i]!.map((s) => s[key])).toFixed(2);
    lines.push(
      `| ${server} | ${m('wall')} | ${m('run')} | ${m('parse')} | ${m('wait')} | ${m('analyse')} | ${m('rest')} | ${m('chars')} | ${(cpuMs[i]! / (ROUNDS * CHARS)).toFixed(2)} |`,
    );
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
