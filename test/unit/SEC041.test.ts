import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisContext } from '../../server/src/core/types';
import { applyFixOf, findingsFor } from './fixCheck';
import { at, doc, findingsOf } from './helpers';

const none: AnalysisContext = {};

describe('SEC041 mixed-status-markers', () => {
  it('reports each minority marker', () => {
    const text = doc(
      '| Version | Supported |',
      '| --- | --- |',
      '| 3.x | ✅ |',
      '| 2.x | :white_check_mark: |',
      '| 1.x | ❌ |',
      '| 0.x | No |',
    );
    assert.deepEqual(findingsOf('SEC041', text), [at(text, ':white_check_mark:', 'info'), at(text, 'No', 'info')]);
  });

  it('accepts one style, dashes, and one style per table', () => {
    const text = doc(
      '| Version | Supported |',
      '| --- | --- |',
      '| 3.x | :white_check_mark: |',
      '| 2.x | :heavy_check_mark: |',
      '| 1.x | :x: |',
      '| 0.x | - |',
      '',
      '| Version | Supported |',
      '| --- | --- |',
      '| 3.x | Yes |',
      '| 2.x | No |',
    );
    assert.deepEqual(findingsOf('SEC041', text), []);
  });

  it('offers one fix that rewrites every minority cell to the majority style, keeping polarity', () => {
    const text = doc(
      '## Supported Versions',
      '',
      '| Version | Supported |',
      '| ------- | --------- |',
      '| 3.x     | ✔️ |',
      '| 2.x     | :white_check_mark: (LTS) |',
      '| 1.x     | ❌ |',
      '| 0.x     | No |',
      '| < 0.1   | ❌ |',
      '',
      'Other text stays.',
    );
    const findings = findingsFor('SEC041', text, none);
    assert.equal(findings.length, 2);
    assert.deepEqual(findings[0]!.fixes, findings[1]!.fixes);
    const { fix, text: fixed } = applyFixOf('SEC041', text, none);
    assert.equal(fix.title, "Use the table's majority style");
    assert.equal(fix.isPreferred, true);
    assert.equal(
      fixed,
      doc(
        '## Supported Versions',
        '',
        '| Version | Supported |',
        '| ------- | --------- |',
        '| 3.x     | ✔️ |',
        '| 2.x     | ✔️ (LTS) |',
        '| 1.x     | ❌ |',
        '| 0.x     | ❌ |',
        '| < 0.1   | ❌ |',
        '',
        'Other text stays.',
      ),
    );
    assert.deepEqual(findingsFor('SEC041', fixed, none), []);
  });

  it('turns symbols with a repeated word into the word alone when words are the majority', () => {
    const text = doc(
      '| Version | Supported |',
      '| --- | --- |',
      '| 3.x | Supported |',
      '| 2.x | ✅ Yes |',
      '| 1.x | Unsupported |',
      '| 0.x | Unsupported |',
    );
    assert.deepEqual(findingsOf('SEC041', text), [at(text, '✅', 'info')]);
    const { text: fixed } = applyFixOf('SEC041', text, none);
    assert.equal(
      fixed,
      doc(
        '| Version | Supported |',
        '| --- | --- |',
        '| 3.x | Supported |',
        '| 2.x | Supported |',
        '| 1.x | Unsupported |',
        '| 0.x | Unsupported |',
      ),
    );
  });

  it('uses the default marker of the majority style when the table has none of that polarity', () => {
    const text = doc(
      '| Version | Supported |',
      '| --- | --- |',
      '| 3.x | :white_check_mark: |',
      '| 2.x | :white_check_mark: |',
      '| 1.x | ✖ |',
    );
    const { text: fixed } = applyFixOf('SEC041', text, none);
    assert.match(fixed, /\| 1\.x \| :x: \|/);
  });

  it('breaks a tie in favour of the first marked row', () => {
    const text = doc('| Version | Supported |', '| --- | --- |', '| 2.x | Yes |', '| 1.x | ❌ |');
    assert.deepEqual(findingsOf('SEC041', text), [at(text, '❌', 'info')]);
  });

  it('reports a table with many odd cells once, at the header row, with the same fix', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `| ${i}.x | ${i % 2 ? ':x:' : '❌'} |`);
    const text = doc('| Version | Supported |', '| --- | --- |', '| 99.x | ✅ |', ...rows);
    assert.deepEqual(findingsOf('SEC041', text), [at(text, '| Version | Supported |', 'info')]);
    const { text: fixed } = applyFixOf('SEC041', text, none);
    assert.ok(!fixed.includes(':x:'));
  });
});
