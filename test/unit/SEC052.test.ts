import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crc24 } from '../../server/src/core/pgp';
import { at, doc, findingsOf } from './helpers';

const BEGIN = '-----BEGIN PGP PUBLIC KEY BLOCK-----';
const END = '-----END PGP PUBLIC KEY BLOCK-----';
// Synthetic key material (not a real key) with its correct CRC-24.
const DATA = [
  'mTBVep/E6Q4zWH2ix+wRNluApcrvFDleg6jN8hc8YYar0PUaP2SJrtP4HUJnjLHW',
  '+yBFao+02f4jSG2St9wBJktwlbrfBClOc5i94gcsUXabwOUKL1R5nsPoDTJXfKHG',
  '6xA1Wn+kye4TOF2Cp8zxFjtgharP9Bk+',
];
const CRC = '=InrM';

describe('SEC052 pgp-block', () => {
  it('computes the OpenPGP CRC-24', () => {
    assert.equal(crc24(new Uint8Array()), 0xb704ce);
    assert.equal(crc24(new TextEncoder().encode('123456789')), 0x21cf02);
  });

  it('accepts a valid block, in or out of a fence, in a blockquote, with headers and a checksum', () => {
    const text = doc(
      '```',
      BEGIN,
      'Comment: security team key',
      '',
      ...DATA,
      CRC,
      END,
      '```',
      '',
      ...[BEGIN, '', ...DATA, CRC, END].map((l) => `> ${l}`),
      '',
      BEGIN,
      ...DATA,
      END,
    );
    assert.deepEqual(findingsOf('SEC052', text), []);
  });

  it('tolerates a sixth trailing dash on the END line', () => {
    const text = doc('```', BEGIN, '', ...DATA, CRC, `${END}-`, '```');
    assert.deepEqual(findingsOf('SEC052', text), []);
  });

  it('reports a bad checksum on the BEGIN line', () => {
    const text = doc('```', BEGIN, '', ...DATA, '=AAAA', END, '```');
    assert.deepEqual(findingsOf('SEC052', text), [at(text, BEGIN, 'warning')]);
  });

  it('reports key data altered after export (the checksum no longer matches)', () => {
    const altered = [DATA[0]!.replace('mTBV', 'mTBW'), DATA[1]!, DATA[2]!];
    const text = doc('```', BEGIN, '', ...altered, CRC, END, '```');
    assert.deepEqual(findingsOf('SEC052', text), [at(text, BEGIN, 'warning')]);
  });

  it('reports a body line that is not radix-64, and truncated data', () => {
    const text = doc(
      '```',
      BEGIN,
      '',
      DATA[0]!,
      'this line was typed by hand',
      CRC,
      END,
      '```',
      '',
      '```',
      BEGIN,
      '',
      DATA[0]!,
      DATA[1]!.slice(0, 61),
      END,
      '```',
    );
    assert.deepEqual(findingsOf('SEC052', text), [at(text, BEGIN, 'warning', 0), at(text, BEGIN, 'warning', 1)]);
  });

  it('reports a block without END, mismatched labels, and a stray END', () => {
    const text = doc(
      BEGIN,
      ...DATA,
      '',
      'Text goes on.',
      '',
      '-----BEGIN PGP SIGNATURE-----',
      ...DATA,
      END,
      '',
      '-----END PGP MESSAGE-----',
    );
    assert.deepEqual(findingsOf('SEC052', text), [
      at(text, BEGIN, 'warning'),
      at(text, '-----BEGIN PGP SIGNATURE-----', 'warning'),
      at(text, '-----END PGP MESSAGE-----', 'warning'),
    ]);
  });

  it('accepts a clear-signed message followed by its signature', () => {
    const text = doc(
      '```',
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      '',
      'Contact: mailto:security@acme.dev',
      '-----BEGIN PGP SIGNATURE-----',
      '',
      ...DATA,
      CRC,
      '-----END PGP SIGNATURE-----',
      '```',
    );
    assert.deepEqual(findingsOf('SEC052', text), []);
  });

  it('leaves a placeholder body to SEC023', () => {
    const text = doc('```', BEGIN, '[Your public key goes here]', END, '```');
    assert.deepEqual(findingsOf('SEC052', text), []);
  });

  it('reports a labelled fingerprint of the wrong length', () => {
    const text = doc(
      'Fingerprint: `AE96 ED96 9E47 9B00 84F3 E17F E88D 3334 FA5F`',
      '',
      '**PGP fingerprint:** 0x1234ABCD',
      '',
      '| Name | Fingerprint |',
      '| ---- | ----------- |',
      '| Ada  | 133E AC17 9436 F14A 5CF1 B794 860F EB80 4E66 |',
    );
    assert.deepEqual(findingsOf('SEC052', text), [
      at(text, 'AE96 ED96 9E47 9B00 84F3 E17F E88D 3334 FA5F', 'warning'),
      at(text, '1234ABCD', 'warning'),
      at(text, '133E AC17 9436 F14A 5CF1 B794 860F EB80 4E66', 'warning'),
    ]);
  });

  it('accepts full v4 and v6 fingerprints, key IDs, and prose without a value', () => {
    const text = doc(
      'Fingerprint: `AE96 ED96 9E47 9B00 84F3 E17F E88D 3334 FA5F 6A0A`',
      'Key fingerprint = 3F3D 8E5C 11AA 42B0 9C7D  0E1F 5A6B 7C8D 9E0F 1A2B',
      `fingerprint: ${'ab12'.repeat(16)}`,
      'Key ID / fingerprint: `DFFF34860D361C52`',
      'Ask us for the fingerprint if it is missing; we added it to the keyserver in 2024.',
      '',
      '| Name | Key ID |',
      '| ---- | ------ |',
      '| Ada  | 0x1234ABCD |',
    );
    assert.deepEqual(findingsOf('SEC052', text), []);
  });
});

describe('SEC052 messages', () => {
  it('says what is wrong with the block', async () => {
    const { analyze } = await import('../../server/src/core/analyze');
    const messages = (text: string) =>
      analyze(text)
        .filter((f) => f.ruleId === 'SEC052')
        .map((f) => f.message);
    assert.match(messages(doc('```', BEGIN, '', ...DATA, '=AAAA', END, '```'))[0]!, /checksum "=AAAA" does not match/);
    assert.match(messages(doc(BEGIN, ...DATA))[0]!, /has no matching "-----END PGP PUBLIC KEY BLOCK-----"/);
    assert.match(messages(doc('Fingerprint: 1234 ABCD 5678 EF90'))[0]!, /has 16 hex digits, not 40/);
  });
});
