import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { at, doc, findingsOf } from './helpers';

describe('SEC040 no-supported-version', () => {
  it('reports a versions table where every row is marked unsupported, at the header row', () => {
    const header = '| Version | Supported |';
    const text = doc(
      '## Supported Versions',
      '',
      header,
      '| ------- | --------- |',
      '| 2.x | ❌ |',
      '| 1.x | :x: |',
      '| 0.x | No |',
      '| < 0.1 | - |',
    );
    assert.deepEqual(findingsOf('SEC040', text), [at(text, header, 'warning')]);
  });

  it('reports a table whose status cells are all empty', () => {
    const header = '| Version | Supported |';
    const text = doc(header, '|---|---|', '| 1.0.x | |');
    assert.deepEqual(findingsOf('SEC040', text), [at(text, header, 'warning')]);
  });

  it('recognises localized headers', () => {
    for (const header of [
      '| 版本 | 支持状态 |',
      '| Versão | Suportado |',
      '| Версия | Поддерживается |',
      '| バージョン / Version | サポート状況 / Supported |',
      '| Version | Unterstützt |',
      '| Version | Prise en Charge |',
    ]) {
      const text = doc(header, '| --- | --- |', '| 1.x | ❌ |');
      assert.deepEqual(findingsOf('SEC040', text), [at(text, header, 'warning')], header);
    }
  });

  it('finds the status column by its markers when the header does not name it', () => {
    const header = '| Release | |';
    const text = doc(header, '| --- | --- |', '| 1.x | :x: |', '| 0.x | :x: |');
    assert.deepEqual(findingsOf('SEC040', text), [at(text, header, 'warning')]);
  });

  it('accepts any supported marker', () => {
    for (const marker of [
      '✅',
      '✔',
      '✔️',
      '☑️',
      '🟢',
      ':white_check_mark:',
      ':heavy_check_mark:',
      'Yes',
      'y',
      'True',
      'Supported',
      '✓',
      '**Yes**',
      '✅ (LTS)',
      'Yes, until 2027',
      '⚠️ security fixes only',
    ]) {
      const text = doc('| Version | Supported |', '| --- | --- |', `| 2.x | ${marker} |`, '| 1.x | ❌ |');
      assert.deepEqual(findingsOf('SEC040', text), [], marker);
    }
  });

  it('stays silent when a status cell says something it cannot read', () => {
    const text = doc('| Version | Supported |', '| --- | --- |', '| 2.x | Until 2027-01-31 |', '| 1.x | ❌ |');
    assert.deepEqual(findingsOf('SEC040', text), []);
  });

  it('ignores tables that are not versions tables', () => {
    const text = doc(
      '| Step | Target time |',
      '| --- | --- |',
      '| Acknowledge | No |',
      '',
      '| Severity | Reward |',
      '| --- | --- |',
      '| Low | ❌ |',
      '',
      '| Version | Notes |',
      '| --- | --- |',
      '| 1.x | old |',
    );
    assert.deepEqual(findingsOf('SEC040', text), []);
  });

  it('has no fix', () => {
    const text = doc('| Version | Supported |', '| --- | --- |', '| 1.x | ❌ |');
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC040');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.fixes, undefined);
  });

  it('reads a column "Supported by" as naming who supports a release, not whether (holdout79 kind)', () => {
    const text = doc(
      '## Supported Versions',
      '',
      'We patch the following versions:',
      '',
      '| Version | Supported by | Notes |',
      '| ------- | ------------ | ----- |',
      '| 2.0.1 | N/A | |',
      '| 2.1.0 | | CVE-2024-0001 |',
    );
    assert.deepEqual(findingsOf('SEC040', text), []);
  });
});
