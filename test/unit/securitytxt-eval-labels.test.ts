// The security.txt eval labels (test/eval/securitytxt): one valid label per corpus file, naming only
// TXT rules, so `npm run eval:securitytxt` judges every file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TXT_RULES } from '../../server/src/core/securitytxt/rules';
import { CORPUS, corpusEntries, corpusSkip } from '../corpus';
import { SECURITY_TXT_LABELS, securityTxtLabelFiles, securityTxtLabelProblems } from '../eval/securityTxtLabels';

const DIR = join(CORPUS, 'securitytxt');
const entries = corpusEntries(['MANIFEST.tsv'], DIR);

describe('security.txt eval labels', () => {
  it('are valid, and name only TXT rules', () => {
    const files = securityTxtLabelFiles();
    assert.ok(files.length >= 40);
    for (const file of files) {
      const value: unknown = JSON.parse(readFileSync(join(SECURITY_TXT_LABELS, `${file}.json`), 'utf8'));
      assert.deepEqual(
        securityTxtLabelProblems(
          value,
          file,
          TXT_RULES.map((r) => r.id),
        ),
        [],
        file,
      );
    }
  });
  it('cover every file of the corpus', { skip: corpusSkip(DIR) }, () => {
    assert.deepEqual(
      entries.map((e) => e.file).filter((f) => !securityTxtLabelFiles().includes(f)),
      [],
    );
  });
});
