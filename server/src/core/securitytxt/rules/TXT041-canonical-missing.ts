import { fixFrom } from '../../fixes';
import { firstLineRange, insertFieldEdit, type TxtRule } from '../rule';
import type { SecurityTxt } from '../parse';

export const rule: TxtRule = {
  id: 'TXT041',
  name: 'canonical-missing',
  description:
    'An unsigned file names no Canonical URI: optional, but it tells readers where the file belongs, and a signed file should have one (RFC 9116 §2.5.2).',
  defaultSeverity: 'hint',
  kind: 'text',
  check(txt, ctx) {
    // A signed file without Canonical is TXT040's, and no edit may touch it.
    if (txt.signature || txt.fieldsNamed('canonical').length > 0 || txt.fields.length === 0) return;
    const domain = domainOf(txt);
    const line = domain && `Canonical: https://${domain}/.well-known/security.txt`;
    // A proposal: where the file is served is the author's fact, the domain only a guess.
    const fixes = line
      ? [fixFrom(`Add "${line}"`, [insertFieldEdit(txt, line)], { isPreferred: false, proposal: true })]
      : [];
    ctx.report({
      ...firstLineRange(txt),
      message:
        'No Canonical field: name the URI this file is served from (https://your-domain/.well-known/security.txt), so a copy served elsewhere is recognised; it is needed once the file is signed.',
      ...(fixes.length > 0 ? { fixes } : {}),
    });
  },
};

/** Hosts of platforms a Contact or Policy may point to, which never serve the organisation's security.txt. */
const PLATFORM =
  /(?:^|\.)(?:github\.com|gitlab\.com|codeberg\.org|hackerone\.com|bugcrowd\.com|intigriti\.com|yeswehack\.com|openbugbounty\.org|keys\.openpgp\.org|keybase\.io|huntr\.(?:dev|com)|gmail\.com|outlook\.com|proton(?:mail)?\.(?:me|com))$/i;

/** The organisation's domain as the fields name it: the address of the first Contact, else a web field's host. */
function domainOf(txt: SecurityTxt): string | undefined {
  const hosts: string[] = [];
  for (const field of txt.fields) {
    const mail = /^mailto:[^@?]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/i.exec(field.value);
    if (field.key === 'contact' && mail) hosts.unshift(mail[1]!.toLowerCase());
    const web = /^https:\/\/([A-Za-z0-9.-]+\.[A-Za-z]{2,})(?:[:/?#]|$)/i.exec(field.value);
    if (web) hosts.push(web[1]!.toLowerCase());
  }
  return hosts.find((h) => !PLATFORM.test(h));
}
