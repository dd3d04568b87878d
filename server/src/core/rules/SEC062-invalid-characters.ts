import { isInDamagedMojibake, mojibakeOf } from '../mojibake';
import type { Rule, RuleContext } from '../rule';

/** U+FFFD, C0 controls other than tab, line feed and carriage return, DEL and C1 controls. */
const INVALID = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]+/g;

export const rule: Rule = {
  id: 'SEC062',
  name: 'invalid-characters',
  description: 'Replacement characters (U+FFFD) or control characters.',
  defaultSeverity: 'warning',
  kind: 'text',
  check(doc, { report }) {
    const mojibake = mojibakeOf(doc);
    const inMojibake = (offset: number) => mojibake.some((r) => r.start <= offset && offset < r.end);
    for (const m of doc.text.matchAll(INVALID)) {
      // Split the match where it enters or leaves mojibake: those characters are SEC060's.
      let start = m.index;
      const end = m.index + m[0].length;
      while (start < end) {
        while (start < end && inMojibake(start)) start++;
        let stop = start;
        while (stop < end && !inMojibake(stop)) stop++;
        if (stop > start) reportRun(doc.text, start, stop, report);
        start = stop;
      }
    }
  },
};

function reportRun(text: string, start: number, end: number, report: RuleContext['report']): void {
  const run = text.slice(start, end);
  const damaged = run.includes('\uFFFD') && isInDamagedMojibake(text, start, end);
  report({
    start,
    end,
    message: damaged
      ? `${describe(run)}: what is left of a mojibake sequence that lost a byte; the original character cannot be recovered automatically`
      : `${describe(run)}: ${run.includes('\uFFFD') ? 'the text was damaged by a decoding error' : 'control characters are invisible and break tools that read the file'}`,
    ...(damaged ? {} : { fixes: [{ title: 'Remove invalid characters', edits: [{ start, end, newText: '' }] }] }),
  });
}

function describe(run: string): string {
  const names = [...new Set([...run].map(name))];
  const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', ');
  return `${run.length === 1 ? 'Invalid character' : `${run.length} invalid characters`} (${listed})`;
}

function name(c: string): string {
  const code = c.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0xfffd) return `${hex} replacement character`;
  if (code === 0) return `${hex} NUL`;
  if (code <= 0x1f) return `${hex} control character`;
  if (code === 0x7f) return `${hex} DEL`;
  return `${hex} C1 control character`;
}
