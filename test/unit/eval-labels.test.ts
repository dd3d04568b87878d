import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../server/src/core/rules';
import { corpusEntries, corpusSkip, corpusText } from '../corpus';
import { expectationsOf, JUDGED_RULES } from '../eval/expectations';
import { LABELS, labelFiles, labelProblems, readLabel } from '../eval/labels';

// The evaluation's labels (test/eval/GUIDE.md) are data the project owns: they must parse, name
// corpus files that exist, point at lines those files have, and judge rules that exist.
describe('evaluation labels', () => {
  const entries = new Map(corpusEntries().map((e) => [e.file, e]));
  const files = labelFiles();

  it('are valid labels, one per corpus file, with lines inside their files', { skip: corpusSkip() }, () => {
    assert.deepEqual(
      files.filter((f) => !entries.has(f)),
      [],
      'labels for files the corpus does not have',
    );
    assert.deepEqual(
      [...entries.keys()].filter((f) => !files.includes(f)),
      [],
      'corpus files without a label',
    );
    for (const file of files) {
      const label = JSON.parse(readFileSync(join(LABELS, `${file}.json`), 'utf8')) as unknown;
      assert.deepEqual(labelProblems(label, file), [], file);
      const lines = corpusText(file).split(/\r\n|\r|\n/).length;
      const read = readLabel(file);
      for (const line of [
        ...read.channels.map((c) => c.line),
        ...read.placeholders.map((p) => p.line),
        ...read.emptySections,
        ...read.duplicateSections,
      ]) {
        assert.ok(line <= lines, `${file}: line ${line} of ${lines}`);
      }
    }
  });

  it('judge only rules that exist, and judge every rule whose findings they can tell', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const rule of JUDGED_RULES) assert.ok(ids.has(rule), rule);
    const entry = { file: 'x', repo: 'acme/widget', path: 'SECURITY.md' };
    const label = {
      file: 'x',
      languages: ['en'],
      sound: true,
      reportingInstructions: true,
      channels: [],
      timeframe: true,
      versionsStatement: true,
      templateSentences: false,
      templateVersionRows: false,
      placeholders: [],
      mojibake: false,
      collapsed: false,
      noSupportedVersion: false,
      foreignAdvisoryLink: false,
      emptySections: [],
      duplicateSections: [],
    };
    assert.deepEqual([...expectationsOf(label, entry).keys()].sort(), [...JUDGED_RULES].sort());
  });

  it('of the holdout sets and the validation set are valid labels, one per manifest row', () => {
    for (const set of [
      'holdout',
      'holdout2',
      'holdout3',
      'holdout4',
      'holdout5',
      'holdout6',
      'holdout7',
      'holdout8',
      'holdout9',
      'holdout10',
      'holdout11',
      'holdout12',
      'holdout13',
      'holdout14',
      'holdout15',
      'holdout16',
      'holdout17',
      'holdout18',
      'holdout19',
      'holdout20',
      'holdout21',
      'holdout22',
      'holdout23',
      'holdout24',
      'holdout25',
      'holdout26',
      'holdout27',
      'holdout28',
      'holdout29',
      'holdout30',
      'holdout31',
      'holdout32',
      'holdout33',
      'holdout34',
      'holdout35',
      'holdout36',
      'holdout37',
      'holdout38',
      'holdout39',
      'holdout40',
      'holdout41',
      'holdout42',
      'holdout43',
      'holdout44',
      'holdout45',
      'holdout46',
      'holdout47',
      'holdout48',
      'holdout49',
      'holdout50',
      'holdout51',
      'holdout52',
      'holdout53',
      'holdout54',
      'holdout55',
      'holdout56',
      'holdout57',
      'holdout58',
      'holdout59',
      'holdout60',
      'holdout61',
      'holdout62',
      'holdout63',
      'holdout64',
      'holdout65',
      'holdout66',
      'holdout67',
      'holdout68',
      'holdout69',
      'holdout70',
      'holdout71',
      'holdout72',
      'holdout73',
      'holdout74',
      'holdout75',
      'holdout76',
      'holdout77',
      'holdout78',
      'holdout79',
      'holdout80',
      'holdout81',
      'holdout82',
      'holdout83',
      'holdout84',
      'holdout85',
      'holdout86',
      'holdout87',
      'holdout88',
      'holdout89',
      'holdout90',
      'holdout91',
      'holdout92',
      'holdout93',
      'holdout94',
      'holdout95',
      'holdout96',
      'holdout97',
      'holdout98',
      'holdout99',
      'holdout100',
      'holdout101',
      'holdout102',
      'holdout103',
      'holdout104',
      'holdout106',
      'holdout107',
      'holdout108',
      'holdout109',
      'holdout112',
      'holdout113',
      'holdout114',
      'holdout115',
      'holdout116',
      'holdout117',
      'holdout119',
      'holdout121',
      'holdout122',
      'holdout118',
      'holdout111',
      'holdout110',
      'validation',
    ]) {
      const dir = join(__dirname, '../eval', set);
      const rows = corpusEntries(['MANIFEST.tsv'], dir).map((e) => e.file);
      const labels = labelFiles(join(dir, 'labels'));
      assert.deepEqual(labels, [...rows].sort(), set);
      for (const file of labels)
        assert.deepEqual(
          labelProblems(JSON.parse(readFileSync(join(dir, 'labels', `${file}.json`), 'utf8')) as unknown, file),
          [],
          `${set}/${file}`,
        );
    }
  });

  it('find the problems of a malformed label', () => {
    assert.deepEqual(labelProblems({ file: 'y' }, 'x').length > 5, true);
    assert.deepEqual(labelProblems(null, 'x'), ['not a JSON object']);
  });
});
