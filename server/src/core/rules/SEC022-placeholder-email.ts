import { EMAIL, isPlaceholderEmail, REPLACE_HINT } from '../placeholders';
import type { Rule } from '../rule';

/** How far on the same line a "(replace with …)" note may stand from the address. */
const HINT_WINDOW = 80;

export const rule: Rule = {
  id: 'SEC022',
  name: 'placeholder-email',
  description: 'An email address on a reserved or placeholder domain.',
  defaultSeverity: 'error',
  kind: 'text',
  check(doc, ctx) {
    const reported = new Set<number>();
    const consider = (address: string, start: number) => {
      if (reported.has(start)) return;
      const end = start + address.length;
      let message: string | undefined;
      if (isPlaceholderEmail(address)) {
        message = `"${address}" is a placeholder address; replace it with a mailbox your security team reads.`;
      } else if (hasReplaceHint(doc.prose, start, end)) {
        message = `"${address}" is marked as a value to replace; put in the real security contact and remove the note.`;
      }
      if (!message) return;
      reported.add(start);
      ctx.report({ start, end, message });
    };

    for (const m of doc.prose.matchAll(EMAIL)) {
      // `git@github.com:owner/repo` is a remote, not a mailbox.
      if (doc.prose[m.index + m[0].length] === ':') continue;
      consider(m[0], m.index);
    }
    // `mailto:` targets the prose scan cannot see as written (percent-encoded `@`, entities in HTML).
    for (const link of doc.links) {
      if (!/^mailto:/i.test(link.url) || doc.prose.slice(link.start, link.end).trim() === '') continue;
      const source = doc.text.slice(link.start, link.end);
      const at = source.search(/mailto:/i);
      if (at < 0) continue;
      const raw = /^mailto:([^?\s)"'>]*)/i.exec(source.slice(at))![1]!;
      if (!raw || raw.includes('@')) continue;
      const decoded = safeDecode(raw);
      if (decoded.includes('@') && isPlaceholderEmail(decoded)) {
        const start = link.start + at + 'mailto:'.length;
        if (reported.has(start)) continue;
        reported.add(start);
        ctx.report({ start, end: start + raw.length, message: `"${decoded}" is a placeholder address; replace it with a mailbox your security team reads.` });
      }
    }
  },
};

/** A "(replace with your address)" note right after the address, or "replace" right before it, on the same line. */
function hasReplaceHint(prose: string, start: number, end: number): boolean {
  const lineEnd = prose.indexOf('\n', end);
  const after = prose.slice(end, Math.min(lineEnd < 0 ? prose.length : lineEnd, end + HINT_WINDOW));
  if (REPLACE_HINT.test(after)) return true;
  const lineStart = prose.lastIndexOf('\n', start - 1) + 1;
  const before = prose.slice(Math.max(lineStart, start - 20), start);
  return /\b(?:replace|change)\s*[\s:`*_[<(]*$/i.test(before);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
