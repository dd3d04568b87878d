// SARIF for GitHub code scanning: partialFingerprints that survive moved lines and tell identical
// findings apart, %SRCROOT%-relative URIs, and the 5,000-results limit.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { sarifReport, type CheckedFile } from '../../server/src/cli/formats';
import { FINGERPRINT_KEY, MAX_RESULTS } from '../../server/src/cli/sarifCodeScanning';

interface Result {
  ruleId: string;
  level: string;
  partialFingerprints: Record<string, string>;
  locations: [
    { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } },
  ];
}
interface Log {
  runs: [
    {
      results: Result[];
      invocations: [{ toolExecutionNotifications: { level: string; message: { text: string } }[] }];
    },
  ];
}

const ROOT = path.resolve('/repo');

function checked(
  text: string,
  findings: readonly Finding[] = analyze(text, { relativePath: 'SECURITY.md' }),
  rootRelative = 'SECURITY.md',
): CheckedFile {
  return { display: rootRelative, absolute: path.join(ROOT, rootRelative), rootRelative, text, context: {}, findings };
}

const sarif = (...files: CheckedFile[]): Log => sarifReport(files, [], ROOT) as Log;
const prints = (log: Log): string[] => log.runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]!);

const POLICY = '# Security Policy\n\n## Reporting\n\nMail security@example.com or security@example.org.\n';

describe('SARIF for code scanning', () => {
  it('gives each result a fingerprint that stays when lines are added above it', () => {
    const before = sarif(checked(POLICY));
    const after = sarif(checked(POLICY.replace('## Reporting', 'Intro.\n\nMore intro.\n\n## Reporting')));
    const placeholders = (log: Log) => log.runs[0].results.filter((r) => r.ruleId === 'SEC022');
    assert.equal(placeholders(before).length, 2);
    // The lines moved ...
    assert.deepEqual(
      placeholders(before).map((r) => r.locations[0].physicalLocation.region.startLine),
      [5, 5],
    );
    assert.deepEqual(
      placeholders(after).map((r) => r.locations[0].physicalLocation.region.startLine),
      [9, 9],
    );
    // ... the fingerprints did not, and the two addresses have different ones.
    assert.deepEqual(prints(after), prints(before));
    for (const print of prints(before)) assert.match(print, /^[0-9a-f]{32}$/);
    assert.equal(new Set(prints(before)).size, prints(before).length);
  });

  it('tells identical findings in one file apart, and the same finding in two files apart', () => {
    const twice = '# Security Policy\n\nTODO\n\nTODO\n';
    const log = sarif(checked(twice), checked(twice, undefined, 'docs/SECURITY.md'));
    const todo = log.runs[0].results.filter((r) => r.ruleId === 'SEC023');
    assert.equal(todo.length, 4);
    assert.equal(new Set(todo.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size, 4);
    assert.deepEqual(
      todo.map((r) => [
        r.locations[0].physicalLocation.artifactLocation.uriBaseId,
        r.locations[0].physicalLocation.artifactLocation.uri,
      ]),
      [
        ['%SRCROOT%', 'SECURITY.md'],
        ['%SRCROOT%', 'SECURITY.md'],
        ['%SRCROOT%', 'docs/SECURITY.md'],
        ['%SRCROOT%', 'docs/SECURITY.md'],
      ],
    );
  });

  it('changes the fingerprint when the flagged text changes', () => {
    const a = sarif(checked(POLICY)).runs[0].results.find((r) => r.ruleId === 'SEC022')!;
    const b = sarif(checked(POLICY.replace('security@example.com', 'sec@example.net'))).runs[0].results.find(
      (r) => r.ruleId === 'SEC022',
    )!;
    assert.notEqual(a.partialFingerprints[FINGERPRINT_KEY], b.partialFingerprints[FINGERPRINT_KEY]);
  });

  it(`keeps the ${MAX_RESULTS} most severe results and says how many it left out`, () => {
    const text = 'x'.repeat(MAX_RESULTS + 10);
    const notes: Finding[] = Array.from({ length: MAX_RESULTS + 5 }, (_, i) => ({
      ruleId: 'SEC062',
      severity: 'info',
      message: 'n',
      start: i,
      end: i + 1,
    }));
    const errors: Finding[] = Array.from({ length: 5 }, (_, i) => ({
      ruleId: 'SEC060',
      severity: 'error',
      message: 'e',
      start: i,
      end: i + 1,
    }));
    const log = sarif(checked(text, [...notes, ...errors]));
    const results = log.runs[0].results;
    assert.equal(results.length, MAX_RESULTS);
    assert.equal(results.filter((r) => r.level === 'error').length, 5);
    assert.deepEqual(log.runs[0].invocations[0].toolExecutionNotifications, [
      {
        level: 'warning',
        message: { text: `10 less severe results left out: code scanning keeps at most ${MAX_RESULTS} per run.` },
      },
    ]);
  });
});
