// Applying one finding's fix and checking that it does what SPEC §9 asks: the finding is gone and no
// error-level finding appeared.
import assert from 'node:assert/strict';
import { analyze, analyzeDocument } from '../../server/src/core/analyze';
import { isCollapsed } from '../../server/src/core/collapsed';
import { documentAnchor, lineOf, type PolicyDocument } from '../../server/src/core/document';
import { policyDocument } from '../../server/src/core/policyModel';
import { applyEdits, fixAll } from '../../server/src/core/edits';
import { ruleById } from '../../server/src/core/rules';
import { disableForFileEdit, disableForLineEdit } from '../../server/src/core/suppression';
import type { AnalysisContext, Finding, Fix, TextEdit } from '../../server/src/core/types';

export function findingsFor(ruleId: string, text: string, context: AnalysisContext): Finding[] {
  return analyze(text, context).filter((f) => f.ruleId === ruleId);
}

/** Applies the `index`-th finding's only fix; asserts the rule reports one finding fewer and no new error appears. */
export function applyFixOf(
  ruleId: string,
  text: string,
  context: AnalysisContext,
  index = 0,
): { fix: Fix; text: string } {
  const before = analyze(text, context);
  const findings = before.filter((f) => f.ruleId === ruleId);
  const finding = findings[index];
  assert.ok(finding, `${ruleId} finding #${index}`);
  assert.equal(finding.fixes?.length, 1, `${ruleId} offers one fix`);
  const fix = finding.fixes[0]!;
  const fixed = applyEdits(text, fix.edits);
  const after = analyze(fixed, context);
  assert.ok(
    after.filter((f) => f.ruleId === ruleId).length < findings.length,
    `${ruleId} reports fewer findings after its fix`,
  );
  const errors = (fs: Finding[]) =>
    fs
      .filter((f) => f.severity === 'error')
      .map((f) => f.ruleId)
      .sort();
  assert.deepEqual(
    errors(after).filter((id) => !errors(before).includes(id)),
    [],
    'no new error-level finding',
  );
  return { fix, text: fixed };
}

/** The context of the fix-safety property tests: a GitHub repository, a version and a fixed date. */
export const CONTEXT: AnalysisContext = {
  relativePath: 'SECURITY.md',
  repository: { host: 'github.com', owner: 'acme', name: 'widget' },
  projectVersion: '2.4.1',
  today: '2026-11-22',
};

/**
 * Rules that report a document once, where their evidence first shows (SEC080: the first mid-line
 * heading marker): a fix elsewhere can move that spot (a repaired "âœ…" after a marker is no title,
 * so the next marker is the first), which moves the finding without adding one.
 */
const ONCE_PER_DOCUMENT: ReadonlySet<string> = new Set(['SEC080']);

/**
 * Error-level findings as comparable keys, counted: rule and covered text, or the rule alone for
 * whole-document findings, which sit on the title and move with it, and for ONCE_PER_DOCUMENT rules.
 */
function errorKeys(doc: PolicyDocument, findings: readonly Finding[]): Map<string, number> {
  const { text } = doc;
  const anchor = documentAnchor(doc);
  const keys = new Map<string, number>();
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    const textKey = `${f.ruleId} ${text.slice(f.start, f.end)}`;
    const wholeDocument = ONCE_PER_DOCUMENT.has(f.ruleId) || (f.start === anchor.start && f.end === anchor.end);
    // A finding on the anchor is known by both keys: a fix that adds a heading moves the anchor.
    for (const key of wholeDocument ? [f.ruleId, textKey] : [textKey]) keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return keys;
}

/** Rules whose fixes repair characters in place. */
const CHARACTER_REPAIRS: ReadonlySet<string> = new Set(['SEC060', 'SEC062']);

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

/** An offset of the text before `fix` mapped into the text after it (an offset inside an edit maps to the end of its new text). */
function mapOffset(offset: number, fix: Fix, bias: 'start' | 'end'): number {
  let shift = 0;
  for (const e of [...fix.edits].sort((a, b) => a.start - b.start)) {
    if (offset < e.start || (offset === e.start && bias === 'start' && e.end > e.start)) break;
    if (offset < e.end) return e.start + shift + (bias === 'start' ? 0 : e.newText.length);
    shift += e.newText.length - (e.end - e.start);
  }
  return offset + shift;
}

/** Whether `after` (a finding on the fixed text) overlaps or touches `before` (on the original) mapped through the fix. */
function overlapsMapped(before: Finding, after: Finding, fix: Fix): boolean {
  const start = mapOffset(before.start, fix, 'start');
  const end = mapOffset(before.end, fix, 'end');
  return after.start <= end && start <= after.end;
}

/** Whether an edit of `fix` lies in a heading of the fixed text that names another section than the same heading did before. */
function renamedHeading(
  before: PolicyDocument,
  after: PolicyDocument,
  fix: Fix,
  inserted: ReadonlyArray<[number, number]>,
): boolean {
  return after.headings.some((h) => {
    if (!inserted.some(([s, e]) => h.start <= s && e <= h.end)) return false;
    const old = before.headings.find((b) => mapOffset(b.start, fix, 'start') === h.start);
    return old?.section !== h.section;
  });
}

/** The findings on `text` as `analyze` gives them, and the parsed document they came from (parsed once: a check parses per fix). */
function analysed(text: string, context: AnalysisContext): { doc: PolicyDocument; findings: Finding[] } {
  const doc = documentOf(text, context);
  return { doc, findings: analyzeDocument(doc, context) };
}

/**
 * Asserts that every character outside the edits is still there after them and is hidden (in code,
 * a code span or an HTML comment: blanked in `prose`) after them exactly when it was before: an
 * edit must not close a hidden comment early, open one, or turn text into code or back.
 */
export function assertShownAsBefore(
  where: string,
  before: PolicyDocument,
  after: PolicyDocument,
  edits: readonly TextEdit[],
): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let shift = 0;
  let next = 0;
  for (let i = 0; i < before.text.length; i++) {
    for (; next < sorted.length && sorted[next]!.end <= i; next++)
      shift += sorted[next]!.newText.length - (sorted[next]!.end - sorted[next]!.start);
    if (next < sorted.length && sorted[next]!.start <= i) continue;
    const c = before.text.charCodeAt(i);
    // Blanking turns characters into spaces: white space shows nothing either way.
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    assert.equal(after.text.charCodeAt(i + shift), c, `${where}: the character at ${i} moved`);
    const hiddenBefore = before.prose.charCodeAt(i) !== c;
    const hiddenAfter = after.prose.charCodeAt(i + shift) !== c;
    if (hiddenBefore !== hiddenAfter) {
      const line = before.text.slice(before.lineStarts[lineOf(before, i)], i + 1);
      assert.fail(
        `${where}: ${hiddenBefore ? 'shows' : 'hides'} text it does not edit, at ${i}: …${JSON.stringify(line.slice(-60))}`,
      );
    }
  }
}

/** The document `analysed` would build for `text`. */
function documentOf(text: string, context: AnalysisContext): PolicyDocument {
  return policyDocument(text, context.maxFileSize);
}

/**
 * Checks every fix offered on `text` (see fixes.property.slow.ts) and that Fix All converges; returns
 * how many fixes were checked.
 */
export function checkFixes(label: string, text: string, context: AnalysisContext = CONTEXT): number {
  const { doc: docBefore, findings: before } = analysed(text, context);
  // A finding its rule was unsure of (reported a level below the rule's error) is the same finding
  // when a fix makes the rule sure: an inserted English section makes a policy in words it could not
  // read readable.
  const beforeErrors = errorKeys(
    docBefore,
    before.map((f) => (ruleById(f.ruleId)?.defaultSeverity === 'error' ? { ...f, severity: 'error' as const } : f)),
  );
  const collapsedBefore = isCollapsed(docBefore);
  let checked = 0;
  for (const finding of before) {
    for (const fix of finding.fixes ?? []) {
      const where = `${label}: ${finding.ruleId} "${fix.title}"`;
      const after = applyEdits(text, fix.edits);
      const { doc: docAfter, findings: findingsAfter } = analysed(after, context);
      assertShownAsBefore(where, docBefore, docAfter, fix.edits);
      const inserted = insertedRanges(fix);
      const placeholderLeft = fix.needsInput && /\[your\b/i.test(fix.edits.map((e) => e.newText).join(''));
      const sameLeft = findingsAfter.filter((f) => f.ruleId === finding.ruleId).length;
      const sameBefore = before.filter((f) => f.ruleId === finding.ruleId).length;
      assert.ok(sameLeft < sameBefore || placeholderLeft, `${where}: the finding is still there`);
      // Errors the fix revealed rather than caused:
      // Repairing mojibake or invalid characters (SEC060, SEC062) restores the words other
      // rules read: an error covering the repaired text (template text, template rows) was hidden by
      // the damage, not added by the repair.
      // And a restored line break inside an error's range (a collapsed template versions table that is
      // a table again, SEC021) revealed it the same way.
      const spans = (f: Finding) => inserted.some(([s, e]) => f.start <= s && e <= f.end);
      // Likewise an error on a line a repair touched: the words restored there are read by rules
      // about what stands beside them (a Chinese "请替换为实际地址", replace with the real address,
      // after an address is SEC022's hint; as mojibake it said nothing).
      const touchedLines = new Set(inserted.map(([s]) => lineOf(docAfter, s)));
      const onTouchedLine = (f: Finding) =>
        touchedLines.has(lineOf(docAfter, f.start)) || touchedLines.has(lineOf(docAfter, f.end));
      const repaired = (f: Finding) =>
        (CHARACTER_REPAIRS.has(finding.ruleId) && (spans(f) || onTouchedLine(f))) ||
        (finding.ruleId === 'SEC080' && spans(f));
      // A repair that renames a section (a heading "æ”¯持的版本" that reads "支持的版本", supported
      // versions, once repaired) changes what the structure rules see: what they report then was
      // judged on a heading nobody could read.
      const renamesSection =
        CHARACTER_REPAIRS.has(finding.ruleId) && renamedHeading(docBefore, docAfter, fix, inserted);
      // A fix that leaves a collapsed document no longer collapsed (SEC080's, or a repair that turns
      // mojibake that read as a heading's title into punctuation) lets the structure rules, paused
      // on collapsed documents, speak again.
      const unpaused = collapsedBefore && !isCollapsed(docAfter);
      const structural = (f: Finding) => ruleById(f.ruleId)?.kind === 'structure';
      // And when the words a repair restored are themselves an error (a template sentence SEC020 can
      // read once "go� how" is "go how"), a verdict on the whole document that rests on them (SEC010:
      // a reporting section that holds only template text) is revealed with them.
      const anchor = documentAnchor(docAfter);
      // Counted, not only looked up: the restored sentence may repeat one that was readable before.
      const afterErrors = errorKeys(docAfter, findingsAfter);
      const restoredError = findingsAfter.some((f) => {
        const key = `${f.ruleId} ${after.slice(f.start, f.end)}`;
        return f.severity === 'error' && repaired(f) && (afterErrors.get(key) ?? 0) > (beforeErrors.get(key) ?? 0);
      });
      const onAnchor = (f: Finding) => f.start === anchor.start && f.end === anchor.end;
      const revealed = (f: Finding) =>
        ((unpaused || renamesSection) && structural(f)) || repaired(f) || (restoredError && onAnchor(f));
      const newErrors = errorKeys(
        docAfter,
        findingsAfter.filter((f) => !revealed(f) && !inserted.some(([s, e]) => s <= f.start && f.end <= e)),
      );
      for (const [key, count] of newErrors) {
        const known = beforeErrors.get(key) ?? beforeErrors.get(key.split(' ')[0]!) ?? 0;
        // An error whose covered text the fix changed (a row the fix repaired now joins the template
        // table SEC021 reports) is the old finding grown or shrunk, not a new one: it overlaps where
        // an error of the same rule was, mapped through the edits.
        const grown = () =>
          findingsAfter
            .filter((f) => f.severity === 'error' && key === `${f.ruleId} ${after.slice(f.start, f.end)}`)
            .every((f) =>
              before.some((b) => b.severity === 'error' && b.ruleId === f.ruleId && overlapsMapped(b, f, fix)),
            );
        assert.ok(count <= known || grown(), `${where}: adds the error ${key.slice(0, 80)}`);
      }
      checked++;
    }
    // The suppression comments every finding offers keep what is hidden hidden too.
    const disables = [disableForLineEdit(docBefore, finding), disableForFileEdit(docBefore, finding.ruleId)];
    for (const edit of disables) {
      if (edit)
        assertShownAsBefore(
          `${label}: ${finding.ruleId} disable comment`,
          docBefore,
          documentOf(applyEdits(text, [edit]), context),
          [edit],
        );
    }
  }
  const all = fixAll(text, context);
  if (all) {
    const fixed = applyEdits(text, [all]);
    assert.equal(fixAll(fixed, context), undefined, `${label}: a second Fix All changes the text again`);
  }
  return checked;
}

/**
 * Analyses `text` and checks SPEC §9: no exception and no failing rule, every range (findings and
 * fix edits) inside the text, every fix applies cleanly, removes its finding and adds no error-level
 * one (`checkFixes`). Returns the findings.
 */
export function checkDocument(label: string, text: string): Finding[] {
  const findings = analyze(text, CONTEXT, {
    onRuleError: (id, skipped) =>
      assert.fail(`${label}: ${id} threw ${skipped.cause instanceof Error ? skipped.cause.stack : skipped.message}`),
  });
  for (const f of findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `${label}: ${f.ruleId} range is not whole numbers`);
    assert.ok(
      0 <= f.start && f.start <= f.end && f.end <= text.length,
      `${label}: ${f.ruleId} range ${f.start}-${f.end} outside 0-${text.length}`,
    );
    for (const fix of f.fixes ?? []) {
      for (const e of fix.edits) {
        assert.ok(
          0 <= e.start && e.start <= e.end && e.end <= text.length,
          `${label}: ${f.ruleId} "${fix.title}" edit ${e.start}-${e.end} outside 0-${text.length}`,
        );
      }
      // Applies cleanly: no overlapping edits.
      applyEdits(text, fix.edits);
    }
  }
  checkFixes(label, text);
  return findings;
}
