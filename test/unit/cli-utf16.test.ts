// Issue 14 item 8: the CLI decodes UTF-16 files with a byte order mark (it rejected them as binary
// for their NUL bytes); findings are positioned in the decoded text, as for the same text in UTF-8.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { check, readPolicy } from '../../server/src/cli/check';
import type { Io } from '../../server/src/cli/io';

const dir = mkdtempSync(path.join(tmpdir(), 'cli-utf16-'));
// Non-ASCII before the findings, so a column counted in bytes would differ.
const POLICY = '# Sécurité — 安全\n\nEmail [your email] or security@example.com. 🙂\n';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

async function jsonFindings(file: string): Promise<unknown> {
  const out: string[] = [];
  const io: Io = {
    cwd: dir,
    env: {},
    today: '2025-01-01',
    stdoutIsTTY: false,
    stderrIsTTY: false,
    out: (l) => out.push(l),
    err: () => undefined,
    errWrite: () => undefined,
  };
  await check({ targets: [file], format: 'json', rules: {} }, io);
  const [report] = JSON.parse(out.join('\n')) as Array<{ findings?: unknown; error?: string }>;
  return report?.findings ?? report?.error;
}

describe('CLI reads UTF-16 with a BOM', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'utf8.md'), POLICY);
  writeFileSync(
    path.join(dir, 'utf16le.md'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POLICY, 'utf16le')]),
  );
  writeFileSync(path.join(dir, 'utf16be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(POLICY)]));

  it('decodes UTF-16LE and UTF-16BE, dropping the BOM', () => {
    assert.deepEqual(readPolicy(path.join(dir, 'utf16le.md')), { text: POLICY, invalidUtf8: false });
    assert.deepEqual(readPolicy(path.join(dir, 'utf16be.md')), { text: POLICY, invalidUtf8: false });
  });

  it('reports the same findings at the same lines and columns as the UTF-8 file', async () => {
    const expected = await jsonFindings('utf8.md');
    assert.ok(
      Array.isArray(expected) && expected.some((f: { ruleId: string }) => f.ruleId === 'SEC023'),
      JSON.stringify(expected),
    );
    assert.deepEqual(await jsonFindings('utf16le.md'), expected);
    assert.deepEqual(await jsonFindings('utf16be.md'), expected);
  });

  it('still rejects a binary file, and a NUL-laden file without a BOM', () => {
    writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    writeFileSync(path.join(dir, 'nobom.md'), Buffer.from(POLICY, 'utf16le'));
    assert.ok('problem' in readPolicy(path.join(dir, 'bin.md')));
    assert.ok('problem' in readPolicy(path.join(dir, 'nobom.md')));
  });
});
