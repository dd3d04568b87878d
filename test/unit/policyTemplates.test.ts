// Each new-policy template, analysed by the core, may only be reported for what the author must fill
// in: `[your …]` placeholders (SEC023) and what follows from them (SEC011 without a known contact,
// SEC013 while the response times are placeholders). Facts that are known must be filled in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import {
  POLICY_TEMPLATE_KINDS,
  policyTemplate,
  type PolicyFacts,
  type PolicyTemplateKind,
} from '../../server/src/core/policyTemplates';
import { SECTIONS, matchSection } from '../../server/src/core/sections';

const FACTS: PolicyFacts = {
  projectName: 'widget',
  repository: { host: 'github.com', owner: 'acme', name: 'widget' },
  projectVersion: '2.3.1',
};

/** Rule ids reported, with how often, sorted. */
function reported(kind: PolicyTemplateKind, facts: PolicyFacts): string[] {
  const text = policyTemplate(kind, facts);
  const findings = analyze(text, { relativePath: 'SECURITY.md', today: '2025-06-01', ...facts });
  // Every placeholder finding is a `[your …]` field, not some other text of the template.
  for (const f of findings.filter((x) => x.ruleId === 'SEC023'))
    assert.match(text.slice(f.start, f.end), /^\[your [^\]]+\]$/);
  const ids = findings.map((f) => f.ruleId);
  return [...new Set(ids)].sort().map((id) => `${id}×${ids.filter((x) => x === id).length}`);
}

// Without facts: the versions table has two placeholders. Where the reporting channel is an email, its
// placeholder is the only contact, so SEC011 follows; GitHub's private reporting needs no fact.
const EXPECTED: Readonly<Record<PolicyTemplateKind, { readonly none: string[]; readonly facts: string[] }>> = {
  minimal: {
    none: ['SEC011×1', 'SEC013×1', 'SEC023×5'], // versions ×2, email, response ×2
    facts: ['SEC013×1', 'SEC023×2'], // the advisory link replaces the email; response ×2
  },
  github: {
    none: ['SEC013×1', 'SEC023×5'], // versions ×2, response ×2, disclosure days
    facts: ['SEC013×1', 'SEC023×3'],
  },
  'email-pgp': {
    none: ['SEC011×1', 'SEC013×1', 'SEC023×8'], // versions ×2, email, response ×2, days, fingerprint, key URL
    facts: ['SEC011×1', 'SEC013×1', 'SEC023×6'], // an email address is never a known fact
  },
  comprehensive: {
    none: ['SEC011×1', 'SEC013×1', 'SEC023×11'], // + bounty, name, handle
    facts: ['SEC013×1', 'SEC023×8'],
  },
};

describe('policyTemplate', () => {
  for (const kind of POLICY_TEMPLATE_KINDS) {
    it(`${kind}: without facts, only the fields to fill in are reported`, () => {
      assert.deepEqual(reported(kind, {}), EXPECTED[kind].none);
    });
    it(`${kind}: with facts, only the fields no fact can fill are reported`, () => {
      assert.deepEqual(reported(kind, FACTS), EXPECTED[kind].facts);
    });
  }

  it('fills in the advisory link and the version rows', () => {
    const text = policyTemplate('github', FACTS);
    assert.match(text, /<https:\/\/github\.com\/acme\/widget\/security\/advisories\/new>/);
    assert.match(text, /^\| 2\.3\.x \| ✅ \|$/m);
    assert.match(text, /^\| < 2\.3 \| ❌ \|$/m);
    assert.match(text, /in widget,/);
    assert.doesNotMatch(text, /\[your supported versions\]/);
  });

  it('leaves placeholders, never guesses, when the facts are unknown', () => {
    const text = policyTemplate('minimal');
    assert.match(text, /\[your supported versions\]/);
    assert.match(text, /\[your security contact email\]/);
    assert.doesNotMatch(text, /advisories\/new/);
    assert.match(text, /in this project,/);
  });

  it('links no advisory form on a forge other than GitHub', () => {
    const text = policyTemplate('minimal', { repository: { host: 'gitlab.com', owner: 'acme', name: 'widget' } });
    assert.doesNotMatch(text, /advisories/);
    assert.match(text, /\[your security contact email\]/);
  });

  it('puts the sections in canonical order, each recognised, with no snippet syntax left', () => {
    for (const kind of POLICY_TEMPLATE_KINDS) {
      const text = policyTemplate(kind, FACTS);
      const headings = [...text.matchAll(/^## (.+)$/gm)].map(
        (m) => matchSection(m[1]!, false) ?? matchSection(m[1]!, true),
      );
      const order = headings.map((id) => SECTIONS.findIndex((s) => s.id === id));
      assert.ok(!order.includes(-1), `${kind}: unrecognised heading`);
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a - b),
        kind,
      );
      assert.doesNotMatch(text, /\$\{?\d/, kind);
      assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), kind);
    }
    assert.equal(policyTemplate('comprehensive').match(/^## /gm)?.length, SECTIONS.length);
  });

  it('writes one unsupported row less for a 0.0.x version', () => {
    const text = policyTemplate('minimal', { projectVersion: '0.0.3' });
    assert.match(text, /^\| 0\.0\.x \| ✅ \|$/m);
    assert.doesNotMatch(text, /< 0\.0/);
  });
});
