// The built server over stdio: initialize, and push diagnostics through open, change, close.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { RULES } from '../../server/src/core/rules';
import { MIN_RUN_INTERVAL_MS } from '../../server/src/lsp/diagnostics';
import type { SeveritySetting } from '../../server/src/core/types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DOCS_BASE, expectedDiagnostics, TestClient } from './client';

const FOLDER = 'file:///work/acme-widget';
const VERSION = (JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string })
  .version;

/** GitHub's template, half filled in: several rules have something to say. */
const TEMPLATE_POLICY = [
  '# Security Policy',
  '',
  '## Supported Versions',
  '',
  'Use this section to tell people about which versions of your project are',
  'currently being supported with security updates.',
  '',
  '| Version | Supported          |',
  '| ------- | ------------------ |',
  '| 5.1.x   | :white_check_mark: |',
  '| 5.0.x   | :x:                |',
  '| 4.0.x   | :white_check_mark: |',
  '| < 4.0   | :x:                |',
  '',
  '## Reporting a Vulnerability',
  '',
  'Email security@example.com. TODO: add a PGP key.',
  '',
].join('\n');

/** CRLF, astral emoji before the findings and a public-issue instruction: offsets must be UTF-16 based. */
const CRLF_POLICY = [
  '# 🔒🔒 Security 🚨',
  '',
  'Found a bug? Please open an issue at https://github.com/acme/widget/issues — [your email here].',
  '',
].join('\r\n');

const everyRuleOffBut = (id: string): Record<string, SeveritySetting> =>
  Object.fromEntries(RULES.filter((r) => r.id !== id).map((r) => [r.id, 'off']));

describe('protocol: initialize', () => {
  let client: TestClient | undefined;
  after(async () => client?.stop());

  it('advertises exactly what it implements and names itself', async () => {
    const started = await TestClient.start({ workspaceFolders: [FOLDER] });
    client = started.client;
    assert.deepEqual(started.initialize, {
      capabilities: {
        textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.securityPolicy'], resolveProvider: true },
        completionProvider: { triggerCharacters: ['#', '|'] },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'security-policy', version: VERSION },
    });
  });
});

describe('protocol: the parser code cache in the folder the client gives', () => {
  const folder = mkdtempSync(join(tmpdir(), 'security-policy-code-cache-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const uri = `${FOLDER}/SECURITY.md`;

  /** A fresh server given `folder`: the diagnostics of its first analysis. */
  async function firstDiagnostics(): Promise<PublishDiagnosticsParams> {
    const { client } = await TestClient.start({
      workspaceFolders: [FOLDER],
      initializationOptions: { cacheFolder: folder },
    });
    try {
      const document = client.open(uri, TEMPLATE_POLICY);
      const published = await client.published(uri, 1);
      assert.deepEqual(published.diagnostics, expectedDiagnostics(document, { relativePath: 'SECURITY.md' }));
      await client.flush();
      return published;
    } finally {
      await client.stop();
    }
  }
  const cacheFiles = (): string[] => readdirSync(folder).filter((name) => name.endsWith('.v8cache'));

  it('is written after the first analysis, used by the next start, and replaced when corrupt', async () => {
    const first = await firstDiagnostics();
    const [cache, ...more] = cacheFiles();
    assert.ok(cache, 'a cache is written');
    assert.deepEqual(more, []);
    const written = statSync(join(folder, cache)).mtimeMs;

    // The next start finds it fitting: same diagnostics, nothing written again.
    assert.deepEqual(await firstDiagnostics(), first);
    assert.equal(statSync(join(folder, cache)).mtimeMs, written);

    writeFileSync(join(folder, cache), 'corrupt');
    assert.deepEqual(await firstDiagnostics(), first);
    assert.ok(statSync(join(folder, cache)).size > 1000, 'the corrupt cache was replaced');
    assert.deepEqual(cacheFiles(), [cache]);
  });

  it('is written after the idle-time warm-up when no policy is open', async () => {
    const idle = mkdtempSync(join(tmpdir(), 'security-policy-code-cache-idle-'));
    const { client } = await TestClient.start({
      workspaceFolders: [FOLDER],
      initializationOptions: { cacheFolder: idle },
    });
    try {
      const deadline = Date.now() + 15_000;
      while (!readdirSync(idle).some((name) => name.endsWith('.v8cache'))) {
        assert.ok(Date.now() < deadline, 'no cache written after the warm-up');
        await delay(50);
      }
    } finally {
      await client.stop();
      rmSync(idle, { recursive: true, force: true });
    }
  });
});

describe('protocol: diagnostics saved between starts in the folder the client gives', () => {
  const folder = mkdtempSync(join(tmpdir(), 'security-policy-saved-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const uri = `${FOLDER}/SECURITY.md`;
  const savedFiles = (): string[] => readdirSync(folder).filter((name) => name.startsWith('diagnostics-'));

  /** Opens `text` on a fresh server given `folder`; every publish of version 1 until the server has done its work. */
  async function openFresh(text: string): Promise<{ published: PublishDiagnosticsParams[]; expected: unknown }> {
    const { client } = await TestClient.start({
      workspaceFolders: [FOLDER],
      initializationOptions: { cacheFolder: folder },
    });
    try {
      const document = client.open(uri, text);
      const expected = expectedDiagnostics(document, { relativePath: 'SECURITY.md' });
      await client.published(uri, 1);
      await client.flush();
      return { published: client.publishedFor(uri), expected };
    } finally {
      await client.stop();
    }
  }

  /** The saved entry holding `diagnostics`, once it is written (client.flush() leaves entries of its own). */
  async function savedEntry(diagnostics: unknown): Promise<string> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const entry = savedFiles().find((name) => {
        try {
          return isDeepStrictEqual(JSON.parse(readFileSync(join(folder, name), 'utf8')), diagnostics);
        } catch {
          return false; // Being written.
        }
      });
      if (entry) return join(folder, entry);
      assert.ok(Date.now() < deadline, 'no saved entry holds the published diagnostics');
      await delay(20);
    }
  }

  it('are written after the first analysis and shown first by the next server, which publishes again only what differs', async () => {
    const first = await openFresh(TEMPLATE_POLICY);
    assert.equal(first.published.length, 1);
    assert.deepEqual(first.published[0]!.diagnostics, first.expected);
    const file = await savedEntry(first.expected);

    // The same text again: the saved diagnostics, and nothing more since the analysis found the same.
    const again = await openFresh(TEMPLATE_POLICY);
    assert.deepEqual(
      again.published.map((p) => p.diagnostics),
      [first.expected],
    );

    // An entry that says something else (as a build with other rules would have) is shown, then corrected.
    const tampered = (first.expected as unknown[]).slice(1);
    writeFileSync(file, JSON.stringify(tampered));
    const corrected = await openFresh(TEMPLATE_POLICY);
    assert.deepEqual(
      corrected.published.map((p) => p.diagnostics),
      [tampered, first.expected],
    );
    // … and the entry is corrected too: the next server shows the right ones at once.
    await savedEntry(first.expected);
    const afterCorrection = await openFresh(TEMPLATE_POLICY);
    assert.deepEqual(
      afterCorrection.published.map((p) => p.diagnostics),
      [first.expected],
    );

    // Unreadable: a miss, and the analysis publishes once.
    writeFileSync(file, '{"not": "a list"');
    const unreadable = await openFresh(TEMPLATE_POLICY);
    assert.deepEqual(
      unreadable.published.map((p) => p.diagnostics),
      [first.expected],
    );
  });

  it('are not shown for another text: a changed policy gets its own entry', async () => {
    const changed = TEMPLATE_POLICY.replace('TODO: add a PGP key.', 'Our PGP key is in KEYS.');
    const opened = await openFresh(changed);
    assert.deepEqual(
      opened.published.map((p) => p.diagnostics),
      [opened.expected],
    );
    assert.notDeepEqual(opened.expected, (await openFresh(TEMPLATE_POLICY)).expected);
    await savedEntry(opened.expected);
  });
});

describe('protocol: diagnostics', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER, `${FOLDER}/packages/nested`] }));
  });
  after(async () => client?.stop());

  it('publishes the core findings for several policies opened at once', async () => {
    const onlySec010 = `${FOLDER}/only-sec010/SECURITY.md`;
    client.settings.set(onlySec010, { rules: everyRuleOffBut('SEC010') });
    const cases = [
      { uri: `${FOLDER}/SECURITY.md`, text: TEMPLATE_POLICY, relativePath: 'SECURITY.md' },
      { uri: `${FOLDER}/.github/security.md`, text: CRLF_POLICY, relativePath: '.github/security.md' },
      // Innermost workspace folder wins; a policy outside root/.github/docs.
      {
        uri: `${FOLDER}/packages/nested/lib/Security.markdown`,
        text: TEMPLATE_POLICY,
        relativePath: 'lib/Security.markdown',
      },
      // Outside every workspace folder: no relative path.
      { uri: 'file:///elsewhere/SECURITY.md', text: CRLF_POLICY, relativePath: undefined },
      { uri: `${FOLDER}/docs/SECURITY.md`, text: '', relativePath: 'docs/SECURITY.md' },
    ];
    const from = client.diagnostics.items.length;
    const documents = cases.map((c) => client.open(c.uri, c.text));
    client.open(onlySec010, '# Security Policy\n');

    const published = await Promise.all(cases.map((c) => client.published(c.uri, 1, from)));
    cases.forEach((c, i) => {
      const context = c.relativePath !== undefined ? { relativePath: c.relativePath } : {};
      assert.deepEqual(
        published[i],
        { uri: c.uri, version: 1, diagnostics: expectedDiagnostics(documents[i]!, context) },
        c.uri,
      );
    });
    assert.ok(published[0]!.diagnostics.length > 0, 'the template policy has findings');

    // Written by hand, independent of the other rules: SEC010 on the title line.
    assert.deepEqual(await client.published(onlySec010, 1, from), {
      uri: onlySec010,
      version: 1,
      diagnostics: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 17 } },
          severity: 1,
          source: 'security-policy',
          code: 'SEC010',
          codeDescription: { href: `${DOCS_BASE}SEC010.md` },
          message:
            'Nothing in this policy says how to report a vulnerability: add a "Reporting a Vulnerability" section with a private channel.',
        },
      ],
    });

    await client.flush();
    for (const uri of [...cases.map((c) => c.uri), onlySec010]) {
      assert.equal(client.publishedFor(uri).length, 1, `${uri} is published once`);
      client.close(uri);
    }
  });

  it('publishes diagnostics for the new version only after a change', async () => {
    const uri = `${FOLDER}/change/SECURITY.md`;
    client.settings.set(uri, { rules: everyRuleOffBut('SEC010') });
    client.open(uri, '# Security Policy\n');
    const first = await client.published(uri, 1);
    assert.deepEqual(
      first.diagnostics.map((d) => d.code),
      ['SEC010'],
    );

    const from = client.diagnostics.items.length;
    const edited = client.change(uri, [
      {
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
        text: '\n## Reporting a Vulnerability\n\nEmail security@acme-widget.org.\n',
      },
    ]);
    assert.deepEqual(await client.published(uri, 2, from), { uri, version: 2, diagnostics: [] });
    assert.deepEqual(expectedDiagnostics(edited, { ruleSeverities: everyRuleOffBut('SEC010') }), []);

    await client.flush();
    assert.deepEqual(
      client.publishedFor(uri).map((p) => p.version),
      [1, 2],
    );
    client.close(uri);
  });

  it('coalesces a burst of changes into one publish of the last version', async () => {
    const uri = `${FOLDER}/burst/SECURITY.md`;
    client.open(uri, TEMPLATE_POLICY);
    await client.published(uri, 1);

    let document = client.change(uri, [{ text: '' }]);
    // Typing "## Reporting…" one character at a time, as fast as the pipe takes it.
    for (const char of '\n## Reporting a Vulnerability\n\nMail security@acme-widget.org within 2 days.') {
      const end = document.positionAt(document.getText().length);
      document = client.change(uri, [{ range: { start: end, end }, text: char }]);
    }
    const last = document.version;
    const final = await client.published(uri, last);
    assert.deepEqual(final, {
      uri,
      version: last,
      diagnostics: expectedDiagnostics(document, { relativePath: 'burst/SECURITY.md' }),
    });

    await client.flush();
    // Version 1 from the open, then the last version: no backlog, nothing stale after it. Exactly
    // [1, last] when the whole burst arrives in one read; at most 3 analyses in any case.
    const versions = client.publishedFor(uri).map((p) => p.version!);
    assert.deepEqual([versions[0], versions.at(-1)], [1, last]);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'versions only increase',
    );
    assert.ok(versions.length - 1 <= 3, `at most 3 analyses of the burst: ${versions.join(', ')}`);
    client.close(uri);
  });

  it('throttles a stream of changes: runs start at most every MIN_RUN_INTERVAL_MS, the last version right after', async () => {
    const uri = `${FOLDER}/typing/SECURITY.md`;
    let document = client.open(uri, '# Security Policy\n');
    await client.published(uri, 1);
    const keystrokes = '\n## Reporting a Vulnerability\n';
    const began = performance.now();
    for (const char of keystrokes) {
      const end = document.positionAt(document.getText().length);
      document = client.change(uri, [{ range: { start: end, end }, text: char }]);
      // Changes closer together than the interval, each in its own read (this waits for no result).
      await delay(3);
    }
    const elapsed = performance.now() - began;
    const last = document.version;
    await client.published(uri, last);
    await client.flush();
    const versions = client.publishedFor(uri).map((p) => p.version!);
    assert.equal(versions.at(-1), last);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'versions only increase',
    );
    // The open's publish, a run per interval that passed while the changes came (the server sees
    // them no further apart than they were sent), and the last version's.
    const bound = Math.floor(elapsed / MIN_RUN_INTERVAL_MS) + 2;
    assert.ok(
      versions.length - 1 <= bound,
      `at most ${bound} publishes for ${keystrokes.length} changes: ${versions.join(', ')}`,
    );
    client.close(uri);
  });

  it('clears diagnostics when a policy closes', async () => {
    const uri = `${FOLDER}/closing/SECURITY.md`;
    client.open(uri, '# Security Policy\n');
    const opened = await client.published(uri, 1);
    assert.ok(opened.diagnostics.length > 0);

    const from = client.diagnostics.items.length;
    client.close(uri);
    assert.deepEqual(await client.published(uri, undefined, from), { uri, diagnostics: [] });
  });

  it('cancels pending work when a policy closes mid-burst', async () => {
    const uri = `${FOLDER}/cancelled/SECURITY.md`;
    client.open(uri, '# Security Policy\n');
    await client.published(uri, 1);
    client.change(uri, [{ text: '# Security Policy\n\nchanged\n' }]);
    client.close(uri);
    await client.flush();
    // The debounced analysis of version 2 was dropped; the close cleared everything.
    const published = client.publishedFor(uri);
    assert.deepEqual(
      published.map((p) => p.version),
      [1, undefined],
    );
    assert.deepEqual(published[1]!.diagnostics, []);
  });

  it('leaves documents that are not policies alone', async () => {
    const others = [
      `${FOLDER}/README.md`,
      `${FOLDER}/docs/security-guide.md`,
      `${FOLDER}/SECURITY.txt`,
      'untitled:Untitled-1',
    ];
    for (const uri of others) client.open(uri, '# Security Policy\n\nTODO\n');
    for (const uri of others) client.change(uri, [{ text: '# Security Policy\n\nTODO: security@example.com\n' }]);
    await client.flush();
    for (const uri of others) client.close(uri);
    await client.flush();
    for (const uri of others) assert.deepEqual(client.publishedFor(uri), [], uri);
  });
});
