import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'SEC060',
  name: 'mojibake',
  description: 'UTF-8 text that was decoded as Windows-1252 or Mac Roman (mojibake).',
  defaultSeverity: 'error',
  kind: 'text',
  check() {
    // not implemented yet
  },
};
