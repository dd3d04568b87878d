import type { SemVer } from 'semver';
import type { PolicyDocument } from '../document';
import type { Rule } from '../rule';
import type { Fix } from '../types';
import {
  type Marker,
  type VersionTable,
  covers,
  currentVersion,
  isSupported,
  parseVersionLabel,
  versionTables,
} from '../versionTable';

// Judged only when every supported row's label can be read (a version, a range or "latest"):
// a supported row labelled "Nov 2024" or "geth" might cover anything. The first table that has
// readable version labels is the one reported and extended.

const DEFAULT_POSITIVE: Record<Marker['style'], string> = {
  emoji: '✅',
  shortcode: ':white_check_mark:',
  word: 'Yes',
  dash: '✅',
};

export const rule: Rule = {
  id: 'SEC043',
  name: 'current-version-unsupported',
  description: "The project's current version is not covered by any supported row.",
  defaultSeverity: 'warning',
  kind: 'text',
  check(doc, { context, report }) {
    if (!context.projectVersion) return;
    const version = currentVersion(context.projectVersion);
    if (!version) return;
    const tables = versionTables(doc).filter(
      (vt) =>
        vt.readable &&
        vt.rows.some((r) => r.marker) &&
        vt.rows.some((r) => parseVersionLabel(r.label.text)?.kind === 'range'),
    );
    if (tables.length === 0) return;
    for (const vt of tables) {
      for (const row of vt.rows.filter(isSupported)) {
        const label = parseVersionLabel(row.label.text);
        if (!label || covers(label, version)) return;
      }
    }
    const vt = tables[0]!;
    const line = lineLabel(version);
    report({
      start: vt.table.header.start,
      end: vt.table.header.end,
      message: `The project's current version ${context.projectVersion} is not covered by any supported row of this table: reporters on the latest release cannot tell whether it receives security fixes.`,
      fixes: [addRowFix(doc, vt, line)],
    });
  },
};

function lineLabel(version: SemVer): string {
  return `${version.major}.${version.minor}.x`;
}

function addRowFix(doc: PolicyDocument, vt: VersionTable, label: string): Fix {
  const { text } = doc;
  const first = vt.table.rows[0]!;
  const lineStart = lineStartOf(text, first.start);
  const prefix = text.slice(lineStart, first.start);
  const rowText = text.slice(first.start, first.end);
  const eol = /\r\n/.test(text.slice(vt.table.start, vt.table.end + 2)) ? '\r\n' : '\n';
  const leadingPipe = rowText.startsWith('|');
  const trailingPipe = /\|\s*$/.test(rowText);

  const cells = vt.table.header.cells.map((_, i) =>
    i === vt.versionColumn ? label : i === vt.statusColumn ? marker(vt) : '',
  );
  const widths = segmentWidths(text, first, leadingPipe);
  const segments = cells.map((content, i) => {
    const width = widths[i];
    if (width === undefined) return content === '' ? ' ' : ` ${content} `;
    const padded = ` ${content}`;
    return padded.length + 1 <= width ? padded.padEnd(width) : `${padded} `;
  });
  let row = segments.join('|');
  if (leadingPipe) row = '|' + row;
  else row = row.replace(/^ /, '');
  if (trailingPipe) row += '|';
  else row = row.replace(/ +$/, '');
  return {
    title: `Add a supported row for ${label}`,
    edits: [{ start: lineStart, end: lineStart, newText: prefix + row + eol }],
    // Declaring a line supported is the maintainers' decision: offered, never applied by Fix All.
    isPreferred: false,
  };
}

/** The table's own positive marker: its most used one, else the default for its majority style. */
function marker(vt: VersionTable): string {
  const markers = vt.rows.map((r) => r.marker).filter((m): m is Marker => m !== undefined);
  const counts = new Map<string, number>();
  for (const m of markers) if (m.polarity === 'positive') counts.set(m.token, (counts.get(m.token) ?? 0) + 1);
  let best: string | undefined;
  for (const [token, n] of counts) if (best === undefined || n > counts.get(best)!) best = token;
  if (best) return best;
  const styles = new Map<Marker['style'], number>();
  for (const m of markers) if (m.style !== 'dash') styles.set(m.style, (styles.get(m.style) ?? 0) + 1);
  let style: Marker['style'] = 'emoji';
  let most = 0;
  for (const [s, n] of styles) if (n > most) [style, most] = [s, n];
  return DEFAULT_POSITIVE[style];
}

/** Widths of the text between the pipes of a row, so a padded table stays aligned. */
function segmentWidths(
  text: string,
  row: { start: number; end: number },
  leadingPipe: boolean,
): (number | undefined)[] {
  const raw = text.slice(row.start, row.end);
  // Split on pipes that are not escaped and not inside code spans.
  const segments: string[] = [];
  let current = '';
  let inCode = false;
  for (let i = leadingPipe ? 1 : 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length) {
      current += c + raw[++i];
      continue;
    }
    if (c === '`') inCode = !inCode;
    if (c === '|' && !inCode) {
      segments.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim() !== '') segments.push(current);
  // Emoji and wide characters make widths approximate; only plain segments are measured.
  return segments.map((s) => (/^[\x20-\x7e]*$/.test(s) ? s.length : undefined));
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
