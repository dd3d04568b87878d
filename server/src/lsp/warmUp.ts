// Idle-time warm-up: a fresh server's first analysis is several times slower than the next ones
// (scripts/bench/first-analysis.ts: the parser bundle is loaded and compiled, and micromark and the
// rules run in V8's interpreter until their feedback is in). So once the client has said
// `initialized`, the server analyses a built-in sample policy, a step per event-loop turn, before the
// user opens one. It stops as soon as a policy is open: that analysis warms up the same code.
import { analyzeSteps } from '../core/analyze';
import { createPolicyParser } from '../core/incremental';
import { policyTemplate } from '../core/policyTemplates';

/** Let the start-up messages (configuration, registrations, a restored editor's didOpen) go first. */
const WARM_UP_DELAY_MS = 200;

/**
 * A policy with what the rules look at: headings of every section, a versions table, links of both
 * kinds, a footnote, code, a comment, a contact.
 */
function sample(): string {
  return [
    policyTemplate('comprehensive', {
      projectName: 'Widget',
      repository: { host: 'github.com', owner: 'acme', name: 'widget' },
      projectVersion: '2.4.1',
    }),
    '## Contacts',
    '',
    'Write to [the security team][team] or security@example.com.[^1] <!-- reviewed 2026-01-01 -->',
    '',
    '```sh',
    'widget --version',
    '```',
    '',
    '[team]: mailto:security@example.com',
    '[^1]: We answer within two business days.',
    '',
  ].join('\n');
}

/**
 * Schedules the warm-up; `busy` says whether a policy is open (then it is not started, or stops).
 * `done` is called when it has run to its end. Returns what cancels it.
 */
export function scheduleWarmUp(busy: () => boolean, done?: () => void): () => void {
  let timer: NodeJS.Timeout | undefined = setTimeout(() => {
    timer = undefined;
    if (busy()) return;
    const text = sample();
    const parser = createPolicyParser();
    // Twice, the second time edited, as typing goes: the chunk cache and the label lookups run too.
    const runs = [text, text.replace('security fixes', 'security fixes and patches')];
    function* work(): Generator<void, void, void> {
      for (const version of runs) {
        const doc = yield* parser.steps(version);
        yield* analyzeSteps(doc, { relativePath: 'SECURITY.md', today: '2026-01-01' });
      }
    }
    const steps = work();
    const step = (): void => {
      if (busy()) return;
      try {
        if (steps.next().done) return done?.();
      } catch {
        return; // A warm-up that fails costs nothing but the warm-up.
      }
      immediate = setImmediate(step);
    };
    let immediate: NodeJS.Immediate | undefined = setImmediate(step);
    cancelStep = () => clearImmediate(immediate);
  }, WARM_UP_DELAY_MS);
  let cancelStep = (): void => undefined;
  // Node: a pending warm-up does not keep the process alive. A browser's timers have no unref.
  (timer as { unref?: () => void }).unref?.();
  return () => {
    clearTimeout(timer);
    cancelStep();
  };
}
