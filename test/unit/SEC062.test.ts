import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { at, doc, findingsOf } from './helpers';

const fixesOf = (text: string) => analyze(text).filter((f) => f.ruleId === 'SEC062').map((f) => f.fixes);

describe('SEC062 invalid-characters', () => {
  it('reports U+FFFD, C0 and C1 controls, one finding per run', () => {
    const text = doc('# Security Policy', '', 'Mail us\u0000\u0001 at once.', 'Caf\uFFFD menu.', 'A\u0085 next line and a \u001b escape.');
    assert.deepEqual(findingsOf('SEC062', text), [
      at(text, '\u0000\u0001', 'warning'),
      at(text, '\uFFFD', 'warning'),
      at(text, '\u0085', 'warning'),
      at(text, '\u001b', 'warning'),
    ]);
  });

  it('reports a NUL byte and DEL', () => {
    const text = 'Policy\u0000 text\u007f';
    assert.deepEqual(findingsOf('SEC062', text), [at(text, '\u0000', 'warning'), at(text, '\u007f', 'warning')]);
  });

  it('accepts tab, line feed and carriage return', () => {
    assert.deepEqual(findingsOf('SEC062', '# Policy\r\n\r\n| a\t| b |\r\nLine\n'), []);
  });

  it('accepts ordinary non-ASCII text and a byte order mark', () => {
    assert.deepEqual(findingsOf('SEC062', '\uFEFF# Politique de sécurité ✅ 🔐 «déjà»\n'), []);
  });

  it('leaves control characters inside mojibake to SEC060', () => {
    // ” read as Windows-1252 is "â€" + U+009D: the control belongs to the mojibake run.
    const text = doc('A â€œquoteâ€\u009d and a stray \u0090 control.');
    assert.deepEqual(findingsOf('SEC062', text), [at(text, '\u0090', 'warning')]);
    assert.equal(findingsOf('SEC060', text).length, 2);
  });

  it('offers to remove the run', () => {
    const text = doc('Mail us\u0000\u0001 at once.');
    const start = text.indexOf('\u0000');
    assert.deepEqual(fixesOf(text), [[{ title: 'Remove invalid characters', edits: [{ start, end: start + 2, newText: '' }] }]]);
  });

  it('reports U+FFFD left inside damaged mojibake without a removal fix', () => {
    // ” whose last byte was replaced by U+FFFD: deleting it would leave "â€" behind.
    const text = doc('A â€\uFFFD quote and a lone \uFFFD here.');
    assert.deepEqual(findingsOf('SEC062', text), [at(text, '\uFFFD', 'warning'), at(text, '\uFFFD', 'warning', 1)]);
    const [damaged, lone] = fixesOf(text);
    assert.equal(damaged, undefined);
    assert.equal(lone?.[0]?.title, 'Remove invalid characters');
    assert.match(analyze(text).find((f) => f.ruleId === 'SEC062')!.message, /mojibake/);
  });

  it('names the characters in the message', () => {
    const [finding] = analyze(doc('x\u0000y')).filter((f) => f.ruleId === 'SEC062');
    assert.match(finding!.message, /^Invalid character \(U\+0000 NUL\)/);
  });
});
