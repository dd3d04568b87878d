import { crc24, decodeBase64 } from '../../pgp';
import type { Report } from '../../rule';
import type { SecurityTxt } from '../parse';
import { SIGNATURE_BEGIN, SIGNED_HEADER } from '../parse';
import { trimmedRange, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT080',
  name: 'signature-structure',
  description:
    'The OpenPGP cleartext signature is malformed: text before the header, no blank line after "Hash:", an unescaped "-" line, no or a broken signature block, text after it (RFC 9116 §2.3, RFC 4880 §7).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    for (const report of problems(txt)) ctx.report(report);
  },
};

const RESIGN = ' Sign the file again (gpg --clearsign) from its unsigned source.';
const RADIX64 = /^[A-Za-z0-9+/]+={0,2}$/;

function problems(txt: SecurityTxt): Report[] {
  const sig = txt.signature;
  if (!sig) return strayArmor(txt);
  const out: Report[] = [];
  const lines = txt.lines;
  const before = lines.slice(0, sig.header.index).find((l) => l.text.trim() !== '');
  if (before)
    out.push({
      ...trimmedRange(before),
      message: `Text before "${SIGNED_HEADER}" is not covered by the signature; a signed security.txt starts with that line.`,
    });
  if (!sig.separator) {
    const at = lines[sig.header.index + 1 + sig.armorHeaders.length] ?? sig.header;
    out.push({
      ...trimmedRange(at),
      message: `A blank line must follow the signed-message header${sig.armorHeaders.length > 0 ? ' and its "Hash:" line' : ''}; without it the signed text is not read correctly.${RESIGN}`,
    });
  }
  for (let i = sig.bodyFrom; i < sig.bodyTo; i++) {
    const line = lines[i]!;
    // The signer escapes every line starting with "-" as "- -…"; one that is not was edited after signing.
    if (line.text.startsWith('-') && !line.text.startsWith('- ')) {
      out.push({
        ...trimmedRange(line),
        message: `A line of signed text starting with "-" must be dash-escaped ("- ${line.text.slice(0, 20)}…"): the text was changed after signing.${RESIGN}`,
      });
    }
  }
  if (!sig.begin) {
    out.push({
      ...trimmedRange(sig.header),
      message: `The signed message has no "${SIGNATURE_BEGIN}" block: the signature is missing.${RESIGN}`,
    });
    return out;
  }
  if (!sig.end) {
    out.push({
      ...trimmedRange(sig.begin),
      message: `The signature block has no "-----END PGP SIGNATURE-----" line: it is cut off.${RESIGN}`,
    });
    return out;
  }
  const broken = brokenData(sig.block.map((l) => l.text.trim()));
  if (broken)
    out.push({
      start: sig.begin.start,
      end: sig.end.end,
      message: `The signature block is damaged: ${broken}.${RESIGN}`,
    });
  const after = lines.slice(sig.end.index + 1).find((l) => l.text.trim() !== '');
  if (after)
    out.push({
      ...trimmedRange(after),
      message: 'Text after the signature is not signed: a signed security.txt ends with "-----END PGP SIGNATURE-----".',
    });
  return out;
}

/** A signature block on an unsigned file: the signed-message header was lost. */
function strayArmor(txt: SecurityTxt): Report[] {
  const begin = txt.lines.find((l) => l.text.trimEnd() === SIGNATURE_BEGIN);
  if (!begin) return [];
  return [
    {
      ...trimmedRange(begin),
      message: `A signature block without "${SIGNED_HEADER}" before the text: readers take the file as unsigned.${RESIGN}`,
    },
  ];
}

/** Why the radix-64 body of a signature block is not one, or undefined when it reads. */
function brokenData(block: readonly string[]): string | undefined {
  let i = 0;
  while (i < block.length && /^[A-Za-z]+: /.test(block[i]!)) i++;
  const body = block.slice(i).filter((l) => l !== '');
  let data = body;
  let checksum: string | undefined;
  if (/^=[A-Za-z0-9+/]{4}$/.test(body.at(-1) ?? '')) {
    checksum = body.at(-1)!.slice(1);
    data = body.slice(0, -1);
  }
  if (data.length === 0) return 'it holds no signature data';
  const bad = data.find((l) => !RADIX64.test(l));
  if (bad) return `"${bad.slice(0, 30)}" is not radix-64 data`;
  const bytes = decodeBase64(data.join(''));
  if (!bytes) return 'its data is truncated';
  const expected = checksum === undefined ? undefined : decodeBase64(checksum);
  if (expected && ((expected[0]! << 16) | (expected[1]! << 8) | expected[2]!) !== crc24(bytes))
    return 'its checksum does not match the data';
  return undefined;
}
