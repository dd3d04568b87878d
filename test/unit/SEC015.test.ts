import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, doc, findingsOf } from './helpers';

describe('SEC015 supported-versions-section', () => {
  it('reports a policy without a versions section on its title', () => {
    const text = doc('# Security Policy', '', '## Reporting a Vulnerability', '', 'Email security@acme.dev.');
    assert.deepEqual(findingsOf('SEC015', text), [at(text, '# Security Policy', 'warning')]);
  });

  it('accepts a versions section, also as "Security Updates" over a table', () => {
    assert.deepEqual(findingsOf('SEC015', doc('# P', '', '## Supported Versions', '', 'Only 3.x.')), []);
    assert.deepEqual(findingsOf('SEC015', doc('# P', '', '## Security Updates', '', '| Version | Supported |', '| - | - |', '| 3.x | ✅ |')), []);
  });

  it('accepts a plain "only the latest release" statement instead', () => {
    for (const sentence of [
      'Only the latest release receives security fixes.',
      'We support only the most recent minor version.',
      'The latest version is supported.',
      'Security fixes are only provided for the latest release.',
    ]) {
      assert.deepEqual(findingsOf('SEC015', doc('# Policy', '', sentence)), [], sentence);
    }
  });

  it('is silent when supported versions are not required', () => {
    assert.deepEqual(findingsOf('SEC015', doc('# Policy'), { requiredSections: ['reporting'] }), []);
  });
});
