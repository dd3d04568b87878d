import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisContext } from '../../server/src/core/types';
import { applyFixOf } from './fixCheck';
import { at, doc, findingsOf } from './helpers';

const today: AnalysisContext = { today: '2026-11-22' };

describe('SEC050 stale-review-date', () => {
  it('reports an old date in each written form, as the date text', () => {
    const cases: Array<[string, string]> = [
      ['Last updated: 2024-03-01', '2024-03-01'],
      ['_Last updated: March 1, 2024_', 'March 1, 2024'],
      ['**Last reviewed:** 1 March 2024', '1 March 2024'],
      ['Last revised 2024/03/01.', '2024/03/01'],
      ['This policy was last updated on Mar. 1st, 2024.', 'Mar. 1st, 2024'],
      ['Updated: 2024-3-1', '2024-3-1'],
      ['*Reviewed*: October 2024', 'October 2024'],
      ['Last Updated On: 1st of March 2024', '1st of March 2024'],
    ];
    for (const [line, date] of cases) {
      const text = doc('# Security Policy', '', line);
      assert.deepEqual(findingsOf('SEC050', text, today), [at(text, date, 'info')], line);
    }
  });

  it('reports a date in the future', () => {
    const text = doc('# Policy', '', 'Last reviewed: 2026-11-23');
    assert.deepEqual(findingsOf('SEC050', text, today), [at(text, '2026-11-23', 'info')]);
  });

  it('accepts recent dates, up to exactly the configured number of months', () => {
    for (const line of [
      'Last updated: 2026-11-22',
      'Last updated: 2025-11-22',
      'Last reviewed: November 2025',
      'Updated: December 1, 2025',
    ]) {
      assert.deepEqual(findingsOf('SEC050', doc('# P', line), today), [], line);
    }
    assert.equal(findingsOf('SEC050', doc('# P', 'Last updated: 2025-11-21'), today).length, 1);
  });

  it('uses staleReviewMonths', () => {
    const text = doc('# P', 'Last updated: 2026-03-01');
    assert.equal(findingsOf('SEC050', text, { ...today, staleReviewMonths: 6 }).length, 1);
    assert.equal(findingsOf('SEC050', text, { ...today, staleReviewMonths: 12 }).length, 0);
    assert.equal(findingsOf('SEC050', text, { ...today, staleReviewMonths: -3 }).length, 0, 'invalid falls back to 12');
  });

  it('is silent without today, and on dates that are not review dates or not dates', () => {
    assert.deepEqual(findingsOf('SEC050', doc('# P', 'Last updated: 2019-01-01')), []);
    const text = doc(
      '# P',
      'Version 1.0 was released on 2019-01-01.',
      'We updated the key in 2019.',
      'Last updated: 2019-02-30',
      'Last updated: 03/01/2019',
      '`Last updated: 2019-01-01`',
      '<!-- Last updated: 2019-01-01 -->',
    );
    assert.deepEqual(findingsOf('SEC050', text, today), []);
  });

  it('fixes by writing today in the same format', () => {
    const cases: Array<[string, string]> = [
      ['Last updated: 2024-03-01', 'Last updated: 2026-11-22'],
      ['Last updated: 2024/3/1', 'Last updated: 2026/11/22'],
      ['Last updated: March 1, 2024', 'Last updated: November 22, 2026'],
      ['Last updated: Mar 1st, 2024', 'Last updated: Nov 22nd, 2026'],
      ['Last updated: 1 MARCH 2024', 'Last updated: 22 NOVEMBER 2026'],
      ['_Last updated: October 2025_', '_Last updated: November 2026_'],
    ];
    for (const [line, expected] of cases) {
      const text = doc('# Policy', '', line, '', 'More.');
      const { fix, text: fixed } = applyFixOf('SEC050', text, today);
      assert.equal(fix.title, 'Set the date to today');
      assert.equal(fix.isPreferred, false);
      assert.equal(fixed, doc('# Policy', '', expected, '', 'More.'), line);
    }
  });
});
