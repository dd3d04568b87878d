// Mojibake detection shared by SEC060 (which reports it) and SEC062 (which leaves the control
// characters inside it alone): UTF-8 bytes that were decoded as Windows-1252 or Mac Roman.
//
// Each character of those code pages stands for one byte, so a run of them can be turned back into
// bytes; where those bytes form valid UTF-8 the run was probably UTF-8 to begin with. Legitimate
// accented text can form valid UTF-8 by accident too ("É" + "”" is the bytes of "ɔ", Mac Roman
// "’" + "é" those of "Վ"), so every repaired character must also be plausible: a script or symbol
// block that mojibake typically comes from, and for the ambiguous two-byte shapes (an accented
// letter followed by punctuation) supporting evidence elsewhere in the document.

import { MAC_ROMAN_HIGH, WINDOWS_1252_HIGH } from './codePages';
import type { PolicyDocument } from './document';

export type CodePage = 'Windows-1252' | 'Mac Roman';

export interface MojibakeRun {
  readonly start: number;
  readonly end: number;
  /** The text the run stood for. */
  readonly repaired: string;
  readonly codePage: CodePage;
}

interface Table {
  readonly codePage: CodePage;
  /** Character code → the byte (0x80–0xFF) it decodes from. */
  readonly toByte: ReadonlyMap<number, number>;
  /** Runs of two or more of the code page's characters: a regular expression scans far faster than a lookup per character. */
  readonly runs: RegExp;
}

const APPLE_LOGO = 0xf8ff;

/** `decoded`: bytes 0x80–0xFF of the code page, one character each (codePages.ts). */
function buildTable(codePage: CodePage, decoded: string): Table {
  const toByte = new Map<number, number>();
  for (let i = 0; i < 128; i++) {
    const byte = 0x80 + i;
    const code = decoded.charCodeAt(i);
    if (code !== 0xfffd) toByte.set(code, byte);
    // Bytes the code page leaves undefined: decoders that pass them through produce the C1 control
    // of the same value (Windows-1252), or Apple's logo (Mac Roman 0xF0, private use U+F8FF).
    else toByte.set(codePage === 'Mac Roman' ? APPLE_LOGO : byte, byte);
  }
  if (codePage === 'Windows-1252') {
    // Text decoded as ISO-8859-1 instead: every byte 0x80–0x9F became the C1 control of its value.
    for (let byte = 0x80; byte <= 0x9f; byte++) if (!toByte.has(byte)) toByte.set(byte, byte);
  }
  const members = [...toByte.keys()].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('');
  return { codePage, toByte, runs: new RegExp(`[${members}]{2,}`, 'g') };
}

let tables: readonly Table[] | undefined;
/** Built on first use: a server that never analyses a policy never builds them. */
function codePageTables(): readonly Table[] {
  return (tables ??= [buildTable('Windows-1252', WINDOWS_1252_HIGH), buildTable('Mac Roman', MAC_ROMAN_HIGH)]);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Control, unassigned, private-use or surrogate code points, or U+FFFD: never a repair. */
const IMPLAUSIBLE = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}\uFFFD]/u;
const LETTER = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;

type Range = readonly [number, number];

/** Two-byte results worth believing: Latin-1, Latin Extended-A, Romanian ș/ț, Vietnamese ơ/ư, Greek, Cyrillic, Hebrew and Arabic letters. */
const TWO_BYTE: readonly Range[] = [
  [0xa0, 0x17f],
  [0x1a0, 0x1b0],
  [0x218, 0x21b],
  [0x386, 0x3ce],
  [0x400, 0x45f],
  [0x5d0, 0x5ea],
  [0x621, 0x64a],
];
/** Three-byte results that Mac Roman mojibake typically comes from: punctuation, symbols, dingbats, CJK, variation selectors, full-width forms, Vietnamese. */
const THREE_BYTE_MAC: readonly Range[] = [
  [0x1e00, 0x1eff],
  [0x2000, 0x2bff],
  [0x3000, 0x9fff],
  [0xfe00, 0xfe0f],
  [0xff00, 0xffef],
];

const inRanges = (cp: number, ranges: readonly Range[]) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

interface Sequence {
  /** Offsets in the text. */
  readonly start: number;
  readonly end: number;
  readonly repaired: string;
  /**
   * Weak: a two-byte shape that legitimate text can also produce (an accented capital followed by
   * punctuation); believed only with support from elsewhere.
   */
  readonly weak: boolean;
  /** Believed only if followed by a non-letter or by another sequence. */
  readonly freeEnd?: boolean;
}

const sequenceLength = (lead: number) =>
  lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
const isContinuation = (byte: number | undefined) => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

function decodeUtf8(bytes: readonly number[]): string | undefined {
  try {
    return UTF8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

function plausible(repaired: string, length: number): boolean {
  if (IMPLAUSIBLE.test(repaired)) return false;
  const cp = repaired.codePointAt(0)!;
  if (length === 2) return inRanges(cp, TWO_BYTE);
  if (length === 3) return true;
  return cp >= 0x10000 && cp <= 0x3ffff;
}

/** A C1 control: never text, but a byte of the inner layer when text was read the wrong way twice. */
const C1 = /^[\u0080-\u009f]$/;

/**
 * Candidate sequences in one maximal run of code-page characters, text[start, end). A sequence that
 * stands for a C1 control is a candidate too (weak, so it counts only next to clear evidence): "Â" +
 * U+0080 is one byte of "’" read as Latin-1 twice. It is kept only if decoding again takes it up.
 */
function sequencesInRun(text: string, start: number, end: number, table: Table): Sequence[] {
  const bytes: number[] = [];
  for (let i = start; i < end; i++) bytes.push(table.toByte.get(text.charCodeAt(i))!);
  const found: Sequence[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = sequenceLength(lead);
    let taken = false;
    if (length > 0 && i + length <= bytes.length && bytes.slice(i + 1, i + length).every(isContinuation)) {
      const repaired = decodeUtf8(bytes.slice(i, i + length));
      const inner = repaired !== undefined && C1.test(repaired);
      if (repaired !== undefined && (inner || plausible(repaired, length))) {
        const weak = inner || isWeak(table, bytes.slice(i, i + length), repaired, text.charCodeAt(start + i + 1));
        found.push({ start: start + i, end: start + i + length, repaired, weak });
        i += length;
        taken = true;
      }
    } else if (
      table.codePage === 'Mac Roman' &&
      lead === 0x9f &&
      isContinuation(bytes[i + 1]) &&
      isContinuation(bytes[i + 2])
    ) {
      // An emoji (F0 9F xx xx) whose first byte, Apple's logo in Mac Roman, was dropped as unprintable.
      const repaired = decodeUtf8([0xf0, ...bytes.slice(i, i + 3)]);
      const cp = repaired?.codePointAt(0) ?? 0;
      // Only as a word of its own: "ü" followed by two accented letters inside a word is German.
      const before = start + i - 1;
      const afterPrevious = found.at(-1)?.end === start + i;
      const standsAlone = afterPrevious || !LETTER.test(text[before] ?? '');
      if (repaired !== undefined && cp >= 0x1f300 && cp <= 0x1faff && !IMPLAUSIBLE.test(repaired) && standsAlone) {
        // Turkish "üçü" (three) is letters only; an emoji whose last bytes are symbols (®, §, †) is not.
        const weak = LETTER.test(text[start + i + 1]!) && LETTER.test(text[start + i + 2]!);
        found.push({ start: start + i, end: start + i + 3, repaired, weak, freeEnd: true });
        i += 3;
        taken = true;
      }
    }
    if (!taken) i++;
  }
  return found;
}

/** Windows-1252's punctuation in 0x80–0x9F: ‚ „ … ‹ ‘ ’ “ ” • – — ™ ›. */
const PUNCTUATION_BYTES = new Set([0x82, 0x84, 0x85, 0x8b, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0x9b]);

/**
 * Whether a sequence has a shape legitimate text can produce too, so that it is believed only with
 * support from a clearer sequence in the same document, or inside a word.
 */
function isWeak(table: Table, bytes: readonly number[], repaired: string, textSecond: number): boolean {
  const [lead, second] = bytes as [number, number];
  if (table.codePage === 'Windows-1252') {
    // A small accented letter and two punctuation marks ("důvěrné…“", "è—“"): text, unless a clearer
    // sequence backs it ("的" is "çš„": š is a letter, so that one stays clear).
    if (bytes.length === 3) return PUNCTUATION_BYTES.has(bytes[1]!) && PUNCTUATION_BYTES.has(bytes[2]!);
    if (bytes.length !== 2) return false;
    if (textSecond >= 0x80 && textSecond <= 0x9f) return false; // a C1 control is never legitimate text
    // The lead is an accented capital. After one, a character from 0xA1–0xBF (©, ³, ¡, ± …) is not
    // legitimate text, but punctuation from 0x80–0x9F (’, ”, …, –) can be ("AMANHÔ), and so can
    // guillemets, the middle dot and the no-break space.
    return second <= 0xa0 || second === 0xab || second === 0xb7 || second === 0xbb;
  }
  // Mac Roman: continuation bytes are accented letters. After √ and ¬ (C3, C2: Latin-1 results) or
  // after the punctuation leads of three-byte sequences (‡ · ‚ „ ‰) they are not text; after ƒ, ≈,
  // quotes and dashes (Cyrillic, Greek … results) or an accented capital (Â Ê Á Ë È Í Î Ï Ì Ó Ô,
  // three-byte leads) they might be.
  if (bytes.length === 2) return lead !== 0xc2 && lead !== 0xc3;
  if (bytes.length === 3) return lead >= 0xe5 || !inRanges(repaired.codePointAt(0)!, THREE_BYTE_MAC);
  return false;
}

/**
 * One pass over the text: the accepted sequences, each with its repair, in order. `support` names
 * the code pages whose weak sequences are believed anyway (clear evidence seen in an earlier pass);
 * the result says which code pages had clear evidence here.
 */
function detect(
  text: string,
  support: ReadonlySet<CodePage> = new Set(),
): { parts: MojibakeRun[]; supported: Set<CodePage> } {
  const supportedHere = new Set<CodePage>();
  const candidates: Array<{ score: number; runs: Array<{ start: number; end: number; parts: MojibakeRun[] }> }> = [];
  for (const table of codePageTables()) {
    const sequences: Sequence[] = [];
    // No spread into push: a 1 MB run yields more sequences than a call may take arguments.
    for (const run of text.matchAll(table.runs))
      for (const s of sequencesInRun(text, run.index, run.index + run[0].length, table)) sequences.push(s);
    if (sequences.some((s) => !s.weak)) supportedHere.add(table.codePage);
    const supported = supportedHere.has(table.codePage) || support.has(table.codePage);
    const claimed = new Set<number>();
    for (const s of sequences) for (let k = s.start; k < s.end; k++) claimed.add(k);
    const accepted = sequences.filter(
      (s) =>
        (!s.freeEnd || !LETTER.test(text[s.end] ?? '') || claimed.has(s.end)) &&
        (!s.weak ||
          supported ||
          // After a small letter or inside a word, an accented capital followed by punctuation is
          // not legitimate text either ("zgłoÅ›" for "zgłoś", but "AMANHÔ is Portuguese).
          // (Not a small accented letter with punctuation: that word goes on before it.)
          (table.codePage === 'Windows-1252' &&
            s.end - s.start === 2 &&
            (LOWER.test(text[s.start - 1] ?? '') ||
              (isWordy(text, s.start - 1, claimed) && isWordy(text, s.end, claimed))))),
    );
    // Adjacent sequences form one run, which competes with the other code page's runs as a whole.
    const tableRuns: Array<{ start: number; end: number; parts: MojibakeRun[] }> = [];
    for (const s of accepted) {
      const part = { start: s.start, end: s.end, repaired: s.repaired, codePage: table.codePage };
      const last = tableRuns.at(-1);
      if (last && last.end === s.start) {
        last.end = s.end;
        last.parts.push(part);
      } else tableRuns.push({ start: s.start, end: s.end, parts: [part] });
    }
    const score = accepted.reduce((n, s) => n + (s.weak ? 0 : s.end - s.start), 0);
    candidates.push({ score, runs: tableRuns });
  }
  // Where both code pages explain a stretch, the one with more clear evidence in the document wins,
  // then the longer run; Windows-1252, by far the commoner, on a tie.
  const ranked = candidates
    .flatMap((c, order) => c.runs.map((run) => ({ run, score: c.score, order })))
    .sort((a, b) => b.score - a.score || b.run.end - b.run.start - (a.run.end - a.run.start) || a.order - b.order);
  const kept: MojibakeRun[] = [];
  const taken = new Uint8Array(text.length);
  for (const { run } of ranked) {
    if (taken.subarray(run.start, run.end).some((t) => t === 1)) continue;
    taken.fill(1, run.start, run.end);
    for (const part of run.parts) kept.push(part);
  }
  kept.sort((a, b) => a.start - b.start);
  return { parts: kept, supported: supportedHere };
}

/** `text` with each part replaced by its repair, and where each repair starts in the result. */
function applyParts(text: string, parts: readonly MojibakeRun[]): { text: string; at: number[] } {
  let out = '';
  let last = 0;
  const at: number[] = [];
  for (const part of parts) {
    out += text.slice(last, part.start);
    at.push(out.length);
    out += part.repaired;
    last = part.end;
  }
  return { text: out + text.slice(last), at };
}

/**
 * Repairs the repairs once more: a sequence found in the repaired text that overlaps repairs
 * becomes one part with them, covering their original text. Returns `parts` itself when nothing changed.
 */
function repairAgain(
  text: string,
  parts: readonly MojibakeRun[],
  support: ReadonlySet<CodePage>,
): readonly MojibakeRun[] {
  const { text: repaired, at } = applyParts(text, parts);
  const ends = parts.map((part, k) => at[k]! + part.repaired.length);
  const growth = (k: number) => parts[k]!.repaired.length - (parts[k]!.end - parts[k]!.start);
  // [from, to) in the repaired text, [start, end) in the original, and the inner sequences inside.
  const grown: Array<{
    from: number;
    to: number;
    start: number;
    end: number;
    inner: MojibakeRun[];
    codePage: CodePage;
  }> = [];
  let k = 0;
  let shift = 0; // growth of the repairs before parts[k]
  for (const inner of detect(repaired, support).parts) {
    while (k < parts.length && ends[k]! <= inner.start) shift += growth(k++);
    let j = k;
    let shiftAfter = shift;
    while (j < parts.length && at[j]! < inner.end) shiftAfter += growth(j++);
    if (j === k) continue; // only text that was there before: already judged
    const from = Math.min(inner.start, at[k]!);
    const to = Math.max(inner.end, ends[j - 1]!);
    const start = from === at[k] ? parts[k]!.start : from - shift;
    const end = to === ends[j - 1] ? parts[j - 1]!.end : to - shiftAfter;
    const previous = grown.at(-1);
    // Two inner sequences that share a repair become one part.
    if (previous && start < previous.end) {
      Object.assign(previous, { to, end });
      previous.inner.push(inner);
    } else grown.push({ from, to, start, end, inner: [inner], codePage: parts[k]!.codePage });
  }
  if (grown.length === 0) return parts;
  const widened = grown.map((g): MojibakeRun => {
    const inner = g.inner.map((r) => ({ ...r, start: r.start - g.from, end: r.end - g.from }));
    return {
      start: g.start,
      end: g.end,
      repaired: applyParts(repaired.slice(g.from, g.to), inner).text,
      codePage: g.codePage,
    };
  });
  // Parts inside a widened part give way to it.
  let g = 0;
  const kept = parts.filter((part) => {
    while (g < widened.length && widened[g]!.end <= part.start) g++;
    return g === widened.length || part.end <= widened[g]!.start;
  });
  return [...kept, ...widened].sort((a, b) => a.start - b.start);
}

/** A letter or digit, or next to another mojibake sequence. */
function isWordy(text: string, at: number, claimed: ReadonlySet<number>): boolean {
  return LETTER.test(text[at] ?? '') || claimed.has(at);
}

/**
 * Mojibake runs in a text, in order; adjacent repaired sequences form one run.
 *
 * Each run is decoded until nothing changes (up to three times): where text was read the wrong way
 * twice, a repair is itself mojibake, alone ("Ã¢â‚¬â„¢" → "â€™" → "’") or with the text next to it
 * (where only part of it was read twice), and one fix must repair all of it.
 */
export function findMojibake(text: string): MojibakeRun[] {
  const first = detect(text);
  let parts: readonly MojibakeRun[] = first.parts;
  for (let round = 0; round < 2 && parts.length > 0; round++) {
    const next = repairAgain(text, parts, first.supported);
    if (next === parts) break;
    parts = next;
  }
  const runs: MojibakeRun[] = [];
  for (const part of parts) {
    // A C1 control that no second decoding took up was not a byte of text read twice.
    if (/[\u0080-\u009f]/.test(part.repaired)) continue;
    const last = runs.at(-1);
    if (last && last.end === part.start && last.codePage === part.codePage)
      runs[runs.length - 1] = { ...last, end: part.end, repaired: last.repaired + part.repaired };
    else runs.push(part);
  }
  return runs;
}

const cache = new WeakMap<PolicyDocument, readonly MojibakeRun[]>();

/** The document's mojibake runs, computed once per document. */
export function mojibakeOf(doc: PolicyDocument): readonly MojibakeRun[] {
  let runs = cache.get(doc);
  if (!runs) {
    runs = findMojibake(doc.text);
    cache.set(doc, runs);
  }
  return runs;
}

/**
 * Whether U+FFFD at text[start, end) sits inside what was a mojibake sequence before a byte was
 * lost ("â€�" for ”: the last byte became U+FFFD). Deleting it would leave the rest of the
 * sequence behind, so SEC062 offers no removal there.
 */
export function isInDamagedMojibake(text: string, start: number, end: number): boolean {
  const pages = codePageTables();
  const isPart = (code: number) => code === 0xfffd || pages.some((t) => t.toByte.has(code));
  // A sequence is at most four bytes, so one holding a character of [start, end) starts at most three
  // before it and ends at most three after: looking further would rescan a long run for every U+FFFD in it.
  let s = start;
  let e = end;
  while (s > 0 && start - s < 3 && isPart(text.charCodeAt(s - 1))) s--;
  while (e < text.length && e - end < 3 && isPart(text.charCodeAt(e))) e++;
  for (const table of pages) {
    // U+FFFD stands for any continuation byte.
    const byteAt = (i: number) => (text.charCodeAt(i) === 0xfffd ? -1 : table.toByte.get(text.charCodeAt(i)));
    for (let i = s; i < e; i++) {
      const lead = byteAt(i);
      if (lead === undefined || lead < 0) continue;
      const length = sequenceLength(lead);
      if (length === 0 || i + length > e) continue;
      let wild = false;
      let ok = true;
      for (let k = i + 1; k < i + length; k++) {
        const b = byteAt(k);
        if (b === -1) wild ||= k >= start && k < end;
        else if (!isContinuation(b)) ok = false;
      }
      if (ok && wild) return true;
    }
  }
  return false;
}
