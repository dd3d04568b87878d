import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/edits';
import { at, doc, findingsOf } from './helpers';

describe('SEC010 reporting-section', () => {
  it('reports a policy without a reporting section on its title', () => {
    const text = doc('# Security Policy', '', '## Supported Versions', '', 'Only 2.x.', '', '## Scope', '', 'Only the CLI; contact security@acme.dev.');
    assert.deepEqual(findingsOf('SEC010', text), [at(text, '# Security Policy', 'error')]);
  });

  it('reports on the first visible line when there is no heading, skipping comments', () => {
    const text = doc('<!-- generated -->', '', 'We fix bugs.');
    assert.deepEqual(findingsOf('SEC010', text), [at(text, 'We fix bugs.', 'error')]);
  });

  it('accepts a reporting section under any of its names', () => {
    for (const heading of ['## Reporting a Vulnerability', '## 🚨 How to Report', '<h2>Reporting Security Issues</h2>', '## 报告漏洞']) {
      assert.deepEqual(findingsOf('SEC010', doc('# Policy', '', heading, '', 'Use the form.')), [], heading);
    }
  });

  it('accepts a private channel given under the title or an unrecognised heading', () => {
    assert.deepEqual(findingsOf('SEC010', doc('# Security Policy', '', 'Email security@acme.dev to report a problem.')), []);
    assert.deepEqual(findingsOf('SEC010', doc('# Policy', '## Security', 'Mail security@acme.dev.', '## Supported Versions', '2.x')), []);
  });

  it('does not count a channel that sits in another topic\'s section', () => {
    const text = doc('# Policy', '', '## Supported Versions', '', 'Ask security@acme.dev which versions are supported.');
    assert.deepEqual(findingsOf('SEC010', text), [at(text, '# Policy', 'error')]);
  });

  it('is silent when reporting is not a required section', () => {
    assert.deepEqual(findingsOf('SEC010', doc('# Policy'), { requiredSections: ['supported-versions'] }), []);
  });

  it('inserts the section in front of an HTML comment that never closes, which hides the rest', () => {
    const text = doc('# Security Policy', '', '<!--');
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC010');
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      doc('# Security Policy', '', '## Reporting a Vulnerability', '',
        'Please do not report security vulnerabilities through public issues, discussions or pull requests.', '',
        'Instead, report them privately by email to [your security contact email].', '', '<!--'),
    );
  });

  // Found by fuzzing (seed 777).
  it('inserts the section behind a byte order mark, so that a comment after the mark still hides what follows', () => {
    const text = '\ufeff <!--\nOWNER/REPO';
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC010');
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      '\ufeff' + doc('## Reporting a Vulnerability', '',
        'Please do not report security vulnerabilities through public issues, discussions or pull requests.', '',
        'Instead, report them privately by email to [your security contact email].', '') + ' <!--\nOWNER/REPO',
    );
  });

  it('reports once a repaired heading names another topic, under which the only channel then sits', () => {
    // The reporting heading is broken ("$## …" is a paragraph). While mojibake hides the name of the
    // heading above the channel, the channel counts as given outside any other topic; repaired, that
    // heading is "Supported Versions" and the policy has no reporting section.
    const body = ['', '$## 报告漏洞', '', 'Report privately via https://github.com/acme/widget/security/advisories/new.'];
    assert.deepEqual(findingsOf('SEC010', doc('# Policy', '', '## æ\u0094¯持的版本', ...body)), []);
    const repaired = doc('# Policy', '', '## 支持的版本', ...body);
    assert.deepEqual(findingsOf('SEC010', repaired), [at(repaired, '# Policy', 'error')]);
  });

  it('reports an empty document at its start', () => {
    assert.deepEqual(findingsOf('SEC010', ''), [{ severity: 'error', start: 0, end: 0, text: '' }]);
  });
});
