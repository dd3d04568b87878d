// Hostile input for the core (SPEC §9, issue 8): every input of hostileInputs.ts is analysed without
// an exception or a failing rule, with every range (findings and fix edits) inside the text; line
// endings and a BOM keep ranges exact. Inputs over the size cap or nested too deep for the parser
// get the cheap text rules and one SEC000 notice; the text-only analysis is also checked on every input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, analyzeTextOnly, CHEAP_TEXT_RULES } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { HOSTILE_INPUTS } from './hostileInputs';

const CONTEXT = { relativePath: 'SECURITY.md' };

function assertInside(label: string, text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    assert.ok(
      0 <= f.start && f.start <= f.end && f.end <= text.length,
      `${label}: ${f.ruleId} range ${f.start}-${f.end} of ${text.length}`,
    );
    for (const fix of f.fixes ?? []) {
      for (const e of fix.edits)
        assert.ok(
          0 <= e.start && e.start <= e.end && e.end <= text.length,
          `${label}: ${f.ruleId} "${fix.title}" edit outside`,
        );
    }
  }
}

function analyzeStrictly(label: string, text: string): Finding[] {
  const findings = analyze(text, CONTEXT, {
    onRuleError: (id, error) => assert.fail(`${label}: ${id} threw ${String(error)}`),
  });
  assertInside(label, text, findings);
  return findings;
}

/** The LSP range of the first finding of `ruleId`. */
function rangeOf(text: string, findings: readonly Finding[], ruleId: string) {
  const f = findings.find((x) => x.ruleId === ruleId);
  assert.ok(f, `a ${ruleId} finding`);
  const document = TextDocument.create('file:///SECURITY.md', 'markdown', 1, text);
  return { start: document.positionAt(f.start), end: document.positionAt(f.end), covered: text.slice(f.start, f.end) };
}

describe('hostile input (core)', () => {
  for (const input of HOSTILE_INPUTS) {
    if (input.coveredBy) continue;
    it(`${input.name}: no exception, ranges inside${input.limited ? ', cheap rules and a notice' : ''}`, () => {
      const findings = analyzeStrictly(input.name, input.text());
      assert.equal(findings.filter((f) => f.ruleId === 'SEC000').length, input.limited ? 1 : 0, 'SEC000 notices');
      if (input.limited)
        assert.deepEqual(
          findings.filter((f) => !['SEC000', ...CHEAP_TEXT_RULES].includes(f.ruleId)),
          [],
          'only the cheap rules ran',
        );
    });
  }

  it('every input, the text-only analysis used above securityPolicy.maxFileSize (10 MB included)', () => {
    for (const input of HOSTILE_INPUTS) {
      const text = input.text();
      if (text.length > 10_000_000) continue;
      const findings = analyzeTextOnly(text, CONTEXT, 1000);
      assertInside(input.name, text, findings);
      assert.equal(
        findings.filter((f) => f.ruleId === 'SEC000').length,
        text.length > 1000 ? 1 : 0,
        `${input.name}: one size notice`,
      );
    }
  });

  const email = { start: { line: 4, character: 6 }, end: { line: 4, character: 26 }, covered: 'security@example.com' };
  for (const [name, text] of [
    ['LF', '# Security Policy\n\n## Reporting a Vulnerability\n\nEmail security@example.com.\n'],
    ['CRLF', '# Security Policy\r\n\r\n## Reporting a Vulnerability\r\n\r\nEmail security@example.com.\r\n'],
    ['CR', '# Security Policy\r\r## Reporting a Vulnerability\r\rEmail security@example.com.\r'],
    ['mixed', '# Security Policy\n\r\n## Reporting a Vulnerability\r\rEmail security@example.com.\r\n'],
    ['a BOM', '\ufeff# Security Policy\n\n## Reporting a Vulnerability\n\nEmail security@example.com.\n'],
    [
      'a BOM and CRLF',
      '\ufeff# Security Policy\r\n\r\n## Reporting a Vulnerability\r\n\r\nEmail security@example.com.\r\n',
    ],
  ] as const) {
    it(`ranges are exact with ${name} line endings`, () => {
      const findings = analyzeStrictly(name, text);
      assert.deepEqual(rangeOf(text, findings, 'SEC022'), email);
      // The headings are still headings: the reporting section is found.
      assert.equal(findings.filter((f) => f.ruleId === 'SEC010').length, 0, 'SEC010');
      assert.deepEqual(
        findings.map((f) => f.ruleId),
        ['SEC011', 'SEC013', 'SEC015', 'SEC022'].filter((id) => findings.some((f) => f.ruleId === id)),
      );
    });
  }

  it('a finding after lone surrogates and NUL bytes is still on the right line and column', () => {
    const text = '# Security\0 Policy \ud800\r\n\r\n\udc00\0 Email security@example.com.\n';
    const findings = analyzeStrictly('surrogates', text);
    assert.deepEqual(rangeOf(text, findings, 'SEC022'), {
      start: { line: 2, character: 9 },
      end: { line: 2, character: 29 },
      covered: 'security@example.com',
    });
  });
});
