// The layers of the code, checked on its imports (types are erased, so `import type` does not count):
// the core is pure (text and context in, findings out), the CLI does without the language server, and
// the client bundles neither the server runtime nor the core's parser, and each folder of server/src
// imports only from the folders its layer allows (LAYERS). Data flows one way; these tests keep a
// change from quietly making it flow another.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const CORE = join(ROOT, 'server/src/core');

/** Value imports of a TypeScript file: relative ones resolved to files, packages by name. */
function importsOf(file: string): { files: string[]; packages: string[] } {
  const source = readFileSync(file, 'utf8');
  const files: string[] = [];
  const packages: string[] = [];
  for (const m of source.matchAll(
    /^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'([^']+)'|^import\s+'([^']+)'|\bimport\('([^']+)'\)/gm,
  )) {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    if (!spec.startsWith('.')) {
      packages.push(spec);
      continue;
    }
    const base = resolve(dirname(file), spec);
    const found = [`${base}.ts`, join(base, 'index.ts'), base].find((f) => existsSync(f) && f.endsWith('.ts'));
    if (found) files.push(found);
  }
  return { files, packages };
}

/** Every file reachable from `entries` through value imports, with the packages each imports. */
function reach(entries: readonly string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const { files, packages } = importsOf(file);
    seen.set(file, packages);
    queue.push(...files);
  }
  return seen;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const show = (file: string) => relative(ROOT, file);

/**
 * An import cycle among `files` (each file's value imports from `importsOf`), as the path that
 * closes it, or undefined. A cycle makes the order modules load in decide what a module sees of
 * another at load time.
 */
function cycleIn(files: readonly string[], importsOf: (file: string) => readonly string[]): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const open = path.indexOf(file);
    if (open >= 0) return [...path.slice(open), file];
    if (done.has(file)) return undefined;
    path.push(file);
    for (const next of importsOf(file)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(file);
    return undefined;
  };
  for (const file of files) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('layers', () => {
  it('the core imports only the core and its parsing and text libraries: no Node, no LSP, no editor', () => {
    const allowed =
      /^(?:mdast|unist|unified|remark-parse|remark-gfm|micromark[\w-]*|mdast-util-[\w-]+|semver|iconv-lite|fastest-levenshtein)$/;
    const wrong: string[] = [];
    for (const [file, packages] of reach(tsFiles(CORE))) {
      if (!file.startsWith(CORE)) wrong.push(`${show(file)} (outside the core)`);
      for (const p of packages) if (!allowed.test(p)) wrong.push(`${show(file)} imports ${p}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('the CLI reaches no language-server runtime and no editor API', () => {
    const wrong: string[] = [];
    for (const [file, packages] of reach([join(ROOT, 'server/src/cli/bin.ts')])) {
      for (const p of packages)
        if (/^vscode(?:-languageserver(?:\/.*)?)?$/.test(p)) wrong.push(`${show(file)} imports ${p}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('the client reaches neither the server runtime nor the core beyond shared types', () => {
    const wrong: string[] = [];
    for (const [file, packages] of reach(tsFiles(join(ROOT, 'client/src')))) {
      if (file.startsWith(CORE)) wrong.push(`${show(file)} (the core, in the client bundle)`);
      for (const p of packages)
        if (/^(?:vscode-languageserver(?:\/.*)?|unified|remark-[\w-]+)$/.test(p))
          wrong.push(`${show(file)} imports ${p}`);
    }
    assert.deepEqual(wrong, []);
  });

  /**
   * Each folder of server/src and the client, and the folders its files may import from (value
   * imports; `import type` is erased). A folder not listed here is a new layer: add it on purpose.
   */
  const SRC = join(ROOT, 'server/src');
  const LAYERS: Record<string, readonly string[]> = {
    'server/src/core': ['server/src/core'],
    'server/src/protocol': ['server/src/protocol'],
    'server/src/facts': ['server/src/facts', 'server/src/core', 'server/src/protocol'],
    'server/src/config': ['server/src/config', 'server/src/core', 'server/src/facts'],
    'server/src/cli': [
      'server/src/cli',
      'server/src/core',
      'server/src/facts',
      'server/src/config',
      'server/src/protocol',
    ],
    'server/src/lsp': [
      'server/src/lsp',
      'server/src/core',
      'server/src/facts',
      'server/src/config',
      'server/src/protocol',
    ],
    'client/src': ['client/src', 'server/src/protocol'],
  };
  const layerOf = (file: string): string | undefined =>
    Object.keys(LAYERS).find((layer) => file.startsWith(join(ROOT, layer) + '/'));
  /** The imports of `file` that its layer does not allow. */
  const violations = (file: string, imported: readonly string[]): string[] => {
    const layer = layerOf(file)!;
    return imported
      .filter((i) => !LAYERS[layer]!.includes(layerOf(i) ?? show(i)))
      .map((i) => `${show(file)} (${layer}) imports ${show(i)} (${layerOf(i) ?? 'no layer'})`);
  };

  it('each folder imports only from the folders below it: the client only protocol/, the core only the core, the CLI never lsp/', () => {
    const wrong: string[] = [];
    for (const file of [...tsFiles(SRC), ...tsFiles(join(ROOT, 'client/src'))]) {
      if (!layerOf(file)) {
        wrong.push(`${show(file)} is in no layer`);
        continue;
      }
      wrong.push(...violations(file, importsOf(file).files));
    }
    assert.deepEqual(wrong, []);
  });

  it('protocol/, facts/ and config/ load no language-server or editor runtime (the client and the CLI bundle them)', () => {
    const wrong: string[] = [];
    const shared = ['protocol', 'facts', 'config'].flatMap((folder) => tsFiles(join(SRC, folder)));
    for (const [file, packages] of reach(shared)) {
      for (const p of packages)
        if (/^vscode(?:-languageserver(?:\/.*)?|-languageclient(?:\/.*)?)?$/.test(p))
          wrong.push(`${show(file)} imports ${p}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('sees a wrong import: the core importing lsp/, the client importing facts/', () => {
    assert.deepEqual(
      violations(join(SRC, 'core/analyze.ts'), [join(SRC, 'core/limits.ts'), join(SRC, 'lsp/server.ts')]),
      ['server/src/core/analyze.ts (server/src/core) imports server/src/lsp/server.ts (server/src/lsp)'],
    );
    assert.deepEqual(
      violations(join(ROOT, 'client/src/commands.ts'), [
        join(SRC, 'protocol/requests.ts'),
        join(SRC, 'facts/readFacts.ts'),
      ]),
      ['client/src/commands.ts (client/src) imports server/src/facts/readFacts.ts (server/src/facts)'],
    );
  });

  it('no import cycles in server/src: the parse decision (policyModel.ts) imports no rule, so fixes can use it', () => {
    const files = [...tsFiles(SRC), ...tsFiles(join(ROOT, 'client/src'))];
    assert.deepEqual(cycleIn(files, (f) => importsOf(f).files)?.map(show), undefined);
  });

  it('sees a cycle, and none in a graph without one', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c', 'd'], c: [], d: ['b'] };
    assert.deepEqual(
      cycleIn(Object.keys(graph), (f) => graph[f]!),
      ['b', 'd', 'b'],
    );
    graph.d = ['c'];
    assert.equal(
      cycleIn(Object.keys(graph), (f) => graph[f]!),
      undefined,
    );
  });

  it('sees imports: the walk finds the parser behind the core and the server runtime behind the server', () => {
    const core = [...reach(tsFiles(CORE)).values()].flat();
    assert.ok(core.includes('remark-parse'), 'the core parses with remark');
    const server = [...reach([join(ROOT, 'server/src/lsp/server.ts')]).values()].flat();
    assert.ok(
      server.some((p) => p.startsWith('vscode-languageserver')),
      'the server runs on vscode-languageserver',
    );
  });
});
