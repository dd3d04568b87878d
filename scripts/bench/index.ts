// `npm run bench`: in-process analysis vs the bare remark parse, then the LSP server vs the reference
// peer (vscode-markdown-languageserver) on the same documents and edits, then bundle sizes. Prints a
// Markdown table and writes bench-results/latest.json. It builds the production bundles first and runs
// a copy of dist/server.js, so a rebuild by someone else meanwhile cannot change what is measured.
// Documents: generated policies of 3 KB, 60 KB and 1 MB, each with and without reference links and
// footnotes (their definitions at the end); edits in a paragraph, a table cell and a definition's label
// 100 ms apart, characters typed 33 ms apart, a burst of 200 back to back; then every corpus policy
// replayed (open, type 20 characters in its middle, close) on one server of each kind.
// Options: --runs N (LSP runs per document, default 2; 1 MB uses 1), --quick (fewer samples),
// --replay N (replay every Nth corpus policy; default 2, 8 with --quick; 1 replays all, 0 none),
// --sizes "3 KB,60 KB" (only the generated documents of these sizes; the 1 MB ones take most of a run
// on a busy machine), --replay-only (the corpus replay alone). BENCH_SERVER_ARGV (space-separated)
// replaces the Node options our server is started with (launch.ts), to compare young-generation sizes
// or to profile it (`--cpu-prof --cpu-prof-dir=…`).
// Start-up is measured apart from the documents (it does not depend on them): STARTS starts of each
// server, alternating, the median reported.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze } from '../../server/src/core/analyze';
import { generatePolicy } from './generate';
import { Session, typeAtReplaySpot, type ServerKind } from './lsp';
import { sleep } from './options';

const ROOT = join(__dirname, '../..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : quick ? 1 : 2;
const replayArg = args.indexOf('--replay');
const REPLAY_EVERY = replayArg >= 0 ? Number(args[replayArg + 1]) : quick ? 8 : 2;
/** Pause after each measured edit, like a typist between keystrokes; the same for both servers. */
const PAUSE_MS = 100;
/** Key repeat, or a fast typist: characters sent this far apart without waiting for diagnostics. */
const KEY_REPEAT_MS = 33;
/** Characters typed into each corpus policy in the replay. */
const REPLAY_CHARS = 20;
/** Starts of each server for the initialize time. */
const STARTS = quick ? 5 : 21;
/** While a huge document is first analysed, a hover is sent this often; the slowest answer is how long the server was unresponsive. */
const HOVER_EVERY_MS = 25;

/**
 * 1 MB is over the default securityPolicy.maxFileSize, so by default it gets the cheap text rules
 * only (what users get); measured again with the cap raised, for the full incremental analysis.
 */
const FULL_1MB = { maxFileSize: 2_000_000 };
const ALL_SIZES: ReadonlyArray<{ name: string; bytes: number; edits: number; settings?: { maxFileSize: number } }> = [
  { name: '3 KB', bytes: 3_000, edits: quick ? 4 : 8 },
  { name: '60 KB', bytes: 60_000, edits: quick ? 4 : 8 },
  { name: '1 MB', bytes: 1_000_000, edits: quick ? 2 : 4 },
  { name: '1 MB, cap raised', bytes: 1_000_000, edits: quick ? 2 : 4, settings: FULL_1MB },
];
const sizesArg = args.indexOf('--sizes');
const REPLAY_ONLY = args.includes('--replay-only');
const SIZES = REPLAY_ONLY
  ? []
  : sizesArg >= 0
    ? ALL_SIZES.filter((s) =>
        args[sizesArg + 1]!.split(',')
          .map((n) => n.trim())
          .includes(s.name),
      )
    : ALL_SIZES;

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
    for (const references of size.bytes > 100_000 ? [false] : [false, true]) {
      const text = generatePolicy(size.bytes, 1, { references });
      const name = `${size.name}${references ? ', definitions' : ''}`;
      const budget = size.bytes > 100_000 ? 0 : 1500;
      const [parseMs, analysisMs] = timePair(
        () => bare.parse(text),
        () => analyze(text, size.settings ?? {}),
        budget,
      );
      generated.push({ name, chars: text.length, parseMs, analysisMs, ratio: analysisMs / parseMs });
      log(`in-process ${name}: parse ${fmt(parseMs)} ms, analysis ${fmt(analysisMs)} ms`);
    }
  }
  const dir = join(ROOT, '../shared/corpus');
  if (!existsSync(dir)) return { generated };
  const files = readdirSync(dir).filter((f) => /\.(md|markdown)$/i.test(f) && f !== 'README.md');
  const rows = files.map((file): CoreRow => {
    const text = readFileSync(join(dir, file), 'utf8');
    const [parseMs, analysisMs] = timePair(
      () => bare.parse(text),
      () => analyze(text),
      quick ? 40 : 120,
    );
    return { name: file, chars: text.length, parseMs, analysisMs, ratio: analysisMs / parseMs };
  });
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { generated, corpus: { files: rows.length, medianRatio: median(rows.map((r) => r.ratio)), worst } };
}

// ---------------------------------------------------------------- LSP

/** Where an edit lands: a paragraph line, a table cell, the label of a link definition. */
type Place = 'paragraph' | 'table' | 'definition';

interface LspDoc {
  readonly name: string;
  readonly text: string;
  readonly settings?: { maxFileSize: number };
  readonly places: readonly Place[];
  /** Edits per place at PAUSE_MS (in insert/delete pairs), and characters typed at KEY_REPEAT_MS. */
  readonly edits: number;
  readonly typed: number;
  readonly huge: boolean;
}

function lspDocs(): LspDoc[] {
  return SIZES.flatMap((size) =>
    (size.settings === undefined && size.bytes > 100_000 ? [false] : [false, true]).map((references): LspDoc => ({
      name: `${size.name}${references ? ', definitions' : ''}`,
      text: generatePolicy(size.bytes, 1, { references }),
      ...(size.settings ? { settings: size.settings } : {}),
      places: references ? ['paragraph', 'table', 'definition'] : ['paragraph', 'table'],
      edits: size.edits,
      typed: size.bytes > 100_000 ? (quick ? 6 : 12) : quick ? 10 : 20,
      huge: size.bytes > 100_000,
    })),
  );
}

interface LspRun {
  /** Spawn → first diagnostics of the document opened right after initialize. */
  coldMs: number;
  /** didOpen → first diagnostics on that fresh server. */
  openMs: number;
  /** didOpen → first diagnostics of the same policy on a second fresh server, after the first one stopped. */
  reopenMs: number;
  edits: Partial<Record<Place, number[]>>;
  /** Latencies of characters typed KEY_REPEAT_MS apart in a paragraph. */
  typed: number[];
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

/** An offset in the place `place` near `fraction` of the document (the first one after it, else the first one). */
function spot(text: string, place: Place, fraction: number): number {
  const pattern = { paragraph: /\n[A-Z][a-z]+ [^\n]{20,}\n/g, table: /\n\| Severity \| /g, definition: /\n\[ghsa-/g }[
    place
  ];
  const from = Math.floor(text.length * fraction);
  pattern.lastIndex = from;
  const match = pattern.exec(text) ?? ((pattern.lastIndex = 0), pattern.exec(text));
  if (!match) return from;
  // Inside the paragraph's second word, after the cell's text, inside the definition's label.
  return match.index + { paragraph: 6, table: match[0].length, definition: match[0].length + 1 }[place];
}

async function lspRun(kind: ServerKind, serverPath: string, doc: LspDoc): Promise<LspRun> {
  const folder = mkdtempSync(join(tmpdir(), 'security-policy-bench-'));
  writeFileSync(join(folder, 'SECURITY.md'), doc.text);
  writeFileSync(join(folder, 'CONTRIBUTING.md'), '# Contributing\n');
  const folderUri = pathToFileURL(folder).href;
  const uri = `${folderUri}/SECURITY.md`;
  try {
    const run = await firstSession(kind, serverPath, doc, folderUri);
    // The same policy opened on a fresh server again, as when the editor restarts with it open: ours
    // shows what the first server saved for this text (server/src/lsp/savedDiagnostics.ts).
    const again = await Session.start(kind, folderUri, serverPath, doc.settings);
    try {
      return { ...run, reopenMs: await again.session.open(uri, doc.text) };
    } finally {
      await again.session.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A fresh server given the policy at once, then edits, typing and a burst; `reopenMs` is lspRun's. */
async function firstSession(
  kind: ServerKind,
  serverPath: string,
  doc: LspDoc,
  folderUri: string,
): Promise<Omit<LspRun, 'reopenMs'>> {
  const { text } = doc;
  const uri = `${folderUri}/SECURITY.md`;
  const spawned = performance.now();
  const { session } = await Session.start(kind, folderUri, serverPath, doc.settings);
  try {
    let opened = false;
    const opening = session.open(uri, text).finally(() => (opened = true));
    const hoverTimes: number[] = [];
    let hoverDuringAnalysis: boolean | undefined;
    if (doc.huge) {
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
    const coldMs = performance.now() - spawned;
    await sleep(PAUSE_MS);

    // A character typed and deleted again, PAUSE_MS apart, at spots spread over the document.
    const edits: Partial<Record<Place, number[]>> = {};
    for (const place of doc.places) {
      const samples: number[] = (edits[place] = []);
      for (let i = 0; i < doc.edits; i++) {
        const document = session.document(uri);
        const at = document.positionAt(spot(document.getText(), place, ((i >> 1) % 10) / 10 + 0.05));
        const change =
          i % 2 === 0
            ? { range: { start: at, end: at }, text: 'x' }
            : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
        samples.push(await session.edit(uri, change));
        await sleep(PAUSE_MS);
      }
    }

    // Characters typed at key-repeat speed into one paragraph, each timed to its diagnostics.
    const start = session.document(uri).positionAt(spot(session.document(uri).getText(), 'paragraph', 0.5));
    const pending: Array<Promise<number>> = [];
    for (let i = 0; i < doc.typed; i++) {
      const position = { line: start.line, character: start.character + i };
      pending.push(session.typed(uri, { range: { start: position, end: position }, text: 'abcdefghij'[i % 10]! }));
      await sleep(KEY_REPEAT_MS);
    }
    const typed = await Promise.all(pending);
    await sleep(PAUSE_MS);

    // 200 characters typed at one spot as fast as the pipe takes them.
    const before = { analysed: session.analyses.get(uri) ?? 0, abandoned: session.abandoned.get(uri) ?? 0 };
    const burstAt = session.document(uri).positionAt(spot(session.document(uri).getText(), 'paragraph', 0.5));
    const sentence =
      'Reports are acknowledged within two business days by the security team of the project, and every report gets a tracking number. We publish advisories once a fix is released and credit the reporter.....';
    const changes = [...sentence.slice(0, 200)].map((char, i) => {
      const position = { line: burstAt.line, character: burstAt.character + i };
      return { range: { start: position, end: position }, text: char };
    });
    const burstMs = await session.burst(uri, changes);
    // Let late trace notifications arrive before counting.
    await sleep(50);
    const burstAnalyses = (session.analyses.get(uri) ?? 0) - before.analysed;
    const burstAbandoned = (session.abandoned.get(uri) ?? 0) - before.abandoned;
    const peakRssMb = session.peakRssKb() / 1024;
    const hovers =
      hoverTimes.length > 0
        ? { hoverMaxMs: Math.max(...hoverTimes), hovers: hoverTimes.length, hoverDuringAnalysis }
        : {};
    return { coldMs, openMs, edits, typed, burstMs, burstAnalyses, burstAbandoned, peakRssMb, ...hovers };
  } finally {
    await session.stop();
  }
}

interface LspSummary {
  coldMs: number;
  openMs: number;
  reopenMs: number;
  /** Edit p50 per place at PAUSE_MS. */
  editP50: Partial<Record<Place, number>>;
  /** p95 over every edit at PAUSE_MS. */
  editP95: number;
  typedP50: number;
  typedP95: number;
  burstMs: number;
  burstAnalyses: number;
  burstAbandoned: number;
  peakRssMb: number;
  hoverMaxMs?: number;
  hovers?: number;
  hoverDuringAnalysis?: boolean;
}

function summarize(runs: readonly LspRun[]): LspSummary {
  const places = [...new Set(runs.flatMap((r) => Object.keys(r.edits) as Place[]))];
  const hovered = runs.filter((r) => r.hoverMaxMs !== undefined);
  return {
    coldMs: median(runs.map((r) => r.coldMs)),
    openMs: median(runs.map((r) => r.openMs)),
    reopenMs: median(runs.map((r) => r.reopenMs)),
    editP50: Object.fromEntries(
      places.map((p) => [
        p,
        percentile(
          runs.flatMap((r) => r.edits[p] ?? []),
          50,
        ),
      ]),
    ),
    editP95: percentile(
      runs.flatMap((r) => Object.values(r.edits).flat()),
      95,
    ),
    typedP50: percentile(
      runs.flatMap((r) => r.typed),
      50,
    ),
    typedP95: percentile(
      runs.flatMap((r) => r.typed),
      95,
    ),
    burstMs: median(runs.map((r) => r.burstMs)),
    burstAnalyses: Math.max(...runs.map((r) => r.burstAnalyses)),
    burstAbandoned: Math.max(...runs.map((r) => r.burstAbandoned)),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    ...(hovered.length
      ? {
          hoverMaxMs: Math.max(...hovered.map((r) => r.hoverMaxMs!)),
          hovers: hovered.reduce((n, r) => n + r.hovers!, 0),
          ...(hovered.some((r) => r.hoverDuringAnalysis !== undefined)
            ? { hoverDuringAnalysis: hovered.every((r) => r.hoverDuringAnalysis) }
            : {}),
        }
      : {}),
  };
}

// ---------------------------------------------------------------- corpus replay

interface ReplayFile {
  file: string;
  chars: number;
  /** didOpen → diagnostics, then the sum of the 20 characters' diagnostics latencies. */
  ours: { openMs: number; typedMs: number };
  peer: { openMs: number; typedMs: number };
}

/**
 * Corpus policies on one server of each kind: open each, type REPLAY_CHARS characters at the end of its
 * middle line (KEY_REPEAT_MS apart, each once the previous one's diagnostics are in), close it.
 */
async function replay(
  serverPath: string,
  files: readonly string[],
): Promise<{ files: ReplayFile[]; peakRssMb: Record<ServerKind, number> }> {
  const dir = join(ROOT, '../shared/corpus');
  const folder = mkdtempSync(join(tmpdir(), 'security-policy-bench-replay-'));
  const uri = `${pathToFileURL(folder).href}/SECURITY.md`;
  const times = new Map<string, Record<ServerKind, { openMs: number; typedMs: number }>>();
  const peakRssMb = { ours: NaN, peer: NaN };
  try {
    for (const kind of ['ours', 'peer'] as ServerKind[]) {
      const { session } = await Session.start(kind, pathToFileURL(folder).href, serverPath);
      try {
        for (const file of files) {
          const text = readFileSync(join(dir, file), 'utf8');
          writeFileSync(join(folder, 'SECURITY.md'), text);
          const openMs = await session.open(uri, text);
          // At key-repeat pace, but never more than one character ahead of the diagnostics.
          const typedMs = await typeAtReplaySpot(session, uri, text, REPLAY_CHARS, KEY_REPEAT_MS);
          await session.close(uri);
          const entry = times.get(file) ?? ({} as Record<ServerKind, { openMs: number; typedMs: number }>);
          entry[kind] = { openMs, typedMs };
          times.set(file, entry);
        }
        peakRssMb[kind] = session.peakRssKb() / 1024;
      } finally {
        await session.stop();
      }
      log(`replay ${kind}: ${files.length} files`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    files: files.map((file) => ({
      file,
      chars: readFileSync(join(dir, file), 'utf8').length,
      ours: times.get(file)!.ours,
      peer: times.get(file)!.peer,
    })),
    peakRssMb,
  };
}

interface ReplaySummary {
  files: number;
  /** Per file: (open + typing) ours / peer. */
  medianRatio: number;
  worst: { file: string; chars: number; ratio: number };
  /** The five worst, with each server's times (in the JSON only). */
  worstFiles: Array<ReplayFile & { ratio: number }>;
  medianOpenRatio: number;
  medianTypedRatio: number;
  peakRssMb: Record<ServerKind, number>;
}

function summarizeReplay(r: Awaited<ReturnType<typeof replay>>): ReplaySummary {
  const ratio = (f: ReplayFile): number => (f.ours.openMs + f.ours.typedMs) / (f.peer.openMs + f.peer.typedMs);
  const worst = r.files.reduce((a, b) => (ratio(b) > ratio(a) ? b : a));
  return {
    files: r.files.length,
    medianRatio: median(r.files.map(ratio)),
    worst: { file: worst.file, chars: worst.chars, ratio: ratio(worst) },
    worstFiles: r.files
      .map((f) => ({ ...f, ratio: ratio(f) }))
      .sort((a, b) => b.ratio - a.ratio)
      .slice(0, 5),
    medianOpenRatio: median(r.files.map((f) => f.ours.openMs / f.peer.openMs)),
    medianTypedRatio: median(r.files.map((f) => f.ours.typedMs / f.peer.typedMs)),
    peakRssMb: r.peakRssMb,
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
  const size = (file: string): number | undefined =>
    existsSync(join(ROOT, file)) ? statSync(join(ROOT, file)).size : undefined;
  // esbuild's metafile: the inputs of each output.
  const meta = existsSync(join(ROOT, 'dist/meta.json'))
    ? (JSON.parse(readFileSync(join(ROOT, 'dist/meta.json'), 'utf8')) as {
        outputs: Record<string, { inputs?: Record<string, unknown> } | undefined>;
      })
    : undefined;
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
  execFileSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '-o', vsixPath], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const sizes = bundle(vsixPath);
  // The server with the bundle it loads when it first checks a policy (dist/libraries.js).
  for (const file of readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js')))
    copyFileSync(join(ROOT, 'dist', file), join(snapshot, file));
  const serverPath = join(snapshot, 'server.js');
  const machine = {
    nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
    cpu: /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model,
    node: process.version,
  };
  log(`machine: ${JSON.stringify(machine)}`);
  const core = REPLAY_ONLY ? { generated: [] } : inProcess();
  const initialize = REPLAY_ONLY ? { ours: NaN, peer: NaN } : await startups(serverPath);

  const lsp: Array<{ size: string; ours: LspSummary; peer: LspSummary }> = [];
  for (const doc of lspDocs()) {
    const runs = doc.huge ? 1 : RUNS;
    const results: Record<ServerKind, LspRun[]> = { ours: [], peer: [] };
    for (let r = 0; r < runs; r++) {
      // Alternate who goes first, so warm caches and drift do not favour one.
      for (const kind of (r % 2 ? ['peer', 'ours'] : ['ours', 'peer']) as ServerKind[]) {
        results[kind].push(await lspRun(kind, serverPath, doc));
        const last = results[kind].at(-1)!;
        log(
          `lsp ${doc.name} ${kind} run ${r + 1}/${runs}: ${JSON.stringify({ ...last, edits: undefined, typed: undefined, editP50: summarize([last]).editP50 })}`,
        );
      }
    }
    lsp.push({ size: doc.name, ours: summarize(results.ours), peer: summarize(results.peer) });
  }

  const corpusDir = join(ROOT, '../shared/corpus');
  const corpusFiles =
    existsSync(corpusDir) && REPLAY_EVERY > 0
      ? readdirSync(corpusDir).filter(
          (f, i) => /\.(md|markdown)$/i.test(f) && f !== 'README.md' && i % REPLAY_EVERY === 0,
        )
      : [];
  const replayed = corpusFiles.length > 0 ? summarizeReplay(await replay(serverPath, corpusFiles)) : undefined;

  rmSync(snapshot, { recursive: true, force: true });
  const result = {
    date: new Date().toISOString(),
    machine,
    runs: RUNS,
    pauseMs: PAUSE_MS,
    core,
    initialize,
    lsp,
    replay: replayed,
    bundle: sizes,
    totalSeconds: (performance.now() - began) / 1000,
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results/latest.json'), JSON.stringify(result, null, 2));
  writeFileSync(
    join(ROOT, `bench-results/bench-${result.date.replace(/[:.]/g, '-')}.json`),
    JSON.stringify(result, null, 2),
  );
  process.stdout.write(render(result));
}

function render(r: {
  machine: { nproc: number; cpu?: string; node: string };
  core: ReturnType<typeof inProcess>;
  initialize: Record<ServerKind, number>;
  lsp: Array<{ size: string; ours: LspSummary; peer: LspSummary }>;
  replay?: ReplaySummary;
  bundle: Record<string, unknown>;
  runs: number;
  totalSeconds: number;
}): string {
  const lines: string[] = [];
  lines.push(
    `Machine: ${r.machine.nproc} × ${r.machine.cpu}, Node ${r.machine.node}; LSP medians of ${r.runs} runs (1 MB: 1).`,
    '',
  );
  lines.push('| In-process (ms) | bare parse | core analysis | ratio |', '| --- | ---: | ---: | ---: |');
  for (const g of r.core.generated)
    lines.push(`| ${g.name} (${g.chars} chars) | ${fmt(g.parseMs)} | ${fmt(g.analysisMs)} | ${fmt(g.ratio, 2)}× |`);
  if (r.core.corpus) {
    const c = r.core.corpus;
    lines.push(`| corpus, ${c.files} files: median ratio | | | ${fmt(c.medianRatio, 2)}× |`);
    lines.push(
      `| corpus worst: ${c.worst.name} (${c.worst.chars} chars) | ${fmt(c.worst.parseMs)} | ${fmt(c.worst.analysisMs)} | ${fmt(c.worst.ratio, 2)}× |`,
    );
  }
  lines.push('', '| LSP | ours | peer | ours/peer |', '| --- | ---: | ---: | ---: |');
  const row = (label: string, a: number | undefined, b: number | undefined, digits = 1): void => {
    lines.push(
      `| ${label} | ${fmt(a ?? NaN, digits)} | ${fmt(b ?? NaN, digits)} | ${a !== undefined && b !== undefined ? fmt(a / b, 2) + '×' : ''} |`,
    );
  };
  row(`initialize (ms), median of ${STARTS} starts`, r.initialize.ours, r.initialize.peer);
  for (const { size, ours, peer } of r.lsp) {
    row(`${size}: spawn → first diagnostics (ms)`, ours.coldMs, peer.coldMs);
    row(`${size}: didOpen → diagnostics, fresh server (ms)`, ours.openMs, peer.openMs);
    row(`${size}: didOpen → diagnostics, opened again on a fresh server (ms)`, ours.reopenMs, peer.reopenMs);
    for (const place of Object.keys(ours.editP50) as Place[])
      row(`${size}: edit p50, ${place}, ${PAUSE_MS} ms apart (ms)`, ours.editP50[place], peer.editP50[place]);
    row(`${size}: edit p95, all places (ms)`, ours.editP95, peer.editP95);
    row(`${size}: typed p50, ${KEY_REPEAT_MS} ms apart (ms)`, ours.typedP50, peer.typedP50);
    row(`${size}: typed p95, ${KEY_REPEAT_MS} ms apart (ms)`, ours.typedP95, peer.typedP95);
    row(`${size}: burst of 200 → final diagnostics (ms)`, ours.burstMs, peer.burstMs);
    lines.push(
      `| ${size}: burst analyses (abandoned) | ${ours.burstAnalyses} (${ours.burstAbandoned}) | ${peer.burstAnalyses} parses | |`,
    );
    row(`${size}: peak RSS (MB)`, ours.peakRssMb, peer.peakRssMb);
    if (ours.hoverMaxMs !== undefined) {
      row(`${size}: slowest hover during first analysis (ms)`, ours.hoverMaxMs, peer.hoverMaxMs);
      lines.push(
        `| ${size}: hovers sent every ${HOVER_EVERY_MS} ms during it; answered before it published | ${ours.hovers}; ${ours.hoverDuringAnalysis ? 'yes' : 'no'} | ${peer.hovers ?? 0} | |`,
      );
    }
  }
  if (r.replay) {
    const p = r.replay;
    lines.push(
      '',
      `| Corpus replay, ${p.files} policies (open, ${REPLAY_CHARS} characters typed, close) | ours/peer |`,
      '| --- | ---: |',
    );
    lines.push(`| median, open + typing | ${fmt(p.medianRatio, 2)}× |`);
    lines.push(`| worst: ${p.worst.file} (${p.worst.chars} chars) | ${fmt(p.worst.ratio, 2)}× |`);
    lines.push(`| median, didOpen → diagnostics | ${fmt(p.medianOpenRatio, 2)}× |`);
    lines.push(`| median, typing | ${fmt(p.medianTypedRatio, 2)}× |`);
    lines.push(
      `| peak RSS after the replay (MB): ours ${fmt(p.peakRssMb.ours)}, peer ${fmt(p.peakRssMb.peer)} | ${fmt(p.peakRssMb.ours / p.peakRssMb.peer, 2)}× |`,
    );
  }
  const b = r.bundle;
  const kb = (n: unknown) => (typeof n === 'number' ? `${(n / 1024).toFixed(1)} KB` : 'absent');
  lines.push(
    '',
    `Bundles: dist/client.js ${kb(b.clientBytes)} (${String(b.clientInputs)} inputs; from server/: ${(b.clientServerInputs as string[]).join(', ') || 'none'}; remark/unified/micromark/iconv: ${(b.clientHeavyInputs as string[]).length || 'none'}), dist/server.js ${kb(b.serverBytes)} (and, loaded with the first policy, dist/libraries.js ${kb(b.librariesBytes)}), security-policy.vsix ${kb(b.vsixBytes)}.`,
  );
  lines.push(`Bench time: ${fmt(r.totalSeconds, 0)} s.`, '');
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
