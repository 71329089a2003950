/**
 * The compliance matrix as a writer uses it in a real VS Code (code-server + Playwright, offline): "Presales:
 * Compliance Matrix" from the command palette opens the panel, the ★ filter narrows it, and clicking a cell in
 * the webview opens the file at that line — in an English and a Chinese (zh-CN) session. Workspace: a fresh
 * temp copy of examples/county-hospital-bid. Run:
 *   node --import tsx --test test/e2e/matrix.e2e.ts
 */
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from './codeServer.ts';
import { closeExample, openExample } from './exampleWorkspace.ts';
import { loadManifest } from './manifest.ts';
import type { VsCode } from './vscode.ts';
import { runCommand, screenshot } from './workbench.ts';

const extensionPath = resolve(process.env.E2E_EXTENSION ?? REPO_ROOT);
const M = loadManifest(extensionPath);

for (const locale of [undefined, 'zh-cn'] as const) {
  const zh = locale === 'zh-cn';
  describe(`compliance matrix in a real VS Code (${zh ? 'zh-CN' : 'en'})`, { timeout: 240_000 }, () => {
    let vs: VsCode;
    let ws: string;
    before(async () => {
      ({ vs, ws } = await openExample({ example: 'county-hospital-bid', tempPrefix: 'presales-e2e-matrix-', extensionPath, main: M.manifest.main, locale }));
    });
    after(() => closeExample({ vs, ws }));

    it('opens from the command palette, filters to ★ and opens a cell’s line on click', async () => {
      const page = vs.page;
      await runCommand(page, M.commandTitle('presales.openMatrix', locale));
      await page.locator('.tab', { hasText: zh ? '售前：需求追溯矩阵' : 'Presales: Compliance Matrix' }).first().waitFor({ timeout: 30_000 });
      const frame = page.locator('iframe.webview.ready').last().contentFrame().frameLocator('iframe#active-frame');
      // The store checks the engagement after activation; the rows arrive with the first snapshot or update.
      const row = frame.locator('tr[data-id="REQ-005"]');
      await row.waitFor({ timeout: 60_000 });
      assert.equal(await frame.locator('h1').innerText(), `${zh ? '需求追溯矩阵：' : 'Compliance matrix: '}青山县人民医院智慧医院信息系统（HIS/EMR）建设项目`);
      assert.equal(await frame.locator('tbody tr').count(), 10);
      // The filter is a vscode-single-select: pick ★ with the keyboard, as a user can.
      // Its options live in its shadow DOM: open it, move to the fourth option (★) and choose it.
      await frame.locator('#matrix-filter').click();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await frame.locator('vscode-badge', { hasText: zh ? '3 / 10' : '3 of 10' }).waitFor({ timeout: 10_000 });
      assert.deepEqual(await frame.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id'))), ['REQ-003', 'REQ-005', 'REQ-007']);
      await screenshot(page, `matrix-star-${zh ? 'zh' : 'en'}`);
      const cell = row.locator('td.deviations button.link').first();
      assert.equal(await cell.innerText(), zh ? '★2.1.3 · 正偏离' : '★2.1.3 · positive deviation');
      await cell.click();
      // deviation-technical.yaml opens beside the panel.
      await page.locator('.tab.active', { hasText: 'deviation-technical.yaml' }).first().waitFor({ timeout: 30_000 });
      // The row (`- ref: "2.1.3"`, lines 4–10) is selected with the cursor at its start: the status bar says so
      // (in VS Code's own words: English unless a language pack is installed).
      await page.locator('.statusbar-item', { hasText: /Ln 4, Col 5|行 4，列 5/ }).first().waitFor({ timeout: 15_000 });
      await screenshot(page, `matrix-opened-${zh ? 'zh' : 'en'}`);
    });
  });
}
