import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, doc, findingsOf } from './helpers';

describe('SEC081 empty-section', () => {
  it('reports a recognised heading with nothing under it', () => {
    const text = doc('# Policy', '', '## Supported Versions', '', '## Reporting a Vulnerability', '<!-- fill in -->', '', '## Scope', '', 'All of it.');
    assert.deepEqual(findingsOf('SEC081', text), [
      at(text, '## Supported Versions', 'warning'),
      at(text, '## Reporting a Vulnerability', 'warning'),
    ]);
  });

  it('reports an empty last section', () => {
    const text = doc('# Policy', '## Disclosure Policy');
    assert.deepEqual(findingsOf('SEC081', text), [at(text, '## Disclosure Policy', 'warning')]);
  });

  it('counts subsections, code and tables as content and ignores unrecognised headings', () => {
    const text = doc('# Policy', '## Reporting', '### By email', 'Mail us.', '## PGP Key', '```', 'key', '```', '## Misc', '## Supported Versions', '| V | S |', '| - | - |', '| 1 | y |');
    assert.deepEqual(findingsOf('SEC081', text), []);
  });
});
