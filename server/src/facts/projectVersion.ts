// The project's current version, read from its manifest. Pure: text in, version out.
//
// - package.json: `"version"`.
// - Cargo.toml: `[package] version = "x"`; `version.workspace = true` (or `version = { workspace = true }`)
//   takes `[workspace.package] version` from the same text when it is there (a member crate's
//   workspace root is another file: undefined).
// - pyproject.toml: `[project] version`; when `[project] dynamic` lists "version" or there is no
//   `[project] version`, `[tool.poetry] version` (Poetry 2 keeps it there with `dynamic`); else undefined
//   (setuptools-scm, hatch-vcs … compute it at build time).
// - go.mod: undefined. Go modules are versioned by VCS tags; go.mod has no version field.
//
// A version is returned, as written, only when `semver` can read it (`1.2.3`, `v1.2.3`, or a PEP 440
// version such as `1.2` or `2.0.0rc1` that `semver.coerce` maps onto a release line).
//
// TOML is read by smol-toml (a complete TOML 1.0 parser with a nesting limit, so deeply nested
// brackets are an error, not a stack overflow); a file it rejects yields no version rather than a wrong one.
import { parse, type TomlTable } from 'smol-toml';
import { coerce, valid } from 'semver';

export type ManifestKind = 'package.json' | 'Cargo.toml' | 'pyproject.toml' | 'go.mod';

/** The manifest a file name denotes, if any. */
export function manifestKind(fileName: string): ManifestKind | undefined {
  const base = fileName.replace(/^.*[\\/]/, '');
  if (base === 'package.json' || base === 'Cargo.toml' || base === 'pyproject.toml' || base === 'go.mod') return base;
  return undefined;
}

/** The current version declared by a manifest's text. */
export function projectVersion(kind: ManifestKind, text: string): string | undefined {
  switch (kind) {
    case 'package.json':
      return versionFromPackageJson(text);
    case 'Cargo.toml':
      return versionFromCargoToml(text);
    case 'pyproject.toml':
      return versionFromPyproject(text);
    case 'go.mod':
      return undefined;
  }
}

export function versionFromPackageJson(text: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  return checked((json as Record<string, unknown>)['version']);
}

export function versionFromCargoToml(text: string): string | undefined {
  const toml = readToml(text);
  if (!toml) return undefined;
  const version = get(toml, ['package', 'version']);
  if (isTable(version))
    return version['workspace'] === true ? checked(get(toml, ['workspace', 'package', 'version'])) : undefined;
  return checked(version);
}

export function versionFromPyproject(text: string): string | undefined {
  const toml = readToml(text);
  if (!toml) return undefined;
  const dynamic = get(toml, ['project', 'dynamic']);
  const isDynamic = Array.isArray(dynamic) && dynamic.includes('version');
  const declared = isDynamic ? undefined : checked(get(toml, ['project', 'version']));
  return declared ?? checked(get(toml, ['tool', 'poetry', 'version']));
}

function checked(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const version = value.trim();
  if (!/^v?\d/i.test(version)) return undefined;
  return valid(version, { loose: true }) || coerce(version) ? version : undefined;
}

function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function get(table: TomlTable, path: readonly string[]): unknown {
  let current: unknown = table;
  for (const key of path) {
    if (!isTable(current)) return undefined;
    current = Object.hasOwn(current, key) ? current[key] : undefined;
  }
  return current;
}

/** Parses `text`, or undefined if it is not valid TOML. */
function readToml(text: string): TomlTable | undefined {
  try {
    return parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}
