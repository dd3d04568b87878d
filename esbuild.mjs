// Bundles the extension: the client (vscode external), the server and the CLI (no externals).
// `--watch` rebuilds on change; `--production` minifies. Writes dist/meta.json for size and import checks.
import * as esbuild from 'esbuild';
import { chmod, writeFile, mkdir } from 'node:fs/promises';

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

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/main.ts' }, outdir: 'dist' },
  // The CLI is the package's `bin`: npm links it as an executable, so it needs the shebang.
  { ...common, entryPoints: { cli: 'server/src/cli.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
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
