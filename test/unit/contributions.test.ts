// The manifest's problem matcher and walkthrough. The matcher must read the CLI's real text output
// (the editor suite also runs it as a task); the walkthrough must name only commands that exist and
// pages that ship in the VSIX.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../../server/src/cli/check';
import type { Io } from '../../server/src/cli/io';
import { packagedFiles } from './packaged';

const ROOT = path.join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: Record<string, unknown>;
};

interface Pattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  severity: number;
  code: number;
  message: number;
}

/** Runs `check` in-process as a task would run the CLI, returning what it printed. */
async function checkOutput(
  files: Record<string, string>,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  tty = false,
): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sp-matcher-'));
  try {
    mkdirSync(path.join(dir, '.git'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const stdout: string[] = [];
    const io: Io = {
      cwd: dir,
      env,
      today: '2025-01-01',
      stdoutIsTTY: tty,
      stderrIsTTY: false,
      out: (l) => stdout.push(l),
      err: () => {},
      errWrite: () => {},
    };
    const json: string[] = [];
    // SEC001 (a policy outside the root, .github/ and docs/) as a hint, so every severity is printed.
    const rules = { SEC001: 'hint' } as const;
    await check({ targets: args, format: 'text', rules }, io);
    await check({ targets: args, format: 'json', rules }, { ...io, stdoutIsTTY: false, out: (l) => json.push(l) });
    return [...stdout, '\u0000', ...json];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const POLICY = '# Security Policy\n\n## Reporting\n\nMail security@example.com.\n\n## Reporting\n\nTODO\n';

describe('problem matcher', () => {
  const [matcher] = pkg.contributes.problemMatchers as [
    { name: string; owner: string; fileLocation: string[]; pattern: Pattern },
  ];
  const regexp = new RegExp(matcher.pattern.regexp);

  it('reads every finding line of `check` (file, line, column, severity, rule, message) and nothing else', async () => {
    const output = await checkOutput(
      { 'SECURITY.md': POLICY, 'notes/a b/SECURITY.md': POLICY, 'security.txt': 'Contact: mailto:security@acme.dev\n' },
      ['SECURITY.md', 'notes/a b/SECURITY.md', 'security.txt'],
    );
    const split = output.indexOf('\u0000');
    const text = output.slice(0, split);
    const json = JSON.parse(output.slice(split + 1).join('\n')) as {
      path: string;
      findings: { ruleId: string; severity: string; message: string; start: { line: number; column: number } }[];
    }[];
    const expected = json.flatMap((file) =>
      file.findings.map((f) => [
        file.path,
        String(f.start.line),
        String(f.start.column),
        f.severity,
        f.ruleId,
        f.message,
      ]),
    );
    // info: the security.txt and the policy are cross-checked (TXT090, SEC090); the nested policy gets SEC002 (the root one is what GitHub shows).
    assert.deepEqual([...new Set(expected.map((e) => e[3]))].sort(), ['error', 'hint', 'info', 'warning']);
    const p = matcher.pattern;
    const matched = text
      .map((line) => regexp.exec(line))
      .filter((m) => m !== null)
      .map((m) => [m[p.file], m[p.line], m[p.column], m[p.severity], m[p.code], m[p.message]]);
    assert.deepEqual(matched, expected);
    // The summary and any other line are not problems.
    assert.ok(
      matched.some((m) => m[4]!.startsWith('TXT')),
      'a security.txt finding',
    );
    assert.equal(
      text.length - matched.length,
      text.filter((l) => !/ (error|warning|info|hint) (?:SEC|TXT)\d{3} /.test(l)).length,
    );
  });

  it('reads the coloured output of a terminal once the colour codes are removed, as VS Code does', async () => {
    const output = await checkOutput({ 'SECURITY.md': POLICY }, [], { FORCE_COLOR: '1' }, true);
    const text = output.slice(0, output.indexOf('\u0000'));
    assert.ok(
      text.some((l) => l.includes('\u001b[')),
      'coloured',
    );
    const plain = text.map((l) => l.replace(/\u001b\[[0-9;]*m/g, ''));
    assert.ok(plain.filter((l) => regexp.test(l)).length >= 3);
  });

  it('is the one the README and the walkthrough name, resolving paths from the workspace folder', () => {
    assert.equal(matcher.name, 'security-policy');
    assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
    for (const doc of ['README.md', 'media/walkthrough/ci.md']) {
      assert.ok(readFileSync(path.join(ROOT, doc), 'utf8').includes('"problemMatcher": "$security-policy"'), doc);
    }
  });
});

describe('walkthrough', () => {
  const [walkthrough] = pkg.contributes.walkthroughs as [
    {
      steps: {
        id: string;
        title: string;
        description: string;
        media: { markdown?: string; image?: string };
        completionEvents?: string[];
      }[];
    },
  ];
  const contributed = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));
  /** Built-in commands the walkthrough may name; the editor suite checks that VS Code has them. */
  const BUILT_IN = new Set(['workbench.action.tasks.runTask']);

  it('has the three steps, each with at least one command button', () => {
    assert.deepEqual(
      walkthrough.steps.map((s) => s.title),
      ['Create your policy', 'Fix what it finds', 'Check it in CI'],
    );
    for (const step of walkthrough.steps) {
      // A button is a line that is only a link.
      assert.ok(
        step.description.split('\n').some((line) => /^\[[^\]]+\]\(command:[\w.]+\)$/.test(line)),
        step.id,
      );
    }
  });

  it('names only commands that exist, with completion events for them', () => {
    const named = walkthrough.steps.flatMap((s) =>
      [...s.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]!),
    );
    assert.deepEqual(
      named.filter((c) => !contributed.has(c) && !BUILT_IN.has(c)),
      [],
    );
    for (const command of ['securityPolicy.createPolicy', 'securityPolicy.fixAll', 'securityPolicy.insertSection'])
      assert.ok(named.includes(command), command);
    const events = walkthrough.steps.flatMap((s) => s.completionEvents ?? []);
    assert.deepEqual(
      events.filter((e) => !named.includes(e.replace(/^onCommand:/, ''))),
      [],
    );
  });

  it('shows media files that exist and ship in the VSIX', async () => {
    const packaged = await packagedFiles();
    for (const step of walkthrough.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media, step.id);
      assert.ok(existsSync(path.join(ROOT, media)), `${media} exists`);
      assert.ok(packaged.includes(media), `${media} is in the VSIX`);
    }
  });
});
