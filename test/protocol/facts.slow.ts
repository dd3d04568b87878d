// Workspace facts and the settings that shape when and what is analysed, over the protocol: a
// temporary repository with a git config and a package.json, a policy opened in it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification,
  FileChangeType,
} from 'vscode-languageserver-protocol';
import { expectedDiagnostics, TestClient } from './client';

const POLICY = [
  '# Security Policy',
  '',
  '## Supported Versions',
  '',
  '| Version | Supported |',
  '| ------- | --------- |',
  '| 1.x     | ✅        |',
  '| < 1.0   | ❌        |',
  '',
  '## Reporting a Vulnerability',
  '',
  'Use <https://github.com/someone-else/tool/security/advisories/new>. We reply within 3 days.',
  '',
  'Last reviewed: 2020-01-06',
  '',
].join('\n');

const codes = (diagnostics: ReadonlyArray<{ code?: unknown }>) => diagnostics.map((d) => d.code).sort();

describe('protocol: workspace facts', () => {
  let dir: string;
  let folder: string;
  let client: TestClient;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'security-policy-facts-'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(
      join(dir, '.git', 'config'),
      '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/widget.git\n',
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'widget', version: '2.4.1' }));
    folder = pathToFileURL(dir).href;
    ({ client } = await TestClient.start({
      workspaceFolders: [folder],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    }));
  });
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports the advisory link to another repository, the uncovered version and the stale date', async () => {
    const uri = `${folder}/SECURITY.md`;
    const document = client.open(uri, POLICY);
    const published = await client.published(uri, 1);
    const context = {
      relativePath: 'SECURITY.md',
      repository: { host: 'github.com', owner: 'acme', name: 'widget' },
      projectVersion: '2.4.1',
    };
    assert.deepEqual(published.diagnostics, expectedDiagnostics(document, context));
    assert.deepEqual(codes(published.diagnostics), ['SEC030', 'SEC043', 'SEC050']);

    // The version moves into a supported line: a watched-file change re-reads the facts.
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'widget', version: '1.2.0' }));
    const from = client.diagnostics.items.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: `${folder}/package.json`, type: FileChangeType.Changed }],
    });
    const refreshed = await client.published(uri, 1, from);
    assert.deepEqual(codes(refreshed.diagnostics), ['SEC030', 'SEC050']);
    client.close(uri);
  });

  it('lets securityPolicy.repository override the git remote', async () => {
    const uri = `${folder}/docs/SECURITY.md`;
    client.settings.set(uri, { repository: 'someone-else/tool' });
    client.open(uri, POLICY);
    assert.ok(!codes((await client.published(uri, 1)).diagnostics).includes('SEC030'));
    client.close(uri);
  });

  it('lints on save only when securityPolicy.run is onSave', async () => {
    const uri = `${folder}/.github/SECURITY.md`;
    client.settings.set(uri, { run: 'onSave' });
    client.open(uri, POLICY);
    await client.published(uri, 1);
    client.change(uri, [{ text: '# Security Policy\n' }]);
    await client.flush();
    assert.deepEqual(
      client.publishedFor(uri).map((p) => p.version),
      [1],
      'typing does not lint',
    );
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    assert.ok(codes((await client.published(uri, 2)).diagnostics).includes('SEC010'));
    client.close(uri);
  });

  it('treats files matching securityPolicy.files as policies', async () => {
    const policy = `${folder}/handbook/vulnerability-policy.md`;
    const other = `${folder}/handbook/style.md`;
    client.defaultSettings = { files: ['handbook/*-policy.md'] };
    client.open(policy, '# Vulnerability Policy\n');
    client.open(other, '# Style\n');
    assert.ok(codes((await client.published(policy, 1)).diagnostics).includes('SEC010'));
    await client.flush();
    assert.deepEqual(client.publishedFor(other), []);
    client.close(policy);
    client.close(other);
    client.defaultSettings = null;
  });
});
