// security.txt rules (TXT0xx) on fixtures written for these tests: exact ids, ranges, severities and
// the text after each fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/core/edits';
import { analyzeSecurityTxt, isSecurityTxtName } from '../../server/src/core/securitytxt/analyze';
import type { AnalysisContext, Finding } from '../../server/src/core/types';
import { at, doc } from './helpers';

const today: AnalysisContext = { today: '2026-03-10' };
const SIG = ['-----BEGIN PGP SIGNATURE-----', '', 'iQEzBAEBCAAdFiEE', '=lybn', '-----END PGP SIGNATURE-----'];

function seen(ruleId: string, text: string, context: AnalysisContext = today) {
  return analyzeSecurityTxt(text, context)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({ severity: f.severity, start: f.start, end: f.end, text: text.slice(f.start, f.end) }));
}

function only(ruleId: string, text: string, context: AnalysisContext = today): Finding {
  const found = analyzeSecurityTxt(text, context).filter((f) => f.ruleId === ruleId);
  assert.equal(found.length, 1, `${ruleId}: ${JSON.stringify(found)}`);
  return found[0]!;
}

/** Applies the finding's first fix and checks the rule no longer reports it. */
function fixed(ruleId: string, text: string, context: AnalysisContext = today): string {
  const finding = only(ruleId, text, context);
  assert.ok(finding.fixes?.[0], `${ruleId} offers a fix`);
  const after = applyEdits(text, finding.fixes[0].edits);
  assert.equal(seen(ruleId, after, context).length, 0, `${ruleId} is gone after its fix:\n${after}`);
  return after;
}

const valid = (...extra: string[]) =>
  doc('Contact: mailto:security@acme.test', 'Expires: 2026-12-31T23:59:59Z', ...extra);

describe('which files are security.txt', () => {
  it('takes security.txt in any folder, and any case only inside .well-known', () => {
    const yes = [
      'security.txt',
      '/site/security.txt',
      'file:///w/.well-known/security.txt',
      'C:\\w\\.well-known\\Security.TXT',
      'file:///w/.well-known/SECURITY.txt?x',
    ];
    const no = [
      'SECURITY.txt',
      'file:///w/SECURITY.txt',
      '/w/docs/Security.txt',
      '/w/security.txt.bak',
      '/w/my-security.txt',
      '/w/security.md',
    ];
    assert.deepEqual(
      yes.filter((name) => !isSecurityTxtName(name)),
      [],
    );
    assert.deepEqual(no.filter(isSecurityTxtName), []);
  });
});

describe('security.txt: a sound file', () => {
  it('gets no finding, unsigned or signed', () => {
    // Only the hint that Canonical could be added (TXT041, tested below).
    assert.deepEqual(
      analyzeSecurityTxt(valid('Preferred-Languages: en, de', 'Policy: https://acme.test/security'), today).map(
        (f) => f.ruleId,
      ),
      ['TXT041'],
    );
    assert.deepEqual(analyzeSecurityTxt(valid('Canonical: https://acme.test/.well-known/security.txt'), today), []);
    const signed = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA512',
      '',
      'Contact: mailto:security@acme.test',
      'Expires: 2026-12-31T23:59:59Z',
      'Canonical: https://acme.test/.well-known/security.txt',
      '',
      ...SIG,
    );
    assert.deepEqual(
      analyzeSecurityTxt(signed, today).map((f) => f.ruleId),
      [],
    );
  });
});

describe('TXT041 canonical-missing', () => {
  it('hints at Canonical in an unsigned file, with the domain of the first mail Contact as a proposal', () => {
    const text = doc(
      'Contact: https://hackerone.com/acme',
      'Contact: mailto:security@acme.dev',
      'Expires: 2026-12-31T23:59:59Z',
    );
    const finding = only('TXT041', text);
    assert.deepEqual(
      { severity: finding.severity, text: text.slice(finding.start, finding.end) },
      { severity: 'hint', text: 'Contact: https://hackerone.com/acme' },
    );
    assert.equal(finding.fixes![0]!.needsInput, true);
    assert.equal(
      fixed('TXT041', text),
      doc(
        'Contact: https://hackerone.com/acme',
        'Contact: mailto:security@acme.dev',
        'Expires: 2026-12-31T23:59:59Z',
        'Canonical: https://acme.dev/.well-known/security.txt',
      ),
    );
  });
  it('offers no fix when only platforms are named, and leaves signed files to TXT040', () => {
    assert.equal(
      only(
        'TXT041',
        doc('Contact: https://github.com/acme/widget/security/advisories/new', 'Expires: 2026-12-31T23:59:59Z'),
      ).fixes,
      undefined,
    );
    const signed = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA512',
      '',
      'Contact: mailto:security@acme.test',
      'Expires: 2026-12-31T23:59:59Z',
      '',
      ...SIG,
    );
    assert.deepEqual(seen('TXT041', signed), []);
    assert.equal(seen('TXT040', signed).length, 1);
  });
});

describe('TXT001 contact-missing / TXT002 expires-missing', () => {
  it('reports a missing Contact on the first line, as an error', () => {
    const text = doc('# security', 'Expires: 2026-12-31T23:59:59Z');
    assert.deepEqual(seen('TXT001', text), [at(text, '# security', 'error')]);
  });
  it('reports a missing Expires and adds one, one renewal period ahead, after the last field', () => {
    const text = doc('Contact: mailto:security@acme.test', '# end');
    assert.deepEqual(seen('TXT002', text), [at(text, 'Contact: mailto:security@acme.test', 'error')]);
    const finding = only('TXT002', text);
    assert.equal(finding.fixes?.[0]?.needsInput, true, 'a proposal, not applied by Fix All');
    assert.equal(
      fixed('TXT002', text),
      doc('Contact: mailto:security@acme.test', 'Expires: 2027-03-09T00:00:00.000Z', '# end'),
    );
    assert.equal(
      fixed('TXT002', text, { ...today, expiresRenewDays: 90 }),
      doc('Contact: mailto:security@acme.test', 'Expires: 2026-06-08T00:00:00.000Z', '# end'),
    );
  });
  it('offers no edit on a signed file and says it must be re-signed', () => {
    const text = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      '',
      'Contact: mailto:a@acme.test',
      'Canonical: https://acme.test/.well-known/security.txt',
      ...SIG,
    );
    const finding = only('TXT002', text);
    assert.equal(finding.fixes, undefined);
    assert.match(finding.message, /signed: change its unsigned source and sign it again/);
  });
});

describe('TXT003 field-repeated / TXT004 duplicate-field', () => {
  it('reports a second Expires as an error; removes it when the value repeats', () => {
    const text = valid('Expires: 2026-12-31T23:59:59Z');
    assert.deepEqual(seen('TXT003', text), [at(text, 'Expires: 2026-12-31T23:59:59Z', 'error', 1)]);
    assert.equal(fixed('TXT003', text), valid());
  });
  it('offers no fix when the two values differ', () => {
    const text = valid('Preferred-Languages: en', 'Preferred-Languages: de');
    assert.deepEqual(seen('TXT003', text), [at(text, 'Preferred-Languages: de', 'error')]);
    assert.equal(only('TXT003', text).fixes, undefined);
  });
  it('reports a repeated Contact line as info and removes it', () => {
    const text = valid('Contact: mailto:security@acme.test');
    assert.deepEqual(seen('TXT004', text), [at(text, 'Contact: mailto:security@acme.test', 'info', 1)]);
    assert.equal(fixed('TXT004', text), valid());
    assert.deepEqual(seen('TXT004', valid('Contact: https://acme.test/report')), []);
  });
});

describe('TXT010-TXT013 Expires', () => {
  it('TXT010 reports non-RFC 3339 values and rewrites them', () => {
    const cases: Array<[string, string, boolean]> = [
      ['2026-12-31 23:59:59Z', '2026-12-31T23:59:59Z', true],
      ['2026-12-31', '2026-12-31T00:00:00.000Z', false],
      ['Thu, 31 Dec 2026 18:00 +0100', '2026-12-31T17:00:00Z', true],
      ['2026-12-31T23:59:59+0100', '', false],
      ['2026-02-30T00:00:00Z', '', false],
      ['next year', '', false],
    ];
    for (const [value, rewritten, preferred] of cases) {
      const text = doc('Contact: mailto:a@acme.test', `Expires: ${value}`);
      assert.deepEqual(seen('TXT010', text), [at(text, value, 'error')], value);
      const fix = only('TXT010', text).fixes?.[0];
      if (!rewritten) {
        assert.equal(fix, undefined, value);
        continue;
      }
      assert.equal(fix?.isPreferred, preferred, value);
      assert.equal(fixed('TXT010', text), doc('Contact: mailto:a@acme.test', `Expires: ${rewritten}`), value);
    }
  });
  it('accepts lower-case t and z, fractions and offsets', () => {
    for (const value of ['2026-12-31t23:59:59z', '2026-12-31T23:59:59.123+05:30', '2026-06-30T23:59:60Z']) {
      assert.deepEqual(seen('TXT010', doc('Contact: mailto:a@acme.test', `Expires: ${value}`)), [], value);
    }
  });
  it('TXT011 reports a past date and renews it keeping time, fraction and offset', () => {
    const text = doc('Contact: mailto:a@acme.test', 'Expires: 2025-01-31T12:30:00.000+01:00');
    assert.deepEqual(seen('TXT011', text), [at(text, '2025-01-31T12:30:00.000+01:00', 'error')]);
    assert.match(only('TXT011', text).message, /expired on 2025-01-31 \(403 days ago\)/);
    assert.equal(fixed('TXT011', text), doc('Contact: mailto:a@acme.test', 'Expires: 2027-03-09T12:30:00.000+01:00'));
  });
  it('TXT011 is silent without a date in the context, and on the day itself', () => {
    assert.deepEqual(seen('TXT011', valid(), {}), []);
    assert.deepEqual(seen('TXT011', doc('Contact: mailto:a@acme.test', 'Expires: 2026-03-10T00:00:00Z')), []);
  });
  it('TXT012 warns about a date more than a year ahead', () => {
    const text = doc('Contact: mailto:a@acme.test', 'Expires: 2027-03-11T00:00:00Z');
    assert.deepEqual(seen('TXT012', text), [at(text, '2027-03-11T00:00:00Z', 'warning')]);
    assert.equal(only('TXT012', text).fixes?.[0]?.isPreferred, false);
    assert.deepEqual(seen('TXT012', doc('Contact: mailto:a@acme.test', 'Expires: 2027-03-10T23:59:59Z')), []);
  });
  it('TXT013 warns within expiresWarningDays (30 by default)', () => {
    const text = doc('Contact: mailto:a@acme.test', 'Expires: 2026-04-08T00:00:00Z');
    assert.deepEqual(seen('TXT013', text), [at(text, '2026-04-08T00:00:00Z', 'warning')]);
    assert.match(only('TXT013', text).message, /expires in 29 days/);
    assert.deepEqual(seen('TXT013', doc('Contact: mailto:a@acme.test', 'Expires: 2026-04-09T00:00:00Z')), []);
    assert.deepEqual(seen('TXT013', text, { ...today, expiresWarningDays: 7 }), []);
  });
});

describe('TXT020-TXT023 URIs', () => {
  it('TXT020 adds mailto: to a bare address and tel: to a phone number', () => {
    const text = doc('Contact: security@acme.test', 'Expires: 2026-12-31T23:59:59Z');
    assert.deepEqual(seen('TXT020', text), [at(text, 'security@acme.test', 'error')]);
    assert.equal(fixed('TXT020', text), valid());
    const phone = doc('Contact: +1 (555) 010 0199', 'Expires: 2026-12-31T23:59:59Z');
    assert.equal(fixed('TXT020', phone), doc('Contact: tel:+1-555-010-0199', 'Expires: 2026-12-31T23:59:59Z'));
  });
  it('TXT020 splits several URIs into one field each, and reports prose without a fix', () => {
    const text = valid('Encryption: https://acme.test/a.asc, https://acme.test/b.asc');
    assert.equal(
      fixed('TXT020', text),
      valid('Encryption: https://acme.test/a.asc', 'Encryption: https://acme.test/b.asc'),
    );
    const prose = valid('Policy: see our website');
    assert.deepEqual(seen('TXT020', prose), [at(prose, 'see our website', 'error')]);
    assert.equal(only('TXT020', prose).fixes, undefined);
  });
  it('TXT021 reports http:// as an error, with a fix that is not preferred', () => {
    const text = valid('Policy: http://acme.test/security');
    assert.deepEqual(seen('TXT021', text), [at(text, 'http://acme.test/security', 'error')]);
    assert.equal(only('TXT021', text).fixes?.[0]?.isPreferred, false);
    assert.equal(fixed('TXT021', text), valid('Policy: https://acme.test/security'));
  });
  it('TXT022 reports mailto://, a mailto: without an address, a local tel: and a host-less https:', () => {
    const text = valid(
      'Contact: mailto://b@acme.test',
      'Contact: mailto:security',
      'Contact: tel:555-0100',
      'Hiring: https:jobs',
    );
    assert.deepEqual(seen('TXT022', text), [
      at(text, 'mailto://b@acme.test', 'warning'),
      at(text, 'mailto:security', 'warning', 1),
      at(text, 'tel:555-0100', 'warning'),
      at(text, 'https:jobs', 'warning'),
    ]);
    assert.deepEqual(
      seen('TXT022', valid('Contact: tel:+1-555-0100', 'Contact: mailto:a@acme.test?subject=Report')),
      [],
    );
  });
  it('TXT023 wants CSAF to name provider-metadata.json', () => {
    const text = valid('CSAF: https://acme.test/.well-known/csaf/');
    assert.deepEqual(seen('TXT023', text), [at(text, 'https://acme.test/.well-known/csaf/', 'warning')]);
    assert.deepEqual(seen('TXT023', valid('CSAF: https://acme.test/.well-known/csaf/provider-metadata.json')), []);
  });
});

describe('TXT030 preferred-languages', () => {
  it('reports malformed tags as errors and country codes as warnings with their language', () => {
    const text = valid('Preferred-Languages: en, english, cz, pt-BR, x-klingon');
    assert.deepEqual(seen('TXT030', text), [at(text, 'english', 'error'), at(text, 'cz', 'warning')]);
    assert.equal(fixed('TXT030', valid('Preferred-Languages: en, cz')), valid('Preferred-Languages: en, cs'));
  });
  it('reports separators other than commas and replaces them', () => {
    const text = valid('Preferred-Languages: en; de');
    assert.deepEqual(seen('TXT030', text), [at(text, '; ', 'error')]);
    assert.equal(fixed('TXT030', text), valid('Preferred-Languages: en, de'));
    const spaces = valid('Preferred-Languages: en de');
    assert.deepEqual(seen('TXT030', spaces), [at(spaces, ' ', 'error', 3)]);
  });
});

describe('TXT040 canonical-when-signed', () => {
  it('warns on the header of a signed file without Canonical', () => {
    const text = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      '',
      'Contact: mailto:a@acme.test',
      'Expires: 2026-12-31T23:59:59Z',
      ...SIG,
    );
    assert.deepEqual(seen('TXT040', text), [at(text, '-----BEGIN PGP SIGNED MESSAGE-----', 'warning')]);
  });
});

describe('TXT050 unknown-field / TXT051 field-name-typo', () => {
  it('suggests the registered name for a misspelling and renames it', () => {
    for (const [wrong, right] of [
      ['Expiry', 'Expires'],
      ['Contacts', 'Contact'],
      ['Acknowledgements', 'Acknowledgments'],
      ['Prefered-Languages', 'Preferred-Languages'],
      ['Encrytion', 'Encryption'],
    ] as const) {
      const text = valid(`${wrong}: x`);
      assert.deepEqual(seen('TXT051', text), [at(text, wrong, 'warning')], wrong);
      assert.deepEqual(seen('TXT050', text), [], wrong);
      assert.equal(fixed('TXT051', text), valid(`${right}: x`), wrong);
    }
  });
  it('reports other fields as info, accepts registered extensions and any case', () => {
    const text = valid(
      'X-Team: red',
      'CSAF: https://acme.test/provider-metadata.json',
      'Bug-Bounty: True',
      'contact: mailto:b@acme.test',
    );
    assert.deepEqual(seen('TXT050', text), [at(text, 'X-Team', 'info')]);
    assert.deepEqual(seen('TXT051', text), []);
  });
});

describe('TXT060-TXT063 line syntax', () => {
  it('TXT060 reports lines that are neither fields nor comments', () => {
    const text = valid('Send reports to: the team', '<!-- html -->');
    assert.deepEqual(seen('TXT060', text), [
      at(text, 'Send reports to: the team', 'error'),
      at(text, '<!-- html -->', 'error'),
    ]);
  });
  it('TXT061 removes white space before a name and before its colon', () => {
    const text = doc(' Contact : mailto:a@acme.test', 'Expires: 2026-12-31T23:59:59Z');
    assert.deepEqual(seen('TXT061', text), [at(text, ' Contact :', 'error')]);
    assert.equal(fixed('TXT061', text), doc('Contact: mailto:a@acme.test', 'Expires: 2026-12-31T23:59:59Z'));
  });
  it('TXT062 wants exactly one space after the colon', () => {
    const text = doc('Contact:mailto:a@acme.test', 'Expires:\t2026-12-31T23:59:59Z');
    assert.deepEqual(seen('TXT062', text), [at(text, ':', 'warning'), at(text, ':\t', 'warning')]);
    const after = fixed('TXT062', doc('Contact:mailto:a@acme.test', 'Expires: 2026-12-31T23:59:59Z'));
    assert.equal(after, doc('Contact: mailto:a@acme.test', 'Expires: 2026-12-31T23:59:59Z'));
  });
  it('TXT063 reports an empty value; its removal is not preferred', () => {
    const text = valid('Policy:');
    assert.deepEqual(seen('TXT063', text), [at(text, 'Policy:', 'error')]);
    assert.equal(only('TXT063', text).fixes?.[0]?.isPreferred, false);
    assert.equal(fixed('TXT063', text), valid());
  });
});

describe('TXT070-TXT072 characters and line breaks', () => {
  it('TXT070 adds the missing final line break, also after a signature', () => {
    const text = 'Contact: mailto:a@acme.test\r\nExpires: 2026-12-31T23:59:59Z';
    assert.deepEqual(seen('TXT070', text), [{ severity: 'warning', start: text.length, end: text.length, text: '' }]);
    assert.equal(fixed('TXT070', text), `${text}\r\n`);
    const signed = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      '',
      'Contact: mailto:a@acme.test',
      'Expires: 2026-12-31T23:59:59Z',
      'Canonical: https://acme.test/.well-known/security.txt',
      ...SIG,
    ).trimEnd();
    assert.equal(fixed('TXT070', signed), `${signed}\n`);
  });
  it('TXT070 replaces bare CR line breaks', () => {
    const text = 'Contact: mailto:a@acme.test\rExpires: 2026-12-31T23:59:59Z\r';
    assert.equal(fixed('TXT070', text), 'Contact: mailto:a@acme.test\nExpires: 2026-12-31T23:59:59Z\n');
  });
  it('TXT071 removes a byte order mark, even before a signed message', () => {
    const text = `\uFEFF${valid()}`;
    assert.deepEqual(seen('TXT071', text), [{ severity: 'error', start: 0, end: 1, text: '\uFEFF' }]);
    assert.deepEqual(seen('TXT001', text), [], 'the first field is still read');
    assert.equal(fixed('TXT071', text), valid());
  });
  it('TXT072 reports control characters (error) and U+FFFD (warning)', () => {
    const text = valid('# bad \u0007 and \uFFFD');
    assert.deepEqual(seen('TXT072', text), [at(text, '\u0007', 'error'), at(text, '\uFFFD', 'warning')]);
  });
});

describe('TXT080 signature-structure', () => {
  const body = [
    'Contact: mailto:a@acme.test',
    'Expires: 2026-12-31T23:59:59Z',
    'Canonical: https://acme.test/.well-known/security.txt',
  ];
  it('reports text before the header, a missing blank line, an unescaped dash line and text after the signature', () => {
    const text = doc(
      '# hello',
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      ...body,
      '-- not escaped',
      ...SIG,
      'Contact: mailto:late@acme.test',
    );
    assert.deepEqual(seen('TXT080', text), [
      at(text, '# hello', 'error'),
      at(text, 'Contact: mailto:a@acme.test', 'error'),
      at(text, '-- not escaped', 'error'),
      at(text, 'Contact: mailto:late@acme.test', 'error'),
    ]);
  });
  it('reads dash-escaped fields, and reports a missing or cut-off signature block', () => {
    const escaped = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      '',
      '- Contact: mailto:a@acme.test',
      ...body.slice(1),
      ...SIG,
    );
    assert.deepEqual(
      analyzeSecurityTxt(escaped, today).map((f) => f.ruleId),
      [],
    );
    const unsigned = doc('-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA256', '', ...body);
    assert.deepEqual(seen('TXT080', unsigned), [at(unsigned, '-----BEGIN PGP SIGNED MESSAGE-----', 'error')]);
    const cut = doc('-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA256', '', ...body, ...SIG.slice(0, 3));
    assert.deepEqual(seen('TXT080', cut), [at(cut, '-----BEGIN PGP SIGNATURE-----', 'error')]);
  });
  it('reports a damaged signature block and a signature without its header', () => {
    const damaged = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      '',
      ...body,
      '-----BEGIN PGP SIGNATURE-----',
      '',
      'not base64 !!',
      '-----END PGP SIGNATURE-----',
    );
    assert.match(only('TXT080', damaged).message, /damaged: "not base64 !!" is not radix-64/);
    const stray = doc(...body, ...SIG);
    assert.deepEqual(seen('TXT080', stray), [at(stray, '-----BEGIN PGP SIGNATURE-----', 'error')]);
  });
});

describe('security.txt settings', () => {
  it('turns a rule off or changes its severity through ruleSeverities', () => {
    const text = doc('Contact: mailto:a@acme.test');
    assert.deepEqual(seen('TXT002', text, { ...today, ruleSeverities: { TXT002: 'off' } }), []);
    assert.equal(seen('TXT002', text, { ...today, ruleSeverities: { TXT002: 'warning' } })[0]?.severity, 'warning');
  });
});
