import type { TxtRule } from '../rule';
import { schemeOf } from '../uri';

export const rule: TxtRule = {
  id: 'TXT023',
  name: 'csaf-provider-metadata',
  description: 'A CSAF field does not point at a provider-metadata.json file (CSAF 2.0 §7.1.8, requirement 8).',
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    for (const field of txt.fieldsNamed('csaf')) {
      if (field.value === '' || schemeOf(field.value) === undefined) continue;
      const path = field.value.split(/[?#]/)[0]!;
      if (path.endsWith('/provider-metadata.json')) continue;
      ctx.report({
        start: field.valueStart,
        end: field.valueEnd,
        message:
          'CSAF must be the URL of the provider-metadata.json file (CSAF 2.0 requirement 8), not of a folder or another document.',
      });
    }
  },
};
