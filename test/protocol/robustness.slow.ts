// Hostile and real-world input over the protocol: one document's failure must not stop the others,
// and for real policies the server publishes exactly what the core finds.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { CORPUS, corpusEntries, corpusText, isPolicyName } from '../corpus';
import { expectedDiagnostics, TestClient } from './client';

const FOLDER = 'file:///work/acme-widget';

describe('protocol: robustness', () => {
  let client: TestClient | undefined;
  after(async () => client?.stop());

  it('keeps serving other documents after pathological input', async () => {
    ({ client } = await TestClient.start({ workspaceFolders: [FOLDER] }));
    const hostile = [
      { uri: `${FOLDER}/quotes/SECURITY.md`, text: '>'.repeat(20_000) + ' deep\n' },
      {
        uri: `${FOLDER}/binary/SECURITY.md`,
        text: '# Security\0Policy\n\0\0\u0001\uFFFD\uD800 lone surrogate\r\n'.repeat(500),
      },
    ];
    const normal = `${FOLDER}/SECURITY.md`;
    for (const { uri, text } of hostile) client.open(uri, text);
    const document = client.open(normal, '# Security Policy\n');

    // Each hostile document gets a publish for its version: findings, or [] when analysis failed.
    for (const { uri } of hostile) await client.published(uri, 1);
    assert.deepEqual(await client.published(normal, 1), {
      uri: normal,
      version: 1,
      diagnostics: expectedDiagnostics(document, { relativePath: 'SECURITY.md' }),
    });

    // And it still reacts to edits afterwards.
    const edited = client.change(normal, [
      { text: '# Security Policy\n\n## Reporting\n\nEmail security@acme-widget.org.\n' },
    ]);
    assert.deepEqual(
      (await client.published(normal, 2)).diagnostics,
      expectedDiagnostics(edited, { relativePath: 'SECURITY.md' }),
    );

    // Whatever failed went to the log, naming the document, not to the user as a diagnostic.
    for (const log of client.logs.items.filter((l) => l.type === 1)) {
      assert.match(log.message, /^security-policy: (?:rule SEC\d{3} failed on|analysis of) file:\/\/\//);
    }
  });

  it(
    'publishes exactly the core findings for the real policies of the corpus',
    { skip: !existsSync(CORPUS) && 'no corpus' },
    async () => {
      const rows = corpusEntries().filter((e) => isPolicyName(e.path));
      assert.ok(rows.length > 100);
      // One workspace folder per file, so each policy sits where its repository had it.
      const cases = rows.map((entry, i) => {
        const folder = `file:///corpus/${i}`;
        const uri = `${folder}/${entry.path.split('/').map(encodeURIComponent).join('/')}`;
        return { folder, uri, relativePath: entry.path, text: corpusText(entry) };
      });
      await client?.stop();
      ({ client } = await TestClient.start({ workspaceFolders: cases.map((c) => c.folder) }));
      const started = client;
      const documents = cases.map((c) => started.open(c.uri, c.text));
      for (const [i, c] of cases.entries()) {
        const published = await started.published(c.uri, 1);
        assert.deepEqual(
          published.diagnostics,
          expectedDiagnostics(documents[i]!, { relativePath: c.relativePath }),
          c.uri,
        );
      }
    },
  );
});
