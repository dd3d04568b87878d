// Fix safety over real and generated documents: every offered fix applies cleanly, removes the
// finding it was offered for (a proposal may instead leave a `[your …]` placeholder, which keeps the
// finding until the author fills it in), and adds no error-level finding outside the text it
// inserted; Fix All converges.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { createPolicyDocument, documentAnchor } from '../../server/src/core/document';
import { applyEdits, fixAll } from '../../server/src/core/edits';
import { ruleById } from '../../server/src/core/rules';
import type { AnalysisContext, Finding, Fix } from '../../server/src/core/types';

const CORPUS = join(__dirname, '../../../shared/corpus');
const CONTEXT: AnalysisContext = {
  relativePath: 'SECURITY.md',
  repository: { host: 'github.com', owner: 'acme', name: 'widget' },
  projectVersion: '2.4.1',
  today: '2026-11-22',
};

function corpusTexts(): Array<[string, string]> {
  const manifest = join(CORPUS, 'MANIFEST.tsv');
  if (!existsSync(manifest)) return [];
  return readFileSync(manifest, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]!).filter(Boolean)
    .map((name) => [name, readFileSync(join(CORPUS, name), 'utf8')]);
}

/**
 * Error-level findings as comparable keys, counted: rule and covered text, or the rule alone for
 * whole-document findings, which sit on the title and move with it.
 */
function errorKeys(text: string, findings: readonly Finding[]): Map<string, number> {
  const anchor = documentAnchor(createPolicyDocument(text));
  const keys = new Map<string, number>();
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    const textKey = `${f.ruleId} ${text.slice(f.start, f.end)}`;
    const wholeDocument = f.start === anchor.start && f.end === anchor.end;
    // A finding on the anchor is known by both keys: a fix that adds a heading moves the anchor.
    for (const key of wholeDocument ? [f.ruleId, textKey] : [textKey]) keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return keys;
}

/** Ranges of the result that the fix's edits inserted. */
function insertedRanges(fix: Fix): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let shift = 0;
  for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
    ranges.push([e.start + shift, e.start + shift + e.newText.length]);
    shift += e.newText.length - (e.end - e.start);
  }
  return ranges;
}

export function checkFixes(label: string, text: string, context: AnalysisContext = CONTEXT): number {
  const before = analyze(text, context);
  const beforeErrors = errorKeys(text, before);
  let checked = 0;
  for (const finding of before) {
    for (const fix of finding.fixes ?? []) {
      const where = `${label}: ${finding.ruleId} "${fix.title}"`;
      const after = applyEdits(text, fix.edits);
      const findingsAfter = analyze(after, context);
      const inserted = insertedRanges(fix);
      const placeholderLeft = fix.needsInput && /\[your\b/i.test(fix.edits.map((e) => e.newText).join(''));
      const sameLeft = findingsAfter.filter((f) => f.ruleId === finding.ruleId).length;
      const sameBefore = before.filter((f) => f.ruleId === finding.ruleId).length;
      assert.ok(sameLeft < sameBefore || placeholderLeft, `${where}: the finding is still there`);
      // Restoring a collapsed document's line breaks lets the structure rules speak again: what they
      // report then was withheld, not caused by the fix.
      const revealed = (f: Finding) => finding.ruleId === 'SEC080' && ruleById(f.ruleId)?.kind === 'structure';
      const newErrors = errorKeys(after, findingsAfter.filter((f) => !revealed(f) && !inserted.some(([s, e]) => s <= f.start && f.end <= e)));
      for (const [key, count] of newErrors) {
        const known = beforeErrors.get(key) ?? beforeErrors.get(key.split(' ')[0]!) ?? 0;
        assert.ok(count <= known, `${where}: adds the error ${key.slice(0, 80)}`);
      }
      checked++;
    }
  }
  const all = fixAll(text, context);
  if (all) {
    const fixed = applyEdits(text, [all]);
    assert.equal(fixAll(fixed, context), undefined, `${label}: a second Fix All changes the text again`);
  }
  return checked;
}

describe('fix safety', () => {
  const corpus = corpusTexts();

  it('holds for every fix offered on the corpus', { skip: corpus.length === 0 && 'no ../shared/corpus' }, () => {
    let fixes = 0;
    for (const [name, text] of corpus) fixes += checkFixes(name, text);
    assert.ok(fixes > 100, `only ${fixes} fixes were offered on the corpus`);
  });

  it('holds for generated documents', () => {
    const lines = fc.constantFrom(
      '# Security Policy', '## Supported Versions', '## Reporting a Vulnerability', '## Scope', '## Safe Harbor', '',
      'Use this section to tell people how to report a vulnerability.', 'Email security@example.com or me@acme.dev.',
      '| Version | Supported |', '| ------- | --------- |', '| 5.1.x | :white_check_mark: |', '| 5.0.x | :x: |', '| 4.0.x | :white_check_mark: |', '| < 4.0 | :x: |',
      '| 2.x | ✅ |', '| 1.x | No |', 'Caf\u00c3\u00a9 \u00e2\u0080\u0094 done \u00f0\u009f\u0094\u0092', 'bad \u0000 char \ufffd', 'TODO: [insert contact]',
      'Intro ## Reporting a Vulnerability Mail us ## Scope All', 'Last reviewed: 2020-01-05', '> quoted', '- item', '```', 'We answer within 2 days.',
    );
    const documents = fc.array(lines, { minLength: 1, maxLength: 25 }).chain((ls) => fc.constantFrom('\n', '\r\n').map((eol) => ls.join(eol) + eol));
    fc.assert(fc.property(documents, (text) => { checkFixes(JSON.stringify(text).slice(0, 200), text); }), { numRuns: Number(process.env.FIX_RUNS ?? 150) });
  });
});
