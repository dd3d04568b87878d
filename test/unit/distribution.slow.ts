// Where users get the checker, each run as a user would on a copy of this repository (its tracked
// and new files, committed to a fresh git repository, node_modules installed by the action's own step):
// - the GitHub Action (action.yml): every step but the upload, on a temporary repository;
// - the npm package: `npm pack`, then `npm install -g` into an empty prefix, then its binary;
// - the pre-commit hook (.pre-commit-hooks.yaml), through Debian's `pre-commit try-repo`.
// npm reads packages from its cache first (CI's `npm ci` filled it); the registry is the fallback.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { version } from '../../package.json';
import { COMPLETE_POLICY } from './cliHelpers';

const ROOT = path.resolve(__dirname, '../..');
const GIT_ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t.invalid',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};
const NPM_ENV = {
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

let work: string;
let project: string;

function sh(
  command: string,
  args: readonly string[],
  options: SpawnSyncOptions & { env?: Record<string, string | undefined> } = {},
): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, ...GIT_ENV, ...NPM_ENV, FORCE_COLOR: undefined, NO_COLOR: '1', ...options.env };
  const result = spawnSync(command, args, { encoding: 'utf8', ...options, env });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function ok(result: { status: number | null; stdout: string; stderr: string }, what: string): string {
  assert.equal(result.status, 0, `${what}: ${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A git repository holding `files`, committed. */
function gitRepo(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  ok(sh('git', ['init', '-q', '-b', 'main'], { cwd: dir }), 'git init');
  ok(sh('git', ['add', '-A'], { cwd: dir }), 'git add');
  ok(sh('git', ['commit', '-q', '-m', 'init'], { cwd: dir }), 'git commit');
  return dir;
}

// --- the action's steps -------------------------------------------------------------------------

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = (): Action => parse(readFileSync(path.join(project, 'action.yml'), 'utf8')) as Action;

/**
 * Runs the action's steps as the runner would for a composite action, with the expressions it
 * uses: inputs (defaults filled in), github.action_path and earlier steps' outputs. An expression
 * this does not know fails the test rather than being guessed. The upload is recorded, not run.
 */
function runAction(repo: string, given: Record<string, string>, options: { skipBuild?: boolean } = {}) {
  const spec = action();
  const inputs = Object.fromEntries(
    Object.entries(spec.inputs).map(([name, input]) => [name, given[name] ?? input.default ?? '']),
  );
  const outputs: Record<string, Record<string, string>> = {};
  const expand = (text: string): string =>
    text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
      let m: RegExpExecArray | null;
      if ((m = /^inputs\.([\w-]+)$/.exec(expression))) return inputs[m[1]!] ?? assert.fail(`unknown input ${m[1]}`);
      if (expression === 'github.action_path') return project;
      if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression))) return outputs[m[1]!]?.[m[2]!] ?? '';
      return assert.fail(`unknown expression ${expression}`);
    });
  const log: string[] = [];
  let uploaded: Record<string, string> | undefined;
  let status = 0;
  for (const step of spec.runs.steps) {
    if (step.uses) {
      assert.match(step.uses, /^github\/codeql-action\/upload-sarif@v\d+$/, 'the only action used is the upload');
      assert.equal(step.if, "${{ !cancelled() && inputs.upload == 'true' && steps.check.outputs.sarif-file != '' }}");
      if (inputs['upload'] === 'true' && outputs['check']?.['sarif-file'])
        uploaded = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v)]));
      continue;
    }
    assert.equal(
      step.if,
      undefined,
      `${step.name}: a run step always runs, so that a failed check still reaches the verdict`,
    );
    if (step.name === 'Build the checker' && options.skipBuild) continue;
    assert.equal(step.shell, 'bash');
    const outputFile = path.join(work, `output-${Date.now()}-${Math.random()}`);
    writeFileSync(outputFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]));
    const result = sh('bash', ['-e', '-c', expand(step.run!)], {
      cwd: step['working-directory'] ? expand(step['working-directory']) : repo,
      env: { ...env, GITHUB_ACTION_PATH: project, GITHUB_WORKSPACE: repo, GITHUB_OUTPUT: outputFile },
    });
    log.push(result.stdout, result.stderr);
    if (step.id) {
      outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
    }
    if (result.status !== 0) {
      status = result.status ?? 1;
      break;
    }
  }
  return { status, log: log.join(''), outputs, uploaded };
}

interface SarifResult {
  ruleId: string;
  level: string;
  partialFingerprints: Record<string, string>;
  locations: [{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }];
}
const sarifResults = (file: string): SarifResult[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as { runs: [{ results: SarifResult[] }] }).runs[0].results;

const WARNINGS_ONLY = COMPLETE_POLICY.replace(/## Response Timeline[\s\S]*/, '');
const WITH_ERROR = `${WARNINGS_ONLY}\nWrite to security@example.com.\n`;

describe('distribution', { timeout: 15 * 60_000 }, () => {
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'sp-distribution-'));
    project = path.join(work, 'security-policy');
    const files = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
      .stdout.split('\0')
      .filter(Boolean);
    for (const file of files)
      if (existsSync(path.join(ROOT, file)))
        cpSync(path.join(ROOT, file), path.join(project, file), { recursive: true });
    gitRepo(project, {});
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  describe('the GitHub Action', () => {
    let repo: string;
    before(() => {
      repo = gitRepo(path.join(work, 'user-repo'), {
        'SECURITY.md': WITH_ERROR,
        '.github/SECURITY.md': WARNINGS_ONLY,
        'docs/my notes/SECURITY.md': WARNINGS_ONLY,
      });
    });

    it('builds the checker, checks the repository, writes SARIF for the upload and fails on an error', () => {
      const run = runAction(repo, {});
      assert.equal(run.status, 1, run.log);
      assert.equal(run.outputs['check']?.['exit-code'], '1');
      assert.deepEqual(run.uploaded, { sarif_file: 'security-policy.sarif', category: 'security-policy' });
      assert.match(run.log, /^SECURITY\.md:\d+:\d+ error SEC022 /m);
      assert.match(run.log, /security-policy: 1 error\(s\), \d+ warning\(s\), \d+ note\(s\); fail-on: error: failed\./);
      const results = sarifResults(path.join(repo, 'security-policy.sarif'));
      assert.deepEqual([...new Set(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))].sort(), [
        '.github/SECURITY.md',
        'SECURITY.md',
      ]);
      for (const r of results) {
        assert.equal(r.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.match(r.partialFingerprints['securityPolicyFinding/v1'] ?? '', /^[0-9a-f]{32}$/);
      }
    });

    it('passes on warnings by default, fails on them with fail-on: warning, and skips the upload when asked', () => {
      const paths = '.github/SECURITY.md\n  docs/my notes/SECURITY.md  \n\n';
      const passed = runAction(repo, { paths, upload: 'false' }, { skipBuild: true });
      assert.equal(passed.status, 0, passed.log);
      assert.equal(passed.uploaded, undefined);
      const uris = sarifResults(path.join(repo, 'security-policy.sarif')).map(
        (r) => r.locations[0].physicalLocation.artifactLocation.uri,
      );
      assert.deepEqual([...new Set(uris)].sort(), ['.github/SECURITY.md', 'docs/my%20notes/SECURITY.md']);
      const failed = runAction(repo, { paths, 'fail-on': 'warning', 'sarif-file': 'out.sarif' }, { skipBuild: true });
      assert.equal(failed.status, 1, failed.log);
      assert.equal(failed.uploaded?.['sarif_file'], 'out.sarif');
      assert.ok(existsSync(path.join(repo, 'out.sarif')));
      assert.equal(runAction(repo, { 'fail-on': 'none' }, { skipBuild: true }).status, 0);
    });

    it('fails when a path names no policy or a profile is unknown, checks the profiles given, and rejects an unknown fail-on level', () => {
      const missing = runAction(repo, { paths: 'nothing-here.md' }, { skipBuild: true });
      assert.equal(missing.outputs['check']?.['exit-code'], '2');
      assert.equal(missing.status, 2, missing.log);
      const unknown = runAction(
        repo,
        { paths: '.github/SECURITY.md', profile: 'openssf-baseline' },
        { skipBuild: true },
      );
      assert.equal(unknown.outputs['check']?.['exit-code'], '2');
      assert.match(unknown.log, /--profile must be one of .* \(got 'openssf-baseline'\)/);
      const profiled = runAction(
        repo,
        { paths: '.github/SECURITY.md', profile: 'cisa-vdp, best-practices\ncra', 'sarif-file': 'profiled.sarif' },
        { skipBuild: true },
      );
      assert.equal(profiled.status, 0, profiled.log);
      const messages = sarifResults(path.join(repo, 'profiled.sarif')).map(
        (r) => (r as unknown as { message: { text: string } }).message.text,
      );
      assert.ok(
        messages.some((m) => m.startsWith('CISA VDP: Scope: ')),
        messages.join('\n'),
      );
      assert.equal(runAction(repo, { 'fail-on': 'sometimes' }, { skipBuild: true }).status, 2);
    });
  });

  describe('the npm package', () => {
    it('packs the command line only, and its binary works after npm install -g into an empty prefix', () => {
      // The action's build step installed node_modules into the copy.
      assert.ok(existsSync(path.join(project, 'node_modules')), 'the action test ran first');
      const packed = JSON.parse(
        ok(sh('npm', ['pack', '--json', '--pack-destination', work], { cwd: project }), 'npm pack'),
      ) as [{ filename: string; size: number; files: { path: string }[] }];
      assert.deepEqual(packed[0].files.map((f) => f.path).sort(), [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'dist/cli.js',
        'package.json',
      ]);
      const prefix = path.join(work, 'prefix');
      // No registry needed: the package has no dependencies.
      ok(
        sh('npm', ['install', '-g', '--offline', '--prefix', prefix, path.join(work, packed[0].filename)], {
          cwd: work,
        }),
        'npm install -g',
      );
      const bin = path.join(prefix, 'bin', 'security-policy');
      assert.deepEqual(readdirSync(path.join(prefix, 'lib', 'node_modules', 'security-policy')).sort(), [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'dist',
        'package.json',
      ]);
      const repo = gitRepo(path.join(work, 'pkg-repo'), { 'SECURITY.md': WITH_ERROR });
      const result = sh(bin, ['check', '--format', 'json'], {
        cwd: repo,
        env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin` },
      });
      assert.equal(result.status, 1, result.stderr);
      assert.ok(
        (JSON.parse(result.stdout) as [{ findings: { ruleId: string }[] }])[0].findings.some(
          (f) => f.ruleId === 'SEC022',
        ),
      );
      assert.equal(ok(sh(bin, ['--version'], { cwd: repo }), 'version').trim(), version);
    });
  });

  describe('the pre-commit hook', () => {
    it("runs through Debian's pre-commit on staged policy files only, and fails the commit on an error", () => {
      assert.equal(sh('pre-commit', ['--version']).status, 0, 'pre-commit is installed (Debian package pre-commit)');
      const repo = gitRepo(path.join(work, 'hook-repo'), { 'README.md': '# x\n', 'SECURITY.md': WARNINGS_ONLY });
      const env = { PRE_COMMIT_HOME: path.join(work, 'pre-commit-home') };
      const clean = sh('pre-commit', ['try-repo', project, 'security-policy', '--all-files'], { cwd: repo, env });
      assert.equal(clean.status, 0, clean.stdout + clean.stderr);
      assert.match(clean.stdout, /^security-policy\.+Passed$/m);
      writeFileSync(path.join(repo, 'SECURITY.md'), WITH_ERROR);
      ok(sh('git', ['add', 'SECURITY.md'], { cwd: repo }), 'git add');
      const failed = sh('pre-commit', ['try-repo', project, 'security-policy'], { cwd: repo, env });
      assert.equal(failed.status, 1, failed.stdout + failed.stderr);
      assert.match(failed.stdout, /^security-policy\.+Failed$/m);
      assert.match(failed.stdout, /^SECURITY\.md:\d+:\d+ error SEC022 /m);
      // Only policy files are passed to the hook.
      writeFileSync(path.join(repo, 'README.md'), '# y\n');
      ok(sh('git', ['add', 'README.md'], { cwd: repo }), 'git add');
      const skipped = sh('pre-commit', ['try-repo', project, 'security-policy', '--files', 'README.md'], {
        cwd: repo,
        env,
      });
      assert.equal(skipped.status, 0, skipped.stdout + skipped.stderr);
      assert.match(skipped.stdout, /^security-policy\.+\(no files to check\)Skipped$/m);
    });
  });
});
