// Bundles the extension: the client (vscode external), the server and the CLI (no externals).
// `--watch` rebuilds on change; `--production` minifies. Writes dist/meta.json for size and import checks.
import * as esbuild from 'esbuild';
import { chmod, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { noNetwork } from './scripts/no-network-plugin.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  metafile: true,
  logLevel: 'warning',
  // remark's packages are ESM with `exports` conditions; prefer the Node builds.
  mainFields: ['module', 'main'],
};

/**
 * The analysis decodes only single-byte code pages (Windows-1252, Mac Roman) with iconv-lite, whose
 * encoding index also loads the CJK double-byte tables: about 500 KB of the server bundle. Those two
 * modules are replaced by empty ones; asking for a double-byte encoding then fails as unknown.
 */
const singleByteIconv = {
  name: 'single-byte-iconv',
  setup(build) {
    build.onResolve({ filter: /^\.\/dbcs-(data|codec)$/ }, (args) =>
      args.importer.includes('iconv-lite') ? { path: args.path, namespace: 'empty-module' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'empty-module' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/**
 * Libraries the server needs only once it analyses a policy: the Markdown parser (unified, remark,
 * micromark) and iconv-lite. The server starts for every Markdown file VS Code opens (the extension
 * activates on the language), so these are bundled apart and loaded on first use: a server that
 * never sees a policy never compiles them, and it answers `initialize` sooner. In dist/server.js the
 * module is replaced by one whose exports load the separate bundle when first called.
 */
const LAZY_MODULES = [
  { bundle: 'markdown', entry: 'server/src/core/parse.ts', filter: /\/parse$/, is: (args) => resolve(args.resolveDir, args.path) === resolve('server/src/core/parse'), exports: ['parseMarkdown'] },
  { bundle: 'iconv', entry: createRequire(import.meta.url).resolve('iconv-lite'), filter: /^iconv-lite$/, is: () => true, exports: ['decode'] },
];

const lazyModules = {
  name: 'lazy-modules',
  setup(build) {
    for (const lazy of LAZY_MODULES) {
      build.onResolve({ filter: lazy.filter }, (args) =>
        args.namespace === 'file' && lazy.is(args) ? { path: lazy.bundle, namespace: 'lazy-module' } : undefined,
      );
    }
    // The stub's require of the separate bundle stays a require at run time.
    build.onResolve({ filter: /^\.\/[\w-]+\.js$/, namespace: 'lazy-module' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => {
      const lazy = LAZY_MODULES.find((l) => l.bundle === args.path);
      const lines = [`let loaded;`, `const load = () => (loaded ??= require('./${lazy.bundle}.js'));`];
      for (const name of lazy.exports) lines.push(`exports.${name} = (...args) => load().${name}(...args);`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/main.ts' }, outdir: 'dist', plugins: [lazyModules, noNetwork] },
  ...LAZY_MODULES.map((lazy) => ({ ...common, entryPoints: { [lazy.bundle]: lazy.entry }, outdir: 'dist', plugins: [singleByteIconv, noNetwork] })),
  // The CLI is the package's `bin`: npm links it as an executable, so it needs the shebang.
  {
    ...common,
    entryPoints: { cli: 'server/src/cli.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [singleByteIconv, noNetwork],
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  const inputs = {};
  const outputs = {};
  for (const { metafile } of results) {
    Object.assign(inputs, metafile.inputs);
    Object.assign(outputs, metafile.outputs);
  }
  await mkdir('dist', { recursive: true });
  await writeFile('dist/meta.json', JSON.stringify({ inputs, outputs }));
  await chmod('dist/cli.js', 0o755);
}
