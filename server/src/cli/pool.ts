// Analysis of many files on worker threads. The analysis is CPU-bound and files are independent, so
// a repository-wide run (or a corpus) scales with the cores; a handful of files stays on the main
// thread, where starting workers would cost more than it saves. Results come back in input order.
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { analyzeSecurityTxt } from '../core/securitytxt/analyze';
import type { AnalysisContext, Finding } from '../core/types';

export interface Job {
  readonly text: string;
  readonly context: AnalysisContext;
  /** What the file is: a policy (the default) or a security.txt. */
  readonly kind?: 'security.txt';
}

export interface JobResult {
  readonly findings: Finding[];
  /** Rules that threw (the others still reported), as `ruleId: message`. */
  readonly ruleErrors: string[];
}

/** Below this many files the main thread is faster than starting workers. */
const MIN_FILES_FOR_WORKERS = 24;
/** Each worker should get enough files to pay for its start-up (loading and compiling the bundle). */
const MIN_FILES_PER_WORKER = 12;
const MAX_WORKERS = 8;
const WORKER_ROLE = 'security-policy-analyze';

/**
 * Analyses every job; `done` is called as each one finishes (in any order), for the progress line.
 * `threads` (`--jobs`) fixes the number of threads; by default it depends on the files and idle cores.
 */
export async function analyzeAll(
  jobs: readonly Job[],
  done: (finished: number, index: number) => void,
  threads?: number,
): Promise<JobResult[]> {
  const workers = Math.min(jobs.length, threads ?? automaticWorkers(jobs.length));
  if (workers < 2) {
    return jobs.map((job, i) => {
      const result = analyzeJob(job);
      done(i + 1, i);
      return result;
    });
  }
  const results = new Array<JobResult>(jobs.length);
  let next = 0;
  let finished = 0;
  await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<void>((resolve, reject) => {
          // The bundle is its own worker script: see `isAnalysisWorker` in the entry point.
          const worker = new Worker(__filename, { workerData: { role: WORKER_ROLE } });
          const feed = (): void => {
            if (next >= jobs.length) {
              void worker.terminate().then(() => resolve());
              return;
            }
            const index = next++;
            worker.postMessage({ index, job: jobs[index] });
          };
          worker.on('message', ({ index, result }: { index: number; result: JobResult }) => {
            results[index] = result;
            done(++finished, index);
            feed();
          });
          worker.on('error', reject);
          worker.on('online', feed);
        }),
    ),
  );
  return results;
}

function automaticWorkers(files: number): number {
  if (files < MIN_FILES_FOR_WORKERS) return 1;
  // Only idle cores help: on a machine already busy (a CI runner running other jobs) extra threads
  // just compete with each other. loadavg is [0, 0, 0] where unsupported (Windows): all cores count.
  const idleCores = Math.floor(availableParallelism() - (loadavg()[0] ?? 0));
  return Math.min(MAX_WORKERS, idleCores, Math.floor(files / MIN_FILES_PER_WORKER));
}

function analyzeJob(job: Job): JobResult {
  const ruleErrors: string[] = [];
  const run = job.kind === 'security.txt' ? analyzeSecurityTxt : analyze;
  const findings = run(job.text, job.context, {
    onRuleError: (ruleId, error) => ruleErrors.push(`${ruleId}: ${String(error)}`),
  });
  return { findings, ruleErrors };
}

/** True in a worker started by `analyzeAll`. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

/** The worker's loop: one job in, one result out. */
export function runAnalysisWorker(): void {
  parentPort!.on('message', ({ index, job }: { index: number; job: Job }) => {
    parentPort!.postMessage({ index, result: analyzeJob(job) });
  });
}
