// The CLI's only contact with the process: the commands take this, so they never read globals.
export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** `YYYY-MM-DD`, read from the clock by the entry point: the core never reads it. */
  readonly today: string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** One line to stdout. */
  out(line: string): void;
  /** One line to stderr. */
  err(line: string): void;
  /** Raw text to stderr (the progress line redraws itself). */
  errWrite(chunk: string): void;
}
