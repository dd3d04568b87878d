// The entry VS Code's test runner loads (extensionTestsPath): runs the *.test.js bundles beside it in
// name order with mocha, and rejects when a test fails, which becomes the runner's exit code.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // One slow step (a cold extension host, a restart) must not fail a test: the waits have their own deadlines.
  // The browser workbench forwards console arguments unformatted; hand it finished lines.
  (Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void }).consoleLog = (...args) =>
    console.log(format(...args));
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  const grep = process.env['SECURITY_POLICY_E2E_GREP'];
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(join(__dirname, file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} editor test${failures === 1 ? '' : 's'} failed`);
}
