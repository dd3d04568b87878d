import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { analyze } from '../../server/src/core/analyze';
import { findMojibake } from '../../server/src/core/mojibake';
import { CONTEXT, applyFixOf } from './fixCheck';
import { at, doc, findingsOf } from './helpers';

/** `text` encoded as UTF-8 and read back as Windows-1252; undefined bytes become the C1 control of their value. */
function asWindows1252(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => {
      const c = iconv.decode(Buffer.from([byte]), 'win1252');
      return c === '\uFFFD' ? String.fromCharCode(byte) : c;
    })
    .join('');
}

/** `text` encoded as UTF-8 and read back as Mac Roman; byte 0xF0 becomes U+F8FF, or nothing with `dropLogo`. */
function asMacRoman(text: string, dropLogo = false): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => {
      const c = iconv.decode(Buffer.from([byte]), 'macintosh');
      return c === '\uFFFD' ? (dropLogo ? '' : '\uF8FF') : c;
    })
    .join('');
}

/** `text` encoded as UTF-8 and read back as Latin-1 (ISO-8859-1): bytes 0x80–0x9F become C1 controls. */
function asLatin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

function applyFix(text: string, ruleId: string, index = 0): string {
  const finding = analyze(text).filter((f) => f.ruleId === ruleId)[index]!;
  const edits = [...finding.fixes![0]!.edits].sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

describe('SEC060 mojibake', () => {
  it('finds UTF-8 read as Windows-1252: emoji, punctuation and accented letters', () => {
    assert.equal(asWindows1252('✅'), 'âœ…');
    const text = doc(
      '# Security Policy',
      '',
      '| 2.x | âœ… |',
      '',
      'We donâ€™t publish details. ðŸ”„ Synced with the cafÃ© team.',
    );
    assert.deepEqual(findingsOf('SEC060', text), [
      at(text, 'âœ…', 'error'),
      at(text, 'â€™', 'error'),
      at(text, 'ðŸ”„', 'error'),
      at(text, 'Ã©', 'error'),
    ]);
  });

  it('names the repaired text and the code page', () => {
    const text = doc('| 2.x | âœ… |');
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC060');
    assert.equal(finding!.message, '“âœ…” is mojibake for “✅” (UTF-8 read as Windows-1252)');
  });

  it('covers adjacent sequences as one run', () => {
    const text = doc(`Status: ${asWindows1252('✅✅')} and ${asWindows1252('Ελληνικά')} text`);
    assert.deepEqual(findingsOf('SEC060', text), [
      at(text, 'âœ…âœ…', 'error'),
      at(text, asWindows1252('Ελληνικά'), 'error'),
    ]);
  });

  it('reads C1 controls as the bytes Windows-1252 leaves undefined', () => {
    // ” is E2 80 9D; 0x9D is undefined in Windows-1252 and passes through as U+009D.
    const broken = asWindows1252('“quoted”');
    assert.equal(broken, 'â€œquotedâ€\u009d');
    const text = doc(`A ${broken} word, and ${asWindows1252('🔐')} a lock.`);
    assert.deepEqual(findingsOf('SEC060', text), [
      at(text, 'â€œ', 'error'),
      at(text, 'â€\u009d', 'error'),
      at(text, asWindows1252('🔐'), 'error'),
    ]);
    assert.deepEqual(
      findMojibake(text).map((r) => r.repaired),
      ['“', '”', '🔐'],
    );
  });

  it('finds UTF-8 read as Mac Roman', () => {
    assert.equal(asMacRoman('’'), '‚Äô');
    const text = doc(`We don‚Äôt reply from the caf√© ${asMacRoman('🚨')} alerts.`);
    assert.deepEqual(findingsOf('SEC060', text), [
      at(text, '‚Äô', 'error'),
      at(text, '√©', 'error'),
      at(text, '\uF8FFüö®', 'error'),
    ]);
    assert.deepEqual(
      findMojibake(text).map((r) => [r.repaired, r.codePage]),
      [
        ['’', 'Mac Roman'],
        ['é', 'Mac Roman'],
        ['🚨', 'Mac Roman'],
      ],
    );
  });

  it('repairs a Mac Roman emoji whose first byte (U+F8FF) was dropped', () => {
    assert.equal(asMacRoman('🚨', true), 'üö®');
    const text = doc('## üö® Reporting', '', 'Mail us.');
    assert.deepEqual(findingsOf('SEC060', text), [at(text, 'üö®', 'error')]);
    assert.equal(applyFix(text, 'SEC060'), doc('## 🚨 Reporting', '', 'Mail us.'));
  });

  it('undoes double encoding in one step', () => {
    const broken = asWindows1252(asWindows1252('’'));
    const text = doc(`We don${broken}t.`);
    assert.deepEqual(findingsOf('SEC060', text), [at(text, broken, 'error')]);
    assert.equal(applyFix(text, 'SEC060'), doc('We don’t.'));
  });

  it('undoes Latin-1 read twice, whose inner layer holds C1 controls, in one step', () => {
    // ’ is E2 80 99: read as Latin-1 once "â" + U+0080 + U+0099, twice "Ã¢" + "Â" U+0080 + "Â" U+0099.
    const broken = asLatin1(asLatin1('’'));
    assert.equal(broken, 'Ã¢Â\u0080Â\u0099');
    const text = doc(`We don${broken}t.`, `Status: ${asLatin1(asLatin1('✅'))}`);
    assert.deepEqual(findingsOf('SEC060', text), [
      at(text, broken, 'error'),
      at(text, asLatin1(asLatin1('✅')), 'error'),
    ]);
    assert.deepEqual(findingsOf('SEC062', text), []);
    assert.equal(applyFixOf('SEC060', text, CONTEXT).text, doc('We don’t.', `Status: ${asLatin1(asLatin1('✅'))}`));
  });

  it('undoes text read three times the wrong way in one step', () => {
    const broken = asWindows1252(asWindows1252(asWindows1252('’')));
    const text = doc(`We don${broken}t.`);
    assert.deepEqual(findingsOf('SEC060', text), [at(text, broken, 'error')]);
    assert.equal(applyFixOf('SEC060', text, CONTEXT).text, doc('We don’t.'));
  });

  it('repairs a run of which only part was read twice, in one step', () => {
    // "á" read as Latin-1 is "Ã¡"; then only "Ã" was read again, as "Ã" + U+0083.
    const text = doc(`Ele j${asLatin1('Ã')}¡ sabe.`);
    assert.equal(text, doc('Ele jÃ\u0083¡ sabe.'));
    assert.deepEqual(findingsOf('SEC060', text), [at(text, 'Ã\u0083¡', 'error')]);
    assert.equal(applyFixOf('SEC060', text, CONTEXT).text, doc('Ele já sabe.'));
    // ✅ read as Latin-1 is "â" + U+009C U+0085; then only "â" was read again, as "Ã¢". The
    // controls belong to the run, not to SEC062.
    const status = doc(`| 2.x | ${asLatin1('â')}\u009c\u0085 |`);
    assert.deepEqual(findingsOf('SEC060', status), [at(status, 'Ã¢\u009c\u0085', 'error')]);
    assert.deepEqual(findingsOf('SEC062', status), []);
    assert.equal(applyFixOf('SEC060', status, CONTEXT).text, doc('| 2.x | ✅ |'));
  });

  it('leaves a C1 control that no second decoding explains to SEC062', () => {
    // "Â" + U+0080 would be the inner byte 0x80 of text read twice, but nothing around it completes a character.
    const text = doc('A cafÃ© and Â\u0080 here.');
    assert.deepEqual(findingsOf('SEC060', text), [at(text, 'Ã©', 'error')]);
    assert.deepEqual(findingsOf('SEC062', text), [at(text, '\u0080', 'warning')]);
  });

  it('offers a preferred fix that repairs only its own run', () => {
    const text = doc('Latest: âœ…', 'Old: âŒ');
    const finding = analyze(text).find((f) => f.ruleId === 'SEC060')!;
    assert.deepEqual(finding.fixes, [
      {
        title: 'Repair mojibake: “âœ…” → “✅”',
        edits: [{ start: text.indexOf('âœ…'), end: text.indexOf('âœ…') + 3, newText: '✅' }],
        isPreferred: true,
      },
    ]);
    assert.equal(applyFix(text, 'SEC060'), doc('Latest: ✅', 'Old: âŒ'));
  });

  it('repairs mojibake in Polish and Czech text, inside words', () => {
    const text = doc(asWindows1252('Zgłoś błąd prywatnie.'), asWindows1252('Nahlaste chybu přes e-mail.'));
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC060');
    const repaired = [...findings]
      .reverse()
      .reduce((t, f) => t.slice(0, f.start) + f.fixes![0]!.edits[0]!.newText + t.slice(f.end), text);
    assert.equal(repaired, doc('Zgłoś błąd prywatnie.', 'Nahlaste chybu přes e-mail.'));
  });

  it('leaves legitimate French, German, Spanish, Portuguese and Czech text alone', () => {
    const text = doc(
      '# Politique de sécurité',
      '',
      'Signalez-la à l’équipe : «Ça va?» — l’été, où, déjà, cœur, Noël, naïve, « OÙ » et «DÉJÀ».',
      'Bitte melden Sie Lücken über „Äpfel“ und ‚Öl‘ an die Straße; Füße, Größe, ÄRGER…',
      '¿Dónde está la vulnerabilidad? ¡Año nuevo! «ESPAÑA» señor, niño, pingüino.',
      'Não publique a falha. AMANHÔ chega. «IRMÔ, SÃO PAULO, ação, informações, coração.',
      'Příliš žluťoučký kůň úpěl ďábelské ódy: čeština, šíře, říjen.',
      'Turkish: üçü de geldi. Icelandic: Þórður, Ðóra. Danish: «Ø»; Swedish: PÅ… and BLÅ”.',
      'CAFÉ” and JÖRG’s É’s lists; 2×’ × © ® ° ± µ.',
    );
    assert.deepEqual(findingsOf('SEC060', text), []);
  });

  it('believes an ambiguous pair when the document shows clear mojibake elsewhere', () => {
    // "Ã" + "”" is also legitimate Portuguese capitals followed by a quote; next to "Ã©" it is "Ô".
    const text = doc('SÃ”O cafÃ©');
    assert.deepEqual(findingsOf('SEC060', text), [at(text, 'Ã”', 'error'), at(text, 'Ã©', 'error')]);
    assert.deepEqual(findingsOf('SEC060', doc('“AMANHÔ, disse.')), []);
  });

  it('does not accept a run holding U+FFFD (the byte is lost)', () => {
    const text = doc('A â€\uFFFD quote.');
    assert.deepEqual(findingsOf('SEC060', text), []);
  });

  it('reports mojibake inside code too', () => {
    const text = doc('Run `echo âœ…` first.');
    assert.deepEqual(findingsOf('SEC060', text), [at(text, 'âœ…', 'error')]);
  });

  // Found by fuzzing (seed 777, a mutated corpus policy): not a fix that adds an error, but one that reveals it.
  it('repairs a heading’s name, after which structure rules read the section it names', () => {
    // Mojibake hides the name of the versions heading: SEC015 misses the section until the repair
    // names it "Supported Versions".
    const body = [
      '',
      '$## 报告漏洞',
      '',
      'Report privately via https://github.com/acme/widget/security/advisories/new.',
    ];
    const text = doc('# Policy', '', '## æ\u0094¯持的版本', ...body);
    assert.deepEqual(findingsOf('SEC060', text), [at(text, 'æ\u0094¯', 'error')]);
    const repaired = applyFix(text, 'SEC060');
    assert.equal(repaired, doc('# Policy', '', '## 支持的版本', ...body));
    assert.deepEqual(
      [findingsOf('SEC015', text), findingsOf('SEC015', repaired)],
      [[at(text, '# Policy', 'warning')], []],
    );
  });

  it('follows the configured severity', () => {
    const text = doc('Latest: âœ…');
    assert.deepEqual(findingsOf('SEC060', text, { ruleSeverities: { SEC060: 'warning' } }), [
      at(text, 'âœ…', 'warning'),
    ]);
    assert.deepEqual(findingsOf('SEC060', text, { ruleSeverities: { SEC060: 'off' } }), []);
  });

  it('is a warning on a line that talks about encodings, where mojibake may be shown on purpose (a probe of session 13)', () => {
    const text = doc(
      '# Security',
      '',
      'If the docs show "donâ€™t" for "don’t", that is a UTF-8 → Windows-1252 bug of the build.',
    );
    assert.deepEqual(findingsOf('SEC060', text), [at(text, 'â€™', 'warning')]);
    const plain = doc('# Security', '', 'Email security@acme.dev. It isnâ€™t hard.');
    assert.deepEqual(findingsOf('SEC060', plain), [at(plain, 'â€™', 'error')]);
  });

  it('reads a small accented letter before two punctuation marks as text (a probe of session 16)', () => {
    assert.deepEqual(findingsOf('SEC060', doc('Zaškrtněte políčko „Toto issue je důvěrné…“ při vytváření.')), []);
    // The same shape beside clear mojibake is believed: the document was decoded wrongly.
    const text = 'Ã‰tÃ© rÃ©sumÃ© é…“ ici.';
    assert.equal(
      findMojibake(text).some((run) => text.slice(run.start, run.end) === 'é…“'),
      true,
    );
  });
});
