// The literal code page tables of the core (server/src/core/codePages.ts) are exactly what iconv-lite
// decodes, so SEC060 finds the same mojibake in the browser as it did with iconv-lite in Node.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { MAC_ROMAN_HIGH, WINDOWS_1252_HIGH } from '../../server/src/core/codePages';

const HIGH_BYTES = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i));

describe('code page tables', () => {
  it('Windows-1252 and Mac Roman bytes 0x80–0xFF decode as iconv-lite decodes them', () => {
    assert.equal(WINDOWS_1252_HIGH, iconv.decode(HIGH_BYTES, 'windows1252'));
    assert.equal(MAC_ROMAN_HIGH, iconv.decode(HIGH_BYTES, 'macintosh'));
    assert.equal([...WINDOWS_1252_HIGH].length, 128);
    assert.equal([...MAC_ROMAN_HIGH].length, 128);
  });
});
