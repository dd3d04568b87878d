// Measures one shape of linearityShapes.ts at n and 2n characters and prints the median times in
// ms as JSON: run by linearity.slow.ts in a child process, so a quadratic case can be stopped.
import { performance } from 'node:perf_hooks';
import { createPolicyDocument, type PolicyDocument } from '../../server/src/core/document';
import { textOnlyDocument } from '../../server/src/core/limits';
import { policyDocument } from '../../server/src/core/policyModel';
import { RULES } from '../../server/src/core/rules';
import { analyzeSecurityTxt } from '../../server/src/core/securitytxt/analyze';
import { withoutSuppressed } from '../../server/src/core/suppression';
import type { Finding } from '../../server/src/core/types';
import { SHAPES } from './linearityShapes';

const [target, name, runsArg = '3'] = process.argv.slice(2);
const shape = SHAPES.find((s) => s.target === target && s.name === name);
if (!shape) throw new Error(`no shape ${target} ${name}`);
const build = (text: string): PolicyDocument =>
  shape.mode === 'text' ? textOnlyDocument(text) : createPolicyDocument(text);

/** The shared steps that build a model, measured alone. */
const BUILD_STEPS: Record<string, ((text: string) => PolicyDocument) | undefined> = {
  'text-only document': (text) => textOnlyDocument(text),
  // The parse decision, then the model it chose.
  'policy model': (text) => policyDocument(text),
};

/** The work measured: one rule's check on a fresh document (its helpers' caches empty), or the shared step. */
function measure(text: string): number {
  if (shape!.target === 'security.txt') {
    const started = performance.now();
    analyzeSecurityTxt(text, { today: '2026-03-10' });
    return performance.now() - started;
  }
  const step = BUILD_STEPS[shape!.target];
  if (step) {
    const started = performance.now();
    step(text);
    return performance.now() - started;
  }
  const doc = build(text);
  if (shape!.target === 'suppression') {
    // A finding on every line, as a rule reporting every line would give.
    const findings: Finding[] = doc.lineStarts.map((start) => ({
      ruleId: 'SEC023',
      severity: 'error',
      start,
      end: start,
      message: '',
    }));
    const started = performance.now();
    withoutSuppressed(doc, findings);
    return performance.now() - started;
  }
  const rule = RULES.find((r) => r.id === shape!.target)!;
  // Building the document leaves garbage a collection during the rule would be charged for.
  collectGarbage();
  const started = performance.now();
  rule.check(doc, {
    context: { relativePath: 'SECURITY.md', ...(shape!.profiles ? { profiles: shape!.profiles } : {}) },
    report: () => {},
  });
  return performance.now() - started;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const small = shape.text(shape.n);
const large = shape.text(2 * shape.n);
// Warm up at both sizes: the first run at a size compiles and allocates what later runs reuse.
measure(small);
measure(large);
const times = { small: [] as number[], large: [] as number[] };
for (let i = 0; i < Number(runsArg); i++) {
  times.small.push(measure(small));
  times.large.push(measure(large));
}
console.log(JSON.stringify({ small: median(times.small), large: median(times.large) }));
