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
// The TOML reading below is deliberately small: tables, dotted and quoted keys, basic and literal
// strings (also multi-line, so their contents are not misread as keys), arrays and inline tables
// (possibly spanning lines), comments. Other values are kept as their raw text. It is not a TOML
// validator; a file it cannot follow yields no version rather than a wrong one.
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
  if (isTable(version)) return version['workspace'] === true ? checked(get(toml, ['workspace', 'package', 'version'])) : undefined;
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

// --- a small TOML reader ----------------------------------------------------------------------

type TomlValue = string | number | boolean | TomlValue[] | TomlTable | RawValue;
interface TomlTable {
  [key: string]: TomlValue;
}
/** A value this reader does not interpret (numbers, dates, …). */
class RawValue {
  constructor(readonly text: string) {}
}

function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RawValue);
}

function get(table: TomlTable, path: readonly string[]): TomlValue | undefined {
  let current: TomlValue | undefined = table;
  for (const key of path) {
    if (!isTable(current)) return undefined;
    current = Object.hasOwn(current, key) ? current[key] : undefined;
  }
  return current;
}

class TomlError extends Error {}

/** Parses `text`, or undefined if it is not TOML this reader can follow. */
export function readToml(text: string): TomlTable | undefined {
  try {
    return new TomlReader(text.replace(/^\uFEFF/, '')).document();
  } catch {
    // A TomlError, or a RangeError from nesting deeper than the stack (20,000 `[`): no version either way.
    return undefined;
  }
}

class TomlReader {
  private pos = 0;
  constructor(private readonly text: string) {}

  document(): TomlTable {
    const root: TomlTable = Object.create(null) as TomlTable;
    let current = root;
    for (;;) {
      this.skipTrivia(true);
      if (this.pos >= this.text.length) return root;
      if (this.text[this.pos] === '[') {
        const array = this.text.startsWith('[[', this.pos);
        this.pos += array ? 2 : 1;
        const path = this.key();
        this.skipSpaces();
        if (!this.text.startsWith(array ? ']]' : ']', this.pos)) throw new TomlError('unclosed table header');
        this.pos += array ? 2 : 1;
        current = array ? this.appendTable(root, path) : this.table(root, path);
      } else {
        const path = this.key();
        this.skipSpaces();
        if (this.text[this.pos] !== '=') throw new TomlError('expected =');
        this.pos++;
        this.skipSpaces();
        this.assign(current, path, this.value());
      }
      this.endOfLine();
    }
  }

  private table(root: TomlTable, path: readonly string[]): TomlTable {
    let table = root;
    for (const key of path) {
      const next = table[key];
      if (next === undefined) table = table[key] = Object.create(null) as TomlTable;
      else if (Array.isArray(next) && isTable(next[next.length - 1])) table = next[next.length - 1] as TomlTable;
      else if (isTable(next)) table = next;
      else throw new TomlError('key is not a table');
    }
    return table;
  }

  private appendTable(root: TomlTable, path: readonly string[]): TomlTable {
    const parent = this.table(root, path.slice(0, -1));
    const key = path[path.length - 1]!;
    const list = parent[key] ?? (parent[key] = []);
    if (!Array.isArray(list)) throw new TomlError('key is not an array of tables');
    const table = Object.create(null) as TomlTable;
    list.push(table);
    return table;
  }

  private assign(table: TomlTable, path: readonly string[], value: TomlValue): void {
    const parent = this.table(table, path.slice(0, -1));
    parent[path[path.length - 1]!] = value;
  }

  /** A dotted key: bare, `"basic"` or `'literal'` parts. */
  private key(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipSpaces();
      const c = this.text[this.pos];
      if (c === '"' || c === "'") parts.push(this.string(c));
      else {
        const m = /^[A-Za-z0-9_-]+/.exec(this.text.slice(this.pos, this.pos + 256));
        if (!m) throw new TomlError('expected a key');
        parts.push(m[0]);
        this.pos += m[0].length;
      }
      this.skipSpaces();
      if (this.text[this.pos] !== '.') return parts;
      this.pos++;
    }
  }

  private value(): TomlValue {
    const c = this.text[this.pos];
    if (c === '"' || c === "'") return this.string(c);
    if (c === '[') {
      this.pos++;
      const items: TomlValue[] = [];
      for (;;) {
        this.skipTrivia(true);
        if (this.text[this.pos] === ']') break;
        items.push(this.value());
        this.skipTrivia(true);
        if (this.text[this.pos] === ',') this.pos++;
        else if (this.text[this.pos] !== ']') throw new TomlError('expected , or ]');
      }
      this.pos++;
      return items;
    }
    if (c === '{') {
      this.pos++;
      const table = Object.create(null) as TomlTable;
      for (;;) {
        this.skipSpaces();
        if (this.text[this.pos] === '}') break;
        const path = this.key();
        this.skipSpaces();
        if (this.text[this.pos] !== '=') throw new TomlError('expected =');
        this.pos++;
        this.skipSpaces();
        this.assign(table, path, this.value());
        this.skipSpaces();
        if (this.text[this.pos] === ',') this.pos++;
        else if (this.text[this.pos] !== '}') throw new TomlError('expected , or }');
      }
      this.pos++;
      return table;
    }
    const m = /^[^\s,\]}#]+(?: [0-9:.+Z-]+)?/.exec(this.text.slice(this.pos, this.pos + 256));
    if (!m) throw new TomlError('expected a value');
    this.pos += m[0].length;
    if (m[0] === 'true') return true;
    if (m[0] === 'false') return false;
    return new RawValue(m[0]);
  }

  private string(quote: '"' | "'"): string {
    const multi = this.text.startsWith(quote.repeat(3), this.pos);
    const delimiter = multi ? quote.repeat(3) : quote;
    this.pos += delimiter.length;
    if (multi && this.text[this.pos] === '\n') this.pos++;
    else if (multi && this.text.startsWith('\r\n', this.pos)) this.pos += 2;
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) throw new TomlError('unterminated string');
      if (this.text.startsWith(delimiter, this.pos)) {
        this.pos += delimiter.length;
        // A multi-line string may end with up to two extra quotes: `""""` closes after one of them.
        for (let extra = 0; multi && extra < 2 && this.text[this.pos] === quote; extra++) {
          out += quote;
          this.pos++;
        }
        return out;
      }
      const c = this.text[this.pos]!;
      if (!multi && (c === '\n' || c === '\r')) throw new TomlError('newline in string');
      if (c === '\\' && quote === '"') {
        const next = this.text[this.pos + 1];
        const simple: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\', e: '\x1b' };
        if (next !== undefined && simple[next] !== undefined) {
          out += simple[next];
          this.pos += 2;
        } else if (next === 'u' || next === 'U') {
          const length = next === 'u' ? 4 : 8;
          const hex = this.text.slice(this.pos + 2, this.pos + 2 + length);
          const code = /^[0-9a-f]+$/i.test(hex) && hex.length === length ? Number.parseInt(hex, 16) : NaN;
          if (!(code <= 0x10ffff)) throw new TomlError('bad escape');
          out += String.fromCodePoint(code);
          this.pos += 2 + length;
        } else if (multi && next !== undefined && /[ \t\r\n]/.test(next)) {
          // Line-ending backslash: trim the break and the following white space.
          this.pos++;
          while (this.pos < this.text.length && /[ \t\r\n]/.test(this.text[this.pos]!)) this.pos++;
        } else throw new TomlError('bad escape');
        continue;
      }
      out += c;
      this.pos++;
    }
  }

  private skipSpaces(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
  }

  /** Spaces, comments and (when `newlines`) line breaks. */
  private skipTrivia(newlines: boolean): void {
    for (;;) {
      this.skipSpaces();
      const c = this.text[this.pos];
      if (c === '#') while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      else if (newlines && (c === '\n' || c === '\r')) this.pos++;
      else return;
    }
  }

  private endOfLine(): void {
    this.skipTrivia(false);
    const c = this.text[this.pos];
    if (c !== undefined && c !== '\n' && c !== '\r') throw new TomlError('expected end of line');
  }
}
