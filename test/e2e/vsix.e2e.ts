/**
 * The packaged extension, as a writer gets it: `build:prod` + `vsce package` in a temp copy of the repository
 * (so `dist/` of the dev tree, used by the other e2e files running in parallel, is never touched), checks of the
 * `.vsix` contents, then code-server's own `--install-extension` into a fresh extensions dir — no
 * extensionDevelopmentPath — and a run of Check Engagement on a temp copy of examples/acme-his. Run:
 *   node --import tsx --test test/e2e/vsix.e2e.ts
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cliCounts, summaryCounts } from './cliCounts.ts';
import { REPO_ROOT } from './codeServer.ts';
import { loadManifest } from './manifest.ts';
import { startVsCode, type VsCode } from './vscode.ts';
import { openView, openViewContainer, problemRows, runCommand, treeLabels, viewPane, waitForNotification, waitForWorkbench } from './workbench.ts';

const M = loadManifest(REPO_ROOT);
const STAGES = ['Kickoff', 'Introduction', 'Research', 'Solution', 'Bidding', 'Closure'];
const MAX_BYTES = 3 * 1024 * 1024;
const REQUIRED = ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/web/extension.js',
  'extension/dist/webview.js', 'extension/templates/zh-CN/engagement.yaml', 'extension/templates/en/04-solution/solution.md',
  'extension/schemas/engagement.schema.json', 'extension/l10n/bundle.l10n.zh-cn.json', 'extension/package.nls.json',
  'extension/package.nls.zh-cn.json'];
/** Not needed to build or package; node_modules is linked, not copied. */
const SKIP = new Set(['node_modules', '.git', '.vscode-test', 'test-results', 'dist', 'out']);

/** Builds the production bundle and the `.vsix` in a temp copy of the repository; returns the `.vsix` path. */
function packageVsix(tmp: string): string {
  const src = join(tmp, 'src');
  for (const name of readdirSync(REPO_ROOT)) {
    if (SKIP.has(name) || name.endsWith('.vsix')) continue;
    cpSync(join(REPO_ROOT, name), join(src, name), { recursive: true });
  }
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
  const vsix = join(tmp, 'x.vsix');
  const run = (cmd: string, args: string[]): void => {
    execFileSync(cmd, args, { cwd: src, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 120_000 });
  };
  run('npm', ['run', '--silent', 'build:prod']);
  run(join(REPO_ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix]);
  return vsix;
}

/** Entry names of a zip, via `unzip -Z1` (Debian `unzip`) or Python's zipfile as a fallback. */
function zipEntries(zip: string): string[] {
  let out: string;
  try {
    out = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' });
  } catch {
    out = execFileSync('python3', ['-c', 'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zip], { encoding: 'utf8' });
  }
  return out.split('\n').map((l) => l.trim()).filter(Boolean);
}

describe('Packaged .vsix installed into code-server', { timeout: 240_000 }, () => {
  let tmp: string;
  let vsix: string;
  let ws: string;
  let vs: VsCode | undefined;
  const t0 = Date.now();
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'presales-vsix-'));
    vsix = packageVsix(tmp);
    console.log(`# vsix built in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${statSync(vsix).size} bytes`);
  });
  after(async () => {
    await vs?.close();
    if (ws) rmSync(ws, { recursive: true, force: true });
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    console.log(`# vsix suite ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });

  it('is smaller than 3 MB, has the bundles, schemas, templates and l10n, and no node_modules', () => {
    const size = statSync(vsix).size;
    assert.ok(size < MAX_BYTES, `vsix is ${size} bytes (limit ${MAX_BYTES})`);
    const entries = zipEntries(vsix);
    const nm = entries.filter((e) => e.includes('node_modules/'));
    assert.deepEqual(nm, [], `node_modules in the vsix: ${nm.slice(0, 5).join(', ')}`);
    for (const f of REQUIRED) assert.ok(entries.includes(f), `${f} missing from the vsix; it has:\n${entries.join('\n')}`);
  });

  it('installs with code-server --install-extension and opens acme-his without a development path', async () => {
    ws = mkdtempSync(join(tmpdir(), 'presales-vsix-ws-'));
    cpSync(join(REPO_ROOT, 'examples', 'acme-his'), ws, { recursive: true });
    vs = await startVsCode({ folder: ws, installVsix: vsix });
    assert.ok(!vs.url.includes('extensionDevelopmentPath'), vs.url);
    const installed = readdirSync(join(vs.server.runDir, 'extensions')).filter((d) => d.startsWith(`${M.manifest.publisher}.${M.manifest.name}-`));
    assert.equal(installed.length, 1, `installed: ${readdirSync(join(vs.server.runDir, 'extensions')).join(', ')}`);
    assert.ok(existsSync(join(vs.server.runDir, 'extensions', installed[0], M.manifest.main)), 'main bundle not installed');
    await waitForWorkbench(vs.page, 'engagement.yaml');
  });

  it('shows the Presales container and the six stages in the tree', async () => {
    assert.ok(vs, 'no workbench');
    const v = M.view('presales.engagements');
    await openViewContainer(vs.page, v.container);
    await openView(vs.page, v.container, v.name);
    let labels = await treeLabels(vs.page, v.name);
    if (!STAGES.every((s) => labels.some((l) => l.includes(s)))) {
      const first = viewPane(vs.page, v.name).locator('.monaco-list-row[role="treeitem"]').first();
      if ((await first.getAttribute('aria-expanded')) === 'false') await first.click();
      await viewPane(vs.page, v.name).locator('.monaco-list-row[role="treeitem"]').nth(6).waitFor({ timeout: 15_000 });
      labels = await treeLabels(vs.page, v.name);
    }
    for (const s of STAGES) assert.ok(labels.some((l) => l.includes(s)), `no ${s} row in: ${labels.join(' | ')}`);
  });

  it('runs Check Engagement: notification with the counts, scope-creep in Problems', async () => {
    assert.ok(vs, 'no workbench');
    await runCommand(vs.page, M.commandTitle('presales.checkEngagement'));
    const text = await waitForNotification(vs.page, /engagements? checked/);
    // Same counts as `presales check` on the same folder (scope-creep and blind-yes are among the warnings).
    const cli = cliCounts(ws);
    assert.deepEqual(summaryCounts(text), cli, `toast: ${text}; CLI: ${JSON.stringify(cli)}`);
    assert.ok(cli.engagements === 1 && cli.warning >= 2, JSON.stringify(cli));
    const rows = (await problemRows(vs.page, 2)).join('\n');
    assert.match(rows, /scope-creep/, rows);
    assert.match(rows, /blind-yes/, rows);
  });
});
