// What the bundles hold (dist/meta.json and dist/*.js are written by the build). The extension
// activates on every Markdown file, so the client bundle must stay light, and the server, started
// with it, loads the parser and the other libraries of the analysis only when it first checks a policy.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packagedFiles } from './packaged';

const ROOT = join(__dirname, '../..');
const META = join(ROOT, 'dist/meta.json');
const HEAVY = /node_modules\/(remark|unified|micromark|mdast|iconv-lite)/;
/** What dist/server.js loads from dist/libraries.js (esbuild.mjs, LAZY_MODULES). */
const LAZY = /node_modules\/(remark|unified|micromark|mdast|iconv-lite|semver|minimatch)\//;
const skip = !existsSync(META) && 'not built';

function bundleInputs(bundle: string): string[] {
  const meta = JSON.parse(readFileSync(META, 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const inputs = Object.keys(meta.outputs[bundle]?.inputs ?? {});
  assert.ok(inputs.length > 0, `${bundle} is in the metafile`);
  return inputs;
}

/** The bundles a bundle requires (or resolves, to load it itself) by a relative path at run time, e.g. `./libraries.js`. */
function requiredBundles(bundle: string): string[] {
  return [...readFileSync(join(ROOT, bundle), 'utf8').matchAll(/require(?:\.resolve)?\("\.\/([\w-]+\.js)"\)/g)].map(
    (m) => `dist/${m[1]}`,
  );
}

describe('bundles', () => {
  it('the client holds none of the server dependencies', { skip }, () => {
    const inputs = bundleInputs('dist/client.js');
    assert.deepEqual(
      inputs.filter((i) => HEAVY.test(i)),
      [],
    );
    assert.deepEqual(
      inputs.filter((i) => i.startsWith('server/src/core/')),
      [],
    );
  });

  it(
    'the server loads the parser and the other libraries of the analysis from a bundle of their own, which ships in the VSIX',
    { skip },
    async () => {
      assert.deepEqual(
        bundleInputs('dist/server.js').filter((i) => LAZY.test(i)),
        [],
      );
      assert.deepEqual([...new Set(requiredBundles('dist/server.js'))], ['dist/libraries.js']);
      const libraries = bundleInputs('dist/libraries.js');
      for (const name of ['remark-parse', 'remark-gfm', 'semver', 'minimatch']) {
        assert.ok(
          libraries.some((i) => i.includes(`node_modules/${name}/`)),
          `${name} in dist/libraries.js`,
        );
      }
      assert.ok(libraries.includes('server/src/core/parse.ts'));
      const packaged = await packagedFiles();
      for (const file of ['dist/client.js', 'dist/server.js', ...requiredBundles('dist/server.js')])
        assert.ok(packaged.includes(file), `${file} is in the VSIX`);
      assert.ok(
        !packaged.some((f) => f.endsWith('.map') || f.startsWith('server/') || f.startsWith('node_modules/')),
        packaged.join(', '),
      );
    },
  );

  it(
    'VS Code for the web gets a client and a worker server with the same core, which loads the same libraries lazily, all in the VSIX',
    { skip },
    async () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { browser?: string };
      assert.equal(pkg.browser, './dist/browser/client.js');
      assert.deepEqual(
        bundleInputs('dist/browser/client.js').filter((i) => HEAVY.test(i) || i.startsWith('server/src/core/')),
        [],
      );
      const server = bundleInputs('dist/browser/server.js');
      assert.ok(
        server.includes('server/src/lsp/server.ts') && server.includes('server/src/core/analyze.ts'),
        'the same server and core as in Node',
      );
      // Loaded with importScripts on first use (server/src/lsp/browserLibraries.ts), as Node's server requires dist/libraries.js.
      assert.deepEqual(
        server.filter((i) => LAZY.test(i)),
        [],
      );
      const libraries = bundleInputs('dist/browser/libraries.js');
      for (const name of ['remark-parse', 'remark-gfm', 'semver', 'minimatch']) {
        assert.ok(
          libraries.some((i) => i.includes(`node_modules/${name}/`)),
          `${name} in dist/browser/libraries.js`,
        );
      }
      assert.ok(libraries.includes('server/src/core/parse.ts'));
      // The worker builds: micromark's `browser` build decodes character references through the DOM.
      assert.ok(
        !libraries.some((i) => i.endsWith('.dom.js')),
        libraries.filter((i) => i.endsWith('.dom.js')).join(', '),
      );
      assert.deepEqual(requiredBundles('dist/browser/server.js'), []);
      const packaged = await packagedFiles();
      for (const file of ['dist/browser/client.js', 'dist/browser/server.js', 'dist/browser/libraries.js'])
        assert.ok(packaged.includes(file), `${file} is in the VSIX`);
    },
  );
});
