// ASCII-armored OpenPGP blocks (RFC 4880 §6, RFC 9580 §6.2) found anywhere in the text, code
// blocks included: a key pasted into a fence is still the key reporters will import. Shared by
// SEC023 (a block whose body is placeholder prose) and SEC052 (a malformed block).
import type { PolicyDocument } from './document';
import { perDocument } from './memo';

/** One line of the text, with a blockquote/indent prefix stripped and trailing blanks trimmed. */
interface Line {
  /** Content after the prefix, trimmed at the end. */
  readonly text: string;
  /** Offset of the content's first character. */
  readonly start: number;
  /** Offset just after the trimmed content. */
  readonly end: number;
}

export interface ArmorLine {
  readonly kind: 'BEGIN' | 'END';
  /** The label between `BEGIN PGP`/`END PGP` and the dashes: `PUBLIC KEY BLOCK`, `SIGNATURE`, … */
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface ArmorBlock {
  readonly begin: ArmorLine;
  /** The closing line: absent when the block is never closed. Its label may differ from `begin`'s. */
  readonly end?: ArmorLine;
  /** Lines between the BEGIN line and the END line (empty when the block is not closed). */
  readonly lines: readonly Line[];
}

export interface ArmorScan {
  readonly blocks: readonly ArmorBlock[];
  /** END lines with no open block before them. */
  readonly strayEnds: readonly ArmorLine[];
}

export type ArmorVerdict =
  | { readonly status: 'ok' }
  /** The body is prose or elision standing in for a key; range is the body, or the block when it is empty. */
  | { readonly status: 'placeholder'; readonly start: number; readonly end: number }
  | { readonly status: 'malformed'; readonly message: string };

// Five dashes on each side; a sixth trailing dash (seen in real policies) is tolerated, as GnuPG does.
const ARMOR_LINE = /^-----(BEGIN|END) PGP ([A-Z0-9][A-Z0-9 ,/]*?)-----+$/;
const ARMOR_ANYWHERE = /-----(?:BEGIN|END) PGP [A-Z0-9]/;
const PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*/;
/** Armor headers of RFC 4880 §6.2 / RFC 9580 §6.2.2.2 (others are not in real use). */
const HEADER = /^(?:Version|Comment|Hash|Charset|MessageID):(?:[ \t]|$)/;
const RADIX64 = /^[A-Za-z0-9+/]+={0,2}$/;
const CHECKSUM = /^=[A-Za-z0-9+/]{4}$/;
/** A data line this long can only be key material, never a placeholder word. */
const DATA_LINE_MIN = 16;

/** The document's armored blocks, scanned once per document. */
export const armorOf: (doc: PolicyDocument) => ArmorScan = perDocument((doc) => scanArmor(doc.text));

export function scanArmor(text: string): ArmorScan {
  const blocks: ArmorBlock[] = [];
  const strayEnds: ArmorLine[] = [];
  // Most policies hold no armor line: skip splitting them into lines.
  if (!ARMOR_ANYWHERE.test(text)) return { blocks, strayEnds };
  let open: { begin: ArmorLine; lines: Line[] } | undefined;

  for (const line of linesOf(text)) {
    const m = ARMOR_LINE.exec(line.text);
    if (!m) {
      open?.lines.push(line);
      continue;
    }
    const armor: ArmorLine = { kind: m[1] as 'BEGIN' | 'END', label: m[2]!, start: line.start, end: line.end };
    if (armor.kind === 'END') {
      if (open) blocks.push({ begin: open.begin, end: armor, lines: open.lines });
      else strayEnds.push(armor);
      open = undefined;
      continue;
    }
    if (open) {
      // A clear-signed message is closed by its signature block; anything else left open is unterminated.
      const signed = open.begin.label === 'SIGNED MESSAGE' && armor.label === 'SIGNATURE';
      blocks.push(signed ? { begin: open.begin, end: armor, lines: open.lines } : { begin: open.begin, lines: [] });
    }
    open = { begin: armor, lines: [] };
  }
  if (open) blocks.push({ begin: open.begin, lines: [] });
  return { blocks, strayEnds };
}

/** Whether a block is sound, a placeholder, or malformed (and why). */
export function inspectArmor(block: ArmorBlock): ArmorVerdict {
  const { begin, end } = block;
  if (begin.label === 'SIGNED MESSAGE') {
    // The cleartext is free text; the signature that closes it is inspected as a block of its own.
    if (end?.kind === 'BEGIN' && end.label === 'SIGNATURE') return { status: 'ok' };
    return {
      status: 'malformed',
      message:
        'The clear-signed message is not followed by a "-----BEGIN PGP SIGNATURE-----" block; paste the complete signed text.',
    };
  }
  if (!end) {
    return {
      status: 'malformed',
      message: `The armored block "BEGIN PGP ${begin.label}" has no matching "-----END PGP ${begin.label}-----" line; paste the complete block.`,
    };
  }
  if (end.label !== begin.label) {
    return {
      status: 'malformed',
      message: `The armored block begins with "BEGIN PGP ${begin.label}" but ends with "END PGP ${end.label}"; paste the complete block.`,
    };
  }

  let i = 0;
  const lines = block.lines;
  while (i < lines.length && HEADER.test(lines[i]!.text)) i++;
  const body = lines.slice(i).filter((l) => l.text !== '');
  const looksLikeData = body.some((l) => l.text.length >= DATA_LINE_MIN && RADIX64.test(l.text));
  // An encrypted message's armor around dots or words shows the form a report takes ("send it in this
  // form: BEGIN PGP MESSAGE … END PGP MESSAGE"): the reporter's to fill, never a key left unpasted.
  if (!looksLikeData && begin.label === 'MESSAGE') return { status: 'ok' };
  if (!looksLikeData) {
    const first = body[0];
    const last = body[body.length - 1];
    return first && last
      ? { status: 'placeholder', start: first.start, end: last.end }
      : { status: 'placeholder', start: begin.start, end: end.end };
  }

  let data = body;
  let checksum: string | undefined;
  const tail = body[body.length - 1]!;
  if (CHECKSUM.test(tail.text)) {
    checksum = tail.text.slice(1);
    data = body.slice(0, -1);
  }
  for (const [index, line] of data.entries()) {
    const padded = line.text.includes('=');
    if (!RADIX64.test(line.text) || (padded && index !== data.length - 1)) {
      return {
        status: 'malformed',
        message: `The line "${shorten(line.text)}" in the armored block is not radix-64 key data; paste the key exactly as exported.`,
      };
    }
  }
  const radix = data.map((l) => l.text).join('');
  const bytes = decodeBase64(radix);
  if (!bytes) {
    return {
      status: 'malformed',
      message:
        'The armored key data is truncated (its length is not a multiple of 4 characters); paste the key exactly as exported.',
    };
  }
  if (checksum !== undefined) {
    const expected = decodeBase64(checksum);
    const actual = crc24(bytes);
    if (expected && ((expected[0]! << 16) | (expected[1]! << 8) | expected[2]!) !== actual) {
      return {
        status: 'malformed',
        message: `The armor checksum "=${checksum}" does not match the key data, so the key was altered or truncated; paste the key exactly as exported.`,
      };
    }
  }
  return { status: 'ok' };
}

/** CRC-24 of RFC 4880 §6.1. */
export function crc24(bytes: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes padded base64; undefined when the length is not a multiple of 4 or a character is foreign. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let chunk = 0;
    for (let j = 0; j < 4; j++) {
      const c = text[i + j]!;
      const v = c === '=' ? 0 : ALPHABET.indexOf(c);
      if (v < 0) return undefined;
      chunk = (chunk << 6) | v;
    }
    for (let k = 2; k >= 0 && o < out.length; k--) {
      out[o++] = (chunk >> (8 * k)) & 0xff;
      if (o === out.length) break;
    }
  }
  return out;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (const m of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (m[0] === '' && m.index >= text.length) break;
    const raw = m[0].replace(/[\r\n]+$/, '');
    const prefix = PREFIX.exec(raw)![0].length;
    const content = raw.slice(prefix).trimEnd();
    lines.push({ text: content, start: m.index + prefix, end: m.index + prefix + content.length });
  }
  return lines;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
