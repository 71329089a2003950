/**
 * The full-size dashboard in the editor area, in a real VS Code (code-server) driven by Playwright: "Open
 * Dashboard" from the palette in en and zh-CN, its sections, a stakeholder map with 26 people (crowded cells
 * grouped by type), a hostile stakeholder name shown as text, reveal-not-duplicate, light and dark. Workspace: a
 * temp copy of test/fixtures/dashboard-panel/county-hospital-bid (bidding stage). Run:
 *   npm run build && node --import tsx --test test/e2e/dashboardPanel.e2e.ts
 * Screenshots: test-results/screenshots/ on every run; E2E_UPDATE_DOCS=1 also writes
 * docs/screenshots/dashboard-{en,zh-CN}-{light,dark}.png.
 */
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FrameLocator, Page } from 'playwright-core';
import { REPO_ROOT } from './codeServer.ts';
import { loadManifest } from './manifest.ts';
import { startVsCode, type VsCode } from './vscode.ts';
import { editorShot, runCommand, waitForWorkbench, webviewFrame } from './workbench.ts';

const extensionPath = resolve(process.env.E2E_EXTENSION ?? REPO_ROOT);
const M = loadManifest(extensionPath);
const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'dashboard-panel', 'county-hospital-bid');
const HOSTILE = '<img src=x onerror=alert(1)>Mallory';
const SECTIONS = ['pipeline', 'map', 'bid', 'concerns', 'pitfalls', 'qualification'];
const PEOPLE = 26;

function setTheme(ws: string, theme: string): void {
  mkdirSync(join(ws, '.vscode'), { recursive: true });
  writeFileSync(join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': theme }, null, 2));
}

/** A fresh writable copy of the fixture (the workspace root is the engagement), light theme. */
function workspaceCopy(): string {
  const ws = mkdtempSync(join(tmpdir(), 'presales-panel-e2e-'));
  cpSync(FIXTURE, ws, { recursive: true });
  setTheme(ws, 'Default Light Modern');
  return ws;
}

/** Runs Open Dashboard from the palette and returns the panel's frame once its pipeline shows. */
async function openDashboard(page: Page, locale?: string): Promise<FrameLocator> {
  await runCommand(page, M.commandTitle('presales.openDashboard', locale));
  const frame = webviewFrame(page);
  await frame.locator('[data-section="pipeline"] .panel-stage').first().waitFor({ timeout: 30_000 });
  return frame;
}

for (const locale of [undefined, 'zh-cn'] as const) {
  const lang = locale ? 'zh-CN' : 'en';
  describe(`editor-area dashboard (${lang})`, { timeout: 240_000 }, () => {
    let vs: VsCode;
    let ws: string;
    const dialogs: string[] = [];
    before(async () => {
      assert.ok(existsSync(join(extensionPath, 'dist', 'dashboardPanel.js')), 'dist/dashboardPanel.js missing: npm run build');
      ws = workspaceCopy();
      vs = await startVsCode({ folder: ws, extensionPath, ...(locale ? { locale } : {}), viewport: { width: 1440, height: 1400 } });
      vs.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      await waitForWorkbench(vs.page, 'engagement.yaml');
      await runCommand(vs.page, 'View: Close Primary Side Bar');
    });
    after(async () => { await vs?.close(); if (ws) rmSync(ws, { recursive: true, force: true }); });

    it('opens from the palette in the editor area with every section', async () => {
      const frame = await openDashboard(vs.page, locale);
      assert.deepEqual(await frame.locator('[data-section]').evaluateAll((els) => els.map((e) => e.getAttribute('data-section'))), SECTIONS);
      const headings = await frame.locator('.panel-section > h2').allInnerTexts();
      if (locale) assert.ok(headings.every((h) => /[\u4e00-\u9fff]/.test(h)), `headings not Chinese: ${headings.join(' | ')}`);
      else assert.deepEqual(headings, ['Stage progress', 'Stakeholder map', 'Bid card', 'Concerns and where they are answered', 'Pitfalls', 'Qualification score']);
      assert.equal(await frame.locator('.panel-stage').count(), 6);
      assert.equal(await frame.locator('.panel-stage[aria-current="step"]').getAttribute('data-stage'), 'bidding');
      assert.match(await frame.locator('.bid-deadline').innerText(), locale ? /距投标截止|投标截止已过|今天投标截止/ : /days? to the deadline|Deadline passed|due today/);
      assert.ok(await frame.locator('table.bid-items tbody tr').count() >= 3, 'the score estimate per item');
      assert.ok(await frame.locator('.panel-concerns .concern-where').count() >= 1, 'a concern links to where it is answered');
      // In the editor area: a tab of its own, not the sidebar view.
      await vs.page.locator('.tabs-container .tab.active', { hasText: locale ? '售前仪表板' : 'Presales Dashboard' }).waitFor({ timeout: 10_000 });
    });

    it(`keeps the map readable with ${PEOPLE} people: crowded cells grouped by type with counts`, async () => {
      const frame = webviewFrame(vs.page);
      assert.equal(await frame.locator('.panel-map-section button.chip').count(), PEOPLE);
      const crowded = frame.locator('.panel-map-cell[data-count="12"]');
      assert.equal(await crowded.count(), 1);
      assert.equal(await crowded.locator(':scope > button.chip').count(), 0, 'no loose chips in a crowded cell');
      const groups = crowded.locator(':scope > details.chip-group-fold');
      assert.equal(await groups.count(), 4, 'one group per decision-maker type');
      const counts = await groups.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
      assert.equal(counts.reduce((a, b) => a + b, 0), 12);
      const box = await crowded.boundingBox();
      assert.ok(box && box.height < 200, `the crowded cell is ${box?.height}px tall`);
      assert.equal((await groups.first().locator('summary').getAttribute('title'))!.split('\n').length, counts[0] + 1, 'the title: the type, then each person');
    });

    it('shows the hostile stakeholder name as text, never as markup', async () => {
      const frame = webviewFrame(vs.page);
      assert.equal(await frame.locator('button.chip[data-id="hostile"] .chip-name').textContent(), HOSTILE);
      assert.equal(await frame.locator('img').count(), 0, 'an <img> element exists in the dashboard');
      assert.equal(await frame.locator('[onerror]').count(), 0);
      assert.deepEqual(dialogs, [], 'a dialog opened: script ran');
    });

    it('reveals the open dashboard instead of opening a second one', async () => {
      await openDashboard(vs.page, locale);
      assert.equal(await vs.page.locator('.tabs-container .tab', { hasText: locale ? '售前仪表板' : 'Presales Dashboard' }).count(), 1);
      assert.equal(await vs.page.locator('iframe.webview.ready').count(), 1);
    });

    it('follows the light and dark themes (screenshots)', async () => {
      await vs.page.locator('.monaco-workbench.vs').waitFor({ timeout: 10_000 });
      await editorShot(vs.page, `dashboard-${lang}-light`);
      setTheme(ws, 'Default Dark Modern');
      await vs.page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 20_000 });
      await webviewFrame(vs.page).locator('body.vscode-dark').waitFor({ timeout: 10_000 });
      await editorShot(vs.page, `dashboard-${lang}-dark`);
    });

    it('opens file:line when a concern link is clicked', async () => {
      const link = webviewFrame(vs.page).locator('.panel-concerns .concern-where').first();
      const where = await link.innerText();
      const [, file, line] = /^(?:.*\/)?([^/]+):(\d+)$/.exec(where)!;
      await link.click();
      await vs.page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: 15_000 });
      const status = vs.page.locator('.statusbar-item[id="status.editor.selection"]');
      await status.waitFor({ timeout: 15_000 });
      assert.match(await status.innerText(), new RegExp(`\\b${line}\\b`));
    });
  });
}
