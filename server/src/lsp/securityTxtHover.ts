// Hover on a security.txt field name: what the field is for, whether it is required, where it is defined.
import { fieldInfo } from '../core/securitytxt/fields';
import { parseSecurityTxt } from '../core/securitytxt/parse';

/** Pure: the hover text and the name's range at `offset`, or undefined off a known field name. */
export function securityTxtHover(
  text: string,
  offset: number,
  markdown: boolean,
): { value: string; start: number; end: number } | undefined {
  const field = parseSecurityTxt(text).fields.find((f) => f.nameStart <= offset && offset <= f.nameEnd);
  const info = field && fieldInfo(field.key);
  if (!field || !info) return undefined;
  const occurrence = {
    'required-once': 'Required, exactly once.',
    required: 'Required, at least once.',
    'optional-once': 'Optional, at most once.',
    optional: 'Optional, may repeat.',
  }[info.occurrence];
  const meaning = markdown ? info.meaning : info.meaning.replace(/`/g, '');
  const value = markdown
    ? `**${info.name}** (${info.section})\n\n${meaning}\n\n${occurrence}`
    : `${info.name} (${info.section})\n\n${meaning}\n\n${occurrence}`;
  return { value, start: field.nameStart, end: field.nameEnd };
}
