// Diagnostics kept between server starts (server/src/lsp/savedDiagnostics.ts): an entry is found only
// under every input it was computed from, another build never reads it, the folder keeps MAX_SAVED
// entries, and what cannot be read or written is a miss, never an error. That a server shows them and
// corrects a wrong one: test/protocol/diagnostics.test.ts.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { DEFAULT_SETTINGS } from '../../server/src/config/settings';
import type { SavedKey } from '../../server/src/lsp/diagnostics';
import { createSavedDiagnostics, keyHash, MAX_SAVED } from '../../server/src/lsp/savedDiagnostics';

const KEY: SavedKey = {
  uri: 'file:///work/widget/SECURITY.md',
  text: '# Security\n\nEmail security@widget.example.\n',
  settings: DEFAULT_SETTINGS,
  context: { relativePath: 'SECURITY.md', today: '2026-12-06' },
};

const DIAGNOSTICS: Diagnostic[] = [
  {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 10 } },
    severity: 2,
    source: 'security-policy',
    code: 'SEC015',
    message: 'No supported versions.',
  },
];

describe('saved diagnostics', () => {
  let root: string;
  let folder: string;
  let build: string;
  const entries = (): string[] => readdirSync(folder).sort();

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'security-policy-saved-unit-'));
    folder = join(root, 'storage');
    build = join(root, 'server.js');
    writeFileSync(build, '// build 1\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('are found under the same key and under no other: each input and the boundaries between them count', () => {
    const same = keyHash('build', { ...KEY, context: { ...KEY.context } });
    assert.equal(keyHash('build', KEY), same);
    const others = [
      keyHash('build 2', KEY),
      keyHash('build', { ...KEY, uri: 'file:///work/widget/docs/SECURITY.md' }),
      keyHash('build', { ...KEY, text: `${KEY.text} ` }),
      keyHash('build', { ...KEY, settings: { ...DEFAULT_SETTINGS, enable: false } }),
      keyHash('build', { ...KEY, context: { ...KEY.context, today: '2026-12-07' } }),
      keyHash('build', { ...KEY, context: { ...KEY.context, projectVersion: '2.0.0' } }),
      // The text moved into the URI: the same characters in a row, other fields.
      keyHash('build', { ...KEY, uri: `${KEY.uri}#`, text: KEY.text.slice(1) }),
    ];
    assert.equal(new Set([same, ...others]).size, others.length + 1);
  });

  it('are read back as written, and not by a build of other bytes', async () => {
    const saved = createSavedDiagnostics(() => folder, [build]);
    assert.equal(await saved.read(KEY), undefined);
    await saved.write(KEY, DIAGNOSTICS);
    assert.deepEqual(await saved.read(KEY), DIAGNOSTICS);
    assert.deepEqual(await saved.read({ ...KEY, text: 'other' }), undefined);

    writeFileSync(build, '// build 2\n');
    const rebuilt = createSavedDiagnostics(() => folder, [build]);
    assert.equal(await rebuilt.read(KEY), undefined);
  });

  it('are a miss when the entry is malformed, and nothing when no folder is given or it cannot be written', async () => {
    const saved = createSavedDiagnostics(() => folder, [build]);
    await saved.write(KEY, DIAGNOSTICS);
    const [entry] = entries();
    for (const broken of ['', '{"diagnostics": []}', '[{"range"', 'null']) {
      writeFileSync(join(folder, entry!), broken);
      assert.equal(await saved.read(KEY), undefined, broken);
    }

    const none = createSavedDiagnostics(() => undefined, [build]);
    await none.write(KEY, DIAGNOSTICS);
    assert.equal(await none.read(KEY), undefined);

    // A file where the folder would be: nothing written, nothing thrown, no partial file left.
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, '');
    await createSavedDiagnostics(() => join(blocked, 'storage'), [build]).write(KEY, DIAGNOSTICS);
    assert.deepEqual(readdirSync(root).sort(), ['blocked', 'server.js', 'storage']);
  });

  it(`keep the ${MAX_SAVED} entries written last, and no partial file a stopped server left`, async () => {
    const saved = createSavedDiagnostics(() => folder, [build]);
    const keys = Array.from({ length: MAX_SAVED + 3 }, (_, i) => ({ ...KEY, text: `${KEY.text}${i}\n` }));
    const start = Date.now() / 1000 - keys.length;
    mkdirSync(folder);
    const left = join(folder, 'diagnostics-0123.json.4242.partial');
    const fresh = join(folder, 'diagnostics-4567.json.4243.partial');
    writeFileSync(left, '[');
    writeFileSync(fresh, '[');
    utimesSync(left, start - 120, start - 120);
    for (const [i, key] of keys.entries()) {
      const before = new Set(entries());
      await saved.write(key, DIAGNOSTICS);
      // Dated a second apart, so the order is the file system's to tell.
      const [added] = entries().filter((name) => !before.has(name));
      utimesSync(join(folder, added!), start + i, start + i);
    }
    // Another server may be writing the newer one.
    assert.deepEqual(
      entries().filter((name) => name.endsWith('.partial')),
      ['diagnostics-4567.json.4243.partial'],
    );
    assert.equal(entries().filter((name) => name.endsWith('.json')).length, MAX_SAVED);
    assert.equal(await saved.read(keys[0]!), undefined);
    assert.equal(await saved.read(keys[2]!), undefined);
    assert.deepEqual(await saved.read(keys[3]!), DIAGNOSTICS);
    assert.deepEqual(await saved.read(keys.at(-1)!), DIAGNOSTICS);
  });
});
