import { companionPolicy } from '../../crossCheck';
import { firstLineRange, signedAware, type TxtRule } from '../rule';
import { addContactFix } from './TXT091-policy-channel-missing';

export const rule: TxtRule = {
  id: 'TXT001',
  name: 'contact-missing',
  description: 'The file has no Contact field (RFC 9116 §2.5.3: at least one is required).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    if (txt.fieldsNamed('contact').length > 0) return;
    const range = firstLineRange(txt);
    // The repository's SECURITY.md knows where reports go: its private channels, as proposals.
    const fixes = (companionPolicy(ctx.context)?.contacts ?? []).filter((c) => c.uri).map((c) => addContactFix(txt, c));
    const message =
      'No Contact field: add at least one, for example "Contact: mailto:security@your-domain" or an https:// reporting form. Without it the file tells researchers nothing.';
    ctx.report({ ...range, ...signedAware(txt, message, fixes) });
  },
};
