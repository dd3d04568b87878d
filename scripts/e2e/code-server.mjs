// Starts code-server and a Chromium for it, with all their state in one temporary directory, and
// stops both (whole process groups) afterwards. Used by run.mjs; see ../../../shared/E2E.md for why
// each flag and variable is there.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { log, spawnGroup, stopGroup, waitUntil } from './lib.mjs';

export const CHROMIUM = '/usr/bin/chromium';

/** HOME, TMPDIR and XDG_* inside `dir`, so nothing is written to the real home or /tmp. */
async function isolatedEnv(dir) {
  const env = {
    HOME: join(dir, 'home'),
    TMPDIR: join(dir, 'tmp'),
    XDG_CONFIG_HOME: join(dir, 'xdg', 'config'),
    XDG_DATA_HOME: join(dir, 'xdg', 'data'),
    XDG_CACHE_HOME: join(dir, 'xdg', 'cache'),
    XDG_STATE_HOME: join(dir, 'xdg', 'state'),
    XDG_RUNTIME_DIR: join(dir, 'xdg', 'rt'),
  };
  for (const path of Object.values(env)) await mkdir(path, { recursive: true, mode: 0o700 });
  return env;
}

/** Starts code-server on 127.0.0.1 (a port the system picks) and resolves once /healthz answers. */
export async function startCodeServer({ entry, stateDir, env: extraEnv = {}, trace = false }) {
  const dirs = {
    userData: join(stateDir, 'user-data'),
    extensions: join(stateDir, 'extensions'),
    config: join(stateDir, 'config.yaml'),
    log: join(stateDir, 'code-server.log'),
  };
  await mkdir(join(dirs.userData, 'User'), { recursive: true });
  await mkdir(dirs.extensions, { recursive: true });
  await writeFile(dirs.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  await writeFile(
    join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        // Keeps the chat agent's extra processes from starting.
        'chat.disableAIFeatures': true,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'git.enabled': false,
        'workbench.enableExperiments': false,
        // With --trace, the protocol traffic lands in the extension's log under user-data/logs/.
        ...(trace ? { 'securityPolicy.trace.server': 'verbose' } : {}),
      },
      null,
      2,
    ),
  );
  const env = {
    ...process.env,
    ...(await isolatedEnv(join(stateDir, 'cs'))),
    // No marketplace: nothing may be fetched from outside.
    EXTENSIONS_GALLERY: '{}',
    ...extraEnv,
  };
  const args = [
    entry,
    '--bind-addr',
    '127.0.0.1:0',
    '--auth',
    'none',
    '--config',
    dirs.config,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(trace ? ['--log', 'trace'] : []),
  ];
  const out = createWriteStream(dirs.log);
  const child = spawnGroup(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) =>
      reject(new Error(`code-server exited early (${code ?? signal}); see ${dirs.log}`)),
    );
    setTimeout(
      () => reject(new Error(`code-server did not report its port within 60 s; see ${dirs.log}`)),
      60_000,
    ).unref();
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntil('code-server /healthz', async () => (await fetch(`${base}/healthz`)).ok, 30_000);
  log(`code-server listening on ${base} (pid ${child.pid})`);
  return {
    port,
    base,
    logFile: dirs.log,
    stop: () => stopGroup(child),
  };
}

/** Debian's Chromium through playwright-core: headless, fresh profile, loopback only. */
export async function startBrowser({ stateDir }) {
  const env = await isolatedEnv(join(stateDir, 'br'));
  // Playwright makes the throwaway profile under os.tmpdir(): keep it inside the state directory too.
  process.env.TMPDIR = env.TMPDIR;
  // A browser server (its WebSocket on 127.0.0.1) rather than launch(): only it exposes the process,
  // which stop() needs to make sure the whole browser process group is gone.
  const server = await chromium.launchServer({
    host: '127.0.0.1',
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, ...env },
    // run.mjs stops the browser itself on signals (after the page is done with code-server).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const pid = server.process().pid;
  const browser = await chromium.connect(server.wsEndpoint());
  log(`chromium started (pid ${pid})`);
  // Only this machine: anything else (fonts, telemetry, marketplace) is refused, not attempted.
  let blocked = 0;
  const newContext = async (viewport = { width: 1280, height: 800 }) => {
    const context = await browser.newContext({ viewport });
    await context.route('**/*', (route) => {
      const { protocol, hostname } = new URL(route.request().url());
      const local = hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
      if (local || protocol === 'data:' || protocol === 'blob:') return route.continue();
      blocked++;
      return route.abort('blockedbyclient');
    });
    return context;
  };
  return {
    newContext,
    blockedRequests: () => blocked,
    async stop() {
      await Promise.race([
        browser
          .close()
          .then(() => server.close())
          .catch(() => {}),
        new Promise((r) => setTimeout(r, 5000)),
      ]);
      // Playwright starts Chromium as a process-group leader; make sure no renderer outlives it.
      if (pid) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    },
  };
}

/**
 * The workbench URL for `folder`, with the extension under development (and optionally a test
 * runner) passed through the `payload` query parameter, as VS Code's own browser tests do.
 */
export function workbenchUrl({ base, port }, folder, { extensionPath, testsPath, openFile } = {}) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  const url = new URL(`${base}/`);
  url.searchParams.set('folder', folder);
  url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}
