// The offline editor tests in VS Code for the web (npm run test:web): a real VS Code 1.100.3 web
// workbench (from the npm package code-server, laid out by prepare-vscode-web.sh) served by
// @vscode/test-web, in Debian's headless Chromium. The extension runs as it does on vscode.dev: the
// `browser` client in the web worker extension host, the server in a worker of its own. Builds the
// extension and the web suite (test/web/index.ts), installs Chromium on first use, and copies the
// fixture workspace so each run starts fresh.
// Exit code: 0 all passed, 1 a test failed, 2 the run itself could not be set up.
import * as esbuild from 'esbuild';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { CACHE, ROOT, ensureDebianPackages, log, run } from '../e2e/lib.mjs';

const COMMIT = '409c64e0df4d53530e59c16acc2b5d5766f717b0'; // the build prepare-vscode-web.sh lays out
const DATA_DIR = join(CACHE, 'web');
const SUITE = join(ROOT, 'dist', 'test', 'web', 'index.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** A passing run takes well under a minute; a broken extension fails each test after its waits' deadlines. */
const RUN_DEADLINE_MS = 10 * 60_000;
/** The Create SECURITY.md test reads the folder's name (test/e2e/suite/05-commands.test.ts). */
const WORKSPACE_NAME = 'acme-widget';
/** Workbench chatter of an offline web build without built-in extensions (see WEB-E2E.md), not the suite's. */
const NOISE = /Activating extension 'vscode\.[\w-]+' failed|status of 404|ENOPRO|service ?worker/i;

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
let workspaceRoot;

async function setUp() {
  if (!process.env.CHROMIUM_PATH) ensureDebianPackages(['chromium']);
  run('bash', [join(ROOT, 'scripts', 'web', 'prepare-vscode-web.sh'), DATA_DIR]);
  // The bundles the VSIX ships.
  run(process.execPath, [join(ROOT, 'esbuild.mjs'), '--production'], { cwd: ROOT });
  await esbuild.build({
    entryPoints: [join(ROOT, 'test', 'web', 'index.ts')],
    outfile: SUITE,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode'],
    // The shared tests assert with Node's module; the worker has none.
    alias: { 'node:assert/strict': join(ROOT, 'test', 'web', 'assert.ts') },
    logLevel: 'warning',
  });
  workspaceRoot = await mkdtemp(join(tmpdir(), 'security-policy-web-'));
  const workspace = join(workspaceRoot, WORKSPACE_NAME);
  await cp(join(ROOT, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
  return workspace;
}

async function runSuite(workspace) {
  const require = createRequire(import.meta.url);
  const testWeb = require.resolve('@vscode/test-web');
  // test-web has no option for the browser's path: wrap the launch of the very playwright module it uses.
  const playwright = require(require.resolve('playwright', { paths: [testWeb] }));
  const launch = playwright.chromium.launch.bind(playwright.chromium);
  playwright.chromium.launch = (options = {}) => launch({ ...options, executablePath: CHROMIUM });
  const { runTests } = require(testWeb);
  // The extension host's console reaches test-web's codeAutomationLog, which prints with console.*.
  const counts = { passing: 0, failing: 0 };
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    const print = console[level].bind(console);
    console[level] = (...args) => {
      // The workbench hands over console arguments unformatted (`%d passing`, 14).
      const text = format(...args);
      if (NOISE.test(text) && !process.env.VERBOSE) return;
      for (const line of text.split('\n')) {
        const count = /^\s*(\d+) (passing|failing)\b/.exec(line);
        if (count) counts[count[2]] += Number(count[1]);
      }
      print(...args);
    };
  }
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${RUN_DEADLINE_MS / 60_000} minutes`)), RUN_DEADLINE_MS);
  });
  try {
    await Promise.race([
      runTests({
        browserType: 'chromium',
        browserOptions: [
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
        ],
        headless: true,
        quality: 'stable',
        commit: COMMIT, // with the prepared folder present, test-web asks no update server
        testRunnerDataDir: DATA_DIR,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: SUITE,
        folderPath: workspace, // mounted as vscode-test-web://mount/
        printServerLog: !!process.env.VERBOSE,
        verbose: !!process.env.VERBOSE,
        port: Number(process.env.PORT || 3123),
      }),
      deadline,
    ]);
    return counts;
  } catch (error) {
    error.counts = counts;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

let code = 0;
let workspace;
try {
  workspace = await setUp();
} catch (error) {
  console.error(`test:web could not be set up: ${error.message}`);
  code = 2;
}
if (workspace) {
  log(`VS Code for the web on ${workspace}`);
  try {
    const counts = await runSuite(workspace);
    log(`web editor tests passed (${counts.passing} tests) in ${seconds()}`);
  } catch (error) {
    log(
      `web editor tests FAILED after ${seconds()}: ${error.message}${error.counts ? ` (${error.counts.passing} passing, ${error.counts.failing} failing)` : ''}`,
    );
    code = 1;
  }
}
if (workspaceRoot && !process.env.KEEP) await rm(workspaceRoot, { recursive: true, force: true });
process.exit(code);
