// The matches of a global regular expression, found with the expression itself.

/**
 * `[...text.matchAll(pattern)]` without the copy of `pattern` that `matchAll` makes: V8 keeps a
 * pattern's compiled code with the pattern, so each copy of a module's pattern was compiled again,
 * call after call (measured: 20 µs more per call for an alternation of 300 words; the channel model's
 * patterns are larger and run on every paragraph a keystroke changes). `pattern` must be global and
 * not used by the caller while the loop runs; its lastIndex is 0 before and after.
 */
export function matchesIn(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const unicode = pattern.unicode || pattern.flags.includes('v');
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      found.push(m);
      // An empty match moves on by one character, as matchAll does (a code point under `u` or `v`).
      if (m[0] === '') pattern.lastIndex += unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return found;
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
