import { trimmedRange, type TxtRule } from '../rule';

export const rule: TxtRule = {
  id: 'TXT060',
  name: 'invalid-line',
  description: 'A line that is neither a field ("Name: value"), a comment ("# …") nor blank (RFC 9116 §4).',
  defaultSeverity: 'error',
  kind: 'text',
  check(txt, ctx) {
    for (const line of txt.invalidLines) {
      ctx.report({
        ...trimmedRange(line),
        message:
          'This line is neither a field ("Name: value") nor a comment: start notes with "#", and keep each field on one line.',
      });
    }
  },
};
