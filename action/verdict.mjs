// The action's last step: fails (exit 1) when a finding in the SARIF log is at or above `fail-on`,
// and passes on the checker's own failures (exit 2: a path named nothing, a file was unreadable).
import { readFileSync } from 'node:fs';

const RANK = { none: 0, info: 1, warning: 2, error: 3 };
/** SARIF levels: infos and hints are both `note`. */
const LEVEL_RANK = { note: 1, warning: 2, error: 3 };

const failOn = (process.env.INPUT_FAIL_ON ?? 'error').trim().toLowerCase();
const exitCode = Number(process.env.CHECK_EXIT_CODE);
if (!(failOn in RANK)) {
  console.log(`::error title=security-policy::fail-on must be error, warning, info or none, not '${failOn}'.`);
  process.exit(2);
}
if (exitCode !== 0 && exitCode !== 1) {
  console.log(
    `::error title=security-policy::The check could not run on every file (exit status ${process.env.CHECK_EXIT_CODE}); see the step above.`,
  );
  process.exit(2);
}

const results = JSON.parse(readFileSync(process.env.SARIF_FILE, 'utf8')).runs.flatMap((run) => run.results);
const counts = { error: 0, warning: 0, note: 0 };
for (const result of results) counts[result.level]++;
const failing = RANK[failOn] > 0 && results.some((r) => LEVEL_RANK[r.level] >= RANK[failOn]);
console.log(
  `security-policy: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s); fail-on: ${failOn}: ${failing ? 'failed' : 'passed'}.`,
);
process.exit(failing ? 1 : 0);
