import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { findingControlsHover, sectionControlsHover } from '../../server/src/lsp/profileHover';
import { doc } from './helpers';

describe('profile hover text', () => {
  const text = doc('# Security Policy', '', '## Reporting a Vulnerability', '', 'Open an issue on the tracker.');
  const context = { profiles: ['openssf-baseline-2'] as const };
  const findings = analyze(text, { profiles: [...context.profiles] });

  it('marks the controls a section serves as met or missed, in plain text too', () => {
    assert.equal(
      sectionControlsHover('reporting', { profiles: [...context.profiles] }, findings, false),
      [
        'Profile controls this section serves',
        '- met: OSPS-VM-02.01: The project documentation names security contacts: who to reach when a vulnerability is found. (https://baseline.openssf.org/versions/2026-02-19#osps-vm-0201)',
        '- missed: OSPS-VM-03.01: The documentation gives a way to report a vulnerability privately, straight to the security contacts. (https://baseline.openssf.org/versions/2026-02-19#osps-vm-0301)',
      ].join('\n'),
    );
    assert.equal(sectionControlsHover('bug-bounty', { profiles: [...context.profiles] }, findings, true), undefined);
    assert.equal(sectionControlsHover('reporting', {}, findings, true), undefined);
  });

  it('lists each control the findings miss once', () => {
    const sec012 = findings.filter((f) => f.ruleId === 'SEC012' || f.ruleId === 'SEC011');
    assert.equal(sec012.length, 2);
    assert.match(
      findingControlsHover(sec012, true)!,
      /^\*\*Profile controls this finding misses\*\*\n- \*\*OSPS-VM-03\.01\*\*: [^\n]+$/,
    );
    assert.equal(
      findingControlsHover(
        findings.filter((f) => !f.controls),
        true,
      ),
      undefined,
    );
  });
});
