// The rules' budget clock (server/src/lsp/cpuClock.ts): the CPU clock is read at most once per
// millisecond of wall time, estimated in between, and never goes back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coarseClock } from '../../server/src/lsp/cpuClock';

function fakes(): { cpu: { ms: number; reads: number }; wall: { ms: number }; clock: () => number } {
  const cpu = { ms: 100, reads: 0 };
  const wall = { ms: 5000 };
  const clock = coarseClock(
    () => {
      cpu.reads++;
      return cpu.ms;
    },
    () => wall.ms,
  );
  return { cpu, wall, clock };
}

describe('coarseClock', () => {
  it('reads the CPU clock once per millisecond of wall time and adds the wall time in between', () => {
    const { cpu, wall, clock } = fakes();
    assert.equal(clock(), 100);
    wall.ms += 0.25;
    cpu.ms += 0.25;
    assert.equal(clock(), 100.25);
    wall.ms += 0.5;
    assert.equal(clock(), 100.75);
    assert.equal(cpu.reads, 1);
  });

  it('reads the CPU clock again after a millisecond: a long step is measured in CPU time, not wall time', () => {
    const { cpu, wall, clock } = fakes();
    const before = clock();
    // Preempted: 40 ms of wall time, 12 ms of CPU time.
    wall.ms += 40;
    cpu.ms += 12;
    assert.equal(clock() - before, 12);
    assert.equal(cpu.reads, 2);
  });

  it('never goes back when the CPU time grew less than the estimate', () => {
    const { cpu, wall, clock } = fakes();
    clock();
    wall.ms += 0.875;
    assert.equal(clock(), 100.875);
    // The next reading finds less CPU time than estimated: the clock stays where it was.
    wall.ms += 0.25;
    cpu.ms += 0.125;
    assert.equal(clock(), 100.875);
    wall.ms += 5;
    cpu.ms += 5;
    assert.equal(clock(), 105.125);
  });
});
