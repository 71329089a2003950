// Bundles the extension host code, the CLI, the sidebar webview and the matrix panel. `--watch` rebuilds on change.
// Heavy libraries used by one command only (docx + fflate for Word export, pinyin-pro for id suggestions) are
// reached through `await import(…)`: esbuild (format cjs) keeps them in the same file inside lazily-initialised
// `__esm` wrappers, so their top-level code runs on first use, not at activation (test/unit/build/lazyHeavyModules.test.ts).
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // The same extension for browser-hosted VS Code (vscode.dev, virtual workspaces): it needs no Node API.
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  { entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife' },
  // The full-size dashboard in the editor area (its own small entry; the renderers are shared).
  { entryPoints: ['src/webview/panelMain.ts'], outfile: 'dist/dashboardPanel.js', platform: 'browser', format: 'iife' },
  { entryPoints: ['src/webview/matrix/main.ts'], outfile: 'dist/matrix.js', platform: 'browser', format: 'iife' },
  { entryPoints: ['src/webview/portfolio/main.ts'], outfile: 'dist/portfolio.js', platform: 'browser', format: 'iife' },
];

/** The options every bundle shares (the tests bundle with the same ones). */
const common = { bundle: true, target: 'es2022', minify: production, sourcemap: !production, legalComments: 'none', logLevel: 'warning' };

async function main() {
  const existing = builds.filter((b) => require('fs').existsSync(b.entryPoints[0]));
  const contexts = await Promise.all(existing.map((b) => esbuild.context({ ...common, ...b })));
  if (watch) return Promise.all(contexts.map((c) => c.watch()));
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

module.exports = { builds, common };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
