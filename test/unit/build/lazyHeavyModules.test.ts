import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { stub, stubVscodeFor } from '../../../bench/stubVscode';
import { exportFile } from '../../../src/core/export/exportFile';
import { loadFolder } from '../export/loadFolder';

// Activation < 100 ms (docs/benchmarks.md): docx, fflate and pinyin-pro are a third of the extension bundle and
// are needed only by an export or the Add Stakeholder wizard, so their top-level code must not run on load.
const ROOT = join(__dirname, '../../..');
const { builds, common } = Module.createRequire(__filename)(join(ROOT, 'esbuild.js')) as { builds: BuildOptions[]; common: BuildOptions };
const HEAVY = /[\\/]node_modules[\\/](docx|fflate|pinyin-pro)[\\/]/;
const BASE = join(ROOT, 'test/fixtures/export');

declare global {
  var __heavyModulesRun: Set<string> | undefined;
}

/** Appends to every file of the heavy packages a line that records the package when the file's top-level code runs. */
const probe: Plugin = {
  name: 'heavy-module-probe',
  setup(b) {
    b.onLoad({ filter: HEAVY }, (args) => ({
      contents: `${readFileSync(args.path, 'utf8')}\n;(globalThis.__heavyModulesRun ??= new Set()).add(${JSON.stringify(HEAVY.exec(args.path)?.[1])});\n`,
      loader: 'js',
    }));
  },
};

/** Bundles with the project's own options (esbuild.js), the probe added, in memory. */
async function bundle(options: BuildOptions): Promise<string> {
  const out = await build({ ...common, ...options, sourcemap: false, minify: false, logLevel: 'error', write: false, plugins: [probe] });
  return out.outputFiles[0].text;
}

/** Runs a CommonJS bundle as Node would; `vscode` is a stub, other modules only where `nodeModules` allows. */
function run(code: string, nodeModules: boolean): Record<string, unknown> {
  const mod = { exports: {} as Record<string, unknown> };
  const nodeRequire = Module.createRequire(join(ROOT, 'dist/extension.js'));
  const vscode = stubVscodeFor(code);
  const load = (id: string): unknown => {
    if (id === 'vscode') return vscode;
    if (nodeModules) return nodeRequire(id);
    throw new Error(`the browser bundle requires "${id}" at run time`);
  };
  new Function('module', 'exports', 'require', '__filename', '__dirname', code)(mod, mod.exports, load, join(ROOT, 'dist/x.js'), join(ROOT, 'dist'));
  return mod.exports;
}

function heavyRun(): string[] {
  return [...(globalThis.__heavyModulesRun ?? [])].sort();
}

describe('heavy libraries load on first use, not at activation', () => {
  for (const outfile of ['dist/extension.js', 'dist/web/extension.js']) {
    it(`${outfile}: loading and activate() run no docx, fflate or pinyin-pro code`, async () => {
      const options = builds.find((b) => b.outfile === outfile);
      assert.ok(options, `esbuild.js builds ${outfile}`);
      const code = await bundle(options);
      assert.ok(code.includes('__heavyModulesRun'), 'the heavy packages are in the bundle (probed)');
      globalThis.__heavyModulesRun = undefined;
      const ext = run(code, options.platform === 'node') as { activate?: (ctx: unknown) => unknown };
      assert.deepEqual(heavyRun(), [], 'on require');
      assert.equal(typeof ext.activate, 'function');
      // With a stub context activate() may stop early; what counts is that it loads nothing heavy.
      await Promise.resolve(ext.activate?.(stub('context'))).catch(() => undefined);
      assert.deepEqual(heavyRun(), [], 'after activate()');
    });
  }

  it('the first id suggestion loads pinyin-pro and the first DOCX export docx and fflate, inside the one browser bundle', async () => {
    const code = await bundle({
      stdin: { contents: "export { exportFile, suggestId } from './src/core';", resolveDir: ROOT, loader: 'ts' },
      platform: 'browser',
      format: 'cjs',
    });
    globalThis.__heavyModulesRun = undefined;
    const core = run(code, false) as { exportFile: typeof exportFile; suggestId: (name: string) => Promise<string> };
    assert.deepEqual(heavyRun(), []);
    assert.equal(await core.suggestId('欧阳娜娜'), 'ouyang-nana');
    assert.deepEqual(heavyRun(), ['pinyin-pro']);
    const zh = loadFolder(join(BASE, 'zh-bid'), BASE);
    const read = async (p: string) => new Uint8Array(readFileSync(join(BASE, p)));
    const request = { what: 'deviation-table', format: 'docx', timestamp: new Date('2026-12-01T00:00:00Z') } as const;
    const bytes = await core.exportFile(zh, request, read);
    assert.deepEqual(heavyRun(), ['docx', 'fflate', 'pinyin-pro']);
    assert.deepEqual(bytes, await exportFile(zh, request, read), 'the same bytes as the unbundled core');
  });
});
