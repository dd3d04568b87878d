// The Node server's libraries loader with a V8 code cache (server/src/lsp/nodeLibraries.ts): the
// bundle runs as `require` would run it, a cache is written, and a cache that is corrupt, from another
// bundle or in a folder that cannot be written is ignored. V8 compiles a text once per process (its
// own compilation cache), so each test's bundle is a text of its own, and that a written cache is
// then used is checked across processes (test/protocol/diagnostics.test.ts).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { codeCacheFile, loadWithCodeCache } from '../../server/src/lsp/nodeLibraries';

/** A CommonJS bundle with what the real one uses: exports, Node's require, __dirname, and a lazily compiled function. */
const BUNDLE = [
  '"use strict";',
  'const path = require("node:path");',
  'exports.where = () => path.basename(__dirname);',
  'exports.file = () => path.basename(__filename);',
  'exports.sum = (...xs) => xs.reduce((a, b) => a + b, 0);',
  'module.exports.later = function later(text) { return text.split("").reverse().join(""); };',
  '',
].join('\n');

describe('libraries loaded with a code cache', () => {
  let root: string;
  let bundle: string;
  let cache: string;
  const cacheFiles = (): string[] => readdirSync(cache).sort();

  let text: string;
  let tests = 0;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'security-policy-libraries-'));
    mkdirSync(join(root, 'dist'));
    bundle = join(root, 'dist', 'libraries.js');
    text = `${BUNDLE}// ${process.pid} ${++tests}\n`;
    writeFileSync(bundle, text);
    cache = join(root, 'storage', 'cache');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function check(loaded: ReturnType<typeof loadWithCodeCache>): void {
    assert.equal((loaded.exports.where as () => string)(), 'dist');
    assert.equal((loaded.exports.file as () => string)(), 'libraries.js');
    assert.equal((loaded.exports.sum as (...xs: number[]) => number)(1, 2, 3), 6);
    assert.equal((loaded.exports.later as (t: string) => string)('abc'), 'cba');
  }

  it('runs the bundle without a cache and writes one when asked, creating the folder', () => {
    const loaded = loadWithCodeCache(bundle, cache);
    check(loaded);
    assert.ok(loaded.save, 'no cache yet: there is one to write');
    loaded.save();
    const [written, ...more] = cacheFiles();
    assert.match(written ?? '', /^libraries-[0-9a-f]{32}\.v8cache$/);
    assert.deepEqual(more, []);
    assert.ok(readFileSync(join(cache, written!)).length > 100);
  });

  it('ignores a corrupt cache and replaces it', () => {
    const file = codeCacheFile(cache, Buffer.from(text));
    mkdirSync(cache, { recursive: true });
    writeFileSync(file, Buffer.from('not a code cache at all'));
    const loaded = loadWithCodeCache(bundle, cache);
    check(loaded);
    assert.ok(loaded.save, 'a cache that does not fit is written anew');
    loaded.save();
    assert.ok(readFileSync(file).length > 100);
    assert.deepEqual(cacheFiles(), [basename(file)]);
  });

  it('a new bundle gets its own cache, and the old one is removed when it is written', () => {
    loadWithCodeCache(bundle, cache).save?.();
    const [old] = cacheFiles();
    writeFileSync(bundle, `${text}// rebuilt\n`);
    const loaded = loadWithCodeCache(bundle, cache);
    check(loaded);
    assert.ok(loaded.save);
    loaded.save();
    const [fresh, ...more] = cacheFiles();
    assert.notEqual(fresh, old);
    assert.deepEqual(more, []);
  });

  it('a folder that cannot be created costs nothing but the cache', () => {
    // A file where the folder would be.
    writeFileSync(join(root, 'storage'), 'in the way');
    const loaded = loadWithCodeCache(bundle, cache);
    check(loaded);
    assert.doesNotThrow(() => loaded.save?.());
    assert.deepEqual(readdirSync(root).sort(), ['dist', 'storage']);
  });

  it('leaves other files in the folder alone', () => {
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'state.json'), '{}');
    loadWithCodeCache(bundle, cache).save?.();
    assert.equal(cacheFiles().length, 2);
    assert.ok(cacheFiles().includes('state.json'));
  });
});
