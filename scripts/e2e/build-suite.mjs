// Bundles the editor test suite (test/e2e/suite) into dist/test/suite: index.js, the entry VS Code's
// extensionTestsPath loads (mocha bundled in, since mocha 12 is an ES module the extension host may not
// require), and one NN-name.test.js per test file, loaded by mocha in name order. `vscode` is the host's.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib.mjs';

export const SUITE_DIR = join(ROOT, 'dist', 'test', 'suite');

export async function buildSuite() {
  const source = join(ROOT, 'test', 'e2e', 'suite');
  const tests = readdirSync(source).filter((f) => f.endsWith('.test.ts'));
  // A test file deleted from the sources must not keep running from an old bundle.
  await rm(SUITE_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [join(source, 'index.ts'), ...tests.map((f) => join(source, f))],
    outdir: SUITE_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode'],
    logLevel: 'warning',
    // Only mocha's parallel mode (unused here) resolves files next to itself.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return SUITE_DIR;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildSuite();
}
