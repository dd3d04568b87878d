// Settings over the protocol: read per document through workspace/configuration (cached per document
// while the client announces changes), applied live on
// didChangeConfiguration, invalid values falling back to defaults.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectedDiagnostics, TestClient } from './client';

const FOLDER = 'file:///work/acme-widget';
const TITLE_ONLY = '# Security Policy\n';

describe('protocol: settings', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER] }));
  });
  after(async () => client?.stop());

  it('applies a rule turned off or re-levelled after didChangeConfiguration', async () => {
    const uri = `${FOLDER}/SECURITY.md`;
    const document = client.open(uri, TITLE_ONLY);
    const before = await client.published(uri, 1);
    assert.deepEqual(before.diagnostics, expectedDiagnostics(document, { relativePath: 'SECURITY.md' }));
    assert.ok(
      before.diagnostics.some((d) => d.code === 'SEC010'),
      'SEC010 reports the missing reporting section',
    );

    let from = client.diagnostics.items.length;
    client.settings.set(uri, { rules: { SEC010: 'off' } });
    client.changeConfiguration();
    const off = await client.published(uri, 1, from);
    assert.deepEqual(
      off.diagnostics,
      expectedDiagnostics(document, { relativePath: 'SECURITY.md', ruleSeverities: { SEC010: 'off' } }),
    );
    assert.ok(!off.diagnostics.some((d) => d.code === 'SEC010'));
    assert.equal(off.diagnostics.length, before.diagnostics.length - 1);

    from = client.diagnostics.items.length;
    client.settings.set(uri, { rules: { SEC010: 'hint' } });
    client.changeConfiguration();
    const hint = await client.published(uri, 1, from);
    assert.deepEqual(
      hint.diagnostics.filter((d) => d.code === 'SEC010').map((d) => d.severity),
      [4],
    );
    client.close(uri);
  });

  it('reads settings per document', async () => {
    const quiet = `${FOLDER}/quiet/SECURITY.md`;
    const loud = `${FOLDER}/loud/SECURITY.md`;
    client.settings.set(quiet, { enable: false });
    client.settings.set(loud, { requiredSections: ['reporting'] });
    const from = client.diagnostics.items.length;
    client.open(quiet, TITLE_ONLY);
    const document = client.open(loud, TITLE_ONLY);
    assert.deepEqual(await client.published(quiet, 1, from), { uri: quiet, version: 1, diagnostics: [] });
    const published = await client.published(loud, 1, from);
    assert.deepEqual(
      published.diagnostics,
      expectedDiagnostics(document, { relativePath: 'loud/SECURITY.md', requiredSections: ['reporting'] }),
    );
    assert.ok(published.diagnostics.length > 0);
    client.close(quiet);
    client.close(loud);
  });

  it('falls back to defaults for invalid values and says so once', async () => {
    const uri = `${FOLDER}/invalid/SECURITY.md`;
    client.settings.set(uri, { enable: 'yes', requiredSections: 'reporting', rules: { SEC010: 'loud' } });
    const logsFrom = client.logs.items.length;
    const document = client.open(uri, TITLE_ONLY);
    const published = await client.published(uri, 1);
    assert.deepEqual(published.diagnostics, expectedDiagnostics(document, { relativePath: 'invalid/SECURITY.md' }));

    client.change(uri, [{ text: TITLE_ONLY + '\n' }]);
    await client.published(uri, 2);
    const warnings = client.logs.items.slice(logsFrom).filter((l) => l.message.includes('securityPolicy.'));
    assert.deepEqual(
      warnings.map((w) => [w.type, w.message.split(':')[0]]),
      [
        [2, 'securityPolicy.enable'],
        [2, 'securityPolicy.requiredSections'],
        [2, 'securityPolicy.rules.SEC010'],
      ],
    );
    client.close(uri);
  });

  it("asks for a document's settings on every analysis when the client does not announce changes", async () => {
    const uri = `${FOLDER}/uncached/SECURITY.md`;
    const asked = () => client.configurationRequests.filter((u) => u === uri).length;
    client.open(uri, TITLE_ONLY);
    await client.published(uri, 1);
    client.change(uri, [{ text: `${TITLE_ONLY}\nMore.\n` }]);
    await client.published(uri, 2);
    assert.equal(asked(), 2);
    client.close(uri);
  });
});

describe('protocol: settings without workspace/configuration', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER], configuration: false }));
  });
  after(async () => client?.stop());

  it('uses defaults, then the settings pushed with didChangeConfiguration', async () => {
    const uri = `${FOLDER}/SECURITY.md`;
    const document = client.open(uri, TITLE_ONLY);
    const first = await client.published(uri, 1);
    assert.deepEqual(first.diagnostics, expectedDiagnostics(document, { relativePath: 'SECURITY.md' }));

    const from = client.diagnostics.items.length;
    void client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { securityPolicy: { rules: { SEC010: 'off' } } },
    });
    const after = await client.published(uri, 1, from);
    assert.deepEqual(
      after.diagnostics,
      expectedDiagnostics(document, { relativePath: 'SECURITY.md', ruleSeverities: { SEC010: 'off' } }),
    );
    assert.ok(
      first.diagnostics.some((d) => d.code === 'SEC010') && !after.diagnostics.some((d) => d.code === 'SEC010'),
    );
  });
});

describe('protocol: settings cached while the client announces changes', () => {
  let client: TestClient;
  before(async () => {
    ({ client } = await TestClient.start({
      workspaceFolders: [FOLDER],
      capabilities: { workspace: { didChangeConfiguration: { dynamicRegistration: true } } },
    }));
    await client.registrations.next(
      (method) => method === 'workspace/didChangeConfiguration',
      'registration for configuration changes',
    );
  });
  after(async () => client?.stop());

  it('asks once per document until didChangeConfiguration, then again', async () => {
    const uri = `${FOLDER}/cached/SECURITY.md`;
    const asked = () => client.configurationRequests.filter((u) => u === uri).length;
    const document = client.open(uri, TITLE_ONLY);
    await client.published(uri, 1);
    let edited = document;
    for (let version = 2; version <= 4; version++) {
      edited = client.change(uri, [{ text: `${edited.getText()}\nLine ${version}.\n` }]);
      await client.published(uri, version);
    }
    assert.equal(asked(), 1, 'one request for four analyses');

    const from = client.diagnostics.items.length;
    client.settings.set(uri, { rules: { SEC010: 'off' } });
    client.changeConfiguration();
    const off = await client.published(uri, 4, from);
    assert.deepEqual(
      off.diagnostics,
      expectedDiagnostics(edited, { relativePath: 'cached/SECURITY.md', ruleSeverities: { SEC010: 'off' } }),
    );
    assert.equal(asked(), 2, 'asked again after the change');

    // Closing forgets the document: reopened, it is asked for again.
    client.close(uri);
    client.open(uri, TITLE_ONLY);
    await client.published(uri, 1, client.diagnostics.items.length);
    assert.equal(asked(), 3);
    client.close(uri);
  });
});
