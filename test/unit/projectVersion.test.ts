import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  manifestKind,
  projectVersion,
  versionFromCargoToml,
  versionFromPackageJson,
  versionFromPyproject,
} from '../../server/src/facts/projectVersion';

describe('package.json', () => {
  it('reads the version', () => {
    assert.equal(
      versionFromPackageJson('{\n  "name": "widgets",\n  "version": "2.3.1",\n  "private": true\n}\n'),
      '2.3.1',
    );
    assert.equal(versionFromPackageJson('\uFEFF{"version":"1.0.0-beta.2"}'), '1.0.0-beta.2');
  });

  it('has no version for missing, non-string, non-semver or malformed input', () => {
    for (const text of [
      '{"name":"x"}',
      '{"version": 3}',
      '{"version": "latest"}',
      '{"version": ""}',
      '{ "version": "1.0.0", ',
      '[]',
      'null',
      '',
      '\u0000',
    ]) {
      assert.equal(versionFromPackageJson(text), undefined, text);
    }
  });
});

describe('Cargo.toml', () => {
  it('reads [package] version', () => {
    const text = [
      '[package]',
      'name = "widgets" # the crate',
      "version = '0.14.2'",
      'edition = "2021"',
      'description = """',
      'A crate.',
      '[package]',
      'version = "9.9.9"',
      '"""',
      '',
      '[dependencies]',
      'serde = { version = "1.0.200", features = ["derive"] }',
      '',
      '[dev-dependencies.tokio]',
      'version = "1"',
    ].join('\n');
    assert.equal(versionFromCargoToml(text), '0.14.2');
  });

  it('follows version.workspace = true to [workspace.package] in the same file', () => {
    const text =
      '[workspace]\nmembers = [\n  "core",\n  "cli", # the binary\n]\n\n[workspace.package]\nversion = "3.1.0"\n\n[package]\nname = "root"\nversion.workspace = true\n';
    assert.equal(versionFromCargoToml(text), '3.1.0');
    assert.equal(
      versionFromCargoToml(
        '[package]\nname = "x"\nversion = { workspace = true }\n[workspace.package]\nversion = "3.2.0"\n',
      ),
      '3.2.0',
    );
  });

  it('has no version for a member crate whose workspace root is another file', () => {
    assert.equal(versionFromCargoToml('[package]\nname = "member"\nversion.workspace = true\n'), undefined);
  });

  it('has no version for a virtual manifest or malformed TOML', () => {
    assert.equal(versionFromCargoToml('[workspace]\nmembers = ["a"]\n'), undefined);
    assert.equal(versionFromCargoToml('[package\nversion = "1.0.0"\n'), undefined);
    assert.equal(versionFromCargoToml('[package]\nversion = "1.0.0\n'), undefined);
    assert.equal(versionFromCargoToml('\u0000\u0001'), undefined);
  });
});

describe('pyproject.toml', () => {
  it('reads [project] version', () => {
    assert.equal(
      versionFromPyproject(
        '[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "widgets"\nversion = "2024.3.1"\n',
      ),
      '2024.3.1',
    );
    assert.equal(versionFromPyproject('[project]\nname = "w"\nversion = "1.2"\n'), '1.2');
    assert.equal(versionFromPyproject('[project]\nversion = "2.0.0rc1"\n'), '2.0.0rc1');
  });

  it('reads [tool.poetry] version', () => {
    assert.equal(
      versionFromPyproject(
        '[tool.poetry]\nname = "w"\nversion = "0.8.0"\n\n[tool.poetry.dependencies]\npython = "^3.9"\n',
      ),
      '0.8.0',
    );
  });

  it('has no version when it is dynamic, unless Poetry declares it', () => {
    assert.equal(
      versionFromPyproject('[project]\nname = "w"\ndynamic = ["version", "readme"]\n\n[tool.setuptools_scm]\n'),
      undefined,
    );
    assert.equal(
      versionFromPyproject('[project]\nname = "w"\ndynamic = [\n  "version",\n]\n[tool.poetry]\nversion = "1.4.0"\n'),
      '1.4.0',
    );
  });

  it('has no version for non-versions and malformed files', () => {
    assert.equal(versionFromPyproject('[project]\nversion = "dev"\n'), undefined);
    assert.equal(versionFromPyproject('[project]\nversion = 1.0\n'), undefined);
    assert.equal(versionFromPyproject('[project\n'), undefined);
  });
});

describe('dispatch', () => {
  it('knows manifest names and has no version for go.mod', () => {
    assert.equal(manifestKind('/src/x/package.json'), 'package.json');
    assert.equal(manifestKind('C:\\src\\Cargo.toml'), 'Cargo.toml');
    assert.equal(manifestKind('setup.py'), undefined);
    assert.equal(projectVersion('go.mod', 'module github.com/acme/widgets/v2\n\ngo 1.22\n'), undefined);
    assert.equal(projectVersion('package.json', '{"version":"1.2.3"}'), '1.2.3');
  });

  it('reads TOML in any of its forms: dotted and quoted keys, escapes, arrays of tables', () => {
    assert.equal(versionFromPyproject('project.version = "1.5.0"\n'), '1.5.0');
    assert.equal(versionFromPyproject('["project"]\n\'version\' = "\\u0031.6.0"\n'), '1.6.0');
    assert.equal(
      versionFromCargoToml(
        '[[bin]]\nname = "a"\n[[bin]]\nname = "b"\n[package]\nversion = "0.3.0"\nmeta = { tags = [1, [2, 3]] }\n',
      ),
      '0.3.0',
    );
  });

  it('has no version, and neither throws nor overflows the stack, on deeply nested brackets', () => {
    for (const depth of [20_000, 200_000]) {
      const arrays = `[package]\nversion = "1.0.0"\nx = ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
      const tables = `[package]\nversion = "1.0.0"\nx = ${'{a='.repeat(depth)}1${'}'.repeat(depth)}\n`;
      assert.equal(versionFromCargoToml(arrays), undefined);
      assert.equal(versionFromPyproject(tables.replace('[package]', '[project]')), undefined);
    }
  });
});
