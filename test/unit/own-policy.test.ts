// This project's own SECURITY.md (written from the extension's `github` template) passes its checks:
// `security-policy check SECURITY.md` finds nothing and exits 0.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { runMain } from './cliHelpers';

const ROOT = resolve(__dirname, '../..');

describe("the project's own SECURITY.md", () => {
  it('passes `security-policy check` with no findings', async () => {
    // Today's date and the repository from package.json, as a CI run in a clone would see them.
    const run = await runMain(ROOT, [
      'check',
      '--format',
      'json',
      '--repo',
      'security-policy/security-policy-vscode',
      'SECURITY.md',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const [file] = JSON.parse(run.stdout) as Array<{ path: string; findings: unknown[] }>;
    assert.deepEqual(file?.findings, []);
  });

  it('has no findings in the core either, whatever the date', () => {
    const text = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');
    const context = {
      relativePath: 'SECURITY.md',
      repository: { host: 'github.com', owner: 'security-policy', name: 'security-policy-vscode' },
      projectVersion: '0.1.0',
    };
    assert.deepEqual(
      analyze(text, { ...context, today: '2030-01-01' }).map((f) => `${f.ruleId} ${f.message}`),
      [],
    );
  });
});
