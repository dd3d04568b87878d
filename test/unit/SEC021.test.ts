import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { at, doc, findingsOf } from './helpers';
import { checkDocument } from './fixCheck';

const ROWS = [
  '| 5.1.x   | :white_check_mark: |',
  '| 5.0.x   | :x:                |',
  '| 4.0.x   | :white_check_mark: |',
  '| < 4.0   | :x:                |',
];

describe('SEC021 template-versions', () => {
  it('reports the template rows as one range, from the first row to the last', () => {
    const text = doc(
      '## Supported Versions',
      '',
      '| Version | Supported          |',
      '| ------- | ------------------ |',
      ...ROWS,
      '',
      'More text.',
    );
    assert.deepEqual(findingsOf('SEC021', text), [at(text, ROWS.join('\n'), 'error')]);
  });

  it('reports three consecutive template rows with edited markers as a warning: they may be real release lines (a probe of session 13)', () => {
    const rows = ['| 5.1.x | ✅ |', '| 5.0.x | ✅ |', '| 4.0.x | ❌ |'];
    const text = doc('| Version | Supported |', '|---|---|', ...rows, '| < 4.0 | ❌ |');
    assert.deepEqual(findingsOf('SEC021', text), [at(text, `${rows.join('\n')}\n| < 4.0 | ❌ |`, 'warning')]);
    // Going on past 4.0.x to older lines (3.1.x, 3.0.x), the table is a real history (holdout52 kind).
    const history = doc('| Version | Supported |', '|---|---|', ...rows, '| 3.1.x | ❌ |', '| 3.0.x | ❌ |');
    assert.deepEqual(findingsOf('SEC021', history), []);
    // With the template's marks kept, the rows are the template's whatever follows them.
    const kept3 = ['| 5.1.x | ✅ |', '| 5.0.x | ❌ |', '| 4.0.x | ✅ |'];
    const continued = doc('| Version | Supported |', '|---|---|', ...kept3, '| 3.1.x | ❌ |');
    assert.deepEqual(findingsOf('SEC021', continued), [at(continued, kept3.join('\n'), 'error')]);
    // In the languages tables are written in, and with a column per component.
    for (const [yes, no] of [
      ['Sì', 'No'],
      ['Ja', 'Nein'],
      ['Tak', 'Nie'],
      ['◯', '×'],
    ]) {
      const translated = [`| 5.1.x | ${yes} |`, `| 5.0.x | ${yes} |`, `| 4.0.x | ${no} |`, `| < 4.0 | ${no} |`];
      const table = doc('| Versione | Supportata |', '|---|---|', ...translated);
      assert.deepEqual(findingsOf('SEC021', table), [at(table, translated.join('\n'), 'warning')], yes);
    }
    // The template's own marks, 5.0.x unsupported under a supported 4.0.x, stay an error in any words.
    const kept = ['| 5.1.x | Sì |', '| 5.0.x | No |', '| 4.0.x | Sì |', '| < 4.0 | No |'];
    const template = doc('| Versione | Supportata |', '|---|---|', ...kept);
    assert.deepEqual(findingsOf('SEC021', template), [at(template, kept.join('\n'), 'error')]);
  });

  it('reports a table whose delimiter row is broken, and translated rows', () => {
    const rows = [
      '| 5.1.х | :white_check_mark: |',
      '| 5.0.х | :х: |',
      '| 4.0.х | :white_check_mark: |',
      '| < 4,0 | :х: |',
    ];
    const text = doc('| Версия | Поддерживается |', '| ---x--- | --- |', ...rows);
    assert.deepEqual(findingsOf('SEC021', text), [at(text, rows.join('\n'), 'error')]);
  });

  it('reports escaped and entity forms of "< 4.0"', () => {
    const rows = ['| 5.0.x | no |', '| 4.0.x | yes |', '| \\< 4.0 | no |'];
    const text = doc('| Version | Supported |', '| --- | --- |', ...rows);
    assert.deepEqual(findingsOf('SEC021', text), [at(text, rows.join('\n'), 'error')]);
  });

  it('reports the rows of a table pasted as plain text, cells separated by tabs, with no fix to offer', () => {
    const rows = ['5.1.x\t:white_check_mark:', '5.0.x\t:x:', '4.0.x\t✅', '< 4.0\tno'];
    const text = doc('Supported Versions', 'Version\tSupported', ...rows, 'Reporting');
    assert.deepEqual(findingsOf('SEC021', text), [at(text, rows.join('\n'), 'error')]);
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC021');
    assert.equal(finding!.fixes, undefined);
  });

  it('does not take tab-separated lines whose other cell is not a status marker for template rows', () => {
    const text = doc('5.1.x\tadds the plugin API', '5.0.x\tdrops Node 14', '4.0.x\tfirst stable release');
    assert.deepEqual(findingsOf('SEC021', text), []);
  });

  it('does not report a real project whose table happens to list 5.1.x, 5.0.x and 4.0.x among other lines', () => {
    const text = doc(
      '| Version | Supported |',
      '| ------- | --------- |',
      '| 5.2.x   | ✅ |',
      '| 5.1.x   | ✅ |',
      '| 5.0.x   | ✅ |',
      '| 4.9.x   | ✅ |',
      '| 4.0.x   | ✅ |',
      '| < 4.0   | ❌ |',
    );
    assert.deepEqual(findingsOf('SEC021', text), []);
  });

  it('does not report two template rows, rows out of order, or rows in code or comments', () => {
    const text = doc(
      '| Version | Supported |',
      '| --- | --- |',
      '| 5.1.x | ✅ |',
      '| 5.0.x | ❌ |',
      '',
      '| Version | Supported |',
      '| --- | --- |',
      '| 4.0.x | ✅ |',
      '| 5.0.x | ✅ |',
      '| 5.1.x | ✅ |',
      '',
      '```',
      ...ROWS,
      '```',
      '',
      '<!--',
      ...ROWS,
      '-->',
    );
    assert.deepEqual(findingsOf('SEC021', text), []);
  });

  it('offers no replacement when a template row holds text of the author (found by fuzzing)', () => {
    // The address in the 5.0.x row is the policy's only contact: replacing the rows would drop it.
    const rows = [
      '| 5.1.x | :white_check_mark: |',
      '| 5.0.x | :x: write to me@acme.dev |',
      '| 4.0.x | :white_check_mark: |',
      '| < 4.0 | :x: |',
    ];
    const text = doc('## Supported Versions', '', '| Version | Supported |', '| --- | --- |', ...rows);
    assert.deepEqual(findingsOf('SEC021', text), [at(text, rows.join('\n'), 'error')]);
    assert.equal(analyze(text).find((f) => f.ruleId === 'SEC021')?.fixes, undefined);
    checkDocument('author text in a template row', text);
    // With markers only (shortcodes, emoji, words, dashes, Cyrillic shortcodes), the fix is there.
    const markers = ['| 5.1.x | ✅ |', '| 5.0.x | :х: |', '| 4.0.x | Yes |', '| < 4.0 | — |'];
    assert.equal(
      analyze(doc('| Version | Supported |', '| --- | --- |', ...markers)).find((f) => f.ruleId === 'SEC021')?.fixes
        ?.length,
      1,
    );
  });

  it("reads the template's versions under newer rows of the project, all marked unsupported, as real history (holdout87 kind)", () => {
    const text = doc(
      '## Supported Versions',
      '',
      '| Version | Supported |',
      '| ------- | --------- |',
      '| 7.x | :white_check_mark: |',
      '| 6.x | :x: |',
      '| 5.1.x | :x: |',
      '| 5.0.x | :x: |',
      '| 4.0.x | :x: |',
      '| < 4.0 | :x: |',
    );
    assert.deepEqual(findingsOf('SEC021', text), []);
  });
});
