// Binary search over sorted offsets: the one search behind "the line of an offset", "the heading
// or block an offset stands under" and the like.

/** How many of the sorted numbers (or items, sorted by `keyOf`) are at most `value`. */
export function countAtMost(sorted: readonly number[], value: number): number;
export function countAtMost<T>(sorted: readonly T[], value: number, keyOf: (item: T) => number): number;
export function countAtMost(
  sorted: readonly unknown[],
  value: number,
  keyOf = (item: unknown) => item as number,
): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keyOf(sorted[mid]) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
