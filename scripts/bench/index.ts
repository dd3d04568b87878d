// `npm run bench`: in-process analysis vs the bare remark parse, then the LSP server vs the reference
// peer (vscode-markdown-languageserver) on the same documents and edits, then bundle sizes. Prints a
// Markdown table and writes bench-results/latest.json. It builds the production bundles first and runs
// a copy of dist/server.js, so a rebuild by someone else meanwhile cannot change what is measured.
// Options: --runs N (LSP runs per size, default 3; 1 MB uses at most 2), --quick (fewer samples).
// Start-up is measured apart from the documents (it does not depend on them): STARTS starts of each
// server, alternating, the median reported.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze } from '../../server/src/core/analyze';
import { generatePolicy } from './generate';
import { Session, type ServerKind } from './lsp';

const ROOT = join(__dirname, '../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 1 : 3;
/** Pause after each measured edit, like a typist between keystrokes; the same for both servers. */
const PAUSE_MS = 100;
/** Starts of each server for the initialize time. */
const STARTS = quick ? 5 : 21;
/** While a huge document is first analysed, a hover is sent this often; the slowest answer is how long the server was unresponsive. */
const HOVER_EVERY_MS = 25;

/**
 * 1 MB is over the default securityPolicy.maxFileSize, so by default it gets the cheap text rules
 * only (what users get); measured again with the cap raised, for the full incremental analysis.
 */
const FULL_1MB = { maxFileSize: 2_000_000 };
const SIZES: ReadonlyArray<{ name: string; bytes: number; edits: number; settings?: { maxFileSize: number } }> = [
  { name: '3 KB', bytes: 3_000, edits: quick ? 8 : 20 },
  { name: '60 KB', bytes: 60_000, edits: quick ? 6 : 20 },
  { name: '1 MB', bytes: 1_000_000, edits: quick ? 4 : 8 },
  { name: '1 MB, cap raised', bytes: 1_000_000, edits: quick ? 4 : 8, settings: FULL_1MB },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};
const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const log = (message: string): void => void process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------- in-process

const bare = unified().use(remarkParse).use(remarkGfm).freeze();

/** Median ms of `fn`, alternating with its rival so drift hits both alike. */
function timePair(a: () => void, b: () => void, budgetMs: number): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  const began = performance.now();
  if (budgetMs > 0) {
    a();
    b(); // warm-up; a huge text warms up on its own
  }
  do {
    let t = performance.now();
    a();
    ta.push(performance.now() - t);
    t = performance.now();
    b();
    tb.push(performance.now() - t);
  } while (performance.now() - began < budgetMs && ta.length < 15);
  return [median(ta), median(tb)];
}

interface CoreRow {
  name: string;
  chars: number;
  parseMs: number;
  analysisMs: number;
  ratio: number;
}

function inProcess(): { generated: CoreRow[]; corpus?: { files: number; medianRatio: number; worst: CoreRow } } {
  const generated: CoreRow[] = [];
  for (const size of SIZES) {
    const text = generatePolicy(size.bytes);
    const budget = size.bytes > 100_000 ? 0 : 1500;
    const [parseMs, analysisMs] = timePair(() => bare.parse(text), () => analyze(text, size.settings ?? {}), budget);
    generated.push({ name: size.name, chars: text.length, parseMs, analysisMs, ratio: analysisMs / parseMs });
    log(`in-process ${size.name}: parse ${fmt(parseMs)} ms, analysis ${fmt(analysisMs)} ms`);
  }
  const dir = join(ROOT, '../shared/corpus');
  if (!existsSync(dir)) return { generated };
  const files = readdirSync(dir).filter((f) => /\.(md|markdown)$/i.test(f) && f !== 'README.md');
  const rows = files.map((file): CoreRow => {
    const text = readFileSync(join(dir, file), 'utf8');
    const [parseMs, analysisMs] = timePair(() => bare.parse(text), () => analyze(text), quick ? 40 : 120);
    return { name: file, chars: text.length, parseMs, analysisMs, ratio: analysisMs / parseMs };
  });
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { generated, corpus: { files: rows.length, medianRatio: median(rows.map((r) => r.ratio)), worst } };
}

// ---------------------------------------------------------------- LSP

interface LspRun {
  openMs: number;
  edits: number[];
  burstMs: number;
  burstAnalyses: number;
  burstAbandoned: number;
  peakRssMb: number;
  /** The slowest of the hovers sent during the first analysis, and how many were sent. */
  hoverMaxMs?: number;
  hovers?: number;
  /** Whether a hover was answered before the first analysis had published (ours only: the peer's diagnostics are pulled). */
  hoverDuringAnalysis?: boolean;
}

/** A single-character edit inside a paragraph line near `fraction` of the document, and its undo. */
function editSpot(text: string, fraction: number): number {
  const from = Math.floor(text.length * fraction);
  const match = /\n([A-Z][a-z]+ [^\n]{20,})\n/.exec(text.slice(from));
  return match ? from + match.index + 1 + 5 : from;
}

async function lspRun(kind: ServerKind, serverPath: string, text: string, edits: number, hoverWhileOpening: boolean, settings?: object): Promise<LspRun> {
  const folder = mkdtempSync(join(tmpdir(), 'security-policy-bench-'));
  writeFileSync(join(folder, 'SECURITY.md'), text);
  writeFileSync(join(folder, 'CONTRIBUTING.md'), '# Contributing\n');
  const folderUri = pathToFileURL(folder).href;
  const uri = `${folderUri}/SECURITY.md`;
  const { session } = await Session.start(kind, folderUri, serverPath, settings);
  try {
    let opened = false;
    const opening = session.open(uri, text).finally(() => (opened = true));
    const hoverTimes: number[] = [];
    let hoverDuringAnalysis: boolean | undefined;
    if (hoverWhileOpening) {
      // Hovers on the "Supported Versions" heading for as long as the first analysis runs.
      const line = text.slice(0, text.indexOf('## Supported Versions')).split('\n').length - 1;
      if (kind === 'ours') hoverDuringAnalysis = false;
      while (!opened) {
        await sleep(HOVER_EVERY_MS);
        hoverTimes.push(await session.hover(uri, { line, character: 4 }));
        if (kind === 'ours' && session.pending(uri, 1)) hoverDuringAnalysis = true;
      }
    }
    const openMs = await opening;
    await sleep(PAUSE_MS);

    const samples: number[] = [];
    for (let i = 0; i < edits; i++) {
      const document = session.document(uri);
      const offset = editSpot(document.getText(), (i % 10) / 10 + 0.05);
      const at = document.positionAt(offset);
      // Type a character, then delete it: the document keeps its size.
      const change =
        i % 2 === 0
          ? { range: { start: at, end: at }, text: 'x' }
          : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      samples.push(await session.edit(uri, change));
      await sleep(PAUSE_MS);
    }

    // 200 characters typed at one spot as fast as the pipe takes them.
    const before = { analysed: session.analyses.get(uri) ?? 0, abandoned: session.abandoned.get(uri) ?? 0 };
    const spot = session.document(uri).positionAt(editSpot(session.document(uri).getText(), 0.5));
    const typed = 'Reports are acknowledged within two business days by the security team of the project, and every report gets a tracking number. We publish advisories once a fix is released and credit the reporter.....';
    const changes = [...typed.slice(0, 200)].map((char, i) => {
      const position = { line: spot.line, character: spot.character + i };
      return { range: { start: position, end: position }, text: char };
    });
    const burstMs = await session.burst(uri, changes);
    // Let late trace notifications arrive before counting.
    await sleep(50);
    const burstAnalyses = (session.analyses.get(uri) ?? 0) - before.analysed;
    const burstAbandoned = (session.abandoned.get(uri) ?? 0) - before.abandoned;
    const peakRssMb = session.peakRssKb() / 1024;
    const hovers = hoverTimes.length > 0 ? { hoverMaxMs: Math.max(...hoverTimes), hovers: hoverTimes.length, hoverDuringAnalysis } : {};
    return { openMs, edits: samples, burstMs, burstAnalyses, burstAbandoned, peakRssMb, ...hovers };
  } finally {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

interface LspSummary {
  openMs: number;
  editP50: number;
  editP95: number;
  burstMs: number;
  burstAnalyses: number;
  burstAbandoned: number;
  peakRssMb: number;
  hoverMaxMs?: number;
  hovers?: number;
  hoverDuringAnalysis?: boolean;
}

function summarize(runs: readonly LspRun[]): LspSummary {
  const all = runs.flatMap((r) => r.edits);
  const hovered = runs.filter((r) => r.hoverMaxMs !== undefined);
  return {
    openMs: median(runs.map((r) => r.openMs)),
    editP50: percentile(all, 50),
    editP95: percentile(all, 95),
    burstMs: median(runs.map((r) => r.burstMs)),
    burstAnalyses: Math.max(...runs.map((r) => r.burstAnalyses)),
    burstAbandoned: Math.max(...runs.map((r) => r.burstAbandoned)),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    ...(hovered.length
      ? {
          hoverMaxMs: Math.max(...hovered.map((r) => r.hoverMaxMs!)),
          hovers: hovered.reduce((n, r) => n + r.hovers!, 0),
          ...(hovered.some((r) => r.hoverDuringAnalysis !== undefined) ? { hoverDuringAnalysis: hovered.every((r) => r.hoverDuringAnalysis) } : {}),
        }
      : {}),
  };
}

/** Median spawn → initialize result of each server over STARTS starts, alternating who goes first. */
async function startups(serverPath: string): Promise<Record<ServerKind, number>> {
  const folder = mkdtempSync(join(tmpdir(), 'security-policy-bench-start-'));
  const times: Record<ServerKind, number[]> = { ours: [], peer: [] };
  try {
    for (let i = 0; i < STARTS; i++) {
      for (const kind of (i % 2 ? ['peer', 'ours'] : ['ours', 'peer']) as ServerKind[]) {
        const { session, initializeMs } = await Session.start(kind, pathToFileURL(folder).href, serverPath);
        times[kind].push(initializeMs);
        await session.stop();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  log(`initialize: ${JSON.stringify(times)}`);
  return { ours: median(times.ours), peer: median(times.peer) };
}

// ---------------------------------------------------------------- bundle

function bundle(vsixPath: string): Record<string, unknown> {
  const size = (file: string): number | undefined => (existsSync(join(ROOT, file)) ? statSync(join(ROOT, file)).size : undefined);
  const meta = existsSync(join(ROOT, 'dist/meta.json')) ? JSON.parse(readFileSync(join(ROOT, 'dist/meta.json'), 'utf8')) : undefined;
  const clientInputs: string[] = meta ? Object.keys(meta.outputs['dist/client.js']?.inputs ?? {}) : [];
  return {
    clientBytes: size('dist/client.js'),
    serverBytes: size('dist/server.js'),
    librariesBytes: size('dist/libraries.js'),
    vsixBytes: statSync(vsixPath).size,
    clientInputs: clientInputs.length,
    clientServerInputs: clientInputs.filter((i) => i.startsWith('server/')),
    clientHeavyInputs: clientInputs.filter((i) => /remark|unified|micromark|mdast|iconv-lite/.test(i)),
  };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const began = performance.now();
  execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
  const snapshot = mkdtempSync(join(tmpdir(), 'security-policy-bench-server-'));
  // The package as `npm run package` makes it, written beside the snapshot (not into the project).
  const vsixPath = join(snapshot, 'security-policy.vsix');
  execFileSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '-o', vsixPath], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const sizes = bundle(vsixPath);
  // The server with the bundle it loads when it first checks a policy (dist/libraries.js).
  for (const file of readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'))) copyFileSync(join(ROOT, 'dist', file), join(snapshot, file));
  const serverPath = join(snapshot, 'server.js');
  const machine = {
    nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
    cpu: /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model,
    node: process.version,
  };
  log(`machine: ${JSON.stringify(machine)}`);
  const core = inProcess();
  const initialize = await startups(serverPath);

  const lsp: Array<{ size: string; ours: LspSummary; peer: LspSummary }> = [];
  for (const size of SIZES) {
    const text = generatePolicy(size.bytes);
    const runs = size.bytes > 100_000 ? Math.min(RUNS, 2) : RUNS;
    const results: Record<ServerKind, LspRun[]> = { ours: [], peer: [] };
    for (let r = 0; r < runs; r++) {
      // Alternate who goes first, so warm caches and drift do not favour one.
      for (const kind of (r % 2 ? ['peer', 'ours'] : ['ours', 'peer']) as ServerKind[]) {
        results[kind].push(await lspRun(kind, serverPath, text, size.edits, size.bytes > 100_000, size.settings));
        log(`lsp ${size.name} ${kind} run ${r + 1}/${runs}: ${JSON.stringify({ ...results[kind].at(-1), edits: undefined })}`);
      }
    }
    lsp.push({ size: size.name, ours: summarize(results.ours), peer: summarize(results.peer) });
  }

  rmSync(snapshot, { recursive: true, force: true });
  const result = { date: new Date().toISOString(), machine, runs: RUNS, pauseMs: PAUSE_MS, core, initialize, lsp, bundle: sizes, totalSeconds: (performance.now() - began) / 1000 };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/latest.json'), JSON.stringify(result, null, 2));
  writeFileSync(join(ROOT, `bench-results/bench-${result.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(result, null, 2));
  process.stdout.write(render(result));
}

function render(r: {
  machine: { nproc: number; cpu?: string; node: string };
  core: ReturnType<typeof inProcess>;
  initialize: Record<ServerKind, number>;
  lsp: Array<{ size: string; ours: LspSummary; peer: LspSummary }>;
  bundle: Record<string, unknown>;
  runs: number;
  totalSeconds: number;
}): string {
  const lines: string[] = [];
  lines.push(`Machine: ${r.machine.nproc} × ${r.machine.cpu}, Node ${r.machine.node}; LSP medians of ${r.runs} runs (1 MB: ${Math.min(r.runs, 2)}).`, '');
  lines.push('| In-process (ms) | bare parse | core analysis | ratio |', '| --- | ---: | ---: | ---: |');
  for (const g of r.core.generated) lines.push(`| ${g.name} (${g.chars} chars) | ${fmt(g.parseMs)} | ${fmt(g.analysisMs)} | ${fmt(g.ratio, 2)}× |`);
  if (r.core.corpus) {
    const c = r.core.corpus;
    lines.push(`| corpus, ${c.files} files: median ratio | | | ${fmt(c.medianRatio, 2)}× |`);
    lines.push(`| corpus worst: ${c.worst.name} (${c.worst.chars} chars) | ${fmt(c.worst.parseMs)} | ${fmt(c.worst.analysisMs)} | ${fmt(c.worst.ratio, 2)}× |`);
  }
  lines.push('', '| LSP | ours | peer | ours/peer |', '| --- | ---: | ---: | ---: |');
  const row = (label: string, a: number | undefined, b: number | undefined, digits = 1): void => {
    lines.push(`| ${label} | ${fmt(a ?? NaN, digits)} | ${fmt(b ?? NaN, digits)} | ${a !== undefined && b !== undefined ? fmt(a / b, 2) + '×' : ''} |`);
  };
  row(`initialize (ms), median of ${STARTS} starts`, r.initialize.ours, r.initialize.peer);
  for (const { size, ours, peer } of r.lsp) {
    row(`${size}: didOpen → diagnostics (ms)`, ours.openMs, peer.openMs);
    row(`${size}: edit p50 (ms)`, ours.editP50, peer.editP50);
    row(`${size}: edit p95 (ms)`, ours.editP95, peer.editP95);
    row(`${size}: burst of 200 → final diagnostics (ms)`, ours.burstMs, peer.burstMs);
    lines.push(`| ${size}: burst analyses (abandoned) | ${ours.burstAnalyses} (${ours.burstAbandoned}) | ${peer.burstAnalyses} parses | |`);
    row(`${size}: peak RSS (MB)`, ours.peakRssMb, peer.peakRssMb);
    if (ours.hoverMaxMs !== undefined) {
      row(`${size}: slowest hover during first analysis (ms)`, ours.hoverMaxMs, peer.hoverMaxMs);
      lines.push(`| ${size}: hovers sent every ${HOVER_EVERY_MS} ms during it; answered before it published | ${ours.hovers}; ${ours.hoverDuringAnalysis ? 'yes' : 'no'} | ${peer.hovers ?? 0} | |`);
    }
  }
  const b = r.bundle;
  const kb = (n: unknown) => (typeof n === 'number' ? `${(n / 1024).toFixed(1)} KB` : 'absent');
  lines.push('', `Bundles: dist/client.js ${kb(b.clientBytes)} (${String(b.clientInputs)} inputs; from server/: ${(b.clientServerInputs as string[]).join(', ') || 'none'}; remark/unified/micromark/iconv: ${(b.clientHeavyInputs as string[]).length || 'none'}), dist/server.js ${kb(b.serverBytes)} (and, loaded with the first policy, dist/libraries.js ${kb(b.librariesBytes)}), security-policy.vsix ${kb(b.vsixBytes)}.`);
  lines.push(`Bench time: ${fmt(r.totalSeconds, 0)} s.`, '');
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
