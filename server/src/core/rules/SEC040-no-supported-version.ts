import type { Rule } from '../rule';
import { isSupported, versionTables } from '../versionTable';

// Only tables whose status cells can all be read are judged: a cell
// saying "Until 2025-06" or "Receives security fixes" may well mean supported, and guessing would
// be a false alarm. A table of past releases, all unsupported, is fine beside one with a supported row.
export const rule: Rule = {
  id: 'SEC040',
  name: 'no-supported-version',
  description: 'A versions table marks no version as supported.',
  defaultSeverity: 'warning',
  kind: 'text',
  check(doc, { report }) {
    const tables = versionTables(doc);
    if (tables.some((vt) => vt.rows.some(isSupported))) return;
    for (const vt of tables) {
      // A row without a status cell (`{{VERSIONS}}` left in a template) is not a row to judge.
      if (!vt.readable || vt.rows.some((r) => !r.status)) continue;
      report({
        start: vt.table.header.start,
        end: vt.table.header.end,
        message:
          'No version in this table is marked as supported: reporters cannot tell whether any release still receives security fixes. Mark the supported release lines (for example ✅).',
      });
    }
  },
};
