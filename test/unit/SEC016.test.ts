import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/edits';
import { at, doc, findingsOf } from './helpers';

const policy = doc(
  '# Security Policy',
  '',
  '## Supported Versions',
  '',
  'Only 2.x.',
  '',
  '## Reporting a Vulnerability',
  '',
  'Email security@acme.dev.',
);

describe('SEC016 required-section', () => {
  it('is silent by default: only reporting and supported versions are required, by their own rules', () => {
    assert.deepEqual(findingsOf('SEC016', policy), []);
  });

  it('reports each other required section that is missing, on the title', () => {
    const context = { requiredSections: ['reporting', 'response', 'disclosure'] as const };
    assert.deepEqual(findingsOf('SEC016', policy, { requiredSections: [...context.requiredSections] }), [
      at(policy, '# Security Policy', 'warning'),
      at(policy, '# Security Policy', 'warning'),
    ]);
    const messages = analyze(policy, { requiredSections: ['response', 'disclosure'] })
      .filter((f) => f.ruleId === 'SEC016')
      .map((f) => f.message);
    assert.deepEqual(messages, [
      'No "Response Timeline" section, which this project requires (securityPolicy.requiredSections).',
      'No "Disclosure Policy" section, which this project requires (securityPolicy.requiredSections).',
    ]);
  });

  it('offers to insert the section at its canonical place', () => {
    const [finding] = analyze(policy, { requiredSections: ['acknowledgments'] }).filter((f) => f.ruleId === 'SEC016');
    assert.equal(
      applyEdits(policy, finding!.fixes![0]!.edits),
      policy +
        doc(
          '',
          '## Acknowledgments',
          '',
          'We credit reporters in the advisory and the release notes unless they ask to stay anonymous.',
        ),
    );
  });

  it('inserts the section in front of a fence that never closes (an info string makes `~~~ md` an opening)', () => {
    const text = `${policy}\n~~~ md\n~~~ md`;
    const [finding] = analyze(text, { requiredSections: ['acknowledgments'] }).filter((f) => f.ruleId === 'SEC016');
    assert.equal(
      applyEdits(text, finding!.fixes![0]!.edits),
      `${policy}${doc('', '## Acknowledgments', '', 'We credit reporters in the advisory and the release notes unless they ask to stay anonymous.', '')}~~~ md\n~~~ md`,
    );
  });
});
