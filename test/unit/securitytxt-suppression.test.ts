// Suppression comments in security.txt (`# security-policy-…` lines) and the quick fixes that
// insert them: exact findings silenced and the text after each edit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/core/edits';
import { analyzeSecurityTxt } from '../../server/src/core/securitytxt/analyze';
import { parseSecurityTxt } from '../../server/src/core/securitytxt/parse';
import { disableTxtFileEdit, disableTxtLineEdit } from '../../server/src/core/securitytxt/suppression';
import type { AnalysisContext } from '../../server/src/core/types';
import { doc } from './helpers';

const context: AnalysisContext = { today: '2026-03-10', ruleSeverities: { TXT041: 'off' } };
const ids = (text: string) => analyzeSecurityTxt(text, context).map((f) => f.ruleId);

const BASE = ['Contact: mailto:security@acme.dev', 'Expires: 2026-12-31T23:59:59Z'];

describe('security.txt suppression comments', () => {
  it('disable-next-line silences the rules it names on the next line that is not a comment', () => {
    const text = doc(
      ...BASE,
      '# security-policy-disable-next-line TXT050',
      '# why: our ticket id',
      'X-Ticket: 42',
      'X-Other: 1',
    );
    assert.deepEqual(ids(text), ['TXT050']);
    assert.equal(analyzeSecurityTxt(text, context)[0]!.start, text.indexOf('X-Other'));
  });
  it('without ids it silences every rule on that line; other rules are untouched', () => {
    const text = doc(...BASE, '# security-policy-disable-next-line', 'Hiring : http://acme.dev/jobs');
    assert.deepEqual(ids(text), []);
    assert.deepEqual(ids(doc(...BASE, '# security-policy-disable-next-line TXT021', 'Hiring : http://acme.dev/jobs')), [
      'TXT061',
    ]);
  });
  it('disable and enable cover a region, per rule or for every rule, the latest directive winning', () => {
    const text = doc(
      '# security-policy-disable TXT050',
      ...BASE,
      'X-A: 1',
      '# security-policy-enable TXT050',
      'X-B: 2',
      '# security-policy-disable',
      'X-C: 3',
      '# security-policy-enable TXT050',
      'X-D: 4',
    );
    const found = analyzeSecurityTxt(text, context).map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found, ['X-B', 'X-D']);
  });
  it('ignores comments that are not exactly a directive, and SEC ids', () => {
    assert.deepEqual(ids(doc(...BASE, '# security-policy-disable-next-line TXT050 because', 'X-A: 1')), ['TXT050']);
    assert.deepEqual(ids(doc(...BASE, '# security-policy-disable-next-line SEC011', 'X-A: 1')), ['TXT050']);
  });
});

describe('security.txt disable quick fixes', () => {
  const text = doc(...BASE, 'X-A: 1');
  const finding = () => analyzeSecurityTxt(text, context).find((f) => f.ruleId === 'TXT050')!;
  it('"for this line" inserts a disable-next-line comment above, and merges into one already there', () => {
    const after = applyEdits(text, [disableTxtLineEdit(parseSecurityTxt(text), finding())!]);
    assert.equal(after, doc(...BASE, '# security-policy-disable-next-line TXT050', 'X-A: 1'));
    assert.deepEqual(ids(after), []);
    const other = doc(...BASE, '# security-policy-disable-next-line TXT062', 'X-A:1');
    const merged = applyEdits(other, [
      disableTxtLineEdit(
        parseSecurityTxt(other),
        analyzeSecurityTxt(other, context).find((f) => f.ruleId === 'TXT050')!,
      )!,
    ]);
    assert.equal(merged, doc(...BASE, '# security-policy-disable-next-line TXT062 TXT050', 'X-A:1'));
    assert.deepEqual(ids(merged), []);
  });
  it('"for this file" opens the file with a disable comment (after a BOM), keeping CRLF', () => {
    const crlf = `\uFEFF${BASE.join('\r\n')}\r\nX-A: 1\r\n`;
    const after = applyEdits(crlf, [disableTxtFileEdit(parseSecurityTxt(crlf), 'TXT050')!]);
    assert.equal(after, `\uFEFF# security-policy-disable TXT050\r\n${BASE.join('\r\n')}\r\nX-A: 1\r\n`);
    assert.deepEqual(ids(after), ['TXT071']);
  });
  it('offers no comment inside or before a signed message', () => {
    const signed = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA512',
      '',
      ...BASE,
      'X-A: 1',
      '-----BEGIN PGP SIGNATURE-----',
      '',
      'iQEz',
      '-----END PGP SIGNATURE-----',
    );
    const txt = parseSecurityTxt(signed);
    const f = analyzeSecurityTxt(signed, context).find((x) => x.ruleId === 'TXT050')!;
    assert.equal(disableTxtLineEdit(txt, f), undefined);
    assert.equal(disableTxtFileEdit(txt, 'TXT050'), undefined);
  });
});
