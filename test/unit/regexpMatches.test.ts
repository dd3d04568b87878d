// matchesIn (server/src/core/regexpMatches.ts) finds what String.prototype.matchAll finds, with the
// pattern itself: the same matches, groups and indices, empty matches stepped over by a character (a
// code point under the u flag), and the pattern's lastIndex left at 0.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesIn } from '../../server/src/core/regexpMatches';

const same = (text: string, pattern: RegExp) => {
  const expected = [...text.matchAll(pattern)].map((m) => ({ index: m.index, all: [...m], indices: m.indices }));
  const actual = matchesIn(text, pattern).map((m) => ({ index: m.index, all: [...m], indices: m.indices }));
  assert.deepEqual(actual, expected);
  assert.equal(pattern.lastIndex, 0);
  return actual.length;
};

describe('matchesIn', () => {
  it('finds the matches matchAll finds, groups and indices included', () => {
    assert.equal(same('security@acme.dev and ops@acme.dev', /(\w+)@(\w+)\.dev/g), 2);
    assert.equal(same('Last updated: 2024-01-02, reviewed 2023-12-01', /(\d{4})-(\d\d)-(\d\d)/dg), 2);
    assert.equal(same('no match here', /\d+/g), 0);
  });

  it('steps over empty matches by one character, by a code point under u', () => {
    assert.equal(same('ab', /x*/g), 3);
    assert.equal(same('a😀b', /x*/gu), 4);
    assert.equal(same('a😀b', /x*/g), 5);
    assert.equal(same('one\n\ntwo', /^/gm), 3);
  });

  it('starts at 0 whatever lastIndex the pattern holds, and leaves it at 0', () => {
    const pattern = /\w+/g;
    pattern.lastIndex = 5;
    assert.deepEqual(
      matchesIn('alpha beta', pattern).map((m) => m[0]),
      ['alpha', 'beta'],
    );
    assert.equal(pattern.lastIndex, 0);
  });
});
