import type { TxtRule } from '../rule';
import { RESIGN, trimmedRange } from '../rule';

export const rule: TxtRule = {
  id: 'TXT040',
  name: 'canonical-when-signed',
  description:
    'A signed file has no Canonical field; RFC 9116 §2.3 and §2.5.2 recommend one, so a signed copy served elsewhere can be recognised.',
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    if (!txt.signature || txt.fieldsNamed('canonical').length > 0) return;
    ctx.report({
      ...trimmedRange(txt.signature.header),
      message: `The file is signed but names no Canonical URI: add "Canonical: https://your-domain/.well-known/security.txt", so a copy served from another place is recognised.${RESIGN}`,
    });
  },
};
