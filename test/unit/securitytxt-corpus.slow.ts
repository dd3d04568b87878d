// The real security.txt files of ../shared/corpus/securitytxt (third-party, test data only): every
// file is analysed without an exception, every range lies inside the text, every fix applies and
// removes its finding; and the findings the note reports (expired, missing Expires) stay as read.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/core/edits';
import { analyzeSecurityTxt } from '../../server/src/core/securitytxt/analyze';
import { corpusEntries, CORPUS, corpusSkip } from '../corpus';

const DIR = join(CORPUS, 'securitytxt');
const entries = corpusEntries(['MANIFEST.tsv'], DIR);
// A fixed date, so the counts below do not move with the calendar.
const context = { today: '2026-12-05' };

function read(file: string): string {
  return new TextDecoder().decode(readFileSync(join(DIR, file)));
}

describe('security.txt corpus', { skip: corpusSkip(DIR) }, () => {
  it('analyses every file; ranges inside, fixes apply and remove their finding', () => {
    for (const { file } of entries) {
      const text = read(file);
      const findings = analyzeSecurityTxt(text, context);
      for (const f of findings) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${file} ${f.ruleId} range`);
        for (const fix of f.fixes ?? []) {
          const after = applyEdits(text, fix.edits);
          const same = analyzeSecurityTxt(after, context).filter(
            (g) => g.ruleId === f.ruleId && g.message === f.message && g.start === f.start,
          );
          assert.equal(same.length, 0, `${file} ${f.ruleId}: "${fix.title}" removes its finding`);
        }
      }
    }
  });

  it('finds the expired files and the files without Expires that were read by hand', () => {
    const byRule = (id: string) =>
      entries
        .filter(({ file }) => analyzeSecurityTxt(read(file), context).some((f) => f.ruleId === id))
        .map((e) => e.file.slice(0, 4));
    assert.deepEqual(byRule('TXT011'), ['T007', 'T020', 'T021', 'T022', 'T023', 'T024', 'T025']);
    assert.deepEqual(byRule('TXT002'), [
      'T004',
      'T005',
      'T006',
      'T010',
      'T011',
      'T012',
      'T013',
      'T014',
      'T015',
      'T017',
      'T018',
      'T026',
      'T027',
    ]);
    assert.deepEqual(byRule('TXT010'), ['T009']);
  });
});
