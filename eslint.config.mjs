// Lint enforces the architecture: the core is pure, the webview never touches the host.
import tseslint from 'typescript-eslint';

const nodeIo = ['fs', 'fs/promises', 'node:fs', 'node:fs/promises', 'child_process', 'node:child_process', 'path', 'node:path', 'os', 'node:os', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'generated/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', ...nodeIo].map((name) => ({ name, message: 'src/core is pure domain: no vscode, no Node I/O.' })) }],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core must not read the process environment.' }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', ...nodeIo].map((name) => ({ name, message: 'The webview is browser code; talk to the host via protocol.ts.' })), patterns: [{ group: ['**/extension/**'], message: 'The webview never imports the extension host.' }] }],
    },
  },
);
