import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/edits';
import { at, doc, findingsOf } from './helpers';

const withReporting = (body: string) => doc('# Security Policy', '', '## Reporting a Vulnerability', '', body);

describe('SEC011 private-contact', () => {
  it('reports a policy with no private channel on its title', () => {
    const text = withReporting('Tell us about it and we will look into it.');
    assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')]);
  });

  it('accepts the usual private channels', () => {
    const channels = [
      'Email security@acme.dev.',
      'Write to [us](mailto:security@acme.dev).',
      'Use <https://github.com/acme/widget/security/advisories/new>.',
      'Use [the form](https://github.com/acme/widget/security/advisories/new).',
      'Use GitHub private vulnerability reporting.',
      'Click "Report a vulnerability" button on the Security tab.',
      'Report through [HackerOne](https://hackerone.com/acme).',
      'Use the [form](https://acme.dev/security/report).',
      'See the [organisation policy](https://github.com/acme/.github/blob/main/SECURITY.md).',
    ];
    for (const body of channels) assert.deepEqual(findingsOf('SEC011', withReporting(body)), [], body);
  });

  it('does not count placeholders, code, comments or public trackers', () => {
    const notChannels = [
      'Email security@example.com.',
      'Email `security@acme.dev`.',
      '<!-- security@acme.dev -->',
      'Open an issue at https://github.com/acme/widget/issues.',
      'Use https://github.com/OWNER/REPO/security/advisories/new.',
      'Clone git@github.com:acme/widget.git first.',
      'See https://acme.dev/blog for news.',
    ];
    for (const body of notChannels) {
      const text = withReporting(body);
      assert.deepEqual(findingsOf('SEC011', text), [at(text, '# Security Policy', 'error')], body);
    }
  });

  it('counts security.txt Contact fields even inside a code block', () => {
    assert.deepEqual(findingsOf('SEC011', doc('```', 'Contact: mailto:security@acme.dev', 'Expires: 2030-01-01T00:00:00Z', '```')), []);
  });

  it('links the reporting form in front of a list that holds the next heading', () => {
    const list = ['- Notes', '', '  <h2>Scope</h2>', '', '  All of it.'];
    const text = withReporting(['Tell us.', '', ...list].join('\n'));
    const [finding] = analyze(text, { repository: { host: 'github.com', owner: 'acme', name: 'widget' } }).filter((f) => f.ruleId === 'SEC011');
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      withReporting(['Tell us.', '', 'Report vulnerabilities privately through GitHub: <https://github.com/acme/widget/security/advisories/new>.', '', ...list].join('\n')),
    );
  });

  it('links the reporting form in front of a comment that never closes at the end of the section', () => {
    const text = withReporting('Tell us.\n\n<!-- draft');
    const [finding] = analyze(text, { repository: { host: 'github.com', owner: 'acme', name: 'widget' } }).filter((f) => f.ruleId === 'SEC011');
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      withReporting('Tell us.\n\nReport vulnerabilities privately through GitHub: <https://github.com/acme/widget/security/advisories/new>.\n\n<!-- draft'),
    );
  });
});
