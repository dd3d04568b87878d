// The offline editor tests: the mocha suite (test/e2e/suite) inside code-server's extension host, then
// the UI smoke test in the same code-server, driven through Debian's Chromium. Builds the extension
// and the suite, installs code-server and the Debian packages on first use, and stops everything it
// started. Exit code: 0 all passed, 1 a test failed, 2 the run itself could not be set up.
//
//   node scripts/e2e/run.mjs [--suite-only | --ui-only] [--grep PATTERN] [--screenshots DIR] [--keep] [--trace]
// --keep leaves the temporary state (logs under user-data/logs/); --trace also logs the LSP traffic there.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSuite } from './build-suite.mjs';
import { startBrowser, startCodeServer, workbenchUrl } from './code-server.mjs';
import { ensureCodeServer } from './install-code-server.mjs';
import { CACHE, ROOT, killGroupsOnSignals, log, run } from './lib.mjs';
import { runUiSmoke } from './ui-smoke.mjs';

const { values: options } = parseArgs({
  options: {
    'suite-only': { type: 'boolean', default: false },
    'ui-only': { type: 'boolean', default: false },
    grep: { type: 'string' },
    screenshots: { type: 'string', default: join(CACHE, 'screenshots') },
    keep: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
  },
});

/**
 * Catches a workbench that never starts or never reports. A passing suite takes ~15 s here; a broken
 * extension fails every test after its own deadline (10 s per wait), a few minutes in all.
 */
const SUITE_DEADLINE_MS = 10 * 60_000;
/** Workbench chatter of an offline code-server, not the suite's. */
const WORKBENCH_NOISE =
  /additional builtin extensions|Long running operations during shutdown|connection token|Creating a socket|\[Service Worker\]|ChatSessionStore/;
/** The test code reads the folder's name (Create SECURITY.md puts it into the policy). */
const WORKSPACE_NAME = 'acme-widget';

const started = Date.now();
/** Tests passed and failed: the suite's as mocha reports them, the UI smoke test as one. */
const counts = { passed: 0, failed: 0 };
let server;
let browser;
let stateDir;
const cleanup = async () => {
  await browser?.stop();
  await server?.stop();
  if (stateDir && !options.keep) await rm(stateDir, { recursive: true, force: true });
};
killGroupsOnSignals(cleanup);

async function freshWorkspace(name) {
  const dir = join(stateDir, name, WORKSPACE_NAME);
  await cp(join(ROOT, 'test', 'e2e', 'fixtures', 'workspace'), dir, { recursive: true });
  return dir;
}

/** Loads the workbench with the suite as extensionTestsPath and resolves with the exit code it reports. */
async function runSuite() {
  const workspace = await freshWorkspace('suite');
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    let reportExit;
    const exited = new Promise((resolve) => (reportExit = resolve));
    // The workbench forwards the extension host's console here (mocha's report) ...
    await page.exposeFunction('codeAutomationLog', (_level, message) => {
      const text = Array.isArray(message) ? message.join(' ') : String(message);
      if (WORKBENCH_NOISE.test(text)) return;
      for (const line of text.replace(/\n$/, '').split('\n')) {
        console.log(`  | ${line}`);
        const count = /^\s*(\d+) (passing|failing)\b/.exec(line);
        if (count) counts[count[2] === 'passing' ? 'passed' : 'failed'] += Number(count[1]);
      }
    });
    // ... and calls this with the suite's result once run() settles.
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
    const url = workbenchUrl(server, workspace, {
      extensionPath: ROOT,
      testsPath: join(ROOT, 'dist', 'test', 'suite'),
    });
    await page.goto(url);
    let timer;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the suite reported no result within ${SUITE_DEADLINE_MS / 1000} s`)),
        SUITE_DEADLINE_MS,
      );
    });
    try {
      return await Promise.race([exited, deadline]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await context.close().catch(() => {});
  }
}

async function runUi() {
  const workspace = await freshWorkspace('ui');
  // A smaller window: these screenshots become the README's images.
  const context = await browser.newContext({ width: 1100, height: 680 });
  try {
    const url = workbenchUrl(server, workspace, { extensionPath: ROOT, openFile: join(workspace, 'SECURITY.md') });
    return await runUiSmoke({ context, url, screenshotDir: options.screenshots });
  } finally {
    await context.close().catch(() => {});
  }
}

let exitCode = 2;
try {
  log('building the extension and the suite');
  run(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
  await buildSuite();
  const entry = await ensureCodeServer();
  stateDir = await mkdtemp(join(tmpdir(), 'spe2e-'));
  server = await startCodeServer({
    entry,
    stateDir,
    env: options.grep ? { SECURITY_POLICY_E2E_GREP: options.grep } : {},
    trace: options.trace,
  });
  browser = await startBrowser({ stateDir });
  const failures = [];
  if (!options['ui-only']) {
    try {
      const code = await runSuite();
      log(`editor test suite: exit code ${code}`);
      if (code !== 0) failures.push('the editor test suite');
      // A suite that failed before mocha counted anything still counts as a failure.
      if (code !== 0 && counts.failed === 0) counts.failed++;
    } catch (error) {
      console.error(error);
      failures.push('the editor test suite');
      counts.failed++;
    }
  }
  if (!options['suite-only']) {
    try {
      await runUi();
      log('UI smoke test: passed');
      counts.passed++;
    } catch (error) {
      console.error(error);
      failures.push('the UI smoke test');
      counts.failed++;
    }
  }
  log(`blocked ${browser.blockedRequests()} request(s) to other hosts`);
  exitCode = failures.length > 0 ? 1 : 0;
  log(failures.length > 0 ? `FAILED: ${failures.join(', ')}` : 'passed');
} catch (error) {
  console.error(error);
  if (server) {
    const tail = (await readFile(server.logFile, 'utf8').catch(() => '')).split('\n').slice(-30).join('\n');
    console.error(`--- last lines of ${server.logFile}:\n${tail}`);
  }
} finally {
  await cleanup();
  if (options.keep && stateDir) log(`state kept in ${stateDir}`);
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The plain closing line CI logs are read for; a run that could not be set up counts as one failure.
  if (exitCode === 2) counts.failed++;
  console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed`);
}
process.exit(exitCode);
