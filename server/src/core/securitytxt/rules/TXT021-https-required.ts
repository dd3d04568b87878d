import { fixFrom } from '../../fixes';
import { fieldInfo } from '../fields';
import { signedAware, type TxtRule } from '../rule';
import { schemeOf, uriFields } from '../uri';

export const rule: TxtRule = {
  id: 'TXT021',
  name: 'https-required',
  description:
    'A web URI uses http://; every field that takes a web URI requires https:// (RFC 9116 §2.5.1 to §2.5.7).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    for (const field of uriFields(txt.fields)) {
      if (schemeOf(field.value) !== 'http') continue;
      const https = `https${field.value.slice(4)}`;
      // Not preferred: only the author knows the site answers on https.
      const fix = fixFrom(`Use ${https}`, [{ start: field.valueStart, end: field.valueStart + 4, newText: 'https' }], {
        isPreferred: false,
      });
      ctx.report({
        start: field.valueStart,
        end: field.valueEnd,
        ...signedAware(
          txt,
          `${field.name} must use https://, not http:// (${fieldInfo(field.key)?.section ?? 'RFC 9116 §2.5'}).`,
          [fix],
        ),
      });
    }
  },
};
