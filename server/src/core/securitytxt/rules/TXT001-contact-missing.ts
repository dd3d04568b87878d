import { firstLineRange, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT001',
  name: 'contact-missing',
  description: 'The file has no Contact field (RFC 9116 §2.5.3: at least one is required).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    if (txt.fieldsNamed('contact').length > 0) return;
    const range = firstLineRange(txt);
    ctx.report({ ...range, message: 'No Contact field: add at least one, for example "Contact: mailto:security@your-domain" or an https:// reporting form. Without it the file tells researchers nothing.' });
  },
};
