// The UI smoke test: what a person sees in the workbench. Opens a defective SECURITY.md, checks the
// squiggles and the Problems rows, applies a quick fix from the lightbulb menu and runs Insert Section…
// from the command palette, saving a screenshot at each step. Every wait has a deadline.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { log } from './lib.mjs';

const STEP_MS = 30_000;
/** The screenshots taken, in order; `failure` only when a step fails. */
const SHOTS = ['diagnostics', 'quick-fix', 'insert-section', 'after-insert', 'failure'];

/** The editor's visible text (Monaco renders spaces as U+00A0). */
async function editorText(page) {
  return (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

async function waitForEditorText(page, predicate, what, timeoutMs = STEP_MS) {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await editorText(page);
    if (predicate(text)) return text;
    await page.waitForTimeout(100); // polling the DOM: no event tells when Monaco re-rendered
  }
  throw new Error(`timed out waiting for ${what}; the editor shows:\n${text}`);
}

/**
 * Waits until `locator` has looked the same (position, classes) for half a second: the lightbulb is
 * redrawn while the code actions for the cursor are fetched again, and a menu opened from a lightbulb
 * about to be redrawn is rebuilt under the pointer.
 */
async function settled(page, locator) {
  const deadline = Date.now() + STEP_MS;
  let last = '';
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = JSON.stringify(
      await locator.evaluate((e) => [e.className, e.getBoundingClientRect().toJSON()]).catch(() => ''),
    );
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Date.now() - since >= 500) return;
    await page.waitForTimeout(50);
  }
}

/** Runs a command from the palette by its title, as a person would (F1, type, click the entry). */
async function runFromPalette(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: STEP_MS });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: STEP_MS });
  await row.click();
}

/**
 * `url` opens the workbench on the UI workspace with SECURITY.md open and the extension loaded.
 * Returns the screenshots taken.
 */
export async function runUiSmoke({ context, url, screenshotDir }) {
  // Old files of an earlier run (a failure.png) must not pass for this run's; only this test's own
  // names are removed, since the folder is the caller's.
  await mkdir(screenshotDir, { recursive: true });
  for (const name of [...SHOTS.map((s) => `${s}.png`), 'console.log'])
    await rm(join(screenshotDir, name), { force: true });
  const shots = [];
  const shot = async (page, name) => {
    const path = join(screenshotDir, `${name}.png`);
    await page.screenshot({ path });
    shots.push(path);
    log(`screenshot ${path}`);
  };
  const page = await context.newPage();
  // The workbench's own console (errors of the renderer), kept for a failure's post-mortem.
  const consoleLines = [];
  page.on('console', (message) =>
    consoleLines.push(`${new Date().toISOString().slice(11, 23)} ${message.type()} ${message.text()}`),
  );
  try {
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.waitFor({ timeout: 60_000 });
    await waitForEditorText(page, (t) => t.includes('Reporting a Vulnerability'), 'SECURITY.md in the editor');
    // More room for the editor and the Problems messages (these screenshots are the README's).
    await runFromPalette(page, 'View: Close Primary Side Bar');
    await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: STEP_MS });

    // 1. Squiggles under the defects (errors: the placeholder address; warnings: missing sections).
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: STEP_MS });
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: STEP_MS });
    log('ui: squiggles shown');

    // 2. The Problems view lists them with their rule codes. The command focuses it (Ctrl+Shift+M would toggle it).
    await runFromPalette(page, 'Problems: Focus on Problems View');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'SEC022' }).first();
    await problem.waitFor({ timeout: STEP_MS });
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'SEC015' }).first().waitFor({ timeout: STEP_MS });
    log('ui: Problems rows shown');
    await shot(page, 'diagnostics');

    // 3. The quick fix from the lightbulb: put the cursor on the title line, where SEC015 is reported.
    // When the code actions are fetched again while the menu is open (the cursor or the diagnostics
    // just changed), the menu is rebuilt under the pointer and the click only closes it, as it would
    // for a person, who then clicks the lightbulb again. So does this step, up to three times.
    for (let attempt = 1; ; attempt++) {
      await page.locator('.monaco-editor .view-line', { hasText: 'Security Policy' }).first().click();
      const lightbulb = page.locator('.monaco-editor .lightBulbWidget');
      await lightbulb.waitFor({ state: 'visible', timeout: STEP_MS });
      await settled(page, lightbulb);
      await lightbulb.click();
      const fix = page
        .locator('.action-widget .monaco-list-row', { hasText: 'Insert the "Supported Versions" section' })
        .first();
      await fix.waitFor({ state: 'visible', timeout: STEP_MS });
      log('ui: lightbulb menu shown');
      if (attempt === 1) await shot(page, 'quick-fix');
      // The menu lays a pointer-blocking overlay over the page until the mouse moves (so the click that
      // opened it cannot also choose an action): move onto the row first, as a hand would, then click.
      const box = await fix.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await fix.click();
      try {
        await waitForEditorText(
          page,
          (t) => /## Supported Versions[\s\S]*## Reporting a Vulnerability/.test(t),
          'the inserted Supported Versions section',
          5000,
        );
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        log(`ui: the quick fix menu closed without applying the fix (attempt ${attempt}); opening it again`);
      }
    }
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: 'SEC015' })
      .waitFor({ state: 'detached', timeout: STEP_MS });
    log('ui: quick fix applied');

    // 4. Insert Section… from the palette: the quick pick lists the missing sections first.
    await editor.click();
    await runFromPalette(page, 'Security Policy: Insert Section…');
    const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Response Timeline' }).first();
    await pick.waitFor({ state: 'visible', timeout: STEP_MS });
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'Insert Section' })
      .waitFor({ timeout: STEP_MS });
    await shot(page, 'insert-section');
    await pick.click();
    await waitForEditorText(
      page,
      (t) => /## Reporting a Vulnerability[\s\S]*## Response Timeline[\s\S]*## Disclosure Policy/.test(t),
      'the inserted Response Timeline section',
    );
    // The Problems view catches up: the new section's placeholders are reported.
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: '"[your number]" is unfilled template text' })
      .first()
      .waitFor({ timeout: STEP_MS });
    log('ui: Insert Section… applied');
    await shot(page, 'after-insert');
    return shots;
  } catch (error) {
    await shot(page, 'failure').catch(() => {});
    await writeFile(join(screenshotDir, 'console.log'), `${consoleLines.join('\n')}\n`).catch(() => {});
    log(`ui: the workbench console is in ${join(screenshotDir, 'console.log')}`);
    throw error;
  } finally {
    await page.close().catch(() => {});
  }
}
