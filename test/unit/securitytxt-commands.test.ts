// "Create security.txt" and "Renew Expires" as the core computes them, and the two securityTxt
// settings as the server reads them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/core/edits';
import { analyzeSecurityTxt } from '../../server/src/core/securitytxt/analyze';
import { renewExpires, securityTxtScaffold } from '../../server/src/core/securitytxt/commands';
import type { AnalysisContext } from '../../server/src/core/types';
import { contextFrom } from '../../server/src/config/analysisContext';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/config/settings';
import { doc } from './helpers';

const repository = { host: 'github.com', owner: 'acme', name: 'widget' };
const POLICY = doc(
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please email security@acme.dev, or use the Security tab to report a vulnerability privately. We will answer within three days and keep you informed.',
);
const policyContext: AnalysisContext = {
  today: '2026-03-10',
  repository,
  companion: { kind: 'policy', relativePath: '.github/SECURITY.md', text: POLICY },
};

describe('Create security.txt', () => {
  it("lists the policy's channels, Expires 364 days ahead, its language and a Policy link", () => {
    const text = securityTxtScaffold(policyContext);
    assert.equal(
      text,
      doc(
        '# Where to report security vulnerabilities (RFC 9116). Keep it in step with SECURITY.md.',
        'Contact: mailto:security@acme.dev',
        'Contact: https://github.com/acme/widget/security/advisories/new',
        'Expires: 2027-03-09T00:00:00.000Z',
        'Preferred-Languages: en',
        'Policy: https://github.com/acme/widget/blob/HEAD/.github/SECURITY.md',
        '# Canonical: https://your-domain/.well-known/security.txt (where this file is served; required once it is signed)',
      ),
    );
    // Sound and in step with the policy; only the hint that Canonical is still to be filled in.
    assert.deepEqual(
      analyzeSecurityTxt(text, policyContext).map((f) => f.ruleId),
      ['TXT041'],
    );
  });
  it('takes the renewal period from the settings', () => {
    assert.match(
      securityTxtScaffold({ ...policyContext, expiresRenewDays: 90 }),
      /^Expires: 2026-06-08T00:00:00\.000Z$/m,
    );
  });
  it('without a policy or a repository, leaves Contact as a comment to fill in (TXT001 then reports it)', () => {
    const text = securityTxtScaffold({ today: '2026-03-10' });
    assert.match(text, /^# Contact: mailto:security@your-domain/m);
    assert.deepEqual(
      analyzeSecurityTxt(text, { today: '2026-03-10' }).map((f) => f.ruleId),
      ['TXT001', 'TXT041'],
    );
  });
  it('falls back to the advisory form when the policy names no private channel', () => {
    assert.match(
      securityTxtScaffold({ today: '2026-03-10', repository }),
      /^Contact: https:\/\/github\.com\/acme\/widget\/security\/advisories\/new$/m,
    );
  });
});

describe('Renew Expires', () => {
  const context: AnalysisContext = { today: '2026-03-10', expiresRenewDays: 364 };
  it('sets the date to today + expiresRenewDays, keeping the time and offset as written', () => {
    const text = doc('Contact: mailto:security@acme.dev', 'Expires: 2025-01-01T12:30:00+02:00');
    const result = renewExpires(text, context);
    assert.ok('edit' in result);
    assert.equal(
      applyEdits(text, [result.edit]),
      doc('Contact: mailto:security@acme.dev', 'Expires: 2027-03-09T12:30:00+02:00'),
    );
  });
  it('adds Expires after the last field when there is none', () => {
    const text = doc('Contact: mailto:security@acme.dev', '# end');
    const result = renewExpires(text, { ...context, expiresRenewDays: 30 });
    assert.ok('edit' in result);
    assert.equal(
      applyEdits(text, [result.edit]),
      doc('Contact: mailto:security@acme.dev', 'Expires: 2026-04-09T00:00:00.000Z', '# end'),
    );
  });
  it('refuses a signed file, and a context without a date', () => {
    const signed = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA512',
      '',
      'Contact: mailto:security@acme.dev',
      'Expires: 2025-01-01T00:00:00Z',
      '-----BEGIN PGP SIGNATURE-----',
      '',
      'iQEz',
      '-----END PGP SIGNATURE-----',
    );
    assert.match((renewExpires(signed, context) as { problem: string }).problem, /signed.*sign it again/);
    assert.deepEqual(renewExpires(signed, {}), { problem: "today's date is unknown" });
  });
});

describe('securityPolicy.securityTxt settings', () => {
  it('reach the analysis context', () => {
    const settings = parseSettings({ securityTxt: { expiresWarningDays: 10, expiresRenewDays: 180 } }, () =>
      assert.fail('no warning'),
    );
    const context = contextFrom(settings, { today: '2026-03-10' });
    assert.equal(context.expiresWarningDays, 10);
    assert.equal(context.expiresRenewDays, 180);
  });
  it('default to 30 and 364, and an invalid value falls back with a warning', () => {
    assert.deepEqual(DEFAULT_SETTINGS.securityTxt, { expiresWarningDays: 30, expiresRenewDays: 364 });
    const warnings: string[] = [];
    const settings = parseSettings({ securityTxt: { expiresWarningDays: -1, expiresRenewDays: 1000 } }, (m) =>
      warnings.push(m),
    );
    assert.deepEqual(settings.securityTxt, { expiresWarningDays: 30, expiresRenewDays: 364 });
    assert.equal(warnings.length, 2);
    assert.match(
      warnings[1]!,
      /securityPolicy\.securityTxt\.expiresRenewDays: expected a whole number of days from 1 to 365, got 1000; using 364\./,
    );
  });
  it('TXT013 warns within the configured days only', () => {
    const text = doc('Contact: mailto:security@acme.dev', 'Expires: 2026-03-25T00:00:00Z');
    const ids = (context: AnalysisContext) =>
      analyzeSecurityTxt(text, context)
        .map((f) => f.ruleId)
        .filter((id) => id !== 'TXT041');
    assert.deepEqual(ids({ today: '2026-03-10' }), ['TXT013']);
    assert.deepEqual(ids({ today: '2026-03-10', expiresWarningDays: 7 }), []);
  });
});
