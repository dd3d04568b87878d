// Every rule is linear in its input (issue 14, item 2), the text-only path over the size cap
// included: each shape of linearityShapes.ts is measured at n and 2n characters in a child process
// (medians of three runs each), and doubling the input may at most about double the work: a
// quadratic rule would quadruple it. The bound is generous (3×), and the child is stopped after
// two minutes, which a quadratic case at these sizes takes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SHAPES } from './linearityShapes';

const CHILD = join(__dirname, 'linearityChild.ts');
const MAX_RATIO = 3;

function measure(target: string, name: string): { small: number; large: number } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, target, name], {
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

describe('every rule is linear in its input', () => {
  for (const shape of SHAPES) {
    it(`${shape.target}: ${shape.name}, ${shape.n.toLocaleString('en-US')} → ${(2 * shape.n).toLocaleString('en-US')} characters`, () => {
      let { small, large } = measure(shape.target, shape.name);
      // Under a few milliseconds the ratio is noise (a GC pause); the work is bounded anyway.
      if (large < 20) return;
      // A busy machine can spoil one measurement: a second one decides.
      if (large / small >= MAX_RATIO) ({ small, large } = measure(shape.target, shape.name));
      assert.ok(
        large / small < MAX_RATIO,
        `${shape.target} ${shape.name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms (×${(large / small).toFixed(2)}) when the input doubles`,
      );
    });
  }
});
