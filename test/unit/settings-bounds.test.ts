// Issue 14 item 7: `securityPolicy.files` is bounded. A pattern whose braces expand to thousands of
// alternatives (19 groups: 2^19) was expanded by minimatch on every analysis of every Markdown file
// (2–2.6 s per keystroke); it is now dropped with a warning, and patterns are compiled once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSettings } from '../../server/src/config/settings';
import {
  globCompilations,
  isPolicyDocument,
  MAX_GLOB_EXPANSIONS,
  MAX_GLOB_LENGTH,
} from '../../server/src/config/workspace';

const NINETEEN_GROUPS = `${'{a,b}'.repeat(19)}/*.md`;

describe('securityPolicy.files is bounded', () => {
  it('drops a pattern whose braces expand past the limit, with a warning, and keeps the others', () => {
    const warnings: string[] = [];
    const settings = parseSettings(
      { files: ['docs/POLICY.md', NINETEEN_GROUPS, '{docs,.github}/disclosure.md'] },
      (m) => warnings.push(m),
    );
    assert.deepEqual(settings.files, ['docs/POLICY.md', '{docs,.github}/disclosure.md']);
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0]!,
      new RegExp(`securityPolicy\\.files: .* more than ${MAX_GLOB_EXPANSIONS} patterns; ignored`),
    );
  });

  it('drops an over-long pattern', () => {
    const warnings: string[] = [];
    const long = `docs/${'x'.repeat(MAX_GLOB_LENGTH)}.md`;
    assert.deepEqual(parseSettings({ files: [long] }, (m) => warnings.push(m)).files, []);
    assert.match(warnings[0]!, /longer than/);
  });

  it('matches with the kept patterns, compiling each once however often it is asked', () => {
    const before = globCompilations();
    const globs = ['{docs,.github}/disclosure-*.md'];
    for (let i = 0; i < 1000; i++) {
      assert.equal(isPolicyDocument('file:///w/docs/disclosure-1.md', 'docs/disclosure-1.md', globs), true);
      assert.equal(isPolicyDocument('file:///w/src/disclosure-1.md', 'src/disclosure-1.md', globs), false);
    }
    assert.equal(globCompilations() - before, 1);
  });

  it('never expands an over-large pattern while matching either', () => {
    const before = globCompilations();
    assert.equal(isPolicyDocument('file:///w/a/x.md', 'a/x.md', [NINETEEN_GROUPS]), false);
    assert.ok(globCompilations() - before <= 1);
  });
});
