// Colour decisions and the progress line, without a terminal: the process tests cannot open a TTY.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { colors, progress, useColor } from '../../server/src/cli/terminal';

describe('CLI terminal output', () => {
  it('decides colour from FORCE_COLOR, NO_COLOR, the terminal and TERM', () => {
    const cases: [NodeJS.ProcessEnv, boolean, boolean][] = [
      [{}, true, true],
      [{}, false, false],
      [{ TERM: 'dumb' }, true, false],
      [{ NO_COLOR: '1' }, true, false],
      [{ NO_COLOR: '' }, true, true], // an empty NO_COLOR does not count (no-color.org)
      [{ FORCE_COLOR: '1' }, false, true],
      [{ FORCE_COLOR: '' }, false, true],
      [{ FORCE_COLOR: '0' }, true, false],
      [{ FORCE_COLOR: 'false' }, true, false],
      [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ];
    for (const [env, isTTY, expected] of cases)
      assert.equal(useColor(env, isTTY), expected, `${JSON.stringify(env)} tty=${isTTY}`);
  });

  it('paints only when enabled', () => {
    assert.equal(colors(false).severity('error'), 'error');
    assert.equal(colors(true).severity('warning'), '\x1b[33mwarning\x1b[39m');
    assert.equal(colors(true).dim('SEC001'), '\x1b[2mSEC001\x1b[22m');
  });

  it('redraws one line in place and erases it, only when enabled', () => {
    let written = '';
    const bar = progress((chunk) => (written += chunk), true);
    bar.update(1, 30, 'a/SECURITY.md');
    bar.update(2, 30, `${'x'.repeat(80)}/SECURITY.md`);
    bar.clear();
    bar.clear();
    assert.equal(written.split('\r\x1b[2K').length, 4);
    assert.ok(!written.includes('\n'));
    assert.ok(written.includes('Checking 2/30 …'), 'long paths are shortened from the left');
    let silent = '';
    const off = progress((chunk) => (silent += chunk), false);
    off.update(1, 30, 'a');
    off.clear();
    assert.equal(silent, '');
  });
});
