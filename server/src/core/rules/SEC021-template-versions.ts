import { eolOf, lineOf, type PolicyDocument } from '../document';
import { fixFrom } from '../fixes';
import type { Rule } from '../rule';
import { versionTables } from '../versionTable';
import { rowsMarkdown, versionRows, type MarkerStyle, type VersionRow } from '../versionRows';

// GitHub's template table lists 5.1.x, 5.0.x, 4.0.x and < 4.0, in that order. A real project can
// have a 5.1.x line, and WordPress really does list 5.1.x, 5.0.x … 4.0.x among twenty rows, so a
// row on its own proves nothing. What proves the template is three or more of its rows on
// consecutive table lines, in the template's order. Lines are read from the text rather than from
// the parsed tables so that a table whose delimiter row was mangled still counts; lines inside code
// are skipped. Translations keep the rows, sometimes with a Cyrillic "х" or a decimal comma. A table
// copied from the rendered page into plain text keeps its rows with a tab between the cells
// (`5.1.x<TAB>:white_check_mark:`); such a row counts when its other cell is only a status marker.

const TEMPLATE = ['5.1.x', '5.0.x', '4.0.x', '<4.0'] as const;
/** Indentation and block-quote markers before a table line. */
const LINE_LEAD = /^[ \t>]*/;
/**
 * First cell of a table line once its lead is removed: `| 5.1.x   | …`, `5.0.x | …`, `| \< 4.0 | …`,
 * `| &lt; 4.0 | …`. The lead is stripped separately: adjacent `[ \t]*` groups here backtrack
 * cubically on a long indented line.
 */
const ROW = /^(?:\|[ \t]*)?(5\.1\.[xXхХ]|5\.0\.[xXхХ]|4\.0\.[xXхХ]|(?:<|\\<|&lt;)[ \t]*4[.,]0)(?:[ \t]*\||\t[ \t]*)/;
const MIN_ROWS = 3;
/**
 * What a template row's other cells hold: a status marker (a shortcode, an emoji, a word) or nothing.
 * A row with anything else in it (an address, a note) holds the author's text, which the replacement
 * would drop: then no fix is offered.
 */
const STATUS_CELL =
  /^(?::[\p{L}\p{N}_+-]+:|[\p{Extended_Pictographic}\u2713\u2714\u2717\u2718\ufe0f]+|yes|no|y|n|x|supported|unsupported|not supported|[-–—])?$/iu;

interface Row {
  readonly index: number;
  readonly start: number;
  /** Where the cells after the version start. */
  readonly cells: number;
  /** Cells separated by `|` (a Markdown table) rather than by a tab. */
  readonly piped: boolean;
  readonly end: number;
}

export const rule: Rule = {
  id: 'SEC021',
  name: 'template-versions',
  description: 'The versions table still holds the GitHub template rows (5.1.x, 5.0.x, 4.0.x, < 4.0).',
  defaultSeverity: 'error',
  kind: 'text',
  check(doc, ctx) {
    let run: Row[] = [];
    const flush = () => {
      const rewritten = run.length >= MIN_ROWS && marksRewritten(doc, run);
      // Rewritten marks and a row of another version after them (3.1.x under 4.0.x), or before them (6.x
      // over 5.1.x): a project's real history that passes through 5.1, 5.0 and 4.0, not the template.
      if (
        rewritten &&
        (OTHER_VERSION_ROW.test(nextLine(doc.text, run[run.length - 1]!.end)) ||
          OTHER_VERSION_ROW.test(previousLine(doc.text, run[0]!.start)))
      )
        run = [];
      if (run.length >= MIN_ROWS) {
        const start = run[0]!.start;
        const end = run[run.length - 1]!.end;
        const replaced = doc.text.slice(start, end);
        const eol = eolOf(replaced);
        const rows = versionRows(ctx.context.projectVersion) ?? PLACEHOLDER_ROWS;
        // Rows inside a block quote or a list keep the first row's prefix ("> ", indentation).
        const prefix = doc.text.slice(doc.lineStarts[lineOf(doc, start)], start);
        // Tab-separated rows have no table around them for Markdown rows to replace.
        const onlyMarkers = run.every(
          (row) =>
            row.piped &&
            doc.text
              .slice(row.cells, row.end)
              .split('|')
              .every((cell) => STATUS_CELL.test(cell.trim())),
        );
        ctx.report({
          start,
          end,
          uncertain: rewritten,
          message:
            "The versions table still holds GitHub's template rows (5.1.x, 5.0.x, 4.0.x, < 4.0); replace them with your project's real release lines.",
          ...(onlyMarkers
            ? {
                fixes: [
                  fixFrom(
                    'Replace the template rows with your release lines',
                    [{ start, end, newText: rowsMarkdown(rows, markerStyleOf(replaced), eol + prefix) }],
                    { proposal: true },
                  ),
                ],
              }
            : {}),
        });
      }
      run = [];
    };

    for (let line = 0; line < doc.lineStarts.length; line++) {
      const lineStart = doc.lineStarts[line]!;
      const next = doc.lineStarts[line + 1] ?? doc.text.length;
      const text = doc.text.slice(lineStart, next).replace(/[\r\n]+$/, '');
      const lead = LINE_LEAD.exec(text)![0].length;
      const m = ROW.exec(text.slice(lead));
      const contentStart = lineStart + lead;
      const piped = m?.[0].endsWith('|') ?? false;
      // Code is blanked in `prose`: a row shown inside a fence is an example, not the table.
      if (!m || doc.prose[contentStart] === ' ' || (!piped && !isStatusOnly(text.slice(lead + m[0].length)))) {
        flush();
        continue;
      }
      const index = TEMPLATE.indexOf(normalize(m[1]!));
      const previous = run[run.length - 1];
      if (previous && index !== previous.index + 1) flush();
      run.push({
        index,
        start: contentStart,
        cells: contentStart + m[0].length,
        piped,
        end: lineStart + text.trimEnd().length,
      });
    }
    flush();
  },
};

/**
 * Whether the rows' marks were rewritten into a history a project can have: 5.0.x supported or 4.0.x
 * not. The template marks 5.0.x unsupported under a supported 4.0.x, which no release history does;
 * with that kept (or marks the table does not let us read) the rows are the template's. Rewritten,
 * they may be a project's real 5.1, 5.0 and 4.0 lines: the finding is uncertain (a warning).
 */
function marksRewritten(doc: PolicyDocument, run: readonly Row[]): boolean {
  const polarityOf = (index: number) => {
    const row = run.find((r) => r.index === index);
    if (!row?.piped) return undefined;
    for (const table of versionTables(doc))
      for (const versionRow of table.rows)
        if (versionRow.label.start >= row.start && versionRow.label.start < row.end) return versionRow.marker?.polarity;
    return undefined;
  };
  const newer = polarityOf(TEMPLATE.indexOf('5.0.x'));
  const older = polarityOf(TEMPLATE.indexOf('4.0.x'));
  return newer !== undefined && older !== undefined && !(newer === 'negative' && older !== 'negative');
}

/** A table row of a version the template does not list: `| 3.1.x | ❌ |`, `| v2 | … |`. */
const OTHER_VERSION_ROW = /^[ \t>]*\|?[ \t]*v?\d+(?:[.,]\d+|[.,][xX*хХ])*[ \t]*\|/;
/** The line after the one `offset` ends. */
function nextLine(text: string, offset: number): string {
  const start = text.indexOf('\n', offset);
  if (start < 0) return '';
  const end = text.indexOf('\n', start + 1);
  return text.slice(start + 1, end < 0 ? undefined : end);
}

/** The rest of a tab-separated row: one status marker, nothing else. */
function isStatusOnly(rest: string): boolean {
  const cell = rest.trim();
  return cell !== '' && STATUS_CELL.test(cell);
}

/** The line before the one `offset` is on. */
function previousLine(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1);
  if (start < 0) return '';
  return text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
}

/** Without the project's version the rows stay for the author to fill in. */
const PLACEHOLDER_ROWS: readonly VersionRow[] = [
  { label: '[your supported versions]', supported: true },
  { label: '[your unsupported versions]', supported: false },
];

/** The template rows' own marker style, kept in the replacement. */
function markerStyleOf(rows: string): MarkerStyle {
  if (/:[a-z_]+:/.test(rows)) return 'shortcode';
  return /\p{Extended_Pictographic}/u.test(rows) ? 'emoji' : 'word';
}

function normalize(cell: string): (typeof TEMPLATE)[number] {
  if (/4[.,]0$/.test(cell)) return '<4.0';
  return cell.slice(0, 4).concat('x') as (typeof TEMPLATE)[number];
}
