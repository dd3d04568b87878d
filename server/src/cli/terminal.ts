// Colours and the progress line. Colour follows the usual conventions: FORCE_COLOR (anything but
// `0`/`false`) turns it on even when piped, then NO_COLOR (any non-empty value) turns it off, else it
// is on for a terminal that is not `TERM=dumb`. Node's own colour detection only exists on TTY streams.
import type { Severity } from '../core/types';

export interface Colors {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Severity): string;
}

export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR']) return false;
  return isTTY && env['TERM'] !== 'dumb';
}

const SEVERITY_CODES: Readonly<Record<Severity, number>> = { error: 31, warning: 33, info: 36, hint: 2 };

export function colors(enabled: boolean): Colors {
  const sgr = (code: number, close: number) => (text: string) =>
    enabled ? `\x1b[${code}m${text}\x1b[${close}m` : text;
  const bold = sgr(1, 22);
  const dim = sgr(2, 22);
  return {
    bold,
    dim,
    severity: (severity) =>
      enabled ? `\x1b[${SEVERITY_CODES[severity]}m${severity}\x1b[${severity === 'hint' ? 22 : 39}m` : severity,
  };
}

/** Above this many files a terminal shows which one is being checked. */
export const PROGRESS_THRESHOLD = 20;

export interface Progress {
  update(done: number, total: number, current: string): void;
  /** Erases the line so that other output starts on a clean line. */
  clear(): void;
}

export function progress(write: (chunk: string) => void, enabled: boolean): Progress {
  let shown = false;
  return {
    update(done, total, current) {
      if (!enabled) return;
      // `\r` + erase-line redraws in place; the path is cut so the line never wraps.
      write(`\r\x1b[2KChecking ${done}/${total} ${current.length > 50 ? `…${current.slice(-49)}` : current}`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      write('\r\x1b[2K');
      shown = false;
    },
  };
}
