import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { at, doc, findingsOf } from './helpers';

describe('SEC082 duplicate-section', () => {
  it('reports the second copy of a section', () => {
    const text = doc('# Policy', '## Supported Versions', 'a', '## Reporting a Vulnerability', 'b', '## Supported Versions', 'c');
    const findings = findingsOf('SEC082', text);
    assert.deepEqual(findings, [at(text, '## Supported Versions', 'warning', 1)]);
  });

  it('treats two names of the same section as duplicates', () => {
    const text = doc('# Policy', '## Reporting a Vulnerability', 'a', '## How to Report', 'b');
    assert.deepEqual(findingsOf('SEC082', text), [at(text, '## How to Report', 'warning')]);
  });

  it('accepts nested headings and distinct parts of one topic', () => {
    assert.deepEqual(findingsOf('SEC082', doc('# P', '## Reporting a Vulnerability', '### How to report', 'x')), []);
    assert.deepEqual(findingsOf('SEC082', doc('# P', '## Scope', 'x', '## Out of Scope', 'y')), []);
    assert.deepEqual(findingsOf('SEC082', doc('# P', '## Reporting a bug in the server', 'x', '## Reporting a bug in a plugin', 'y')), []);
  });

  it('names the line of the first copy', () => {
    const text = doc('# P', '## Scope', 'x', '## Scope', 'y');
    const [finding] = analyze(text).filter((f) => f.ruleId === 'SEC082');
    assert.match(finding!.message, /line 2\b/);
  });
});
