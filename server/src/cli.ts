// `security-policy`: the command-line face of the core, for CI and pre-commit hooks. The entry point
// only wires the process (argv, streams, clock) to the commands in ./cli/.
import { version } from '../../package.json';
import { parseCommand } from './cli/args';
import { check } from './cli/check';
import { EXIT_OK, EXIT_USAGE } from './cli/exitCodes';
import { CHECK_HELP, HELP, INIT_HELP, RULES_HELP } from './cli/help';
import { init } from './cli/init';
import type { Io } from './cli/io';
import { isAnalysisWorker, runAnalysisWorker } from './cli/pool';
import { rulesReport } from './cli/rules';
import { colors, useColor } from './cli/terminal';
import { localDate } from './localDate';

async function main(argv: readonly string[], io: Io): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help': {
      const text = command.topic === 'check' ? CHECK_HELP : command.topic === 'init' ? INIT_HELP : command.topic === 'rules' ? RULES_HELP : HELP;
      io.out(text.trimEnd());
      return EXIT_OK;
    }
    case 'version':
      io.out(version);
      return EXIT_OK;
    case 'usage-error':
      io.err(`security-policy: ${command.message}\nRun 'security-policy --help' for usage.`);
      return EXIT_USAGE;
    case 'check':
      return check(command.options, io);
    case 'init':
      return init(command.options, io);
    case 'rules':
      for (const line of rulesReport(command.format, colors(useColor(io.env, io.stdoutIsTTY)))) io.out(line);
      return EXIT_OK;
  }
}

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
      process.stderr.write(`security-policy: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
