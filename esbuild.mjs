// Bundles the extension: the client (vscode external), the server and the CLI (no externals) for Node,
// and the client and the server (a web worker) for VS Code in the browser, under dist/browser/.
// `--watch` rebuilds on change; `--production` minifies. Writes dist/meta.json for size and import checks.
import * as esbuild from 'esbuild';
import { chmod, writeFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { noNetwork } from './scripts/no-network-plugin.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
/** `--cli`: only dist/cli.js, for `npm pack` (the package ships the command line only). */
const cliOnly = process.argv.includes('--cli');

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
    build.onLoad({ filter: /.*/, namespace: 'empty-module' }, () => ({
      contents: 'module.exports = {};',
      loader: 'js',
    }));
  },
};

/**
 * Libraries the server needs only once it checks a policy: the Markdown parser (unified, remark,
 * micromark), semver and minimatch. The server starts with every Markdown file VS Code
 * opens (the extension activates on the language), so they go into a bundle of their own,
 * dist/libraries.js, loaded on first use: a server that never sees a policy never compiles them, and
 * it answers `initialize` sooner. In dist/server.js each such import is replaced by a module whose
 * functions load that bundle when first called. `is` tells the import apart by the resolved path.
 */
const LAZY_MODULES = [
  {
    name: 'markdown',
    module: './server/src/core/parse.ts',
    filter: /\/parse$/,
    is: (args) => resolve(args.resolveDir, args.path) === resolve('server/src/core/parse'),
    exports: ['parseMarkdown', 'parseWithLabels'],
  },
  { name: 'semver', module: 'semver', filter: /^semver$/, exports: ['coerce', 'satisfies', 'valid', 'validRange'] },
  { name: 'minimatch', module: 'minimatch', filter: /^minimatch$/, exports: ['minimatch', 'braceExpand', 'makeRe'] },
];
const LAZY_BUNDLE = 'libraries.js';

/**
 * Replaces each lazy module's import by a stub whose functions get the module from `load`, a JS
 * expression giving the libraries bundle's exports (after the `prelude` lines), on first call.
 */
const lazyModules = ({ prelude = [], load }) => ({
  name: 'lazy-modules',
  setup(build) {
    for (const lazy of LAZY_MODULES) {
      build.onResolve({ filter: lazy.filter }, (args) =>
        args.namespace === 'file' && (lazy.is?.(args) ?? true)
          ? { path: lazy.name, namespace: 'lazy-module' }
          : undefined,
      );
    }
    // The stub's require of the separate bundle stays a require at run time.
    build.onResolve({ filter: /^\.\/[\w-]+\.js$/, namespace: 'lazy-module' }, (args) => ({
      path: args.path,
      external: true,
    }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-module' }, (args) => {
      const lazy = LAZY_MODULES.find((l) => l.name === args.path);
      const lines = [...prelude, `let loaded;`, `const load = () => (loaded ??= ${load}.${lazy.name});`];
      for (const name of lazy.exports) lines.push(`export const ${name} = (...args) => load().${name}(...args);`);
      // For default imports (`import semver from 'semver'`). An ES module, so that importing a function
      // missing from `exports` fails the build instead of the server at run time.
      lines.push(`export default { ${lazy.exports.join(', ')} };`);
      return { contents: lines.join('\n'), loader: 'js', resolveDir: resolve('.') };
    });
  },
});

/** dist/libraries.js: each lazy module under its name. */
const librariesBundle = {
  ...common,
  stdin: {
    contents: LAZY_MODULES.map((lazy) => `export * as ${lazy.name} from ${JSON.stringify(lazy.module)};`).join('\n'),
    resolveDir: resolve('.'),
    sourcefile: 'server-libraries.js',
    loader: 'js',
  },
  outfile: `dist/${LAZY_BUNDLE}`,
  plugins: [noNetwork],
};

/**
 * VS Code for the web (vscode.dev, github.dev) runs extensions in a web worker: no Node, no file
 * system, no processes. The client comes from vscode-languageclient/browser and starts the server in
 * a worker of its own, a classic script (the extension host loads nested workers with importScripts).
 * The libraries are loaded lazily there too: dist/browser/libraries.js is a classic script defining
 * the global LIBRARIES_GLOBAL, which the worker loads with importScripts (synchronous, as `require`
 * is) from the URL the client gives in `initialize` (server/src/lsp/browserLibraries.ts): the worker's own
 * location is the extension host's blob, not dist/browser/. The first try of this failed with a
 * NetworkError, which is how Chromium reports a cross-origin script that throws while it loads: the
 * `browser` build of decode-named-character-reference (micromark) decodes through a <textarea> it
 * creates on load, and a worker has no `document`; the `worker` condition picks its DOM-free build.
 * test/unit/safety.test.ts checks that no Node module is in these bundles, test/unit/browser-worker.test.ts
 * that the server starts and lints without Node and without the DOM.
 */
const LIBRARIES_GLOBAL = 'securityPolicyLibraries';
const browser = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
};
// `worker`: packages' builds for a worker, where `browser` ones may need the DOM (see above).
const worker = { ...browser, format: 'iife', conditions: ['worker'] };
const browserBuilds = [
  { ...browser, entryPoints: { 'browser/client': 'client/src/browser.ts' }, outdir: 'dist', external: ['vscode'] },
  {
    ...worker,
    entryPoints: { 'browser/server': 'server/src/lsp/browserMain.ts' },
    outdir: 'dist',
    plugins: [
      lazyModules({
        prelude: [`import { loadLibraries } from ${JSON.stringify(resolve('server/src/lsp/browserLibraries.ts'))};`],
        load: `loadLibraries(${JSON.stringify(LIBRARIES_GLOBAL)})`,
      }),
      noNetwork,
    ],
  },
  {
    ...worker,
    stdin: librariesBundle.stdin,
    globalName: LIBRARIES_GLOBAL,
    outfile: `dist/browser/${LAZY_BUNDLE}`,
    plugins: [noNetwork],
  },
];

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  {
    ...common,
    entryPoints: { server: 'server/src/lsp/main.ts' },
    outdir: 'dist',
    plugins: [
      lazyModules({
        // server/src/lsp/nodeLibraries.ts: require's job, with a V8 code cache.
        prelude: [`import { loadLibraries } from ${JSON.stringify(resolve('server/src/lsp/nodeLibraries.ts'))};`],
        load: `loadLibraries(require.resolve('./${LAZY_BUNDLE}'))`,
      }),
      noNetwork,
    ],
  },
  librariesBundle,
  ...browserBuilds,
  // The CLI is the package's `bin`: npm links it as an executable, so it needs the shebang.
  {
    ...common,
    entryPoints: { cli: 'server/src/cli/bin.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [singleByteIconv, noNetwork],
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else if (cliOnly) {
  await esbuild.build(builds.find((options) => options.entryPoints?.cli));
  await chmod('dist/cli.js', 0o755);
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
