// How the server's Node process is started: shared by the VS Code client and the benchmark, so what
// is measured is what users run. Both settings only make the process smaller; other editors may
// leave them out.

/**
 * At most 1 MB per young-generation semi-space instead of V8's default of up to 16 MB. The server
 * allocates in short bursts (a chunk parse and the rules per keystroke) and keeps little, so a small
 * nursery is collected often and cheaply and the process stays small. Measured (npm run bench):
 * peak RSS with a 60 KB policy open 106 → 78 MB; a full first parse of 60 KB about 10% slower; the
 * per-keystroke work is unaffected. V8 reads this at start-up only, so it cannot be set from inside.
 * 2, 4 and 8 MB were measured on the corpus replay too: no less CPU, no lower peak RSS (README).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=1'];

/**
 * One glibc malloc arena instead of one per thread: V8 compiles and collects on helper threads, and
 * each thread's arena keeps the pages it once used. Measured: peak RSS after 40 edits of a 3 KB
 * policy 72 → 67 MB, at 60 KB 98 → 90 MB, with the same keystroke latency. Ignored off glibc.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '1' };
