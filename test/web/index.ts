// The editor tests in VS Code for the web (npm run test:web, scripts/web/run.mjs): the entry the web
// extension host loads as extensionTestsPath. Runs the desktop suite (test/e2e/suite) but for the
// tests in DESKTOP_ONLY, and the browser's own tests, with mocha's browser build: the extension host
// is a web worker without Node's modules.

/** The desktop suite's tests that cannot run in a browser, by title, and why. */
const DESKTOP_ONLY: ReadonlyArray<{ readonly title: string; readonly why: string }> = [
  {
    title: 'a task running `security-policy check` with the $security-policy matcher fills the Problems view',
    why: 'the task runs the CLI with Node in a terminal: VS Code for the web has neither processes nor a local terminal, and the browser extension ships no CLI',
  },
  {
    title: 'shows a Contact the SECURITY.md does not mention on both files',
    why: 'the cross-check finds the other file by listing folders, which the worker server cannot (README, In the browser)',
  },
];

/** The part of mocha's browser build used here (it has no typings of its own). */
interface BrowserMocha {
  setup(options: { ui: 'bdd'; reporter: string; timeout: number; color: boolean }): void;
  grep(pattern: RegExp): BrowserMocha;
  invert(): BrowserMocha;
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
  require('../e2e/suite/06-settings.test');
  require('../e2e/suite/07-tasks-walkthrough.test');
  require('../e2e/suite/08-security-txt.test');
  require('./suite/facts.test');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  mocha.grep(new RegExp(DESKTOP_ONLY.map((test) => escape(test.title)).join('|'))).invert();
  for (const test of DESKTOP_ONLY) console.log(`skipped in the browser: ${test.title}: ${test.why}`);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} editor test${failures === 1 ? '' : 's'} failed in the browser`);
}
