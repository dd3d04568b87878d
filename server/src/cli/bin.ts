// `security-policy`: the command-line face of the core, for CI and pre-commit hooks. The entry point
// only wires the process (argv, streams, clock) to the commands in ./cli/.
import { EXIT_USAGE } from './exitCodes';
import { main } from './main';
import { isAnalysisWorker, runAnalysisWorker } from './pool';
import { localDate } from '../config/localDate';

if (isAnalysisWorker()) runAnalysisWorker();
else run();

function run(): void {
  // A reader that stops early (`check | head`) closes the pipe: the rest of the output has nowhere to
  // go, but the exit code still says what was found, so the run goes on without writing.
  let stdoutOpen = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutOpen = false;
  });
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    today: localDate(new Date()),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    out: (line) => {
      if (stdoutOpen) process.stdout.write(line + '\n');
    },
    err: (line) => process.stderr.write(line + '\n'),
    errWrite: (chunk) => process.stderr.write(chunk),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `security-policy: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = EXIT_USAGE;
    },
  );
}
