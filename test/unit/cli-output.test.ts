// Issue 14 item 5: text output is data, not commands. Document-derived text (messages quoting the
// document, file names) cannot end a line, start a CI workflow command (`::warning`, `::add-mask::`)
// or send terminal escape sequences; JSON and SARIF keep the exact text.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../../server/src/cli/check';
import {
  jsonReport,
  jsonText,
  printable,
  sarifReport,
  textLines,
  type CheckedFile,
} from '../../server/src/cli/formats';
import type { Io } from '../../server/src/cli/io';
import { colors } from '../../server/src/cli/terminal';

const HOSTILE_MESSAGE =
  'The "Reporting\n::warning file=x::pwned\r\n::add-mask::secret" section is empty \u001b]0;title\u0007 \u009b31m \u2028::error::x \u202e';

function file(display: string, message: string): CheckedFile {
  return {
    display,
    absolute: path.resolve(display),
    text: '# Heading\n',
    context: {},
    findings: [{ ruleId: 'SEC081', severity: 'warning', message, start: 0, end: 9 }],
  };
}

/** Every line a terminal or a CI log would see in `output`, whatever the line break. */
function physicalLines(output: string): string[] {
  return output.split(/\r\n|[\n\r\u2028\u2029\u0085]/);
}

function captureIo(cwd: string): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    cwd,
    env: {},
    today: '2025-01-01',
    stdoutIsTTY: false,
    stderrIsTTY: false,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    errWrite: (chunk) => stderr.push(chunk),
    stdout,
    stderr,
  };
}

describe('CLI output is data, not commands', () => {
  it('escapes line breaks, control and bidi characters in messages, so nothing starts a line with ::', () => {
    for (const enabled of [false, true]) {
      const [line] = textLines(file('SECURITY.md', HOSTILE_MESSAGE), colors(enabled));
      assert.ok(line !== undefined);
      assert.deepEqual(physicalLines(line), [line], 'one physical line');
      const withoutOwnColours = line.replace(/\u001b\[\d+m/g, '');
      assert.doesNotMatch(withoutOwnColours, /[\u0000-\u001f\u007f-\u009f\u202e]/);
      assert.ok(
        withoutOwnColours.endsWith(
          'The "Reporting\\n::warning file=x::pwned\\r\\n::add-mask::secret" section is empty \\u001b]0;title\\u0007 \\u009b31m \\u2028::error::x \\u202e',
        ),
        withoutOwnColours,
      );
    }
  });

  it('a file name cannot start a line with :: or break it', () => {
    const [line] = textLines(file('::warning file=a::b\n::add-mask::c.md', 'm'), colors(false));
    assert.equal(line, './::warning file=a::b\\n::add-mask::c.md:1:1 warning SEC081 m');
  });

  it('JSON and SARIF keep the exact text', () => {
    const checked = file('odd\nname.md', HOSTILE_MESSAGE);
    const json = jsonReport([checked], []);
    assert.equal(json[0] && 'findings' in json[0] ? json[0].findings[0]?.message : undefined, HOSTILE_MESSAGE);
    assert.equal(json[0]?.path, 'odd\nname.md');
    const sarif = JSON.parse(jsonText(sarifReport([checked], [], process.cwd()))) as {
      runs: [{ results: [{ message: { text: string } }] }];
    };
    assert.equal(sarif.runs[0].results[0].message.text, HOSTILE_MESSAGE);
    assert.deepEqual(JSON.parse(jsonText(json)), JSON.parse(JSON.stringify(json)));
    // Serialised, no line of it can start with `::`: not even after a U+2028, which JSON may leave raw.
    for (const line of physicalLines(jsonText(json))) assert.ok(!line.startsWith('::'), line);
  });

  it('printable leaves ordinary text alone', () => {
    const text = 'Héllo — “quoted” 日本語 emoji 🙂 tab-free';
    assert.equal(printable(text), text);
  });

  it('check prints an ESC sequence in a template placeholder (SEC023) escaped, and a hostile file name escaped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-output-'));
    const name = 'x\n::warning file=a::b.md';
    writeFileSync(path.join(dir, name), '# Security\n\nEmail [your \u001b]0;pwned\u0007 email].\n');
    const io = captureIo(dir);
    await check({ targets: [name], format: 'text', rules: {} }, io);
    const output = [...io.stdout, ...io.stderr].join('\n');
    assert.ok(
      io.stdout.some((l) => l.includes('SEC023') && l.includes('"[your \\u001b]"')),
      io.stdout.join('\n'),
    );
    assert.doesNotMatch(output, /[\u001b\u0007]/);
    for (const line of physicalLines(output)) assert.ok(!line.startsWith('::'), JSON.stringify(line));
  });
  it('check quotes a setext heading whose text spans a "::warning" line escaped, through a real document (SEC082)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-output-'));
    const heading = ['Scope', '::warning file=a::pwned', '====='];
    writeFileSync(
      path.join(dir, 'SECURITY.md'),
      ['# Security Policy', '', ...heading, '', 'Only the CLI.', '', ...heading, '', 'Only the CLI.', ''].join('\n'),
    );
    const io = captureIo(dir);
    await check({ targets: ['SECURITY.md'], format: 'text', rules: {} }, io);
    assert.ok(
      io.stdout.some((l) => l.includes('SEC082') && l.includes('"Scope\\n::warning file=a::pwned"')),
      io.stdout.join('\n'),
    );
    for (const line of physicalLines(io.stdout.join('\n'))) assert.ok(!line.startsWith('::'), JSON.stringify(line));
  });
});
