// Every rule is linear in its input (issue 14, item 2), the text-only path over the size cap
// included: each shape of linearityShapes.ts is measured at n and 2n characters in a child process
// (medians of three runs each), and doubling the input may at most about double the work: a
// quadratic rule would quadruple it. The bound is generous (3×), and the child is stopped after
// two minutes, which a quadratic case at these sizes takes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SHAPES, type Shape } from './linearityShapes';

const CHILD = join(__dirname, 'linearityChild.ts');
const MAX_RATIO = 3;
/**
 * The bound in a shape's further processes (`processes`), without a second chance: above the 0.6-3.9
 * a busy machine gave a linear shape, below the ×30-×300 of a process that got slow code.
 */
const OUTLIER_RATIO = 10;

function measure(target: string, name: string): { small: number; large: number } {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, target, name], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 1 << 20,
  });
  assert.ok(
    !run.error && run.status === 0,
    `${target} ${name}: the measurement did not finish (${run.error?.message ?? run.stderr.slice(-500)})`,
  );
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { small: number; large: number };
}

const doubling = (shape: Shape, small: number, large: number) =>
  `${shape.target} ${shape.name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms (×${(large / small).toFixed(2)}) when the input doubles`;

describe('every rule is linear in its input', () => {
  for (const shape of SHAPES) {
    it(
      `${shape.target}: ${shape.name}, ${shape.n.toLocaleString('en-US')} → ${(2 * shape.n).toLocaleString('en-US')} characters`,
      { skip: shape.skip ?? false },
      () => {
        let { small, large } = measure(shape.target, shape.name);
        // A busy machine or a GC pause can spoil a measurement (ratios of 0.6 to 3.9 were seen for one
        // linear shape under load): up to three more decide. A quadratic rule fails every one of them.
        for (let attempt = 0; attempt < 3 && large >= 20 && large / small >= MAX_RATIO; attempt++)
          ({ small, large } = measure(shape.target, shape.name));
        // Under a few milliseconds the ratio is noise; the work is bounded anyway.
        assert.ok(large < 20 || large / small < MAX_RATIO, doubling(shape, small, large));
        // Code that is slow only in some processes would pass the retries above: every further one counts.
        for (let further = 1; further < (shape.processes ?? 1); further++) {
          ({ small, large } = measure(shape.target, shape.name));
          assert.ok(large < 20 || large / small < OUTLIER_RATIO, doubling(shape, small, large));
        }
      },
    );
  }
});
