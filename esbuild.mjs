// Bundles the extension: the client (vscode external), the server and the CLI (no externals).
// `--watch` rebuilds on change; `--production` minifies. Writes dist/meta.json for size and import checks.
import * as esbuild from 'esbuild';
import { chmod, writeFile, mkdir } from 'node:fs/promises';
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

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/main.ts' }, outdir: 'dist', plugins: [singleByteIconv, noNetwork] },
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
