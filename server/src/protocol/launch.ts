// How the server's Node process is started: shared by the VS Code client and the benchmark, so what
// is measured is what users run. Both settings only make the process smaller; other editors may
// leave them out.

/**
 * At most 4 MB per young-generation semi-space instead of V8's default of up to 16 MB. The server
 * allocates in short bursts (a chunk parse and the rules per keystroke) and keeps little: a small
 * nursery keeps the process small (peak RSS with a 60 KB policy open: 106 MB with the default, 78 MB
 * with 1 MB). 1 MB was too small for the corpus replay (scripts/bench, every 6th policy opened,
 * typed into and closed on one server, measured alternately): objects of each analysis outlived two
 * scavenges and filled the old generation, so garbage collection was 23% of the server's CPU and
 * peak RSS 123-143 MB; with 4 MB, 14% and 113-123 MB, the same CPU time within the noise, and the
 * same peak RSS at 60 KB. 2 MB and 8 MB were no better. V8 reads this at start-up only.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=4'];

/**
 * One glibc malloc arena instead of one per thread: V8 compiles and collects on helper threads, and
 * each thread's arena keeps the pages it once used. Measured: peak RSS after 40 edits of a 3 KB
 * policy 72 → 67 MB, at 60 KB 98 → 90 MB, with the same keystroke latency. Ignored off glibc.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '1' };
