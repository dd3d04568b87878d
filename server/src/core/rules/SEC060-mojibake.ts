import { mojibakeOf } from '../mojibake';
import { lineBefore } from '../placeholders';
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
        // "If the docs show “donâ€™t”, that is a UTF-8 → Windows-1252 bug": shown on purpose, maybe.
        uncertain: ABOUT_ENCODING.test(lineAround(doc.text, run.start)),
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

/** Words of a line that talks about text encodings, where mojibake may be quoted as an example. */
const ABOUT_ENCODING =
  /mojibake|\butf-?8\b|windows-?125\d|\blatin-?1\b|iso-?8859|mac\s*roman|\bencod(?:ing|ed)\b|\bkodierung|\bcodage\b|\bcodifica|文字化け|乱码|亂碼/i;

/** The line around `offset`, at most 200 characters each side: a long line of mojibake stays linear. */
function lineAround(text: string, offset: number): string {
  return lineBefore(text, offset, 200) + text.slice(offset, offset + 200).split('\n', 1)[0];
}

/** Text for a message: controls, private-use and invisible characters spelled out as code points. */
function show(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}\u00a0]|^\p{M}/gu,
    (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}
