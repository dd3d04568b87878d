// Small pieces the bench scripts share: a numeric command-line option, a pause, the middle value.

/** Takes `name VALUE` out of `args` (so what remains are positional arguments); `fallback` if absent. */
export function takeNumberOption(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return Number(value);
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** The upper of the two middle values (the middle one for an odd count); NaN for none. */
export const upperMedian = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
