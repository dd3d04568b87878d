// `check` through `main(argv, io)`, in-process: formats (text, JSON, SARIF 2.1.0), options, facts, discovery,
// unreadable and binary files, colour. No SARIF JSON schema ships in an installed npm package, so
// the SARIF test checks the schema's required structure and allowed properties itself.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ALL_RULES } from '../../server/src/core/catalogue';
import { scorecardSecurityPolicy, scorecardSummary } from '../../server/src/core/scorecard';
import { COMPLETE_POLICY, GIT_CONFIG, makeRepo, runMain, TRICKY, writeFiles } from './cliHelpers';

let root: string;
const repo = (files: Record<string, string | Buffer>): string => makeRepo(root, files);

interface JsonPosition {
  line: number;
  column: number;
  offset: number;
}
interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  start: JsonPosition;
  end: JsonPosition;
}
interface JsonFile {
  path: string;
  findings?: JsonFinding[];
  context?: {
    relativePath?: string;
    repository?: { host: string; owner: string; name: string };
    projectVersion?: string;
    today?: string;
  };
  error?: string;
  scorecard?: { check: string; score: number; probes: Record<string, string> };
}

const json = (stdout: string): JsonFile[] => JSON.parse(stdout) as JsonFile[];
const ruleIds = (file: JsonFile | undefined): string[] => (file?.findings ?? []).map((f) => f.ruleId);

describe('security-policy check', () => {
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'security-policy-check-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  describe('Scorecard Security-Policy score', () => {
    it('is in the text output after each file, in JSON per file, and in the SARIF run properties', async () => {
      const dir = repo({ 'SECURITY.md': 'Tell us.\n' });
      const text = await runMain(dir, ['check', 'SECURITY.md']);
      assert.ok(
        text.lines.includes(
          `SECURITY.md: ${scorecardSummary(scorecardSecurityPolicy('Tell us.\n'), ['SEC010', 'SEC011', 'SEC013', 'SEC015'])}`,
        ),
        text.stdout,
      );
      const [file] = json((await runMain(dir, ['check', '--format', 'json', 'SECURITY.md'])).stdout);
      assert.deepEqual(file?.scorecard, {
        check: 'Security-Policy',
        score: 3,
        probes: {
          securityPolicyPresent: 'True',
          securityPolicyContainsLinks: 'False',
          securityPolicyContainsText: 'True',
          securityPolicyContainsVulnerabilityDisclosure: 'False',
        },
      });
      const sarif = JSON.parse((await runMain(dir, ['check', '--format', 'sarif', 'SECURITY.md'])).stdout) as {
        runs: Array<{ properties: { scorecard: Array<{ artifactLocation: { uri: string }; score: number }> } }>;
      };
      assert.deepEqual(
        sarif.runs[0]!.properties.scorecard.map((s) => [s.artifactLocation.uri, s.score]),
        [['SECURITY.md', 3]],
      );
    });
  });

  describe('--format json', () => {
    it('gives 1-based UTF-16 positions that agree with the offsets', async () => {
      const dir = repo({ 'SECURITY.md': TRICKY });
      const result = await runMain(dir, ['check', '--format', 'json', 'SECURITY.md']);
      assert.equal(result.status, 1, result.stderr);
      const [file] = json(result.stdout);
      assert.equal(file?.path, 'SECURITY.md');
      const placeholder = file?.findings?.find((f) => f.ruleId === 'SEC023');
      assert.ok(placeholder, result.stdout);
      const offset = TRICKY.indexOf('[your');
      assert.deepEqual(placeholder.start, { line: 5, column: '🚨🚨 Mail '.length + 1, offset });
      assert.deepEqual(placeholder.end, {
        line: 5,
        column: '🚨🚨 Mail [your security contact email]'.length + 1,
        offset: offset + '[your security contact email]'.length,
      });
      for (const f of file.findings!) {
        assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity));
        assert.ok(f.start.offset <= f.end.offset && f.end.offset <= TRICKY.length);
        // The line/column pair and the offset denote the same place.
        const lines = TRICKY.split('\r\n');
        const offsetOf = (p: JsonPosition) =>
          lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 2, 0) + p.column - 1;
        assert.equal(offsetOf(f.start), f.start.offset);
        assert.equal(offsetOf(f.end), f.end.offset);
      }
    });

    it('reports the facts read from .git/config and package.json in the context', async () => {
      const dir = repo({
        '.git/config': GIT_CONFIG('git@github.com:acme-tools/widget.git'),
        'package.json': JSON.stringify({ name: 'widget', version: '3.1.4' }),
        '.github/SECURITY.md': COMPLETE_POLICY,
      });
      const [file] = json(
        (await runMain(path.join(dir, '.github'), ['check', '--format', 'json', '--today', '2025-03-04'])).stdout,
      );
      assert.deepEqual(file?.context, {
        relativePath: '.github/SECURITY.md',
        repository: { host: 'github.com', owner: 'acme-tools', name: 'widget' },
        projectVersion: '3.1.4',
        today: '2025-03-04',
      });
      assert.equal(file?.path, 'SECURITY.md');
    });

    it('lets --repo and --version override the facts, and the rules see them', async () => {
      const dir = repo({
        '.git/config': GIT_CONFIG('https://github.com/acme-tools/widget.git'),
        'package.json': JSON.stringify({ version: '3.1.4' }),
        'SECURITY.md': COMPLETE_POLICY,
      });
      const plain = json((await runMain(dir, ['check', '--format', 'json'])).stdout)[0];
      assert.ok(!ruleIds(plain).includes('SEC030'), 'the advisory link is this repository');
      assert.ok(!ruleIds(plain).includes('SEC043'), '3.1.4 is covered by 3.x');
      const overridden = json(
        (await runMain(dir, ['check', '--format', 'json', '--repo', 'other/project', '--version', '4.0.0'])).stdout,
      )[0];
      assert.deepEqual(overridden?.context?.repository, { host: 'github.com', owner: 'other', name: 'project' });
      assert.equal(overridden?.context?.projectVersion, '4.0.0');
      assert.ok(ruleIds(overridden).includes('SEC030'), JSON.stringify(overridden));
      assert.ok(ruleIds(overridden).includes('SEC043'), JSON.stringify(overridden));
    });

    it('lists files that could not be checked with their error', async () => {
      const dir = repo({ 'SECURITY.md': COMPLETE_POLICY });
      const result = await runMain(dir, ['check', '--format', 'json', 'SECURITY.md', 'missing.md']);
      assert.equal(result.status, 2);
      const report = json(result.stdout);
      assert.deepEqual(
        report.map((f) => [f.path, f.error]),
        [
          ['SECURITY.md', undefined],
          ['missing.md', 'no such file'],
        ],
      );
    });
  });

  describe('--format sarif', () => {
    it('writes a SARIF 2.1.0 log that GitHub code scanning accepts', async () => {
      const dir = repo({ 'SECURITY.md': '', 'docs/my policy/SECURITY.md': TRICKY });
      const result = await runMain(dir, ['check', '--format', 'sarif', 'SECURITY.md', 'docs/my policy/SECURITY.md']);
      assert.equal(result.status, 1, result.stderr);
      const log = JSON.parse(result.stdout) as SarifLog;
      checkSarif(log);
      const run = log.runs[0]!;
      assert.deepEqual(run.invocations[0], { executionSuccessful: true, toolExecutionNotifications: [] });
      assert.equal(run.originalUriBaseIds['%SRCROOT%']!.uri, `file://${dir.split(path.sep).join('/')}/`);
      // Every rule is described, in registry order, with its docs page.
      assert.deepEqual(
        run.tool.driver.rules.map((r) => r.id),
        ALL_RULES.map((r) => r.id),
      );
      const sec013 = run.tool.driver.rules.find((r) => r.id === 'SEC013')!;
      assert.equal(sec013.name, 'response-timeframe');
      assert.equal(
        sec013.helpUri,
        'https://github.com/security-policy/security-policy-vscode/blob/main/docs/rules/SEC013.md',
      );
      assert.equal(sec013.defaultConfiguration.level, 'warning');
      assert.equal(run.tool.driver.rules.find((r) => r.id === 'SEC041')!.defaultConfiguration.level, 'note');
      // Relative, `/`-separated, percent-encoded URIs; regions in UTF-16 columns with an exclusive end.
      const uris = new Set(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
      assert.deepEqual([...uris].sort(), ['SECURITY.md', 'docs/my%20policy/SECURITY.md']);
      const placeholder = run.results.find((r) => r.ruleId === 'SEC023')!;
      const line = TRICKY.split('\r\n')[4]!;
      const region = placeholder.locations[0]!.physicalLocation.region;
      assert.equal(region.startLine, 5);
      assert.equal(line.slice(region.startColumn - 1, region.endColumn - 1), '[your security contact email]');
      assert.equal(placeholder.level, 'error');
    });

    it('records unreadable files as failed execution notifications', async () => {
      const dir = repo({
        'SECURITY.md': COMPLETE_POLICY,
        'bin/SECURITY.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
      });
      const result = await runMain(dir, ['check', '--format', 'sarif', 'SECURITY.md', 'bin/SECURITY.md']);
      assert.equal(result.status, 2);
      const log = JSON.parse(result.stdout) as SarifLog;
      checkSarif(log);
      assert.equal(log.runs[0]!.invocations[0]!.executionSuccessful, false);
      assert.match(
        log.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text,
        /^bin\/SECURITY\.md: binary file/,
      );
    });
  });

  describe('text output', () => {
    it('is plain when piped, coloured with FORCE_COLOR, plain again with NO_COLOR or FORCE_COLOR=0', async () => {
      const dir = repo({ 'SECURITY.md': '' });
      const ESC = '\x1b[';
      assert.ok(!(await runMain(dir, ['check'])).stdout.includes(ESC));
      const forced = await runMain(dir, ['check'], { FORCE_COLOR: '1' });
      assert.ok(forced.stdout.includes(`${ESC}31merror${ESC}39m`), JSON.stringify(forced.stdout));
      assert.ok(!(await runMain(dir, ['check'], { NO_COLOR: '1' })).stdout.includes(ESC));
      assert.ok(!(await runMain(dir, ['check'], { FORCE_COLOR: '0' })).stdout.includes(ESC));
      // Colour codes wrap fields; the text between them is unchanged.
      const stripped = forced.stdout.replace(/\x1b\[\d+m/g, '');
      assert.equal(stripped, (await runMain(dir, ['check'])).stdout);
    });
  });

  describe('rules and configuration', () => {
    it('--rule turns a rule off or changes its severity', async () => {
      const dir = repo({ 'SECURITY.md': COMPLETE_POLICY.replace(/## Response Timeline[\s\S]*?(?=## Disclosure)/, '') });
      const plain = await runMain(dir, ['check', '--format', 'json']);
      assert.equal(plain.status, 0);
      assert.ok(ruleIds(json(plain.stdout)[0]).includes('SEC013'));
      const off = await runMain(dir, ['check', '--format', 'json', '--rule', 'SEC013=off']);
      assert.ok(!ruleIds(json(off.stdout)[0]).includes('SEC013'));
      const error = await runMain(dir, ['check', '--rule', 'sec013=error', '--rule', 'SEC001=off']);
      assert.equal(error.status, 1);
      assert.ok(
        error.lines.some((l) => / error SEC013 /.test(l)),
        error.stdout,
      );
    });

    it('applies maxFileSize from --config, as the editor applies the setting', async () => {
      // 164 KB: over the default cap of 100,000 characters, under the configured 500,000.
      const big = COMPLETE_POLICY + '\n' + 'More words about scope and process. '.repeat(4_500) + '\n';
      const dir = repo({ 'SECURITY.md': big, 'cfg.json': JSON.stringify({ maxFileSize: 500_000 }) });
      const capped = json((await runMain(dir, ['check', '--format', 'json'])).stdout)[0];
      assert.ok(ruleIds(capped).includes('SEC000'), 'the default cap applies without a config');
      const configured = json((await runMain(dir, ['check', '--format', 'json', '--config', 'cfg.json'])).stdout)[0];
      assert.ok(
        !ruleIds(configured).includes('SEC000'),
        JSON.stringify(configured?.findings?.filter((f) => f.ruleId === 'SEC000')),
      );
    });

    it('checks 30 KB of list items that each hold a list text-only at once, with an error saying why', async () => {
      // micromark takes 30 s on 32 KB of such lines ('* - X.Y' too), and `check` has no deadline: a CI job would hang.
      const nested = COMPLETE_POLICY + '\n' + '- - X.Y\n'.repeat(3_750);
      const run = await runMain(repo({ 'SECURITY.md': nested }), ['check', '--format', 'json']);
      assert.equal(run.status, 1);
      const findings = json(run.stdout)[0]?.findings ?? [];
      const notice = findings.find((f) => f.ruleId === 'SEC000');
      assert.equal(notice?.severity, 'error');
      assert.match(
        notice?.message ?? '',
        /^The list items after an item holding a list or block quote, and the headings underlined with = or -, up to line \d+ are more/,
      );
      // The character checks still report every version written in letters.
      assert.equal(findings.filter((f) => f.ruleId === 'SEC023').length, 3_750);
    });

    it('rejects malformed --rule, --today, --format, --repo and --version values with exit 2', async () => {
      const dir = repo({ 'SECURITY.md': COMPLETE_POLICY });
      for (const args of [
        ['--rule', 'SEC013'],
        ['--rule', 'SEC999=off'],
        ['--rule', 'SEC013=loud'],
        ['--today', '2025-02-30'],
        ['--today', 'yesterday'],
        ['--format', 'xml'],
        ['--repo', 'just-a-name'],
        ['--version', 'latest'],
      ]) {
        const result = await runMain(dir, ['check', ...args]);
        assert.equal(result.status, 2, args.join(' '));
        assert.equal(result.stdout, '');
        assert.match(
          result.stderr,
          /^security-policy: .*\nRun 'security-policy --help' for usage\.\n$/,
          args.join(' '),
        );
      }
    });

    it('--config takes the editor settings, with or without the securityPolicy. prefix', async () => {
      const noVersions = COMPLETE_POLICY.replace(/## Supported Versions[\s\S]*?(?=## Reporting)/, '');
      const dir = repo({
        'SECURITY.md': noVersions,
        'prefixed.json': JSON.stringify({
          'securityPolicy.requiredSections': ['reporting'],
          'securityPolicy.trace.server': 'off',
        }),
        'bare.json': JSON.stringify({ requiredSections: ['reporting'], rules: { SEC013: 'error' } }),
        'disabled.json': JSON.stringify({ enable: false }),
      });
      assert.ok(ruleIds(json((await runMain(dir, ['check', '--format', 'json'])).stdout)[0]).includes('SEC015'));
      const prefixed = await runMain(dir, ['check', '--format', 'json', '--config', 'prefixed.json']);
      assert.equal(prefixed.status, 0, prefixed.stderr);
      assert.ok(!ruleIds(json(prefixed.stdout)[0]).includes('SEC015'), prefixed.stdout);
      const bare = await runMain(dir, ['check', '--format', 'json', '--config', 'bare.json']);
      assert.ok(!ruleIds(json(bare.stdout)[0]).includes('SEC015'), bare.stdout);
      // The config's rules apply, and --rule wins over them.
      writeFiles(dir, { 'SECURITY.md': noVersions.replace(/## Response Timeline[\s\S]*?(?=## Disclosure)/, '') });
      assert.equal((await runMain(dir, ['check', '--config', 'bare.json'])).status, 1);
      assert.equal((await runMain(dir, ['check', '--config', 'bare.json', '--rule', 'SEC013=warning'])).status, 0);
      const disabled = await runMain(dir, ['check', '--config', 'disabled.json']);
      assert.deepEqual(disabled.lines, ['No problems in 1 file.']);
    });

    it('--config with a problem fails with exit 2 and says what is wrong', async () => {
      const dir = repo({
        'SECURITY.md': COMPLETE_POLICY,
        'typo.json': JSON.stringify({ 'securityPolicy.rule': { SEC013: 'off' } }),
        'value.json': JSON.stringify({ rules: { SEC013: 'silent' } }),
        'unknown-rule.json': JSON.stringify({ rules: { SEC999: 'off' } }),
        'section.json': JSON.stringify({ requiredSections: ['reporting', 'hall-of-fame'] }),
        'twice.json': JSON.stringify({ enable: true, 'securityPolicy.enable': false }),
        'comments.json': '{ // no\n "enable": true }',
        'array.json': '[]',
      });
      const expected: Record<string, RegExp> = {
        'typo.json': /unknown setting "securityPolicy\.rule"/,
        'value.json': /rules\.SEC013: expected one of off, hint, info, warning, error, got "silent"\.$/m,
        'unknown-rule.json': /unknown rule SEC999/,
        'section.json': /unknown section id "hall-of-fame"/,
        'twice.json': /"enable" is given twice/,
        'comments.json': /not valid JSON/,
        'array.json': /expected a JSON object/,
        'missing.json': /cannot read config missing\.json: ENOENT/,
      };
      for (const [file, message] of Object.entries(expected)) {
        const result = await runMain(dir, ['check', '--config', file]);
        assert.equal(result.status, 2, file);
        assert.equal(result.stdout, '', file);
        assert.match(result.stderr, message, file);
      }
    });

    it('--today decides whether a review date is stale', async () => {
      const dir = repo({ 'SECURITY.md': `${COMPLETE_POLICY}\nLast reviewed: 2024-01-15\n` });
      const fresh = json((await runMain(dir, ['check', '--format', 'json', '--today', '2024-06-01'])).stdout)[0];
      assert.ok(!ruleIds(fresh).includes('SEC050'));
      const stale = json((await runMain(dir, ['check', '--format', 'json', '--today', '2026-06-01'])).stdout)[0];
      assert.ok(ruleIds(stale).includes('SEC050'));
      assert.equal(stale?.context?.today, '2026-06-01');
    });
  });

  describe('which files', () => {
    it('expands quoted globs, including dot folders, and reports a pattern that matches nothing', async () => {
      const dir = repo({
        '.github/SECURITY.md': COMPLETE_POLICY,
        'packages/a/SECURITY.md': COMPLETE_POLICY,
        'packages/b/security.markdown': COMPLETE_POLICY,
        'node_modules/x/SECURITY.md': COMPLETE_POLICY,
      });
      const all = json((await runMain(dir, ['check', '--format', 'json', '**/SECURITY.md'])).stdout).map((f) => f.path);
      assert.deepEqual(all, ['.github/SECURITY.md', 'packages/a/SECURITY.md']);
      const some = json((await runMain(dir, ['check', '--format', 'json', 'packages/*/*.{md,markdown}'])).stdout).map(
        (f) => f.path,
      );
      assert.deepEqual(some, ['packages/a/SECURITY.md', 'packages/b/security.markdown']);
      const none = await runMain(dir, ['check', 'nothing/**/*.md']);
      assert.equal(none.status, 2);
      assert.match(none.stderr, /no files match nothing\/\*\*\/\*\.md/);
    });

    it('without arguments checks the policy of the repository holding the working directory', async () => {
      const dir = repo({ 'SECURITY.md': COMPLETE_POLICY, 'src/deep/index.js': '' });
      const result = await runMain(path.join(dir, 'src/deep'), ['check', '--format', 'json']);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(
        json(result.stdout).map((f) => [f.path, f.context?.relativePath]),
        [['../../SECURITY.md', 'SECURITY.md']],
      );
    });

    it('reports a binary file and still checks the others', async () => {
      const dir = repo({ 'SECURITY.md': COMPLETE_POLICY, 'docs/SECURITY.md': Buffer.from('# Security\0\0\0\x01\x02') });
      const result = await runMain(dir, ['check']);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /cannot check docs\/SECURITY\.md: binary file/);
      assert.match(result.lines.at(-1)!, /in 1 file\.$/);
    });

    it('reads invalid UTF-8 as U+FFFD, says so, and reports it (SEC062)', async () => {
      const latin1 = Buffer.concat([Buffer.from(COMPLETE_POLICY), Buffer.from('\nCaf\xe9 au lait.\n', 'latin1')]);
      const dir = repo({ 'SECURITY.md': latin1 });
      const result = await runMain(dir, ['check', '--format', 'json']);
      assert.match(result.stderr, /SECURITY\.md is not valid UTF-8/);
      assert.ok(ruleIds(json(result.stdout)[0]).includes('SEC062'), result.stdout);
    });

    it('drops a UTF-8 byte order mark, as editors do', async () => {
      const dir = repo({ 'SECURITY.md': '\uFEFF' + TRICKY });
      const withBom = json((await runMain(dir, ['check', '--format', 'json'])).stdout)[0];
      writeFiles(dir, { 'SECURITY.md': TRICKY });
      assert.deepEqual(
        withBom?.findings,
        json((await runMain(dir, ['check', '--format', 'json'])).stdout)[0]?.findings,
      );
    });
  });
});

describe('security-policy rules', () => {
  it('lists every rule with its default severity and name, the security.txt ones too', async () => {
    const result = await runMain(tmpdir(), ['rules']);
    assert.equal(result.status, 0);
    assert.equal(result.lines.length, ALL_RULES.length);
    ALL_RULES.forEach((rule, i) => {
      const [id, severity, name] = result.lines[i]!.split(/\s+/);
      assert.deepEqual([id, severity, name], [rule.id, rule.defaultSeverity, rule.name]);
      assert.ok(result.lines[i]!.endsWith(rule.description));
    });
  });

  it('--format json gives ids, names, severities, descriptions and docs links', async () => {
    const rules = JSON.parse((await runMain(tmpdir(), ['rules', '--format', 'json'])).stdout) as {
      id: string;
      defaultSeverity: string;
      helpUri: string;
    }[];
    assert.deepEqual(
      rules.map((r) => [r.id, r.defaultSeverity]),
      ALL_RULES.map((r) => [r.id, r.defaultSeverity]),
    );
    assert.ok(rules.every((r) => r.helpUri.endsWith(`/docs/rules/${r.id}.md`)));
  });
});

// --- SARIF 2.1.0 structure ------------------------------------------------------------------------
// What the OASIS schema requires of the objects this tool writes, and the properties it allows on
// them (the schema forbids unknown ones with additionalProperties: false).

interface SarifMessage {
  text: string;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
}
interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: SarifMessage;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion } }[];
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { level: string; message: SarifMessage }[];
    }[];
    results: SarifResult[];
  }[];
}

const LEVELS = ['none', 'note', 'warning', 'error'];

function keysWithin(value: object, allowed: string[], what: string): void {
  for (const key of Object.keys(value)) assert.ok(allowed.includes(key), `${what}: unexpected property ${key}`);
}

function checkMessage(message: SarifMessage, what: string): void {
  keysWithin(message, ['text', 'markdown', 'id', 'arguments'], what);
  assert.equal(typeof message.text, 'string', `${what}.text`);
  assert.ok(message.text.length > 0, `${what}.text is empty`);
}

function checkSarif(log: SarifLog): void {
  keysWithin(log, ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'], 'log');
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /^https:\/\/.*sarif.*2\.1\.0.*\.json$/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0]!;
  keysWithin(
    run,
    ['tool', 'originalUriBaseIds', 'columnKind', 'invocations', 'results', 'artifacts', 'properties'],
    'run',
  );
  assert.equal(run.columnKind, 'utf16CodeUnits');
  const driver = run.tool.driver;
  keysWithin(run.tool, ['driver', 'extensions', 'properties'], 'tool');
  keysWithin(driver, ['name', 'version', 'semanticVersion', 'informationUri', 'rules'], 'driver');
  assert.equal(driver.name, 'security-policy');
  assert.match(driver.semanticVersion, /^\d+\.\d+\.\d+/);
  assert.doesNotThrow(() => new URL(driver.informationUri));
  const ids = new Set<string>();
  for (const rule of driver.rules) {
    keysWithin(
      rule,
      ['id', 'name', 'shortDescription', 'fullDescription', 'helpUri', 'help', 'defaultConfiguration', 'properties'],
      `rule ${rule.id}`,
    );
    assert.match(rule.id, /^(?:SEC|TXT)\d{3}$/);
    assert.ok(!ids.has(rule.id), `duplicate rule ${rule.id}`);
    ids.add(rule.id);
    assert.match(rule.name, /^[a-z][a-z0-9-]*$/);
    checkMessage(rule.shortDescription, `${rule.id}.shortDescription`);
    checkMessage(rule.fullDescription, `${rule.id}.fullDescription`);
    assert.ok(typeof rule.help.text === 'string' && typeof rule.help.markdown === 'string', `${rule.id}.help`);
    assert.equal(new URL(rule.helpUri).protocol, 'https:');
    keysWithin(
      rule.defaultConfiguration,
      ['level', 'enabled', 'rank', 'parameters'],
      `${rule.id}.defaultConfiguration`,
    );
    assert.ok(LEVELS.includes(rule.defaultConfiguration.level));
  }
  for (const [id, base] of Object.entries(run.originalUriBaseIds)) {
    assert.ok(base.uri.startsWith('file:///') && base.uri.endsWith('/'), `${id} must be an absolute URI ending in /`);
  }
  assert.equal(run.invocations.length, 1);
  const invocation = run.invocations[0]!;
  keysWithin(invocation, ['executionSuccessful', 'toolExecutionNotifications'], 'invocation');
  assert.equal(typeof invocation.executionSuccessful, 'boolean');
  for (const n of invocation.toolExecutionNotifications) {
    keysWithin(n, ['level', 'message'], 'notification');
    assert.ok(LEVELS.includes(n.level));
    checkMessage(n.message, 'notification.message');
  }
  for (const result of run.results) {
    keysWithin(result, ['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'partialFingerprints'], 'result');
    assert.ok(Number.isInteger(result.ruleIndex) && result.ruleIndex >= 0);
    assert.equal(driver.rules[result.ruleIndex]?.id, result.ruleId, 'ruleIndex points at the rule');
    assert.ok(LEVELS.includes(result.level));
    checkMessage(result.message, 'result.message');
    assert.equal(result.locations.length, 1);
    const physical = result.locations[0]!.physicalLocation;
    keysWithin(result.locations[0]!, ['physicalLocation'], 'location');
    keysWithin(physical, ['artifactLocation', 'region'], 'physicalLocation');
    const artifact = physical.artifactLocation;
    keysWithin(artifact, ['uri', 'uriBaseId'], 'artifactLocation');
    if (artifact.uriBaseId !== undefined) {
      assert.ok(artifact.uriBaseId in run.originalUriBaseIds, `undefined uriBaseId ${artifact.uriBaseId}`);
      assert.ok(
        !artifact.uri.startsWith('/') && !artifact.uri.includes('\\') && !/\s/.test(artifact.uri),
        `relative URI ${artifact.uri}`,
      );
      // A valid relative reference resolves against its base.
      assert.doesNotThrow(() => new URL(artifact.uri, run.originalUriBaseIds[artifact.uriBaseId!]!.uri));
    } else {
      assert.doesNotThrow(() => new URL(artifact.uri));
    }
    const r = physical.region;
    keysWithin(r, ['startLine', 'startColumn', 'endLine', 'endColumn'], 'region');
    for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const)
      assert.ok(Number.isInteger(r[key]) && r[key] >= 1, `region.${key}`);
    assert.ok(
      r.endLine > r.startLine || (r.endLine === r.startLine && r.endColumn >= r.startColumn),
      'region end before start',
    );
  }
}
