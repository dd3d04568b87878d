import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { blockMatches, patternsScanned } from '../../server/src/core/blockMatches';
import { channelsOf } from '../../server/src/core/channels';
import { createPolicyDocument } from '../../server/src/core/document';
import { CORPUS, corpusEntries, corpusSkip } from '../corpus';

/** Each match as `offset:text|group`, for comparing scans. */
const shown = (matches: Iterable<{ index: number; 0: string; 1?: string }>): string[] =>
  [...matches].map((m) => `${m.index}:${m[0]}|${m[1] ?? ''}`);

describe('blockMatches', () => {
  it('finds what a scan of the whole text finds, at offsets into the whole text, across LF, CRLF and CR blank lines', () => {
    const pattern = /(\w+)@example\.org/g;
    const text =
      'Write to a@example.org.\n\nOr b@example.org\r\n  \r\nc@example.org and d@example.org\r\rlast e@example.org';
    const found = shown(blockMatches(text, pattern));
    assert.deepEqual(found, shown(text.matchAll(pattern)));
    assert.deepEqual(found, [
      '9:a@example.org|a',
      '28:b@example.org|b',
      '47:c@example.org|c',
      '65:d@example.org|d',
      '85:e@example.org|e',
    ]);
  });

  it('gives the offsets of the edited text after an edit in another paragraph (remembered paragraphs are shifted)', () => {
    const pattern = /report\w*/gi;
    const before = 'Intro.\n\nReport it here.\n\nReporting twice.';
    blockMatches(before, pattern);
    const after = 'Intro, longer now.\n\nReport it here.\n\nReporting twice.';
    assert.deepEqual(shown(blockMatches(after, pattern)), ['20:Report|', '37:Reporting|']);
  });

  it(
    'matches a whole-text scan for every pattern the channel model scans, on every corpus policy',
    { skip: corpusSkip() },
    () => {
      channelsOf(createPolicyDocument('Report to a@example.org or https://example.org/security.\n'));
      const patterns = [...patternsScanned()];
      assert.ok(patterns.length >= 10, `the channel model scans ${patterns.length} patterns`);
      for (const { file } of corpusEntries()) {
        const text = readFileSync(join(CORPUS, file), 'utf8');
        for (const pattern of patterns)
          assert.deepEqual(
            shown(blockMatches(text, pattern)),
            shown(text.matchAll(pattern)),
            `${file}: /${pattern.source.slice(0, 60)}…/`,
          );
      }
    },
  );
});
