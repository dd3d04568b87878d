// The same editor test suite in desktop VS Code, for machines that can download it: @vscode/test-electron
// fetches VS Code into .vscode-test/ and runs the suite in its extension host. (It cannot run where only
// package registries are reachable: use run.mjs, which runs the suite in code-server, there.)
// On Linux without a display: xvfb-run -a node scripts/e2e/electron.mjs
// VSCODE_TEST_VERSION picks another VS Code ('stable', 'insiders', '1.101.0'); the default matches code-server's.
import { runTests } from '@vscode/test-electron';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSuite } from './build-suite.mjs';
import { ROOT, log, run } from './lib.mjs';

const version = process.env.VSCODE_TEST_VERSION ?? '1.100.3';

run(process.execPath, ['esbuild.mjs'], { cwd: ROOT });
const suite = await buildSuite();
const dir = await mkdtemp(join(tmpdir(), 'spe2e-electron-'));
let exitCode = 1;
try {
  // A fresh copy of the fixture workspace; the suite reads the folder's name.
  const workspace = join(dir, 'acme-widget');
  await cp(join(ROOT, 'test', 'e2e', 'fixtures', 'workspace'), workspace, { recursive: true });
  const userData = join(dir, 'user-data');
  await mkdir(join(userData, 'User'), { recursive: true });
  await writeFile(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'chat.disableAIFeatures': true, 'workbench.startupEditor': 'none', 'update.mode': 'none' }),
  );
  await runTests({
    version,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    launchArgs: [
      workspace,
      '--user-data-dir',
      userData,
      '--extensions-dir',
      join(dir, 'extensions'),
      // Installed extensions stay out; the built-in ones (Markdown among them) run, as for users.
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
    extensionTestsEnv: process.env.SECURITY_POLICY_E2E_GREP
      ? { SECURITY_POLICY_E2E_GREP: process.env.SECURITY_POLICY_E2E_GREP }
      : {},
  });
  exitCode = 0;
} catch (error) {
  // runTests rejects when VS Code exits non-zero, which is how a failing suite ends.
  console.error(error instanceof Error ? error.message : error);
} finally {
  await rm(dir, { recursive: true, force: true });
}
log(exitCode === 0 ? 'passed' : 'FAILED');
process.exit(exitCode);
