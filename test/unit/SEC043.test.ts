import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVersionLabel } from '../../server/src/core/versionTable';
import { applyFixOf } from './fixCheck';
import { at, doc, findingsOf } from './helpers';

const v = (projectVersion: string) => ({ projectVersion });
const table = (...rows: string[]) =>
  doc('## Supported Versions', '', '| Version | Supported |', '| ------- | --------- |', ...rows);

describe('SEC043 current-version-unsupported', () => {
  it('reports a current version outside every supported row, at the header row', () => {
    const text = table('| 2.2.x | ✅ |', '| 2.1.x | ✅ |', '| < 2.1 | ❌ |');
    assert.deepEqual(findingsOf('SEC043', text, v('2.3.1')), [at(text, '| Version | Supported |', 'warning')]);
  });

  it('reads the usual row labels', () => {
    const covered: Array<[string, string]> = [
      ['1.2.x', '1.2.7'],
      ['1.x', '1.9.0'],
      ['1.*', '1.9.0'],
      ['>= 1.0', '4.0.0'],
      ['≥ 1.0', '4.0.0'],
      ['\\< 0.6', '0.5.9'],
      ['0.x', '0.14.2'],
      ['latest', '9.9.9'],
      ['Latest release', '9.9.9'],
      ['main', '9.9.9'],
      ['master', '9.9.9'],
      ['1.2', '1.2.3'],
      ['v1.2.3', '1.2.3'],
      ['1.2.0 - 1.4.0', '1.3.5'],
      ['^1.2', '1.8.0'],
      ['~1.2', '1.2.9'],
      ['1.0+', '1.5.0'],
      ['1.21.5 and later', '1.21.11'],
      ['1.x, 2.x', '2.1.0'],
      ['5.5 (LTS)', '5.5.2'],
      ['v3.x.x', '3.1.4'],
      ['**2.x**', '2.0.0'],
      ['1.1.x releases', '1.1.0'],
      ['3.x', '3.0.0-beta.2'],
      ['2024.x', '2024.3.1'],
      ['1.2', '1.2'],
    ];
    for (const [label, version] of covered) {
      const text = table(`| ${label} | ✅ |`, '| 0.0.1 | ❌ |');
      assert.deepEqual(findingsOf('SEC043', text, v(version)), [], `${label} covers ${version}`);
    }
    const uncovered: Array<[string, string]> = [
      ['1.2.x', '1.3.0'],
      ['< 0.6', '0.6.0'],
      ['>= 1.0', '0.9.0'],
      ['0.x', '1.0.0'],
      ['1.2.0 - 1.4.0', '1.5.0'],
      ['v1.2.3', '1.2.4'],
    ];
    for (const [label, version] of uncovered) {
      const text = table(`| ${label} | ✅ |`, '| 0.0.1 | ❌ |');
      assert.equal(findingsOf('SEC043', text, v(version)).length, 1, `${label} does not cover ${version}`);
    }
  });

  it('does not count rows marked unsupported', () => {
    const text = table('| 2.x | ❌ |', '| 1.x | ✅ |');
    assert.equal(findingsOf('SEC043', text, v('2.0.0')).length, 1);
  });

  it('is silent without a version, a versions table, or readable labels and markers', () => {
    assert.deepEqual(findingsOf('SEC043', table('| 1.x | ✅ |')), []);
    assert.deepEqual(
      findingsOf('SEC043', doc('# Security', '', 'Only the latest release is supported.'), v('2.0.0')),
      [],
    );
    assert.deepEqual(
      findingsOf('SEC043', table('| geth | ✅ |', '| 1.x | ❌ |'), v('2.0.0')),
      [],
      'unreadable supported label',
    );
    assert.deepEqual(findingsOf('SEC043', table('| 1.x | Until 2027 |'), v('2.0.0')), [], 'unreadable status');
    assert.deepEqual(findingsOf('SEC043', table('| 1.x | ✅ |'), v('not-a-version')), []);
  });

  it('is satisfied by any versions table in the document', () => {
    const text = table('| 1.x | ✅ |', '', '| Version | Supported |', '| --- | --- |', '| 2.x | ✅ |');
    assert.deepEqual(findingsOf('SEC043', text, v('2.3.0')), []);
  });

  it('adds a row for the current line at the top, in the table’s marker and padding', () => {
    const text = doc(
      '## Supported Versions',
      '',
      '| Version | Supported          |',
      '| ------- | ------------------ |',
      '| 2.2.x   | :white_check_mark: |',
      '| < 2.2   | :x:                |',
      '',
      'Text after.',
    );
    const { fix, text: fixed } = applyFixOf('SEC043', text, v('2.3.1'));
    assert.equal(fix.title, 'Add a supported row for 2.3.x');
    assert.equal(fix.isPreferred, false);
    assert.equal(
      fixed,
      doc(
        '## Supported Versions',
        '',
        '| Version | Supported          |',
        '| ------- | ------------------ |',
        '| 2.3.x   | :white_check_mark: |',
        '| 2.2.x   | :white_check_mark: |',
        '| < 2.2   | :x:                |',
        '',
        'Text after.',
      ),
    );
  });

  it('matches column count, pipes, line endings and blockquote prefixes', () => {
    const text = ['> Version | Supported | Notes', '> --- | --- | ---', '> 1.x | Yes | old', ''].join('\r\n');
    const { text: fixed } = applyFixOf('SEC043', text, v('2.0.0'));
    assert.equal(
      fixed,
      ['> Version | Supported | Notes', '> --- | --- | ---', '> 2.0.x | Yes |', '> 1.x | Yes | old', ''].join('\r\n'),
    );
  });

  it('uses the default marker of the table’s style when no row is supported', () => {
    const text = table('| 1.x | :x: |');
    const { text: fixed } = applyFixOf('SEC043', text, v('2.0.0'));
    assert.match(fixed, /\| 2\.0\.x \| :white_check_mark: \|\n\| 1\.x \| :x: \|/);
  });

  it('parses labels it cannot understand as nothing', () => {
    for (const label of ['geth', 'Nov 2024', 'Older versions', '1️⃣', '{{VERSION}}', 'Discv5', '']) {
      assert.equal(parseVersionLabel(label), undefined, label);
    }
  });
});
