import { channelsOf } from '../channels';
import { isPlaceholderEmail } from '../placeholders';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC022',
  name: 'placeholder-email',
  description: 'An email address on a reserved or placeholder domain, or one marked as a value to replace.',
  defaultSeverity: 'error',
  kind: 'text',
  check(doc, ctx) {
    let covered = -1;
    for (const channel of channelsOf(doc)) {
      if (channel.kind !== 'email' || channel.privacy !== 'placeholder' || channel.start < covered) continue;
      const source = doc.text.slice(channel.start, channel.end);
      // A `mailto:` link: report its address, percent-encoded or not, where the text shows it.
      const mailto = /mailto:([^?\s)"'>]*)/i.exec(source);
      const start = mailto ? channel.start + mailto.index + 'mailto:'.length : channel.start;
      const end = mailto ? start + mailto[1]!.length : channel.end;
      const address = mailto ? safeDecode(mailto[1]!) : source;
      covered = channel.end;
      ctx.report({
        start,
        end,
        message: isPlaceholderEmail(address)
          ? `"${address}" is a placeholder address; replace it with a mailbox your security team reads.`
          : `"${address}" is marked as a value to replace; put in the real security contact and remove the note.`,
      });
    }
  },
};

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
