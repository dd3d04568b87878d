// Versions-table rows derived from the project's current version: the current release line is
// supported, everything before it is not. Used by fixes that replace or add version rows.
import semver from 'semver';

export interface VersionRow {
  readonly label: string;
  readonly supported: boolean;
}

/** `2.3.1` → `2.3.x` supported and `< 2.3` unsupported; undefined when the version is not a version. */
export function versionRows(version: string | undefined): VersionRow[] | undefined {
  const parsed = version === undefined ? null : semver.coerce(version);
  if (!parsed) return undefined;
  const line = `${parsed.major}.${parsed.minor}`;
  const rows: VersionRow[] = [{ label: `${line}.x`, supported: true }];
  if (parsed.major > 0 || parsed.minor > 0) rows.push({ label: `< ${line}`, supported: false });
  return rows;
}

export type MarkerStyle = 'emoji' | 'shortcode' | 'word';

const MARKERS: Record<MarkerStyle, readonly [string, string]> = {
  emoji: ['✅', '❌'],
  shortcode: [':white_check_mark:', ':x:'],
  word: ['Yes', 'No'],
};

export function marker(style: MarkerStyle, supported: boolean): string {
  return MARKERS[style][supported ? 0 : 1];
}

/** Table rows in Markdown, one per line. */
export function rowsMarkdown(rows: readonly VersionRow[], style: MarkerStyle, eol = '\n'): string {
  return rows.map((r) => `| ${r.label} | ${marker(style, r.supported)} |`).join(eol);
}

/** A whole versions table for the project version, or the template's placeholder table without one. */
export function versionsTable(
  version: string | undefined,
  style: MarkerStyle = 'emoji',
  eol = '\n',
): string | undefined {
  const rows = versionRows(version);
  return rows && ['| Version | Supported |', '| ------- | --------- |', rowsMarkdown(rows, style, eol)].join(eol);
}
