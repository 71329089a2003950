/**
 * End-to-end test of "Presales: Export…" in a real VS Code (code-server) driven by Playwright in Debian
 * Chromium, loopback only: the command palette → what → format → the save dialog's default (inside the
 * engagement) → the HTML file exists, and Chromium opens it and prints it on A4. Workspace: a fresh temp copy
 * of examples/county-hospital-bid (zh-CN, bidding stage). Run:
 *   npm run build && node --import tsx --test test/e2e/export.e2e.ts
 * Screenshots: test-results/screenshots/.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './codeServer.ts';
import { closeExample, openExample } from './exampleWorkspace.ts';
import { loadManifest } from './manifest.ts';
import type { VsCode } from './vscode.ts';
import { runCommand, screenshot, waitForNotification } from './workbench.ts';

const extensionPath = resolve(process.env.E2E_EXTENSION ?? REPO_ROOT);
const M = loadManifest(extensionPath);

/** Picks the quick-pick row whose label contains `label` (the quick input must be open). */
async function pick(page: Page, label: string): Promise<void> {
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
}

describe('Presales: Export… (en UI, zh-CN engagement)', { timeout: 180_000 }, () => {
  let vs: VsCode;
  let ws: string;
  before(async () => {
    ({ vs, ws } = await openExample({ example: 'county-hospital-bid', tempPrefix: 'presales-e2e-export-', extensionPath, main: M.manifest.main }));
  });
  after(() => closeExample({ vs, ws }));

  it('exports the deviation table as HTML from the command palette, and Chromium prints it on A4', async () => {
    const page = vs.page;
    await runCommand(page, M.commandTitle('presales.export'));
    await pick(page, 'Deviation table');
    await pick(page, 'Web page for printing (.html)');
    // The save dialog (VS Code's own in the browser) starts in the engagement folder when exports/ does not exist
    // yet (nothing creates a folder before the writer confirms): accept <engagement>/<id>-<what>.html.
    const input = page.locator('.quick-input-widget input.input');
    const proposed = /\/county-hospital-bid-deviation-table\.html$/;
    // The dialog fills its input a moment after it opens: wait for that value in the DOM, not for time.
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector<HTMLInputElement>('.quick-input-widget input.input')?.value ?? ''),
      proposed.source, { timeout: 15_000 }).catch(() => undefined);
    const value = await input.inputValue();
    assert.match(value, proposed);
    assert.doesNotMatch(value, /exports\//, 'the dialog must not propose a folder that does not exist');
    await page.keyboard.press('Enter');
    const exported = /Exported county-hospital-bid-deviation-table\.html\./;
    await waitForNotification(page, exported);
    await screenshot(page, 'export-toast');

    const file = join(ws, 'county-hospital-bid-deviation-table.html');
    assert.ok(existsSync(file), `${file} was not written`);
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<title>偏离表<\/title>/);

    // Opened as a customer would: straight from disk in Chromium, offline (the file loads nothing else).
    const viewer = await vs.context.newPage();
    const requests: string[] = [];
    viewer.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    await viewer.goto(pathToFileURL(file).href);
    const headers = await viewer.locator('table').first().locator('thead th').allInnerTexts();
    assert.deepEqual(headers, ['序号', '条款号', '招标要求', '投标响应', '偏离情况', '证明材料/页码']);
    const firstRow = await viewer.locator('table').first().locator('tbody tr').first().locator('td').allInnerTexts();
    assert.equal(firstRow[1], '★2.1.3');
    assert.deepEqual(requests, [], 'the export loaded something from the network');
    const pdf = await viewer.pdf({ preferCSSPageSize: true });
    writeFileSync(join(REPO_ROOT, 'test-results', 'export-deviation-table.pdf'), pdf);
    // A4 is 595.28 × 841.89 pt: the first page's MediaBox says so.
    assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
    await viewer.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', 'export-html.png'), fullPage: true });
    await viewer.close();
  });
});
