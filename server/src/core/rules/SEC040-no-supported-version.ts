import type { Rule } from '../rule';
import { isSupported, versionTables } from '../versionTable';

// Only tables whose status cells can all be read are judged: a cell saying "Until 2025-06" or
// "Receives security fixes" may well mean supported, and guessing would be a false alarm.
export const rule: Rule = {
  id: 'SEC040',
  name: 'no-supported-version',
  description: 'A versions table marks no version as supported.',
  defaultSeverity: 'warning',
  kind: 'text',
  check(doc, { report }) {
    for (const vt of versionTables(doc)) {
      if (!vt.readable || vt.rows.some(isSupported)) continue;
      report({
        start: vt.table.header.start,
        end: vt.table.header.end,
        message:
          'No version in this table is marked as supported: reporters cannot tell whether any release still receives security fixes. Mark the supported release lines (for example ✅).',
      });
    }
  },
};
