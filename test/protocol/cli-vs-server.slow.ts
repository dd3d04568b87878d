// The CLI and the editor must agree: every corpus policy is checked by the built CLI (`--format json`)
// and opened in the built server, and the findings must be identical (rule, severity, message, range).
// Each corpus file is laid out as its own repository (`.git` + the file at its original path), so the
// location rule sees the same path on both sides. Fails when ../shared/corpus is absent (corpusSkip).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { CORPUS, corpusEntries, corpusSkip, isPolicyName } from '../corpus';
import { TestClient } from './client';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const SEVERITIES = { error: 1, warning: 2, info: 3, hint: 4 } as const;

interface Entry {
  /** Folder of this file's repository, relative to the temporary root. */
  readonly repo: string;
  /** Path of the policy inside its repository, as in the original repository. */
  readonly path: string;
  readonly text: string;
}

interface Comparable {
  readonly rule: string;
  readonly severity: number;
  readonly message: string;
  /** 0-based `line:character-line:character`, as LSP ranges. */
  readonly range: string;
}

interface JsonPosition {
  readonly line: number;
  readonly column: number;
}
interface JsonFile {
  readonly path: string;
  readonly findings?: readonly {
    ruleId: string;
    severity: keyof typeof SEVERITIES;
    message: string;
    start: JsonPosition;
    end: JsonPosition;
  }[];
  readonly error?: string;
}

const fromCli = (f: NonNullable<JsonFile['findings']>[number]): Comparable => ({
  rule: f.ruleId,
  severity: SEVERITIES[f.severity],
  message: f.message,
  range: `${f.start.line - 1}:${f.start.column - 1}-${f.end.line - 1}:${f.end.column - 1}`,
});

const fromServer = (d: Diagnostic): Comparable => ({
  rule: String(d.code),
  severity: d.severity ?? 0,
  message: typeof d.message === 'string' ? d.message : d.message.value,
  range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
});

const byPosition = (a: Comparable, b: Comparable): number =>
  a.range.localeCompare(b.range) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);

describe('CLI and language server agree on the corpus', { skip: corpusSkip() }, () => {
  let root: string;
  let entries: Entry[];
  let client: TestClient | undefined;

  before(() => {
    assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
    root = mkdtempSync(path.join(tmpdir(), 'security-policy-corpus-'));
    // Files named otherwise (`SECURITY`, `SECURITY.es.md`) are policies only by a setting: left out here.
    entries = corpusEntries()
      .filter((e) => isPolicyName(e.path))
      .map(({ file, path: policyPath }) => {
        const repo = file.replace(/\.(md|markdown)$/i, '');
        const bytes = readFileSync(path.join(CORPUS, file));
        mkdirSync(path.join(root, repo, '.git'), { recursive: true });
        mkdirSync(path.dirname(path.join(root, repo, policyPath)), { recursive: true });
        writeFileSync(path.join(root, repo, policyPath), bytes);
        // What an editor shows for the file: UTF-8 without BOM (the CLI reads files the same way).
        return { repo, path: policyPath, text: new TextDecoder('utf-8').decode(bytes) };
      });
    assert.ok(entries.length > 400, `${entries.length} corpus policies`);
  });

  after(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports the same findings for every file', async (t) => {
    // Run the CLI first and time it: the whole corpus in one process.
    const started = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      [CLI, 'check', '--format', 'json', ...entries.map((e) => `${e.repo}/${e.path}`)],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    t.diagnostic(`CLI over ${entries.length} corpus files: ${elapsedMs.toFixed(0)} ms`);
    assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
    const report = JSON.parse(result.stdout) as JsonFile[];
    const cli = new Map(report.map((f) => [f.path, f]));

    client = (
      await TestClient.start({ workspaceFolders: entries.map((e) => pathToFileURL(path.join(root, e.repo)).href) })
    ).client;

    // The server has no clock of its own unless it passes today's date to the core. If it does not
    // (SEC050 silent on a policy reviewed in 2000), the date-dependent rule cannot agree yet: it is
    // left out of the comparison and reported as a to-do instead of hiding every other difference.
    const probe = 'file:///probe/SECURITY.md';
    client.open(probe, '# Security\n\nLast reviewed: 2000-01-01\n');
    const probed = await client.published(probe, 1);
    const serverKnowsToday = probed.diagnostics.some((d) => d.code === 'SEC050');
    const compared = (c: Comparable): boolean => serverKnowsToday || c.rule !== 'SEC050';
    if (!serverKnowsToday) {
      await t.test('SEC050 agrees too', {
        todo: "the server does not pass today's date to the core, so SEC050 never fires in the editor",
      });
    }

    const published = await Promise.all(
      entries.map((e) => {
        const uri = pathToFileURL(path.join(root, e.repo, e.path)).href;
        client!.open(uri, e.text);
        return client!.published(uri, 1);
      }),
    );

    const mismatches: string[] = [];
    let total = 0;
    entries.forEach((entry, i) => {
      const file = cli.get(`${entry.repo}/${entry.path}`);
      if (!file?.findings) {
        mismatches.push(`${entry.repo}: the CLI did not check it (${file?.error ?? 'missing from the report'})`);
        return;
      }
      const expected = published[i]!.diagnostics.map(fromServer).filter(compared).sort(byPosition);
      const actual = file.findings.map(fromCli).filter(compared).sort(byPosition);
      total += actual.length;
      try {
        assert.deepEqual(actual, expected);
      } catch {
        mismatches.push(
          `${entry.repo}/${entry.path}:\n  CLI:    ${JSON.stringify(actual)}\n  server: ${JSON.stringify(expected)}`,
        );
      }
    });
    t.diagnostic(`${total} findings compared`);
    assert.deepEqual(mismatches, [], `${mismatches.length} files differ:\n${mismatches.join('\n')}`);
  });
});
