import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, doc, findingsOf } from './helpers';

const withReporting = (...body: string[]) => doc('# Security Policy', '', '## Reporting a Vulnerability', '', ...body);

describe('SEC012 public-issue-channel', () => {
  it('reports each instruction to use a public tracker', () => {
    const text = withReporting('Please open an issue to report a vulnerability.', '', 'Or start a discussion at https://github.com/acme/widget/discussions.');
    assert.deepEqual(findingsOf('SEC012', text), [
      at(text, 'open an issue', 'error'),
      at(text, 'start a discussion', 'error'),
      at(text, 'https://github.com/acme/widget/discussions', 'error'),
    ]);
  });

  it('is silent when a private channel is offered too', () => {
    assert.deepEqual(findingsOf('SEC012', withReporting('Open an issue, or email security@acme.dev for sensitive reports.')), []);
  });

  it('ignores instructions that are negated or about non-security matters', () => {
    for (const body of [
      'Please do not open a public issue.',
      "Don't create an issue for this.",
      'For non-security bugs, open an issue.',
      'Open an issue to suggest a security improvement.',
      'Never file an issue; we will find another way.',
    ]) {
      assert.deepEqual(findingsOf('SEC012', withReporting(body)), [], body);
    }
  });
});
