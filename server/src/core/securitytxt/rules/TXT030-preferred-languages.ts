import { fixFrom } from '../../fixes';
import { COMMON_MISTAKES, isValidTag, splitLanguages } from '../languages';
import { signedAware, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT030',
  name: 'preferred-languages',
  description:
    'Preferred-Languages holds something other than RFC 5646 language tags separated by commas (RFC 9116 §2.5.8).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    for (const field of txt.fieldsNamed('preferred-languages')) {
      if (field.value === '') continue;
      const { tags, badSeparators } = splitLanguages(field.value, field.valueStart);
      for (const sep of badSeparators) {
        const fix = fixFrom('Separate the languages with ", "', [{ start: sep.start, end: sep.end, newText: ', ' }]);
        ctx.report({
          start: sep.start,
          end: sep.end,
          ...signedAware(txt, 'Separate language tags with commas ("en, de"), as RFC 9116 §2.5.8 asks.', [fix]),
        });
      }
      for (const { tag, start, end } of tags) {
        const right = COMMON_MISTAKES.get(tag.toLowerCase());
        if (right) {
          const fix = fixFrom(`Write ${right}`, [{ start, end, newText: right }]);
          // The tag is well-formed, so a reader may accept it: one level less sure than a malformed one.
          ctx.report({
            start,
            end,
            uncertain: true,
            ...signedAware(txt, `"${tag}" is a country code, not the language: write "${right}".`, [fix]),
          });
        } else if (!isValidTag(tag)) {
          ctx.report({
            start,
            end,
            message: `"${tag}" is not an RFC 5646 language tag; use the short code, such as "en", "de" or "pt-BR".`,
          });
        }
      }
    }
  },
};
