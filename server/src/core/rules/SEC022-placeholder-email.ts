import { channelsOf, decodeSafe, visibleText } from '../channels';
import { EMAIL, isPlaceholderEmail } from '../placeholders';
import type { Rule } from '../rule';
import { matchesIn } from '../regexpMatches';

export const rule: Rule = {
  id: 'SEC022',
  name: 'placeholder-email',
  description: 'An email address on a reserved or placeholder domain, or one marked as a value to replace.',
  defaultSeverity: 'error',
  kind: 'text',
  input: 'text',
  check(doc, ctx) {
    const text = visibleText(doc);
    const reported = new Set<number>();
    // `uncertain`: the channel model's (an account's name at github.com, which a GitHub employee's address
    // looks like): one level lower, it does not fail CI.
    const report = (start: number, end: number, address: string, uncertain = false) => {
      if (reported.has(start)) return;
      reported.add(start);
      ctx.report({
        start,
        end,
        uncertain,
        message: uncertain
          ? `"${address}" names a GitHub account at github.com, which gives its users no mailbox; unless it is a GitHub staff address, give one your security team reads.`
          : isPlaceholderEmail(address)
            ? `"${address}" is a placeholder address; replace it with a mailbox your security team reads.`
            : `"${address}" is marked as a value to replace; put in the real security contact and remove the note.`,
      });
    };
    for (const channel of channelsOf(doc)) {
      if (channel.kind !== 'email' || channel.privacy !== 'placeholder') continue;
      // Each address the channel shows (a link's text and its target), and a percent-encoded target.
      const source = text.slice(channel.start, channel.end);
      const addresses = matchesIn(source, EMAIL);
      for (const m of addresses)
        report(channel.start + m.index, channel.start + m.index + m[0].length, m[0], channel.uncertain);
      const mailto = /mailto:([^?\s)"'>]*)/i.exec(source);
      if (mailto && !mailto[1]!.includes('@') && !/^[[<{]/.test(mailto[1]!)) {
        const start = channel.start + mailto.index + 'mailto:'.length;
        report(start, start + mailto[1]!.length, decodeSafe(mailto[1]!));
      } else if (addresses.length === 0) {
        // An address with no domain to speak of (`security@your-domain`, `mailto:[EMAIL ADDRESS]`): the channel's text is the value.
        const value = source.replace(/^mailto:/i, '');
        report(channel.end - value.length, channel.end, value);
      }
    }
  },
};
