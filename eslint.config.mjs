// typescript-eslint's type-checked recommended rules (recommendedTypeChecked): besides the syntax
// rules, what only the types show, such as a promise nobody awaits (it loses its errors: an LSP
// handler that rejects silently, a test that passes before it ran), `any` flowing into typed code,
// a method passed on without its `this`, an assertion the types already make. Formatting is not
// linted here. The JavaScript files (the build and launch scripts) get the rules without types.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', '.vscode-test-web/', 'test/e2e/fixtures/'] },
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's describe and it return promises the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] },
          ],
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // These load test files in a set order (the browser suite after mocha's setup, the fast suite
    // one file after another) synchronously: there `require` is the point.
    files: ['test/fast.ts', 'test/web/index.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
