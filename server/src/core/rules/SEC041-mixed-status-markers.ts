import type { Rule } from '../rule';
import type { TextEdit } from '../types';
import { type Marker, type MarkerStyle, type Polarity, versionTables } from '../versionTable';

// One finding per minority marker, so each odd cell is pointed at; every finding offers the same
// fix, which rewrites all minority markers of the table at once (applying it clears them all).
// More than MAX_CELL_FINDINGS odd cells: one finding on the header row with that same fix.
// A dash (`-`) is neutral and never counted or rewritten.

type Style = Exclude<MarkerStyle, 'dash'>;
const DEFAULTS: Record<Style, Record<Polarity, string>> = {
  emoji: { positive: '✅', negative: '❌', partial: '⚠️' },
  shortcode: { positive: ':white_check_mark:', negative: ':x:', partial: ':warning:' },
  word: { positive: 'Yes', negative: 'No', partial: 'Partial' },
};
/** Beyond this many odd cells in one table, one finding on the header row instead of one per cell. */
const MAX_CELL_FINDINGS = 20;
const STYLE_NAMES: Record<Style, string> = { emoji: 'emoji', shortcode: 'shortcodes', word: 'words' };

export const rule: Rule = {
  id: 'SEC041',
  name: 'mixed-status-markers',
  description: 'A versions table mixes marker styles (✅, :white_check_mark:, Yes).',
  defaultSeverity: 'info',
  kind: 'text',
  check(doc, { report }) {
    for (const vt of versionTables(doc)) {
      const markers = vt.rows
        .map((r) => r.marker)
        .filter((m): m is Marker & { style: Style } => m !== undefined && m.style !== 'dash');
      const counts = new Map<Style, number>();
      for (const m of markers) counts.set(m.style, (counts.get(m.style) ?? 0) + 1);
      if (counts.size < 2) continue;
      // The majority; a tie goes to the style of the first marked row.
      let majority = markers[0]!.style;
      for (const [style, n] of counts) if (n > counts.get(majority)!) majority = style;
      const majorityMarkers = markers.filter((m) => m.style === majority);
      const minority = markers.filter((m) => m.style !== majority);

      const replacement = {
        positive: equivalent(majorityMarkers, majority, 'positive'),
        negative: equivalent(majorityMarkers, majority, 'negative'),
        partial: equivalent(majorityMarkers, majority, 'partial'),
      };
      const edits: TextEdit[] = minority.map((m) => ({
        start: m.start,
        // Into words, `✅ Yes` becomes `Yes`; into symbols, only the symbol is replaced.
        end: majority === 'word' ? m.spanEnd : m.end,
        newText: replacement[m.polarity],
      }));
      const fixes = [{ title: "Use the table's majority style", edits, isPreferred: true }];
      const example = [...new Set(majorityMarkers.map((m) => m.token))].slice(0, 2).join('/');
      if (minority.length > MAX_CELL_FINDINGS) {
        // A huge table gets one finding, not one per cell each carrying every edit.
        report({
          start: vt.table.header.start,
          end: vt.table.header.end,
          message: `This table marks versions with ${STYLE_NAMES[majority]} (${example}), but ${minority.length} cells use another style: use one style throughout.`,
          fixes,
        });
        continue;
      }
      for (const m of minority) {
        report({
          start: m.start,
          end: m.end,
          message: `This table marks versions with ${STYLE_NAMES[majority]} (${example}), but this cell uses ${m.token}: use one style throughout.`,
          fixes,
        });
      }
    }
  },
};

/** The table's own marker for a polarity in the majority style: its most used one, else the default. */
function equivalent(majority: readonly Marker[], style: Style, polarity: Polarity): string {
  const counts = new Map<string, number>();
  for (const m of majority) if (m.polarity === polarity) counts.set(m.token, (counts.get(m.token) ?? 0) + 1);
  let best: string | undefined;
  for (const [token, n] of counts) if (best === undefined || n > counts.get(best)!) best = token;
  return best ?? DEFAULTS[style][polarity];
}
