// Applying one finding's fix and checking that it does what SPEC §9 asks: the finding is gone and no
// error-level finding appeared.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/edits';
import type { AnalysisContext, Finding, Fix } from '../../server/src/core/types';

export function findingsFor(ruleId: string, text: string, context: AnalysisContext): Finding[] {
  return analyze(text, context).filter((f) => f.ruleId === ruleId);
}

/** Applies the `index`-th finding's only fix; asserts the rule reports one finding fewer and no new error appears. */
export function applyFixOf(ruleId: string, text: string, context: AnalysisContext, index = 0): { fix: Fix; text: string } {
  const before = analyze(text, context);
  const findings = before.filter((f) => f.ruleId === ruleId);
  const finding = findings[index];
  assert.ok(finding, `${ruleId} finding #${index}`);
  assert.equal(finding.fixes?.length, 1, `${ruleId} offers one fix`);
  const fix = finding.fixes[0]!;
  const fixed = applyEdits(text, fix.edits);
  const after = analyze(fixed, context);
  assert.ok(after.filter((f) => f.ruleId === ruleId).length < findings.length, `${ruleId} reports fewer findings after its fix`);
  const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error').map((f) => f.ruleId).sort();
  assert.deepEqual(errors(after).filter((id) => !errors(before).includes(id)), [], 'no new error-level finding');
  return { fix, text: fixed };
}
