// An esbuild plugin for the server and CLI bundles: Node's process and network modules
// (child_process, net, http, https, dgram, with or without `node:`) are replaced by a module that
// throws on any use. The libraries load them at start-up for features the server does not use
// (vscode-jsonrpc's socket and pipe transports, vscode-languageserver's global module lookup), so the
// bundles keep working while no code in them can start a process or open a connection.
// test/unit/safety.test.ts checks the result in dist/meta.json.
export const DISABLED_MODULES = ['child_process', 'net', 'http', 'https', 'dgram'];

export const noNetwork = {
  name: 'no-network',
  setup(build) {
    const filter = new RegExp(`^(?:node:)?(?:${DISABLED_MODULES.join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'disabled-module' }));
    build.onLoad({ filter: /.*/, namespace: 'disabled-module' }, (args) => {
      const message = JSON.stringify(`the Security Policy server does not use the ${args.path} module`);
      return {
        loader: 'js',
        contents: `module.exports = new Proxy({}, { get(_, key) {
  if (key === '__esModule' || typeof key === 'symbol') return undefined;
  throw new Error(${message} + ' (' + String(key) + ')');
} });`,
      };
    });
  },
};
