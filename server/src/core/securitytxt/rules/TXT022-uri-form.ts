import { fixFrom } from '../../fixes';
import type { Fix } from '../../types';
import type { TxtField } from '../parse';
import { signedAware, type TxtRule } from '../rule';
import { EMAIL, schemeOf, uriFields } from '../uri';

export const rule: TxtRule = {
  id: 'TXT022',
  name: 'uri-form',
  description:
    'A URI has a scheme but a broken form: "mailto://", a mailto: without a valid address, a tel: with letters or without "+", an https: URI without a host (RFC 6068, RFC 3966, RFC 3986).',
  defaultSeverity: 'warning',
  kind: 'text',
  check(txt, ctx) {
    for (const field of uriFields(txt.fields)) {
      const problem = problemOf(field);
      if (problem)
        ctx.report({
          start: field.valueStart,
          end: field.valueEnd,
          ...signedAware(txt, problem.message, problem.fixes),
        });
    }
  },
};

function problemOf(field: TxtField): { message: string; fixes: Fix[] } | undefined {
  const value = field.value;
  const edit = (newText: string, title: string): Fix[] => [
    fixFrom(title, [{ start: field.valueStart, end: field.valueEnd, newText }]),
  ];
  switch (schemeOf(value)) {
    case 'mailto': {
      const rest = value.slice('mailto:'.length);
      if (rest.startsWith('//')) {
        const fixed = `mailto:${rest.slice(2)}`;
        return {
          message: `"mailto://" is not a mail address URI: write "${fixed}" (RFC 6068).`,
          fixes: edit(fixed, `Write ${fixed}`),
        };
      }
      const address = decodeSafely(rest.split('?')[0]!);
      if (!address.split(',').every((a) => EMAIL.test(a.trim())))
        return { message: `"${value}" holds no valid mail address after "mailto:" (RFC 6068).`, fixes: [] };
      return undefined;
    }
    case 'tel': {
      const number = value.slice('tel:'.length);
      if (/[A-Za-z]/.test(number.split(';')[0]!))
        return {
          message: `"${value}" is not a telephone number: tel: URIs hold digits and "-" only (RFC 3966).`,
          fixes: [],
        };
      // A local number is only valid with a phone-context parameter; researchers call from anywhere.
      if (!number.startsWith('+') && !/;phone-context=/i.test(number))
        return {
          message: `Write the number in international form, starting with "+" and the country code (RFC 3966 §5.1.4).`,
          fixes: [],
        };
      return undefined;
    }
    case 'https':
    case 'http':
      if (!/^https?:\/\/[^/?#\s]+/i.test(value))
        return { message: `"${value}" has no host: a web URI reads "https://host/path".`, fixes: [] };
      return undefined;
    default:
      return undefined;
  }
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
