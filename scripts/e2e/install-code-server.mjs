// Installs code-server (a real VS Code served to a browser) into the git-ignored .vscode-test/, with
// its own npm prefix, and the Debian packages the e2e run needs. Idempotent: a finished install is
// marked, a half-finished one is removed and redone. Usage: node scripts/e2e/install-code-server.mjs
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE, ensureDebianPackages, log, run } from './lib.mjs';

/** The newest code-server whose engines accept Node 20 (VS Code 1.100.3). Pinned: the workarounds below depend on it. */
export const CODE_SERVER_VERSION = '4.100.3';
/** What this code-server's @vscode/ripgrep postinstall asks for (package version, ripgrep release). */
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

export const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const DONE_MARKER = join(CODE_SERVER_DIR, '.installed');

/** chromium for the workbench, ripgrep for the install workaround, kerberos headers for a native module. */
export const E2E_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev'];

export async function ensureCodeServer() {
  ensureDebianPackages(E2E_PACKAGES);
  if (existsSync(DONE_MARKER) && existsSync(CODE_SERVER_ENTRY)) return CODE_SERVER_ENTRY;
  const started = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR}`);
  await rm(CODE_SERVER_DIR, { recursive: true, force: true });
  await mkdir(CODE_SERVER_DIR, { recursive: true });
  // A package.json of its own keeps npm from walking up into the project's.
  await writeFile(
    join(CODE_SERVER_DIR, 'package.json'),
    JSON.stringify({ name: 'e2e-code-server', private: true }, null, 2),
  );
  const tmp = await mkdtemp(join(tmpdir(), 'code-server-install-'));
  try {
    // @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here) unless it finds this
    // cached tarball first; Debian's rg in it serves the same purpose (workspace search).
    const cacheDir = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
    await mkdir(cacheDir);
    run('tar', [
      '-czf',
      join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-x86_64-unknown-linux-musl.tar.gz`),
      '-C',
      '/usr/bin',
      'rg',
    ]);
    run(
      'npm',
      [
        'install',
        '--prefix',
        CODE_SERVER_DIR,
        '--no-audit',
        '--no-fund',
        '--unsafe-perm=true',
        `code-server@${CODE_SERVER_VERSION}`,
      ],
      {
        env: {
          ...process.env,
          TMPDIR: tmp,
          // node-pty's postinstall runs `npx node-gyp`, which would otherwise ask before installing it.
          npm_config_yes: 'true',
          // Native modules build against the system Node's headers instead of downloading them.
          npm_config_nodedir: '/usr',
        },
      },
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server installed, but ${CODE_SERVER_ENTRY} is missing`);
  await writeFile(DONE_MARKER, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return CODE_SERVER_ENTRY;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureCodeServer();
}
