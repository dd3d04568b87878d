// Versions tables ("| Version | Supported |"): which tables are ones, which column holds the version
// and which the status, and what each status cell says. Used by SEC040, SEC041 and SEC043.
import { coerce, satisfies, valid, validRange, type SemVer } from 'semver';
import type { Cell, PolicyDocument, PolicyTable, TableRow } from './document';
import { perDocument } from './memo';

export type Polarity = 'positive' | 'negative' | 'partial';
/** `dash` (`-`, `—`) is neutral: it takes part in no style mix. */
export type MarkerStyle = 'emoji' | 'shortcode' | 'word' | 'dash';

export interface Marker {
  readonly polarity: Polarity;
  readonly style: MarkerStyle;
  /** The marker as written (`✅`, `:x:`, `Yes`). */
  readonly token: string;
  readonly start: number;
  /** End of the marker itself. */
  readonly end: number;
  /** End of the marker plus a word repeating it (`✅ Yes`, `❌ Not supported`); equals `end` otherwise. */
  readonly spanEnd: number;
}

export interface VersionRow {
  readonly row: TableRow;
  readonly label: Cell;
  readonly status: Cell | undefined;
  /** The status cell's marker; undefined when the cell is empty or says something else. */
  readonly marker: Marker | undefined;
}

export interface VersionTable {
  readonly table: PolicyTable;
  readonly versionColumn: number;
  readonly statusColumn: number;
  readonly rows: readonly VersionRow[];
  /** Every non-empty status cell holds a marker: the table can be read with confidence. */
  readonly readable: boolean;
}

// Header words, also in the languages seen in real policies (Thai, Arabic and Hindi too, which the rules do not read otherwise).
const VERSION_HEADER =
  /version|versi[oóò]n|vers[aã]o|versione|wersja|верси|版本|バージョン|버전|เวอร์ชัน|إصدار|اصدار|संस्करण|release|branch|edition|^v$|^tag$|^line$/i;
const STATUS_HEADER =
  /support|status|maintain|check|unterst[uü]tzt|prise en charge|suport|soport|поддерж|подд|支持|サポート|지원|狀態|状态|状態|상태|security (?:fix|update|patch)|fixes|patches|active|eol|end of life/i;
/** "Supported by", "Maintained by": a column naming who supports each release, not whether it is. */
const SUPPORTER_HEADER = /\b(?:supported|maintained|patched)\s+by\b/i;

const EMOJI: ReadonlyArray<readonly [string, Polarity]> = [
  ['✔️', 'positive'],
  ['✔︎', 'positive'],
  ['☑️', 'positive'],
  ['✖️', 'negative'],
  ['⚠️', 'partial'],
  ['✅', 'positive'],
  ['✔', 'positive'],
  ['☑', 'positive'],
  ['✓', 'positive'],
  ['🟢', 'positive'],
  ['❌', 'negative'],
  ['❎', 'negative'],
  ['✖', 'negative'],
  ['✗', 'negative'],
  ['✘', 'negative'],
  ['🔴', 'negative'],
  ['⛔', 'negative'],
  ['🚫', 'negative'],
  ['⚠', 'partial'],
  ['🟡', 'partial'],
  ['🟠', 'partial'],
  // Japanese tables: ◯ (maru) and × (batsu).
  ['◯', 'positive'],
  ['○', 'positive'],
  ['×', 'negative'],
];
const SHORTCODES: Readonly<Record<string, Polarity>> = {
  white_check_mark: 'positive',
  heavy_check_mark: 'positive',
  ballot_box_with_check: 'positive',
  green_circle: 'positive',
  check: 'positive',
  x: 'negative',
  х: 'negative', // Cyrillic, from translated templates
  no_entry: 'negative',
  no_entry_sign: 'negative',
  heavy_multiplication_x: 'negative',
  negative_squared_cross_mark: 'negative',
  red_circle: 'negative',
  warning: 'partial',
  yellow_circle: 'partial',
  orange_circle: 'partial',
};
const WORDS: ReadonlyArray<readonly [RegExp, Polarity]> = [
  [
    /^(?:not (?:supported|maintained)|unsupported|unmaintained|end[- ]of[- ]life|eol|deprecated|no longer supported)(?![\p{L}\p{N}])/iu,
    'negative',
  ],
  // Yes and no in the languages policies are written in (it, pl, tr, cs, hu, fi, vi, id, el, he, ar, uk …).
  [
    /^(?:no|n|false|none|non|nein|não|nao|нет|ні|否|不支持|いいえ|아니오|아니요|nie|hayır|ne|nem|ei|không|tidak|όχι|לא|لا)(?![\p{L}\p{N}])/iu,
    'negative',
  ],
  [
    /^(?:supported|maintained|active|yes|y|true|oui|ja|sí|sì|si|sim|да|так|是|支持|はい|예|tak|evet|ano|igen|kyllä|có|ya|ναι|כן|نعم)(?![\p{L}\p{N}])/iu,
    'positive',
  ],
  [/^(?:partial(?:ly)?|limited|security fixes only|critical fixes only)(?![\p{L}\p{N}])/iu, 'partial'],
];
const DASH = /^(?:-|–|—|‐)$/;

/** The versions tables of a document. */
export const versionTables: (doc: PolicyDocument) => readonly VersionTable[] = perDocument(findVersionTables);

function findVersionTables(doc: PolicyDocument): VersionTable[] {
  const found: VersionTable[] = [];
  for (const table of doc.tables) {
    const vt = asVersionTable(doc, table);
    if (vt) found.push(vt);
  }
  return found;
}

function asVersionTable(doc: PolicyDocument, table: PolicyTable): VersionTable | undefined {
  if (table.rows.length === 0) return undefined;
  const headers = table.header.cells.map((c) => c.text);
  const columns = headers.length;
  const markerShare = (column: number): number => {
    const cells = table.rows.map((r) => r.cells[column]).filter((c): c is Cell => c !== undefined && c.text !== '');
    if (cells.length === 0) return 0;
    return cells.filter((c) => markerOf(doc, c) !== undefined).length / cells.length;
  };
  const versionShare = (column: number): number => {
    const cells = table.rows.map((r) => r.cells[column]).filter((c): c is Cell => c !== undefined && c.text !== '');
    if (cells.length === 0) return 0;
    return cells.filter((c) => parseVersionLabel(c.text) !== undefined).length / cells.length;
  };

  // Without a header that says so, the first column holds versions only where they look like ones
  // ("1.x", "v2", "< 3.0"): bare numbers ("0-1", "2", "3") are scores or levels as often.
  const versionShaped = () =>
    table.rows.filter((r) => /\d\.|\.[x*]|^\s*v\d|[<>≤≥]/i.test(r.cells[0]?.text ?? '')).length * 2 >=
    table.rows.length;
  let versionColumn = headers.findIndex((h) => VERSION_HEADER.test(h));
  if (versionColumn < 0 && columns > 1 && versionShare(0) >= 0.5 && versionShaped()) versionColumn = 0;
  if (versionColumn < 0) return undefined;

  const mayHoldStatus = (i: number) => i !== versionColumn && !SUPPORTER_HEADER.test(headers[i] ?? '');
  let statusColumn = headers.findIndex((h, i) => mayHoldStatus(i) && STATUS_HEADER.test(h));
  if (statusColumn < 0) {
    // No telling header: the first other column that mostly holds markers.
    for (let i = 0; i < columns; i++) {
      if (mayHoldStatus(i) && markerShare(i) >= 0.5) {
        statusColumn = i;
        break;
      }
    }
  }
  if (statusColumn < 0) return undefined;

  const rows = table.rows.map((row): VersionRow => {
    const label = row.cells[versionColumn] ?? { text: '', start: row.start, end: row.start };
    const status = row.cells[statusColumn];
    return { row, label, status, marker: status ? markerOf(doc, status) : undefined };
  });
  // A cell with only an image (a tick, a badge) has no text, but it is not empty: it cannot be read.
  const readable = rows.every(
    (r) => r.marker !== undefined || !r.status || doc.text.slice(r.status.start, r.status.end).trim() === '',
  );
  return { table, versionColumn, statusColumn, rows, readable };
}

/** The marker a status cell starts with (emoji and shortcodes anywhere before other words). */
export function markerOf(doc: PolicyDocument, cell: Cell): Marker | undefined {
  const raw = doc.text.slice(cell.start, cell.end);
  // Skip emphasis and link brackets around the marker: `**Yes**`, `_No_`, `[✅](#lts)`.
  const lead = /^[*_~[( \t]*/.exec(raw)![0].length;
  const rest = raw.slice(lead);
  const start = cell.start + lead;

  for (const [emoji, polarity] of EMOJI) {
    if (rest.startsWith(emoji))
      return withWord(doc, { polarity, style: 'emoji', token: emoji, start, end: start + emoji.length });
  }
  const shortcode = /^:([a-zа-я_]+):/iu.exec(rest);
  if (shortcode) {
    const polarity = SHORTCODES[shortcode[1]!.toLowerCase()];
    if (polarity)
      return withWord(doc, {
        polarity,
        style: 'shortcode',
        token: shortcode[0],
        start,
        end: start + shortcode[0].length,
      });
  }
  for (const [pattern, polarity] of WORDS) {
    const m = pattern.exec(rest);
    if (m)
      return { polarity, style: 'word', token: m[0], start, end: start + m[0].length, spanEnd: start + m[0].length };
  }
  const trimmed = rest.replace(/[*_~\]) \t]+$/, '');
  if (DASH.test(trimmed))
    return {
      polarity: 'negative',
      style: 'dash',
      token: trimmed,
      start,
      end: start + trimmed.length,
      spanEnd: start + trimmed.length,
    };
  return undefined;
}

/** `✅ Yes`: the word repeating the symbol belongs to the marker. */
function withWord(doc: PolicyDocument, m: Omit<Marker, 'spanEnd'>): Marker {
  const after = /^[ \t]+/.exec(doc.text.slice(m.end, m.end + 4));
  const wordStart = m.end + (after?.[0].length ?? 0);
  if (after) {
    const tail = doc.text.slice(wordStart, wordStart + 40);
    for (const [pattern, polarity] of WORDS) {
      const w = pattern.exec(tail);
      if (w && polarity === m.polarity) return { ...m, spanEnd: wordStart + w[0].length };
    }
  }
  return { ...m, spanEnd: m.end };
}

/** Whether a row counts as supported: a positive or partial marker. */
export function isSupported(row: VersionRow): boolean {
  return row.marker !== undefined && row.marker.polarity !== 'negative';
}

// --- version labels ----------------------------------------------------------------------------

export type VersionLabel = { readonly kind: 'latest' } | { readonly kind: 'range'; readonly range: string };

const LATEST =
  /^(?:the\s+)?(?:latest|current|newest|main|master|trunk|head|stable|nightly|edge|rolling)(?![a-z])|最新/i;

/**
 * What a first-column label means: `1.2.x`, `1.x`, `1.*`, `>= 1.0`, `< 0.6`, `1.2`, `v1.2.3`,
 * `1.2.0 - 1.4.0`, `^1.2`, `1.0+`, `1.x, 2.x`, `5.5 (LTS)`, `1.1.x releases` become a semver range;
 * `latest`, `main`, `master`, `current release` cover whatever is current. Anything else: undefined.
 */
export function parseVersionLabel(label: string): VersionLabel | undefined {
  if (label.length > 80) return undefined;
  let text = label
    .replace(/\\([<>=^~*])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/≥/g, '>=')
    .replace(/≤/g, '<=')
    .replace(/[`_]|\*\*/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .trim();
  if (LATEST.test(text)) return { kind: 'latest' };
  if (!/\d/.test(text)) return undefined;
  text = text
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/\b(?:releases?|versions?|series|branch|line|only|lts)\b/gi, '')
    .replace(/\s+(?:and|or)\s+(?:later|newer|above|up|higher|greater)\s*$/i, '+')
    .replace(/\s+(?:and|or)\s+(?:earlier|older|below|lower)\s*$/i, '#')
    .replace(/\s*(?:\band\b|\bor\b|[,/;&])\s*/gi, ' || ')
    .replace(/(?<![\w.])v(?=\d)/gi, '')
    .replace(/[xX*](?:\.[xX*])+/g, 'x')
    .replace(/\s*–\s*|\s+-\s+|\s+to\s+/gi, ' - ')
    .replace(/([<>]=?|=|\^|~)\s+/g, '$1')
    .replace(/(\d[\w.]*)\+$/, '>=$1')
    .replace(/(\d[\w.]*)#$/, '<=$1')
    .replace(/^\|\|\s*|\s*\|\|$/g, '')
    .trim();
  if (!/^[\d\sxX*.<>=^~|-]+$/.test(text) && !valid(text, { loose: true })) return undefined;
  return validRange(text, { loose: true }) ? { kind: 'range', range: text } : undefined;
}

/** Whether a version (as returned by the manifest readers) lies in a label's range. */
export function covers(label: VersionLabel, version: SemVer): boolean {
  if (label.kind === 'latest') return true;
  return satisfies(version, label.range, { loose: true, includePrerelease: true });
}

/** The current version as a SemVer: valid as written, else coerced (`1.2`, `2.0.0rc1`, `v3`). */
export function currentVersion(version: string): SemVer | undefined {
  return coerce(version.trim(), { includePrerelease: true }) ?? undefined;
}
