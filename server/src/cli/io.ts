// The CLI's only contact with the process: the commands take this, so they never read globals.
// Its functions are plain callbacks (properties, not methods): a command may pass one on alone.
export interface Io {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** `YYYY-MM-DD`, read from the clock by the entry point: the core never reads it. */
  readonly today: string;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** One line to stdout. */
  readonly out: (line: string) => void;
  /** One line to stderr. */
  readonly err: (line: string) => void;
  /** Raw text to stderr (the progress line redraws itself). */
  readonly errWrite: (chunk: string) => void;
}
