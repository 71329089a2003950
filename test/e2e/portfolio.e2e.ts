/**
 * The portfolio as a presales lead uses it in a real VS Code (code-server + Playwright, offline): "Presales:
 * Portfolio" from the command palette shows every engagement of test/fixtures/team (twelve), sorting by a column
 * reorders them, the 售前考评 tab lists the three leads, and a click on a customer opens that engagement.yaml —
 * in an English and a Chinese (zh-CN) session. Run:
 *   npm run build && node --import tsx --test test/e2e/portfolio.e2e.ts
 * Screenshots: test-results/screenshots/ on every run; E2E_UPDATE_DOCS=1 also writes docs/screenshots/portfolio-{en,zh-CN}.png.
 */
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from './codeServer.ts';
import { loadManifest } from './manifest.ts';
import { startVsCode, type VsCode } from './vscode.ts';
import { editorShot, runCommand, waitForWorkbench } from './workbench.ts';

const extensionPath = resolve(process.env.E2E_EXTENSION ?? REPO_ROOT);
const M = loadManifest(extensionPath);

for (const locale of [undefined, 'zh-cn'] as const) {
  const zh = locale === 'zh-cn';
  describe(`portfolio in a real VS Code (${zh ? 'zh-CN' : 'en'})`, { timeout: 300_000 }, () => {
    let vs: VsCode;
    let ws: string;
    before(async () => {
      assert.ok(existsSync(join(extensionPath, M.manifest.main)), `${M.manifest.main} missing: npm run build`);
      ws = mkdtempSync(join(tmpdir(), 'presales-e2e-portfolio-'));
      cpSync(join(REPO_ROOT, 'test', 'fixtures', 'team'), ws, { recursive: true });
      mkdirSync(join(ws, '.vscode'), { recursive: true });
      writeFileSync(join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': 'Default Light Modern' }));
      vs = await startVsCode({ folder: ws, extensionPath, locale });
      await waitForWorkbench(vs.page, 'README.md');
    });
    after(async () => { await vs?.close(); if (ws) rmSync(ws, { recursive: true, force: true }); });

    it('lists the team, sorts, shows the 售前考评 and opens an engagement on click', async () => {
      const page = vs.page;
      await runCommand(page, M.commandTitle('presales.openPortfolio', locale));
      await page.locator('.tab', { hasText: zh ? '售前：项目组合' : 'Presales: Portfolio' }).first().waitFor({ timeout: 30_000 });
      const frame = page.locator('iframe.webview.ready').last().contentFrame().frameLocator('iframe#active-frame');
      // The store checks the twelve engagements after activation; the panel follows its updates.
      await frame.locator('table.rows tbody tr').nth(11).waitFor({ timeout: 90_000 });
      assert.equal(await frame.locator('table.rows tbody tr').count(), 12);
      const customers = () => frame.locator('table.rows tbody th button.open').allInnerTexts();
      assert.equal((await customers())[0], 'Harbor Port'); // stage order: kickoff first
      await editorShot(page, `portfolio-${zh ? 'zh-CN' : 'en'}`);
      await frame.locator('[data-focus="sort-budget"]').click();
      await frame.locator('[data-focus="sort-budget"]').click(); // descending
      assert.deepEqual((await customers()).slice(0, 2), ['Elm Utilities', 'Iris Telecom']);
      await frame.locator('[data-focus="tab-people"]').click();
      assert.deepEqual(await frame.locator('table.people tbody th').allInnerTexts(), ['Alice', 'Bob', '李明']);
      await frame.locator('[data-focus="tab-engagements"]').click();
      await frame.locator('table.rows tbody th button.open', { hasText: 'Delta Freight' }).click();
      await page.locator('.tab.active', { hasText: 'engagement.yaml' }).first().waitFor({ timeout: 30_000 });
    });
  });
}
