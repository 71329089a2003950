/**
 * Bundles the extension-host integration tests (test/integration/suite/index.ts + *.itest.ts) to plain
 * CommonJS in out/integration/ (vscode and mocha stay external). Usage:
 *   node test/integration/build.mjs [--suite <dir>] [--out <dir>]
 */
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { suite: { type: 'string' }, out: { type: 'string' } } });
const suite = resolve(values.suite ?? join(root, 'test', 'integration', 'suite'));
const outdir = resolve(values.out ?? join(root, 'out', 'integration'));
const entryPoints = [join(root, 'test', 'integration', 'suite', 'index.ts'),
  ...readdirSync(suite).filter((f) => f.endsWith('.itest.ts')).map((f) => join(suite, f))];

rmSync(outdir, { recursive: true, force: true }); // no stale *.itest.js from renamed suites
await build({
  entryPoints, outdir, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning', entryNames: '[name]',
});
console.log(`integration tests bundled: ${entryPoints.length} entries -> ${outdir}`);
