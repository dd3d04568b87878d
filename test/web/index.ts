// The editor tests in VS Code for the web (npm run test:web, scripts/web/run.mjs): the entry the web
// extension host loads as extensionTestsPath. Runs the desktop suite's tests that apply in a browser
// (test/e2e/suite: not the settings, tasks and walkthrough files) and the browser's own, with mocha's
// browser build: the extension host is a web worker without Node's modules.

/** The part of mocha's browser build used here (it has no typings of its own). */
interface BrowserMocha {
  setup(options: { ui: 'bdd'; reporter: string; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): void;
}

export async function run(): Promise<void> {
  // The build (an ES module in mocha 12) defines the global `mocha`; setup() then defines `describe`/`it`,
  // so the tests are required after it.
  require('mocha/mocha.js');
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
  require('../e2e/suite/01-activation.test');
  require('../e2e/suite/02-diagnostics.test');
  require('../e2e/suite/03-quick-fixes.test');
  require('../e2e/suite/04-completion-hover.test');
  require('../e2e/suite/05-commands.test');
  require('./suite/facts.test');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} editor test${failures === 1 ? '' : 's'} failed in the browser`);
}
