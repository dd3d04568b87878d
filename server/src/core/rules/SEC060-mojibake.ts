import { mojibakeOf } from '../mojibake';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC060',
  name: 'mojibake',
  description: 'UTF-8 text that was decoded as Windows-1252 or Mac Roman (mojibake).',
  defaultSeverity: 'error',
  kind: 'text',
  input: 'text',
  check(doc, { report }) {
    for (const run of mojibakeOf(doc)) {
      const broken = show(doc.text.slice(run.start, run.end));
      const repaired = show(run.repaired);
      report({
        start: run.start,
        end: run.end,
        message: `“${broken}” is mojibake for “${repaired}” (UTF-8 read as ${run.codePage})`,
        fixes: [
          {
            title: `Repair mojibake: “${broken}” → “${repaired}”`,
            edits: [{ start: run.start, end: run.end, newText: run.repaired }],
            isPreferred: true,
          },
        ],
      });
    }
  },
};

/** Text for a message: controls, private-use and invisible characters spelled out as code points. */
function show(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}\u00a0]|^\p{M}/gu,
    (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}
