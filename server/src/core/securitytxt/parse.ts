// security.txt (RFC 9116) as lines, fields and the OpenPGP cleartext-signature frame around them.
// One linear pass; nothing is thrown away, so every rule can point at the exact text it means.
// Offsets are UTF-16 code units into the text, as everywhere in the core.

export type Eol = '' | '\n' | '\r\n' | '\r';

export interface TxtLine {
  /** 0-based line number. */
  readonly index: number;
  readonly start: number;
  /** End of the content, before the line separator. */
  readonly end: number;
  readonly eol: Eol;
  /** The content, without the separator. */
  readonly text: string;
}

export interface TxtField {
  readonly line: TxtLine;
  /** The name as written, and its range (white space around it excluded). */
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  /** Lower case: RFC 9116 §4 ABNF strings are case-insensitive. */
  readonly key: string;
  readonly colon: number;
  /** The value with surrounding white space trimmed, and its range. */
  readonly value: string;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** "- " in front of the line in a signed file (RFC 4880 §7.1 dash-escaping), taken off before parsing. */
  readonly dashEscaped: boolean;
}

export interface Signature {
  /** The `-----BEGIN PGP SIGNED MESSAGE-----` line. */
  readonly header: TxtLine;
  /** Armor header lines after it (`Hash: SHA512`), up to the first blank line. */
  readonly armorHeaders: readonly TxtLine[];
  /** The blank line that ends the armor headers; absent when there is none. */
  readonly separator?: TxtLine;
  /** First and one-past-last line index of the signed text. */
  readonly bodyFrom: number;
  readonly bodyTo: number;
  readonly begin?: TxtLine;
  readonly end?: TxtLine;
  /** Lines of the signature block between its BEGIN and END lines. */
  readonly block: readonly TxtLine[];
}

export interface SecurityTxt {
  readonly text: string;
  readonly lines: readonly TxtLine[];
  readonly fields: readonly TxtField[];
  /** Lines that are neither blank, a comment, a field nor part of the signature frame. */
  readonly invalidLines: readonly TxtLine[];
  /** Present when the file is (or tries to be) an OpenPGP cleartext-signed message. */
  readonly signature?: Signature;
  /** Fields by lower-case name. */
  fieldsNamed(key: string): readonly TxtField[];
}

export const SIGNED_HEADER = '-----BEGIN PGP SIGNED MESSAGE-----';
export const SIGNATURE_BEGIN = '-----BEGIN PGP SIGNATURE-----';
export const SIGNATURE_END = '-----END PGP SIGNATURE-----';

export function splitLines(text: string): TxtLine[] {
  const lines: TxtLine[] = [];
  // A byte order mark is not part of the first line (TXT071 reports it).
  let start = text.startsWith('\uFEFF') ? 1 : 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const eol: Eol = text[end] === '\r' ? (text[end + 1] === '\n' ? '\r\n' : '\r') : text[end] === '\n' ? '\n' : '';
    lines.push({ index: lines.length, start, end, eol, text: text.slice(start, end) });
    start = end + eol.length;
  }
  return lines;
}

export function parseSecurityTxt(text: string): SecurityTxt {
  const lines = splitLines(text);
  const signature = signatureOf(lines);
  const frame = new Set<number>();
  if (signature) {
    frame.add(signature.header.index);
    for (const l of signature.armorHeaders) frame.add(l.index);
    if (signature.separator) frame.add(signature.separator.index);
    for (let i = signature.bodyTo; i < lines.length && i <= (signature.end?.index ?? lines.length - 1); i++)
      frame.add(i);
  }
  const fields: TxtField[] = [];
  const invalidLines: TxtLine[] = [];
  for (const line of lines) {
    if (frame.has(line.index)) continue;
    const signed = signature !== undefined && line.index >= signature.bodyFrom && line.index < signature.bodyTo;
    const dashEscaped = signed && line.text.startsWith('- ');
    const offset = dashEscaped ? 2 : 0;
    const content = line.text.slice(offset);
    if (content.trim() === '' || content.trimStart().startsWith('#')) continue;
    const field = fieldOf(line, content, line.start + offset, dashEscaped);
    if (field) fields.push(field);
    else invalidLines.push(line);
  }
  const byKey = new Map<string, TxtField[]>();
  // Appended in place: copying the list per field was quadratic in a file of thousands of Contacts.
  for (const f of fields) {
    const same = byKey.get(f.key);
    if (same) same.push(f);
    else byKey.set(f.key, [f]);
  }
  return {
    text,
    lines,
    fields,
    invalidLines,
    ...(signature ? { signature } : {}),
    fieldsNamed: (key) => byKey.get(key) ?? [],
  };
}

function fieldOf(line: TxtLine, content: string, at: number, dashEscaped: boolean): TxtField | undefined {
  const colon = content.indexOf(':');
  if (colon < 0) return undefined;
  const rawName = content.slice(0, colon);
  const name = rawName.trim();
  // A name with inner white space is prose with a colon in it ("Note: see below" is a field, "Send mail to: x" is not).
  if (name === '' || /\s/.test(name)) return undefined;
  const nameStart = at + rawName.indexOf(name);
  const rawValue = content.slice(colon + 1);
  const value = rawValue.trim();
  const valueStart = value === '' ? at + colon + 1 : at + colon + 1 + rawValue.indexOf(value);
  return {
    line,
    name,
    nameStart,
    nameEnd: nameStart + name.length,
    key: name.toLowerCase(),
    colon: at + colon,
    value,
    valueStart,
    valueEnd: valueStart + value.length,
    dashEscaped,
  };
}

/**
 * The cleartext-signature frame (RFC 4880 §7, RFC 9580 §7): the header line, armor headers up to a
 * blank line, the signed text, then the signature block. Found wherever the header line is, so a
 * header that is not on the first line is still recognised (and reported).
 */
function signatureOf(lines: readonly TxtLine[]): Signature | undefined {
  const header = lines.find((l) => l.text.trimEnd() === SIGNED_HEADER);
  if (!header) return undefined;
  const armorHeaders: TxtLine[] = [];
  let i = header.index + 1;
  while (
    i < lines.length &&
    /^[A-Za-z][A-Za-z0-9-]*: /.test(lines[i]!.text) &&
    armorHeaders.length < 8 &&
    isArmorHeaderName(lines[i]!.text)
  )
    armorHeaders.push(lines[i++]!);
  const separator = i < lines.length && lines[i]!.text.trim() === '' ? lines[i++] : undefined;
  const bodyFrom = i;
  let begin: TxtLine | undefined;
  while (i < lines.length && !begin) {
    if (lines[i]!.text.trimEnd() === SIGNATURE_BEGIN) begin = lines[i];
    else i++;
  }
  const bodyTo = begin ? begin.index : lines.length;
  let end: TxtLine | undefined;
  const block: TxtLine[] = [];
  for (let j = bodyTo + 1; begin && j < lines.length && !end; j++) {
    if (lines[j]!.text.trimEnd() === SIGNATURE_END) end = lines[j];
    else block.push(lines[j]!);
  }
  return {
    header,
    armorHeaders,
    ...(separator ? { separator } : {}),
    bodyFrom,
    bodyTo,
    ...(begin ? { begin } : {}),
    ...(end ? { end } : {}),
    block: end ? block : [],
  };
}

/** Armor header keys of RFC 4880 §6.2 / RFC 9580 §6.2.2.2; a cleartext message may only carry Hash, but the others are read as headers too. */
function isArmorHeaderName(line: string): boolean {
  return /^(?:Hash|Version|Comment|Charset|MessageID):/i.test(line);
}

/** Whether `offset` lies in the signed text or the frame, where any edit invalidates the signature. */
export function isSignedAt(txt: SecurityTxt, offset: number): boolean {
  const sig = txt.signature;
  if (!sig) return false;
  // Inserting right after the END line (a final line break) leaves the signed bytes as they are.
  return offset >= sig.header.start && (sig.end === undefined || offset < sig.end.end);
}
