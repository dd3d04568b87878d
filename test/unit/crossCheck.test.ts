// SECURITY.md and security.txt compared (core/crossCheck.ts): TXT090–TXT093 on the security.txt,
// SEC090–SEC092 on the policy, each with the other file as the companion. Exact ids, ranges,
// severities and the text after the fixes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { contactKey, languageOf, policyTarget } from '../../server/src/core/crossCheck';
import { applyEdits } from '../../server/src/core/edits';
import { analyzeSecurityTxt } from '../../server/src/core/securitytxt/analyze';
import type { AnalysisContext, Finding } from '../../server/src/core/types';
import { at, doc } from './helpers';

const repository = { host: 'github.com', owner: 'acme', name: 'widget' };

const POLICY = doc(
  '# Security Policy',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please report vulnerabilities by email to security@acme.dev, or through',
  '[our form](https://acme.dev/security/report/). We answer within two days and we will keep you informed.',
  '',
  '## Supported Versions',
  '',
  'Only the latest release is supported; we fix what is reported in it and tell you when it is out.',
);

const TXT = doc(
  'Contact: mailto:Security@acme.dev',
  'Contact: https://acme.dev/security/report',
  'Expires: 2026-12-31T23:59:59Z',
  'Preferred-Languages: en',
);

const txtContext = (policy = POLICY, extra: AnalysisContext = {}): AnalysisContext => ({
  today: '2026-03-10',
  repository,
  companion: { kind: 'policy', relativePath: 'SECURITY.md', text: policy },
  ...extra,
});
const policyContext = (txt = TXT): AnalysisContext => ({
  companion: { kind: 'security.txt', relativePath: '.well-known/security.txt', text: txt },
});

function seenTxt(ruleId: string, text: string, context: AnalysisContext): Finding[] {
  return analyzeSecurityTxt(text, context).filter((f) => f.ruleId === ruleId);
}
function seenPolicy(ruleId: string, text: string, context: AnalysisContext): Finding[] {
  return analyze(text, context).filter((f) => f.ruleId === ruleId);
}
const where = (text: string, findings: readonly Finding[]) =>
  findings.map((f) => ({ severity: f.severity, start: f.start, end: f.end, text: text.slice(f.start, f.end) }));

describe('cross-check: files that agree', () => {
  it('report nothing on either side (case, trailing slash and scheme of a link do not matter)', () => {
    const cross = (f: Finding) => /^(?:TXT09|SEC09)/.test(f.ruleId);
    assert.deepEqual(analyzeSecurityTxt(TXT, txtContext()).filter(cross), []);
    assert.deepEqual(analyze(POLICY, policyContext()).filter(cross), []);
  });
  it('report nothing without a companion', () => {
    const other = doc('Contact: mailto:other@acme.dev', 'Expires: 2026-12-31T23:59:59Z');
    assert.deepEqual(
      analyzeSecurityTxt(other, { today: '2026-03-10' }).map((f) => f.ruleId),
      ['TXT041'],
    );
    assert.deepEqual(seenPolicy('SEC091', POLICY, {}), []);
  });
});

describe('TXT090 contact-not-in-policy / SEC091 security-txt-contact-not-here', () => {
  const txt = doc(
    'Contact: mailto:security@acme.dev',
    'Contact: tel:+1-555-0100',
    'Contact: https://hackerone.com/acme',
    'Expires: 2026-12-31T23:59:59Z',
  );
  it('reports each Contact the policy does not mention, as info, on its value', () => {
    assert.deepEqual(where(txt, seenTxt('TXT090', txt, txtContext())), [
      at(txt, 'tel:+1-555-0100', 'info'),
      at(txt, 'https://hackerone.com/acme', 'info'),
    ]);
    assert.match(
      seenTxt('TXT090', txt, txtContext())[0]!.message,
      /^SECURITY\.md does not mention this Contact \(tel:\+1-555-0100\)/,
    );
  });
  it('takes a phone number written with other separators, and an obfuscated address, as mentioned', () => {
    const policy = POLICY.replace('security@acme.dev', 'security [at] acme [dot] dev or call +1 555 0100');
    assert.deepEqual(
      where(txt, seenTxt('TXT090', txt, txtContext(policy))).map((f) => f.text),
      ['https://hackerone.com/acme'],
    );
  });
  it('shows the same mismatch once on the policy, at its reporting heading, naming every Contact', () => {
    const found = seenPolicy('SEC091', POLICY, policyContext(txt));
    assert.deepEqual(where(POLICY, found), [at(POLICY, '## Reporting a Vulnerability', 'info')]);
    assert.match(
      found[0]!.message,
      /^\.well-known\/security\.txt lists Contacts this policy does not mention: tel:\+1-555-0100, https:\/\/hackerone\.com\/acme\./,
    );
  });
  it('counts the Security tab in words as the advisory form of any repository', () => {
    const policy = POLICY.replace(
      'or through',
      'or through the Security tab (private vulnerability reporting), or through',
    );
    const advisory = doc(
      'Contact: https://github.com/acme/widget/security/advisories/new',
      'Expires: 2026-12-31T23:59:59Z',
    );
    assert.deepEqual(seenTxt('TXT090', advisory, txtContext(policy)), []);
    assert.equal(seenTxt('TXT090', advisory, txtContext()).length, 1);
  });
});

describe('TXT091 policy-channel-missing / SEC090 channel-not-in-security-txt', () => {
  const txt = doc('Contact: mailto:security@acme.dev', 'Expires: 2026-12-31T23:59:59Z');
  it('reports a private channel of the policy that no Contact lists, at the last Contact, with a fix adding it', () => {
    const found = seenTxt('TXT091', txt, txtContext());
    assert.deepEqual(where(txt, found), [at(txt, 'Contact: mailto:security@acme.dev', 'info')]);
    assert.match(
      found[0]!.message,
      /^SECURITY\.md names "https:\/\/acme\.dev\/security\/report\/" as a private channel/,
    );
    const fix = found[0]!.fixes![0]!;
    assert.equal(fix.needsInput, true, 'a proposal: Fix All leaves it');
    const after = applyEdits(txt, fix.edits);
    assert.equal(
      after,
      doc(
        'Contact: mailto:security@acme.dev',
        'Contact: https://acme.dev/security/report/',
        'Expires: 2026-12-31T23:59:59Z',
      ),
    );
    assert.deepEqual(seenTxt('TXT091', after, txtContext()), []);
  });
  it('shows the same channel on the policy, at the link', () => {
    assert.deepEqual(where(POLICY, seenPolicy('SEC090', POLICY, policyContext(txt))), [
      at(POLICY, '[our form](https://acme.dev/security/report/)', 'info'),
    ]);
  });
  it('offers no edit in a signed file, and says it must be re-signed', () => {
    const signed = doc(
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA512',
      '',
      txt.trimEnd(),
      'Canonical: https://acme.dev/.well-known/security.txt',
      '-----BEGIN PGP SIGNATURE-----',
      '',
      'iQEz',
      '-----END PGP SIGNATURE-----',
    );
    const found = seenTxt('TXT091', signed, txtContext());
    assert.equal(found.length, 1);
    assert.equal(found[0]!.fixes, undefined);
    assert.match(found[0]!.message, /sign it again/);
  });
  it('leaves a file without Contact to TXT001, which offers the policy channels', () => {
    const none = doc('Expires: 2026-12-31T23:59:59Z');
    assert.deepEqual(seenTxt('TXT091', none, txtContext()), []);
    const [finding] = seenTxt('TXT001', none, txtContext());
    assert.deepEqual(
      finding!.fixes!.map((f) => f.title),
      [
        'Add "Contact: mailto:security@acme.dev" (from the SECURITY.md)',
        'Add "Contact: https://acme.dev/security/report/" (from the SECURITY.md)',
      ],
    );
    assert.equal(
      applyEdits(none, finding!.fixes![0]!.edits),
      doc('Expires: 2026-12-31T23:59:59Z', 'Contact: mailto:security@acme.dev'),
    );
  });
});

describe('TXT092 policy-elsewhere', () => {
  const withPolicy = (url: string) => doc(TXT.trimEnd(), `Policy: ${url}`);
  it('accepts the policy page and the SECURITY.md of this repository, rendered or raw', () => {
    for (const url of [
      'https://github.com/acme/widget/security/policy',
      'https://github.com/Acme/Widget/blob/main/SECURITY.md',
      'https://raw.githubusercontent.com/acme/widget/HEAD/.github/SECURITY.md',
    ]) {
      assert.deepEqual(seenTxt('TXT092', withPolicy(url), txtContext()), [], url);
    }
  });
  it("warns about another repository's policy and fixes it to this one's", () => {
    const text = withPolicy('https://github.com/other/thing/blob/main/SECURITY.md');
    const [finding] = seenTxt('TXT092', text, txtContext());
    assert.deepEqual(where(text, [finding!]), [
      at(text, 'https://github.com/other/thing/blob/main/SECURITY.md', 'warning'),
    ]);
    assert.match(finding!.message, /^Policy points to other\/thing, not to this repository \(acme\/widget\)/);
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      withPolicy('https://github.com/acme/widget/blob/HEAD/SECURITY.md'),
    );
  });
  it('reports another site one level less sure (info), and stays silent without a known repository', () => {
    const text = withPolicy('https://acme.dev/vdp');
    assert.deepEqual(where(text, seenTxt('TXT092', text, txtContext())), [at(text, 'https://acme.dev/vdp', 'info')]);
    assert.deepEqual(seenTxt('TXT092', text, { ...txtContext(), repository: undefined }), []);
  });
  it('classifies targets', () => {
    assert.deepEqual(policyTarget('https://github.com/acme/widget/issues', repository), { kind: 'this-repository' });
    assert.deepEqual(policyTarget('not a url', repository), { kind: 'not-a-url' });
  });
});

describe('TXT093 language-mismatch', () => {
  it("reports Preferred-Languages without the policy's language, with a fix adding it", () => {
    const text = TXT.replace('Preferred-Languages: en', 'Preferred-Languages: de, fr');
    const [finding] = seenTxt('TXT093', text, txtContext());
    assert.deepEqual(where(text, [finding!]), [at(text, 'de, fr', 'info')]);
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      TXT.replace('Preferred-Languages: en', 'Preferred-Languages: de, fr, en'),
    );
  });
  it('accepts a regional tag of the language, and says nothing when the language is unclear', () => {
    assert.deepEqual(seenTxt('TXT093', TXT.replace(': en', ': en-GB'), txtContext()), []);
    assert.deepEqual(
      seenTxt('TXT093', TXT.replace(': en', ': de'), txtContext('# Security\n\nsecurity@acme.dev\n')),
      [],
    );
  });
  it('reads the language from frequent words or the script', () => {
    assert.equal(languageOf(POLICY), 'en');
    assert.equal(
      languageOf(
        'Bitte melden Sie Sicherheitslücken nicht öffentlich, sondern per E-Mail. Wir sind dankbar und wir antworten mit einer Bestätigung, die Sie und der Entwickler bekommen.',
      ),
      'de',
    );
    assert.equal(
      languageOf(
        '脆弱性を発見した場合は、公開せずにメールでご連絡ください。確認後、修正版をリリースします。ご協力に感謝いたします。よろしくお願いします。',
      ),
      'ja',
    );
  });
});

describe('contact keys', () => {
  it('normalise mailto, tel and web addresses', () => {
    assert.equal(contactKey('mailto:Sec%40urity@Acme.test?subject=x'), 'mail:sec@urity@acme.test');
    assert.equal(contactKey('tel:+1-555-0100'), 'tel:15550100');
    assert.equal(contactKey('http://www.acme.dev/Security/'), 'web:acme.dev/security');
    assert.equal(contactKey('dns:acme.dev'), undefined);
  });
});

describe('TXT094 encryption-key-mismatch', () => {
  const FPR = 'AAAA BBBB CCCC DDDD EEEE  FFFF 0000 1111 2222 3333';
  const policy = `${POLICY}\n## Encrypted Communication\n\nOur PGP key fingerprint:\n\n\`\`\`\n${FPR}\n\`\`\`\n\nSee also commit https://github.com/acme/widget/commit/0123456789abcdef0123456789abcdef01234567.\n`;
  const withKey = (value: string) => doc(TXT.trimEnd(), `Encryption: ${value}`);
  it('warns when the Encryption fingerprint is not the one the policy gives', () => {
    const text = withKey('openpgp4fpr:9999BBBBCCCCDDDDEEEEFFFF0000111122223333');
    const found = seenTxt('TXT094', text, txtContext(policy));
    assert.deepEqual(where(text, found), [at(text, 'openpgp4fpr:9999BBBBCCCCDDDDEEEEFFFF0000111122223333', 'warning')]);
    assert.match(
      found[0]!.message,
      /^This key \(9999 BBBB .*\) is not the PGP key SECURITY\.md gives \(AAAA BBBB CCCC DDDD EEEE FFFF 0000 1111 2222 3333\)/,
    );
  });
  it('accepts the same fingerprint, a key ID that ends it, or a commented fingerprint beside an https key', () => {
    assert.deepEqual(
      seenTxt('TXT094', withKey('openpgp4fpr:aaaabbbbccccddddeeeeffff0000111122223333'), txtContext(policy)),
      [],
    );
    assert.deepEqual(
      seenTxt('TXT094', withKey('https://keys.openpgp.org/vks/v1/by-keyid/0000111122223333'), txtContext(policy)),
      [],
    );
    const commented = doc(TXT.trimEnd(), 'Encryption: https://acme.dev/pgp.asc', `# Fingerprint: ${FPR}`);
    assert.deepEqual(seenTxt('TXT094', commented, txtContext(policy)), []);
    assert.deepEqual(
      seenTxt('TXT094', doc(TXT.trimEnd(), 'Encryption: https://acme.dev/pgp.asc'), txtContext(policy)),
      [],
      'nothing to compare',
    );
  });
  it('does not take a commit hash in a link for a fingerprint', () => {
    const onlyCommit = `${POLICY}\nSee https://github.com/acme/widget/commit/0123456789abcdef0123456789abcdef01234567 for the key change.\n`;
    assert.deepEqual(
      seenTxt('TXT094', withKey('openpgp4fpr:9999BBBBCCCCDDDDEEEEFFFF0000111122223333'), txtContext(onlyCommit)),
      [],
    );
  });
});

describe('SEC092 security-txt-disagrees', () => {
  const FPR = 'AAAA BBBB CCCC DDDD EEEE  FFFF 0000 1111 2222 3333';
  const policy = `${POLICY}\n## Encrypted Communication\n\nOur PGP key fingerprint:\n\n\`\`\`\n${FPR}\n\`\`\`\n`;
  const context = (txt: string): AnalysisContext => ({ ...policyContext(txt), repository });
  it('lists on the policy what TXT092, TXT093 and TXT094 report on the security.txt, in one info finding', () => {
    const txt = doc(
      TXT.trimEnd().replace('Preferred-Languages: en', 'Preferred-Languages: de, fr'),
      'Policy: https://github.com/other/project/blob/main/SECURITY.md',
      'Encryption: openpgp4fpr:9999BBBBCCCCDDDDEEEEFFFF0000111122223333',
    );
    const found = seenPolicy('SEC092', policy, context(txt));
    assert.deepEqual(where(policy, found), [at(policy, '# Security Policy', 'info')]);
    assert.equal(
      found[0]!.message,
      '.well-known/security.txt disagrees with this policy: its Policy points to other/project, another repository; its Preferred-Languages (de, fr) leave out "en", the language of this policy; its Encryption key is not the PGP key this policy gives. Its own findings say what to change there.',
    );
    // The security.txt side reports each, at its field.
    assert.deepEqual(
      analyzeSecurityTxt(txt, txtContext(policy))
        .filter((f) => /^TXT09[234]$/.test(f.ruleId))
        .map((f) => f.ruleId)
        .sort(),
      ['TXT092', 'TXT093', 'TXT094'],
    );
  });
  it('is silent where the files agree: this policy, its language, its key (also in a comment beside an https key)', () => {
    const agreeing = doc(
      TXT.trimEnd(),
      'Policy: https://github.com/acme/widget/blob/main/SECURITY.md',
      'Encryption: https://acme.dev/pgp.asc',
      `# Fingerprint: ${FPR}`,
    );
    assert.deepEqual(seenPolicy('SEC092', policy, context(agreeing)), []);
    assert.deepEqual(seenPolicy('SEC092', policy, {}), [], 'no security.txt');
  });
});
