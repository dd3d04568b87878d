// The README's rules table lists every rule of the registry with its docs page, name and default
// severity, so a new or renamed rule cannot be left out of it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROFILES } from '../../server/src/core/profiles';
import { RULES } from '../../server/src/core/rules';

const ROOT = join(__dirname, '../..');

describe('README and docs', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const rows = readme.split('\n').filter((line) => line.startsWith('| [SEC'));

  it('lists every rule, in order, with its name and default severity', () => {
    assert.deepEqual(
      rows.map((row) =>
        row
          .split('|')
          .slice(1, 4)
          .map((cell) => cell.trim())
          .join(' '),
      ),
      RULES.map((r) => `[${r.id}](docs/rules/${r.id}.md) \`${r.name}\` ${r.defaultSeverity}`),
    );
  });

  it("lists on each rule's page the profile controls that rely on it, and every profile in docs/profiles.md", () => {
    const profilesPage = readFileSync(join(ROOT, 'docs/profiles.md'), 'utf8');
    for (const profile of PROFILES) {
      assert.ok(profilesPage.includes(`\`${profile.id}\``), profile.id);
      for (const control of profile.controls) {
        for (const ruleId of control.rules) {
          const page = readFileSync(join(ROOT, 'docs/rules', `${ruleId}.md`), 'utf8');
          const line = page.split('\n').find((l) => l.startsWith(`- ${control.label} (`));
          assert.ok(line?.includes(`\`${profile.id}\``), `${ruleId}.md names ${control.label} for ${profile.id}`);
        }
      }
    }
  });

  it('has a docs page for every rule, titled with its id and name', () => {
    for (const rule of RULES) {
      const page = join(ROOT, 'docs/rules', `${rule.id}.md`);
      assert.ok(existsSync(page), `${page} is missing`);
      assert.equal(readFileSync(page, 'utf8').split('\n')[0], `# ${rule.id}: ${rule.name}`);
    }
  });
});
