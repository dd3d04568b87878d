import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, doc, findingsOf } from './helpers';

const policy = doc('# Security Policy', '', 'Email security@acme.dev.');

describe('SEC001 location', () => {
  it('accepts the root, .github/ and docs/', () => {
    for (const relativePath of ['SECURITY.md', '.github/SECURITY.md', 'docs/security.md']) {
      assert.deepEqual(findingsOf('SEC001', policy, { relativePath }), [], relativePath);
    }
  });

  it('warns on the title for a policy anywhere else', () => {
    assert.deepEqual(findingsOf('SEC001', policy, { relativePath: 'packages/core/SECURITY.md' }), [
      at(policy, '# Security Policy', 'warning'),
    ]);
    assert.deepEqual(findingsOf('SEC001', policy, { relativePath: 'docs/en/SECURITY.md' }), [
      at(policy, '# Security Policy', 'warning'),
    ]);
  });

  it('stays silent when the location is unknown', () => {
    assert.deepEqual(findingsOf('SEC001', policy), []);
  });
});
