// The libraries bundle of the browser server (dist/browser/libraries.js: the Markdown parser, semver,
// minimatch; esbuild.mjs, LAZY_MODULES), loaded into the worker on first use. The worker cannot
// resolve the bundle's URL itself (it runs from the extension host's blob URL), so the client gives
// it in `initialize` (client/src/browser.ts) and browserMain.ts hands it here.

/** The worker's global scope, as far as loading a classic script goes (the project's types are Node's). */
interface ScriptScope {
  importScripts(url: string): void;
}

let librariesUrl: string | undefined;

export function setLibrariesUrl(url: string | undefined): void {
  librariesUrl = url;
}

/**
 * The exports of the libraries bundle, a classic script defining the global `name`: loaded with
 * importScripts, synchronous as Node's `require`, on the first call. A failed load throws and the
 * next call tries again.
 */
export function loadLibraries(name: string): Record<string, unknown> {
  const scope = globalThis as unknown as ScriptScope & Record<string, Record<string, unknown> | undefined>;
  if (scope[name] === undefined) {
    if (librariesUrl === undefined)
      throw new Error('the libraries bundle cannot be loaded: the client gave no librariesUrl in initialize');
    scope.importScripts(librariesUrl);
  }
  const libraries = scope[name];
  if (libraries === undefined) throw new Error(`${librariesUrl} did not define ${name}`);
  return libraries;
}
