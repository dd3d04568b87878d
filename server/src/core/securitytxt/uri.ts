// What a field value is as a URI (RFC 3986 §3): enough to tell "not a URI" from "the wrong kind of
// URI" without a network. The values of URI fields are checked by TXT020 to TXT023.
import { fieldInfo } from './fields';
import type { TxtField } from './parse';

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** Characters RFC 3986 never allows unencoded in a URI. */
const FORBIDDEN = /[\s<>"{}|\\^`]/;
export const EMAIL = /^[^\s@:<>()[\],;"]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const PHONE = /^\+?[0-9][0-9 ().-]{5,}[0-9]$/;
const HOST_PATH = /^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:[/?#]\S*)?$/;

/** URI fields (RFC 9116 and registered extensions) with a value. */
export function uriFields(fields: readonly TxtField[]): TxtField[] {
  return fields.filter((f) => f.value !== '' && fieldInfo(f.key)?.uri === true);
}

/** The scheme of a value that is a URI, lower-cased; undefined when the value is no URI at all. */
export function schemeOf(value: string): string | undefined {
  const m = SCHEME.exec(value);
  if (!m || FORBIDDEN.test(value)) return undefined;
  return m[1]!.toLowerCase();
}

/** What to prefix to a value that is a bare address, phone number or host: `mailto:`, `tel:`, `https://`. */
export function missingScheme(field: TxtField): { readonly prefix: string; readonly value: string } | undefined {
  const value = field.value;
  if (field.key === 'contact' && EMAIL.test(value)) return { prefix: 'mailto:', value: `mailto:${value}` };
  if (field.key === 'contact' && PHONE.test(value))
    return {
      prefix: 'tel:',
      value: `tel:${value
        .replace(/[ ()]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '')}`,
    };
  if (HOST_PATH.test(value) && !value.includes('@')) return { prefix: 'https://', value: `https://${value}` };
  return undefined;
}
