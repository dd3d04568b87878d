// `main(argv, io)`: the whole command line behind one function, so tests run it in-process; the
// entry point (bin.ts) gives it the real process.
import { version } from '../../../package.json';
import { parseCommand } from './args';
import { check } from './check';
import { EXIT_OK, EXIT_USAGE } from './exitCodes';
import { CHECK_HELP, HELP, INIT_HELP, RULES_HELP } from './help';
import { init } from './init';
import type { Io } from './io';
import { rulesReport } from './rules';
import { colors, useColor } from './terminal';

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help': {
      const text =
        command.topic === 'check'
          ? CHECK_HELP
          : command.topic === 'init'
            ? INIT_HELP
            : command.topic === 'rules'
              ? RULES_HELP
              : HELP;
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
