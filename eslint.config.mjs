// Lint enforces the architecture: the core is pure, imports inside the core go one way, the webview never
// touches the host. (Import cycles are checked by madge in the static layer of `npm test`.)
import tseslint from 'typescript-eslint';

const nodeIo = ['fs', 'fs/promises', 'node:fs', 'node:fs/promises', 'child_process', 'node:child_process', 'path', 'node:path', 'os', 'node:os', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https'];
const pureCore = ['vscode', ...nodeIo].map((name) => ({ name, message: 'src/core is pure domain: no vscode, no Node I/O.' }));

/**
 * One-way imports inside src/core, lowest layer first: a layer may import the layers before it, never one
 * after it (method ← text ← parse ← model ← rules ← status ← check). Every core folder has its place:
 * - `schema` (the generated validators) and `validate` (file checks) read parsed files only, below the model;
 * - `edit` (comment-preserving writes on the CST) needs parse and text only;
 * - `language` (hover, completion, rename), `explain`, `team` and `export` are read on top of the model, rules
 *   and status — nothing below them may import them (e.g. model/traceability.ts reads prose mentions from
 *   model/proseMentions.ts, which language/idIndex.ts builds on);
 * - `check` is the check/ folder or the top-level checkEngagement/checkWorkspace files.
 * Each entry: the layer and the import specifiers (relative, from a sibling folder) that reach it. Top-level
 * helpers (types.ts, findingCollector.ts, checkOptions.ts, workspace.ts…) sit outside the chain.
 */
const CORE_LAYERS = [
  ['method', 'method'],
  ['text', 'text'],
  ['parse', 'parse'],
  ['schema', 'schema'],
  ['validate', 'validate'],
  ['edit', 'edit'],
  ['model', 'model'],
  ['rules', 'rules'],
  ['status', 'status'],
  ['language', 'language'],
  ['explain', 'explain'],
  ['team', 'team'],
  ['export', 'export'],
  ['check', 'check|checkEngagement|checkWorkspace'],
];
const layerRules = CORE_LAYERS.map(([layer], i) => {
  const above = CORE_LAYERS.slice(i + 1);
  return {
    files: [layer === 'check' ? 'src/core/check/**/*.ts' : `src/core/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        paths: pureCore,
        patterns: above.map(([upper, target]) => ({
          regex: `^(\\.\\./)+(${target})(/|$)`,
          message: `core/${layer} must not import core/${upper}: imports go ${CORE_LAYERS.map(([l]) => l).join(' ← ')} (eslint.config.mjs).`,
        })),
      }],
    },
  };
});

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
      'no-restricted-imports': ['error', { paths: pureCore }],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core must not read the process environment.' }],
    },
  },
  // Later entries replace the rule's options for their files, so each repeats the pure-core paths.
  ...layerRules.filter((c) => c.rules['no-restricted-imports'][1].patterns.length > 0),
  {
    // Adapters see the core through one small public surface, like a language service's `create…` entry.
    files: ['src/extension/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+core/', message: 'Adapters import the core only through src/core/index.ts (`../core`).' }] }],
    },
  },
  {
    // The HTML page skeleton is shared by the CLI and the extension: it imports nothing of either.
    files: ['src/html/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: pureCore, patterns: [{ group: ['**/extension/**', '**/cli/**', '**/webview/**'], message: 'src/html is shared by the CLI and the extension; it imports neither.' }] }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vscode', ...nodeIo].map((name) => ({ name, message: 'The webview is browser code; talk to the host via protocol.ts.' })), patterns: [{ group: ['**/extension/**'], message: 'The webview never imports the extension host.' }, { group: ['**/core/**', '**/core'], message: 'The webview gets everything from the host through protocol.ts, never from the core.' }] }],
    },
  },
);
