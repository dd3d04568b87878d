// The Neovim check: a second, independent LSP client. Runs Debian's Neovim (0.7.2) headless with a
// throwaway HOME/XDG, loads the README's Neovim example as written (only the server path is filled
// in), opens a policy and checks diagnostics, a quick fix and completions (neovim-check.lua).
// Exit code 0 passed, 1 failed. Usage: node scripts/e2e/neovim-check.mjs (after `npm run build`).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, ensureDebianPackages, log, requireFile } from './lib.mjs';

const SERVER = join(ROOT, 'dist', 'server.js');
const DEADLINE_MS = 60_000;
/** The path the README's example uses; the check substitutes the real one. */
const README_SERVER_PATH = "vim.fn.expand('~/src/security-policy-vscode/dist/server.js')";

/** The first ```lua block of the README's "Other editors" section. */
async function readmeExample() {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Other editors'));
  const lua = section && /```lua\n([\s\S]*?)```/.exec(section)?.[1];
  if (!lua) throw new Error('README.md has no ```lua block under "## Other editors"');
  if (!lua.includes(README_SERVER_PATH))
    throw new Error(`the README's Neovim example no longer starts the server as ${README_SERVER_PATH}`);
  return lua.replace(README_SERVER_PATH, JSON.stringify(SERVER));
}

const started = Date.now();
let dir;
let exitCode = 1;
try {
  ensureDebianPackages(['neovim']);
  requireFile(SERVER, 'run `npm run build` first');
  dir = await mkdtemp(join(tmpdir(), 'spnvim-'));
  const env = { ...process.env, HOME: join(dir, 'home') };
  for (const [name, sub] of [
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_DATA_HOME', 'data'],
    ['XDG_STATE_HOME', 'state'],
    ['XDG_CACHE_HOME', 'cache'],
    ['XDG_RUNTIME_DIR', 'run'],
  ]) {
    env[name] = join(dir, 'xdg', sub);
    await mkdir(env[name], { recursive: true, mode: 0o700 });
  }
  await mkdir(env.HOME, { recursive: true });
  const workspace = join(dir, 'workspace');
  // policy/ is not where GitHub looks: SEC001 fires unless the example's settings reach the server.
  await mkdir(join(workspace, 'policy'), { recursive: true });
  await writeFile(
    join(workspace, 'policy', 'SECURITY.md'),
    await readFile(join(ROOT, 'test', 'e2e', 'fixtures', 'workspace', 'SECURITY.md')),
  );
  env.SECURITY_POLICY_SETUP = join(dir, 'readme-example.lua');
  await writeFile(env.SECURITY_POLICY_SETUP, await readmeExample());
  const nvim = spawn(
    'nvim',
    ['--headless', '--clean', '-c', `luafile ${join(ROOT, 'scripts', 'e2e', 'neovim-check.lua')}`],
    {
      cwd: workspace,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
      // Its own process group: the language server it starts goes with it.
      detached: true,
    },
  );
  const timer = setTimeout(() => {
    log(`neovim did not finish within ${DEADLINE_MS / 1000} s`);
    process.kill(-nvim.pid, 'SIGKILL');
  }, DEADLINE_MS);
  const [code, signal] = await new Promise((resolve) => nvim.once('exit', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  try {
    process.kill(-nvim.pid, 'SIGKILL'); // a server that outlived its client
  } catch {
    // the group is gone: the server exited with Neovim
  }
  exitCode = code === 0 ? 0 : 1;
  log(
    `neovim check ${exitCode === 0 ? 'passed' : `FAILED (${code ?? signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(error);
} finally {
  if (dir) await rm(dir, { recursive: true, force: true });
}
console.log(`neovim: ${exitCode === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed'}`);
process.exit(exitCode);
