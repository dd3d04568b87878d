// Applies the quick fixes of the structure and template rules and compares the whole resulting text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits, fixAll } from '../../server/src/core/edits';
import type { Rule } from '../../server/src/core/rule';
import type { AnalysisContext, Fix } from '../../server/src/core/types';
import { doc } from './helpers';

function onlyFix(ruleId: string, text: string, context: AnalysisContext = {}): Fix {
  const findings = analyze(text, context).filter((f) => f.ruleId === ruleId);
  assert.equal(findings.length, 1, `${ruleId} findings`);
  const fixes = findings[0]!.fixes ?? [];
  assert.equal(fixes.length, 1, `${ruleId} fixes`);
  return fixes[0]!;
}

const apply = (text: string, fix: Fix) => applyEdits(text, fix.edits);
const reporting = ['## Reporting a Vulnerability', '', 'Email security@acme.dev within 2 days.'];

describe('quick fixes', () => {
  it('SEC010 inserts the reporting section with a placeholder for the address', () => {
    const text = doc('# Policy', '', '## Supported Versions', '', 'Only 2.x.', '', '## Scope', '', 'All.');
    const fix = onlyFix('SEC010', text);
    assert.deepEqual(
      [fix.title, fix.isPreferred, fix.needsInput],
      ['Insert the "Reporting a Vulnerability" section', true, true],
    );
    assert.equal(
      apply(text, fix),
      doc(
        '# Policy',
        '',
        '## Supported Versions',
        '',
        'Only 2.x.',
        '',
        '## Reporting a Vulnerability',
        '',
        'Please do not report security vulnerabilities through public issues, discussions or pull requests.',
        '',
        'Instead, report them privately by email to [your security contact email].',
        '',
        '## Scope',
        '',
        'All.',
      ),
    );
  });

  it("SEC011 links this repository's private reporting form, only when the repository is known", () => {
    const text = doc('# Policy', '', '## Reporting a Vulnerability', '', 'Tell us.', '', '## Scope', '', 'All.');
    assert.equal(analyze(text).find((f) => f.ruleId === 'SEC011')!.fixes, undefined);
    const fix = onlyFix('SEC011', text, { repository: { host: 'github.com', owner: 'acme', name: 'widget' } });
    assert.deepEqual(
      [fix.title, fix.isPreferred],
      ['Add a private vulnerability reporting link for acme/widget', false],
    );
    assert.equal(
      apply(text, fix),
      doc(
        '# Policy',
        '',
        '## Reporting a Vulnerability',
        '',
        'Tell us.',
        '',
        'Report vulnerabilities privately through GitHub: <https://github.com/acme/widget/security/advisories/new>.',
        '',
        '## Scope',
        '',
        'All.',
      ),
    );
  });

  it('SEC013 inserts a response section, keeping the time for the author to fill in', () => {
    const text = doc('# P', '', ...reporting.slice(0, 2), 'Email security@acme.dev.');
    const fix = onlyFix('SEC013', text);
    assert.equal(
      apply(text, fix),
      doc(
        '# P',
        '',
        ...reporting.slice(0, 2),
        'Email security@acme.dev.',
        '',
        '## Response Timeline',
        '',
        'We acknowledge reports within [your number] business days and send an initial assessment within [your number] business days. We keep you informed until the issue is fixed.',
      ),
    );
    // A response section that names no time gets no second one.
    assert.equal(
      analyze(doc('# P', '', '## Response Timeline', '', 'Soon.')).find((f) => f.ruleId === 'SEC013')!.fixes,
      undefined,
    );
  });

  it('SEC015 inserts a versions table with rows from the project version', () => {
    const text = doc('# P', '', ...reporting);
    const fix = onlyFix('SEC015', text, { projectVersion: '2.3.1' });
    assert.equal(
      apply(text, fix),
      doc(
        '# P',
        '',
        '## Supported Versions',
        '',
        '| Version | Supported |',
        '| ------- | --------- |',
        '| 2.3.x | ✅ |',
        '| < 2.3 | ❌ |',
        '',
        ...reporting,
      ),
    );
    // A proposal for the author to confirm, never applied by Fix All.
    assert.equal(fix.needsInput, true);
  });

  it('SEC020 replaces the reporting instructions with the template and removes the rest', () => {
    const text = doc(
      '# P',
      '',
      '## Reporting a Vulnerability',
      '',
      'Use this section to tell people how to report a vulnerability.',
      '',
      'Tell them where to go, how often they can expect to get an update on a reported vulnerability, what to expect if the vulnerability is accepted or declined, etc.',
      '',
      'Our own note.',
    );
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC020');
    assert.equal(findings.length, 2);
    assert.deepEqual(findings[0]!.fixes, findings[1]!.fixes);
    assert.equal(
      apply(text, findings[0]!.fixes![0]!),
      doc(
        '# P',
        '',
        '## Reporting a Vulnerability',
        '',
        'Please do not report security vulnerabilities through public issues, discussions or pull requests.',
        '',
        'Instead, report them privately by email to [your security contact email].',
        '',
        'Our own note.',
      ),
    );
  });

  it('SEC020 only removes the versions instruction when the section has its table', () => {
    const text = doc(
      '# P',
      '',
      '## Supported Versions',
      '',
      'Use this section to tell people about which versions of your project are',
      'currently being supported with security updates.',
      '',
      '| Version | Supported |',
      '| - | - |',
      '| 2.x | ✅ |',
    );
    const fix = onlyFix('SEC020', text);
    assert.deepEqual([fix.title, fix.needsInput], ['Remove the template instruction', undefined]);
    assert.equal(
      apply(text, fix),
      doc('# P', '', '## Supported Versions', '', '| Version | Supported |', '| - | - |', '| 2.x | ✅ |'),
    );
  });

  it('SEC021 replaces the template rows in their marker style, inside a block quote too', () => {
    const rows = [
      '| Version | Supported          |',
      '| ------- | ------------------ |',
      '| 5.1.x   | :white_check_mark: |',
      '| 5.0.x   | :x:                |',
      '| 4.0.x   | :white_check_mark: |',
      '| < 4.0   | :x:                |',
    ];
    const text = doc('# P', '', ...rows);
    assert.equal(
      apply(text, onlyFix('SEC021', text, { projectVersion: '0.9.4' })),
      doc('# P', '', ...rows.slice(0, 2), '| 0.9.x | :white_check_mark: |', '| < 0.9 | :x: |'),
    );
    const quoted = doc('# P', '', ...rows.map((r) => `> ${r}`));
    assert.equal(
      apply(quoted, onlyFix('SEC021', quoted, { projectVersion: '3.0.0' })),
      doc('# P', '', ...rows.slice(0, 2).map((r) => `> ${r}`), '> | 3.0.x | :white_check_mark: |', '> | < 3.0 | :x: |'),
    );
    assert.equal(onlyFix('SEC021', text).needsInput, true);
  });

  it('SEC081 fills an empty section with its template', () => {
    const text = doc('# P', '', '## Scope', '', '## Safe Harbor', '<!-- later -->');
    const findings = analyze(text).filter((f) => f.ruleId === 'SEC081');
    assert.equal(
      apply(text, findings[0]!.fixes![0]!),
      doc(
        '# P',
        '',
        '## Scope',
        '',
        'In scope: the code in this repository and its published releases.',
        '',
        'Out of scope: third-party dependencies (report those upstream).',
        '',
        '## Safe Harbor',
        '<!-- later -->',
      ),
    );
    assert.equal(
      apply(text, findings[1]!.fixes![0]!),
      doc(
        '# P',
        '',
        '## Scope',
        '',
        '## Safe Harbor',
        '',
        'We will not pursue legal action against anyone who researches and reports a vulnerability in good faith and in line with this policy.',
        '',
        '<!-- later -->',
      ),
    );
  });

  it('Fix All applies mechanical repairs, no templates, and converges', () => {
    const text = doc('# P', '', 'Caf\u00c3\u00a9 \u00e2\u0080\u0094 ok', '', '## Scope', '');
    const edit = fixAll(text)!;
    const fixed = applyEdits(text, [edit]);
    assert.equal(fixed, doc('# P', '', 'Café — ok', '', '## Scope', ''));
    assert.ok(
      analyze(fixed).some((f) => f.ruleId === 'SEC081'),
      'the empty section is left for the author',
    );
    assert.equal(fixAll(fixed), undefined);
  });

  it('builds fixes a rule reports as a function when they are first read, once, and not during the analysis', () => {
    let built = 0;
    const fix: Fix = { title: 'Remove the first character', edits: [{ start: 0, end: 1, newText: '' }] };
    const lazy: Rule = {
      id: 'SEC999',
      name: 'lazy',
      description: 'Reports the first character.',
      defaultSeverity: 'warning',
      kind: 'text',
      check(_doc, ctx) {
        ctx.report({ start: 0, end: 1, message: 'built on read', fixes: () => (built++, [fix]) });
        ctx.report({ start: 1, end: 2, message: 'none after all', fixes: () => (built++, undefined) });
      },
    };
    const [withFix, without] = analyze('ab', {}, { rules: [lazy] });
    assert.equal(built, 0);
    assert.deepEqual(withFix!.fixes, [fix]);
    assert.equal(withFix!.fixes, withFix!.fixes, 'the same array on every read');
    assert.deepEqual({ ...withFix! }.fixes, [fix], 'a copy of the finding has them too');
    assert.equal(without!.fixes, undefined);
    assert.equal(built, 2);
    assert.deepEqual(Object.keys(withFix!), ['ruleId', 'message', 'severity', 'start', 'end', 'fixes']);
  });
});
