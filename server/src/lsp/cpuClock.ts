// The clock of the rules' budget: CPU milliseconds of this process where Node gives them (on a busy
// machine the wall clock would skip rules by the load, not by their work), else the wall clock.

/**
 * `readCpu`, read at most once per `resolutionMs` of `wall` time; in between, the last reading plus the
 * wall time since. The budget reads the clock before and after each rule (about 60 times a keystroke)
 * and `process.cpuUsage()` is a system call: 6-10 µs a read, a sixth of the rules' time on a small
 * policy. A reading is at most `resolutionMs` ahead of the CPU time, never behind a longer rule's,
 * and the clock never goes back.
 */
export function coarseClock(readCpu: () => number, wall: () => number, resolutionMs = 1): () => number {
  let readAt = -Infinity;
  let cpu = 0;
  let last = -Infinity;
  return () => {
    const now = wall();
    if (now - readAt >= resolutionMs) {
      readAt = now;
      cpu = readCpu();
    }
    last = Math.max(last, cpu + (now - readAt));
    return last;
  };
}

export const cpuClock: () => number =
  typeof process !== 'undefined' && typeof process.cpuUsage === 'function'
    ? coarseClock(
        () => {
          const { user, system } = process.cpuUsage();
          return (user + system) / 1000;
        },
        () => performance.now(),
      )
    : () => performance.now();
