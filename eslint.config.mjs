// typescript-eslint's recommended rules, and the type-aware no-floating-promises: a promise nobody
// awaits loses its errors (an LSP handler that rejects silently, a test that passes before it ran).
// Formatting is not linted here.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', '.vscode-test-web/', 'test/e2e/fixtures/'] },
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
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
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // These load test files in a set order (the browser suite after mocha's setup, the fast suite
    // one file after another) synchronously: there `require` is the point.
    files: ['test/fast.ts', 'test/web/index.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
