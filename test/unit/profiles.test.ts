// Profiles: each one on a policy that meets it (no finding names a control) and on policies that
// miss each of its requirements, with the exact findings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/edits';
import { POLICY_TEMPLATE_KINDS, policyTemplate } from '../../server/src/core/policyTemplates';
import { createPolicyDocument } from '../../server/src/core/document';
import { insertHeadedBlockEdit, insertSectionEdit } from '../../server/src/core/insertSection';
import {
  controlById,
  PROFILE_IDS,
  PROFILES,
  profileTallies,
  sectionsAskedFor,
  tallyTitle,
  type ProfileId,
} from '../../server/src/core/profiles';
import { profileControls } from '../../server/src/lsp/codeLens';
import { doc } from './helpers';

interface Seen {
  readonly ruleId: string;
  readonly severity: string;
  readonly text: string;
  readonly message: string;
  readonly controls: readonly string[];
}

/** The findings that name a profile control, with the text they cover. */
function controlFindings(text: string, profiles: readonly ProfileId[], requiredSections?: string[]): Seen[] {
  return analyze(text, { profiles, ...(requiredSections ? { requiredSections: requiredSections as never } : {}) })
    .filter((f) => f.controls)
    .map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      text: text.slice(f.start, f.end),
      message: f.message,
      controls: f.controls!,
    }));
}

const TITLE = '# Security Policy';

/** A policy that meets every profile. */
const COMPLETE = doc(
  TITLE,
  '',
  '## Supported Versions',
  '',
  '| Version | Supported |',
  '| ------- | --------- |',
  '| 2.x     | ✅        |',
  '| 1.x     | ❌        |',
  '',
  '## Scope',
  '',
  'This policy covers the code in this repository and its releases; hosted demos are out of scope.',
  '',
  '## Guidelines',
  '',
  'Do not access or change data that is not yours, and avoid privacy violations.',
  '',
  '## Test Methods',
  '',
  'Denial of service and social engineering are not permitted.',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please do not open public issues for vulnerabilities. Email security@acme.dev instead.',
  '',
  '## Response Timeline',
  '',
  'We acknowledge reports within 3 business days.',
  '',
  '## Disclosure Policy',
  '',
  'We publish a security advisory once a fix is released.',
  '',
  '## Safe Harbor',
  '',
  'We will not pursue legal action against good-faith research under this policy.',
);

/** Versions, a private channel and a response time: what the rules want without a profile. */
const PLAIN = doc(
  TITLE,
  '',
  '## Supported Versions',
  '',
  'Only the latest release gets fixes.',
  '',
  '## Reporting a Vulnerability',
  '',
  'Please email security@acme.dev; we reply within 3 days.',
);

describe('profiles', () => {
  it('a policy that meets every profile gets no finding naming a control', () => {
    for (const profile of PROFILE_IDS) assert.deepEqual(controlFindings(COMPLETE, [profile]), [], profile);
    assert.deepEqual(controlFindings(COMPLETE, PROFILE_IDS), []);
  });

  it('github, the default, adds nothing to the rules', () => {
    const noMissing = doc(TITLE, '', 'Nothing here.');
    assert.deepEqual(analyze(noMissing, { profiles: ['github'] }), analyze(noMissing));
    assert.deepEqual(analyze(PLAIN, { profiles: ['github'] }), analyze(PLAIN, {}));
  });

  describe('openssf-baseline-1', () => {
    it('OSPS-VM-02.01: no security contact at all, even with the reporting section not required', () => {
      const text = doc(TITLE, '', '## Supported Versions', '', 'Only the latest release gets fixes.');
      assert.deepEqual(controlFindings(text, ['openssf-baseline-1'], []), [
        {
          ruleId: 'SEC010',
          severity: 'error',
          text: TITLE,
          message:
            'OSPS-VM-02.01: Nothing in this policy says how to report a vulnerability: add a "Reporting a Vulnerability" section with a private channel.',
          controls: ['OSPS-VM-02.01'],
        },
      ]);
    });

    it('OSPS-VM-02.01: a placeholder address is no contact', () => {
      const text = PLAIN.replace('security@acme.dev', 'security@example.com');
      const found = controlFindings(text, ['openssf-baseline-1']);
      assert.deepEqual(
        found.map((f) => [f.ruleId, f.severity, f.text, f.controls]),
        [['SEC022', 'error', 'security@example.com', ['OSPS-VM-02.01']]],
      );
      assert.match(found[0]!.message, /^OSPS-VM-02\.01: /);
    });

    it('asks for nothing more than a contact', () => {
      assert.deepEqual(controlFindings(PLAIN, ['openssf-baseline-1']), []);
    });
  });

  describe('openssf-baseline-2', () => {
    it('OSPS-VM-01.01 and OSPS-VM-04.01: no disclosure policy (warning, with the section as fix) and no word of publishing (info)', () => {
      const found = controlFindings(PLAIN, ['openssf-baseline-2']);
      assert.deepEqual(found, [
        {
          ruleId: 'SEC017',
          severity: 'warning',
          text: TITLE,
          message:
            'OSPS-VM-01.01: no coordinated disclosure policy: say how and when a fixed vulnerability is made public (a "Disclosure Policy" section).',
          controls: ['OSPS-VM-01.01'],
        },
        {
          ruleId: 'SEC017',
          severity: 'info',
          text: TITLE,
          message:
            'OSPS-VM-04.01: the policy does not say where discovered vulnerabilities are published (security advisories, CVE entries, release notes).',
          controls: ['OSPS-VM-04.01'],
        },
      ]);
      const [disclosure] = analyze(PLAIN, { profiles: ['openssf-baseline-2'] }).filter((f) => f.ruleId === 'SEC017');
      const fixed = applyEdits(PLAIN, disclosure!.fixes![0]!.edits);
      assert.match(fixed, /\n## Disclosure Policy\n\nWe coordinate disclosure with the reporter\./);
      assert.deepEqual(controlFindings(fixed, ['openssf-baseline-2']), []);
    });

    it('a disclosure policy in words under another heading meets OSPS-VM-01.01', () => {
      const text = `${PLAIN}\nPlease keep the issue confidential until we publish an advisory.\n`;
      assert.deepEqual(controlFindings(text, ['openssf-baseline-2']), []);
    });

    it('OSPS-VM-03.01: a public issue tracker only, and OSPS-VM-01.01: no response time', () => {
      const text = doc(
        TITLE,
        '',
        '## Supported Versions',
        '',
        'Only the latest release gets fixes.',
        '',
        '## Reporting a Vulnerability',
        '',
        'Open an issue on our tracker; we disclose fixes in advisories.',
      );
      assert.deepEqual(
        controlFindings(text, ['openssf-baseline-2']).map((f) => [
          f.ruleId,
          f.severity,
          f.text,
          f.message.split(':')[0],
        ]),
        [
          ['SEC011', 'error', TITLE, 'OSPS-VM-03.01'],
          ['SEC013', 'warning', TITLE, 'OSPS-VM-01.01'],
          ['SEC012', 'error', 'Open an issue', 'OSPS-VM-03.01'],
        ],
      );
    });

    it('includes level 1', () => {
      const text = doc(TITLE, '', 'Nothing about reporting. We publish advisories and disclose after fixes.');
      assert.deepEqual(
        controlFindings(text, ['openssf-baseline-2']).map((f) => f.controls),
        [['OSPS-VM-02.01'], ['OSPS-VM-03.01'], ['OSPS-VM-01.01']],
      );
    });
  });

  describe('openssf-baseline-3', () => {
    it('OSPS-DO-04.01 and OSPS-DO-05.01: no supported versions', () => {
      const text = doc(
        TITLE,
        '',
        '## Reporting a Vulnerability',
        '',
        'Please email security@acme.dev; we reply within 3 days and publish advisories once fixed.',
      );
      assert.deepEqual(controlFindings(text, ['openssf-baseline-3'], ['reporting']), [
        {
          ruleId: 'SEC015',
          severity: 'warning',
          text: TITLE,
          message:
            'OSPS-DO-04.01; OSPS-DO-05.01: No "Supported Versions" section: say which releases receive security fixes.',
          controls: ['OSPS-DO-04.01', 'OSPS-DO-05.01'],
        },
      ]);
    });
  });

  describe('best-practices', () => {
    it('vulnerability_report_response: a first response later than 14 days is reported on the time', () => {
      const text = PLAIN.replace('3 days', '30 days');
      assert.deepEqual(controlFindings(text, ['best-practices']), [
        {
          ruleId: 'SEC017',
          severity: 'warning',
          text: '30 days',
          message:
            'Best Practices: vulnerability_report_response: the first response the policy promises comes later than the 14 days the badge allows.',
          controls: ['bp:vulnerability_report_response'],
        },
      ]);
    });

    it('counts business days as 7 per 5, hours and weeks as such, and only times in sentences about a response', () => {
      const response = (time: string) =>
        controlFindings(PLAIN.replace('3 days', time), ['best-practices']).map((f) => f.text);
      assert.deepEqual(response('10 business days'), []);
      assert.deepEqual(response('11 business days'), ['11 business days']);
      assert.deepEqual(response('48 hours'), []);
      assert.deepEqual(response('two weeks'), []);
      assert.deepEqual(response('three weeks'), ['three weeks']);
      // A disclosure deadline is not a response time.
      const text = `${PLAIN}\nWe disclose details 90 days after a fix.\n`;
      assert.deepEqual(controlFindings(text, ['best-practices']), []);
    });

    it('vulnerability_report_process, _private and _response name the rules that check them', () => {
      const text = doc(TITLE, '', '## Supported Versions', '', 'Only the latest release gets fixes.');
      assert.deepEqual(
        controlFindings(text, ['best-practices']).map((f) => [f.ruleId, f.message.split(': ').slice(0, 2).join(': ')]),
        [
          ['SEC010', 'Best Practices: vulnerability_report_process'],
          ['SEC011', 'Best Practices: vulnerability_report_private'],
          ['SEC013', 'Best Practices: vulnerability_report_response'],
        ],
      );
    });
  });

  describe('cra', () => {
    it('Annex I Part II (5) and (4): no disclosure policy, nothing published; one finding with the Baseline for the same requirement', () => {
      assert.deepEqual(
        controlFindings(PLAIN, ['cra']).map((f) => [f.severity, f.message]),
        [
          [
            'warning',
            'CRA Annex I Part II (5): no coordinated vulnerability disclosure policy: say how reports are handled and when a fixed vulnerability is made public (a "Disclosure Policy" section).',
          ],
          [
            'info',
            'CRA Annex I Part II (4): the policy does not say where fixed vulnerabilities are made public (security advisories, release notes).',
          ],
        ],
      );
      assert.deepEqual(
        controlFindings(PLAIN, ['openssf-baseline-2', 'cra']).map((f) => f.controls),
        [
          ['OSPS-VM-01.01', 'cra:annex-i-ii-5'],
          ['OSPS-VM-04.01', 'cra:annex-i-ii-4'],
        ],
      );
    });

    it('Annex I Part II (6) and Annex II (7): no contact address, no support period', () => {
      const text = doc(TITLE, '', 'We publish advisories and disclose after a fix.');
      assert.deepEqual(
        controlFindings(text, ['cra']).map((f) => [f.ruleId, f.severity, f.message.split(':')[0]]),
        [
          ['SEC010', 'error', 'CRA Annex I Part II (6)'],
          ['SEC011', 'error', 'CRA Annex I Part II (6)'],
          ['SEC015', 'warning', 'CRA Annex II (7)'],
        ],
      );
    });
  });

  describe('cisa-vdp', () => {
    it('reports each template section that is missing', () => {
      const text = `${PLAIN}\nWe will keep you informed until the fix is out.\n`;
      assert.deepEqual(
        controlFindings(text, ['cisa-vdp']).map((f) => [
          f.severity,
          f.text,
          f.message.split(':').slice(0, 2).join(':'),
        ]),
        [
          ['warning', TITLE, 'CISA VDP: Scope'],
          ['warning', TITLE, 'CISA VDP: Authorization'],
          ['warning', TITLE, 'CISA VDP: Guidelines'],
          ['warning', TITLE, 'CISA VDP: Test Methods'],
        ],
      );
    });

    it('What to Expect: no response section and no word of what follows a report', () => {
      const text = COMPLETE.replace('## Response Timeline\n\nWe acknowledge reports within 3 business days.\n\n', '');
      assert.deepEqual(
        controlFindings(text, ['cisa-vdp']).map((f) => [
          f.ruleId,
          f.severity,
          f.message.split(':').slice(0, 2).join(':'),
        ]),
        [
          ['SEC013', 'warning', 'CISA VDP: What to Expect'],
          ['SEC017', 'warning', 'CISA VDP: What to Expect'],
        ],
      );
    });

    it('authorization in words ("authorized", "good faith") under another heading counts', () => {
      const text = COMPLETE.replace(
        '## Safe Harbor\n\nWe will not pursue legal action against good-faith research under this policy.\n',
        '## Legal Notes\n\nResearch that follows this policy is authorized.\n',
      );
      assert.deepEqual(controlFindings(text, ['cisa-vdp']), []);
    });
  });

  describe('honesty', () => {
    it('a policy not written in English gets profile findings one level lower', () => {
      const german = doc(
        '# Sicherheitsrichtlinie',
        '',
        '## Unterstützte Versionen',
        '',
        'Nur die neueste Version.',
        '',
        '## Sicherheitslücke melden',
        '',
        'Bitte per E-Mail an security@acme.dev, Antwort innerhalb von 3 Tagen.',
      );
      assert.deepEqual(
        controlFindings(german, ['cisa-vdp']).map((f) => f.severity),
        ['info', 'info', 'info', 'info', 'info'],
      );
    });

    it('a policy that links to a security page for the rest gets them one level lower', () => {
      const text = `${PLAIN}\nOur full process is on [our site](https://acme.dev/security/policy).\n`;
      assert.deepEqual(
        controlFindings(text, ['cra']).map((f) => f.severity),
        ['info', 'info'],
      );
    });

    it('profile findings are never errors of their own', () => {
      const bare = doc(TITLE, '', 'Nothing yet.');
      for (const f of analyze(bare, { profiles: PROFILE_IDS }))
        if (f.ruleId === 'SEC017') assert.notEqual(f.severity, 'error');
    });

    it('a rule set off by the user stays off under a profile', () => {
      const text = doc(TITLE, '', '## Supported Versions', '', 'Only the latest.');
      assert.deepEqual(
        analyze(text, {
          profiles: ['best-practices'],
          ruleSeverities: { SEC010: 'off', SEC011: 'off', SEC013: 'off' },
        }).filter((f) => f.controls),
        [],
      );
    });
  });
});

describe('sections the profiles ask for (completion, Insert Section)', () => {
  it('each block meets a control of its own profile', () => {
    for (const profile of PROFILES) {
      for (const block of profile.extraBlocks ?? [])
        assert.ok(
          profile.controls.some((c) => c.id === block.control),
          `${profile.id} ${block.id}`,
        );
    }
  });

  it('inserting each offer in turn leaves nothing offered, and no SEC017 section requirement missed', () => {
    for (const profile of PROFILE_IDS) {
      let text = doc(TITLE, '', 'Intro.');
      const inserted: string[] = [];
      for (
        let offers = sectionsAskedFor(createPolicyDocument(text), { profiles: [profile] });
        offers.length > 0;
        offers = sectionsAskedFor(createPolicyDocument(text), { profiles: [profile] })
      ) {
        const offer = offers[0]!;
        assert.ok(!inserted.includes(offer.title), `${profile}: ${offer.title} offered again`);
        inserted.push(offer.title);
        const policy = createPolicyDocument(text);
        const edit =
          offer.kind === 'block'
            ? insertHeadedBlockEdit(policy, offer.title, offer.block.body, offer.block.after)
            : insertSectionEdit(policy, offer.section);
        text = applyEdits(text, [edit]);
      }
      assert.deepEqual(
        controlFindings(text, [profile]).filter((f) => f.ruleId === 'SEC017' && !/first response/.test(f.message)),
        [],
        `${profile}: ${inserted.join(', ')}`,
      );
    }
  });
});

describe('profile tallies (the code lens)', () => {
  const text = doc(
    TITLE,
    '',
    '## Reporting a Vulnerability',
    '',
    'Please email security@acme.dev. We reply within 30 days.',
  );

  it("says how many of each enabled profile's controls the policy meets; github has none to count", () => {
    const context = { profiles: ['github', 'openssf-baseline-2', 'best-practices', 'cisa-vdp'] as ProfileId[] };
    assert.deepEqual(profileTallies(analyze(text, context), context).map(tallyTitle), [
      'OpenSSF Baseline level 2: 2/4 controls met',
      'OpenSSF Best Practices badge: 2/3 controls met',
      "CISA's VDP template: 2/6 controls met",
    ]);
    const one = { profiles: ['openssf-baseline-1'] as ProfileId[] };
    assert.deepEqual(profileTallies(analyze(text, one), one).map(tallyTitle), [
      'OpenSSF Baseline level 1: 1/1 control met',
    ]);
    assert.deepEqual(profileTallies(analyze(doc(TITLE, '', 'Nothing here.'), one), one).map(tallyTitle), [
      'OpenSSF Baseline level 1: 0/1 control met',
    ]);
    assert.deepEqual(profileTallies(analyze(text, {}), {}), []);
  });

  it('lists the missed controls first, each with the findings that miss it', () => {
    const context = { profiles: ['openssf-baseline-2'] as ProfileId[] };
    const [tally] = profileTallies(analyze(text, context), context);
    const missedBy = (id: string) => `${controlById(id)!.label}: ${controlById(id)!.requirement!.message}`;
    assert.deepEqual(
      profileControls(tally!).controls.map((c) => [c.label, c.met, c.findings]),
      [
        ['OSPS-VM-01.01', false, [missedBy('OSPS-VM-01.01')]],
        ['OSPS-VM-04.01', false, [missedBy('OSPS-VM-04.01')]],
        ['OSPS-VM-02.01', true, []],
        ['OSPS-VM-03.01', true, []],
      ],
    );
  });
});

describe('policy templates for profiles', () => {
  /** The author's facts filled in where the template left `[your …]` placeholders. */
  const fill = (text: string) =>
    text
      .replace(/\[your security contact email\]/g, 'security@acme.dev')
      .replace(/\[your number[^\]]*\]/g, '5')
      .replace(/\[your supported versions\]/g, '2.x')
      .replace(/\[your unsupported versions\]/g, '1.x')
      .replace(/\[your [^\]]*\]/g, 'acme');

  it('writes what each profile needs: no control is missed once the placeholders are filled', () => {
    for (const kind of POLICY_TEMPLATE_KINDS) {
      for (const profile of PROFILE_IDS) {
        const text = policyTemplate(kind, { projectName: 'widget' }, [profile]);
        assert.deepEqual(
          controlFindings(text, [profile]).filter((f) => f.ruleId === 'SEC017'),
          [],
          `${kind} ${profile}`,
        );
        assert.deepEqual(controlFindings(fill(text), [profile]), [], `${kind} ${profile} filled`);
      }
    }
  });

  it('adds the sections and blocks of the profiles, in canonical order', () => {
    const headings = (text: string) => text.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings(policyTemplate('minimal', {}, ['cisa-vdp'])), [
      '## Supported Versions',
      '## Reporting a Vulnerability',
      '## What to Include in a Report',
      '## Response Timeline',
      '## Disclosure Policy',
      '## Scope',
      '## Guidelines',
      '## Test Methods',
      '## Safe Harbor',
    ]);
    assert.deepEqual(headings(policyTemplate('minimal', {}, ['openssf-baseline-2', 'cra'])), [
      '## Supported Versions',
      '## Reporting a Vulnerability',
      '## Response Timeline',
      '## Disclosure Policy',
    ]);
    assert.equal(policyTemplate('minimal', {}, ['github']), policyTemplate('minimal'));
    assert.match(
      policyTemplate('minimal', {}, ['best-practices']),
      /within \[your number, 10 at most\] business days and send/,
    );
  });
});
