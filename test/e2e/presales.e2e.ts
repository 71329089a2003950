/**
 * End-to-end UI tests of Presales Workbench in a real VS Code (code-server) driven by Playwright in Debian
 * Chromium, loopback only. Workspace: a fresh temp copy of examples/acme-his. Run:
 *   node --import tsx --test test/e2e/presales.e2e.ts
 * Screenshots: test-results/screenshots/ on every run; E2E_UPDATE_DOCS=1 also copies the four documented
 * ones to docs/screenshots/. Env: E2E_EXTENSION overrides the extension folder (default: repo root).
 */
import * as assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FrameLocator, Page } from 'playwright-core';
import { cliCounts, summaryCounts } from './cliCounts.ts';
import { REPO_ROOT } from './codeServer.ts';
import { loadManifest } from './manifest.ts';
import { startVsCode, type VsCode } from './vscode.ts';
import { noHover, noToasts, openView, problemRows, runCommand, screenshot, treeLabels, viewPane, waitForNotification, waitForWorkbench, webviewFrame } from './workbench.ts';

const extensionPath = resolve(process.env.E2E_EXTENSION ?? REPO_ROOT);
const M = loadManifest(extensionPath);
const DOCS = join(REPO_ROOT, 'docs', 'screenshots');
const XSS = '<img src=x onerror=alert(1)>';
const STAGES_EN = ['Kickoff', 'Introduction', 'Research', 'Solution', 'Bidding', 'Closure'];
const STAGES_ZH = ['启动', '宣介', '调研', '方案', '招投标', '结束'];

/** A fresh writable copy of examples/acme-his (the workspace root is the engagement), light theme. */
function workspaceCopy(): string {
  const ws = mkdtempSync(join(tmpdir(), 'presales-e2e-'));
  cpSync(join(REPO_ROOT, 'examples', 'acme-his'), ws, { recursive: true });
  setTheme(ws, 'Default Light Modern');
  return ws;
}

/**
 * Sets the color theme in the WORKSPACE settings. The Extension Development Host of this code-server ignores
 * the user settings.json (the harness's `colorTheme` option has no effect once an extension is loaded), but it
 * reads and watches `.vscode/settings.json`.
 */
function setTheme(ws: string, theme: string): void {
  mkdirSync(join(ws, '.vscode'), { recursive: true });
  writeFileSync(join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': theme }, null, 2));
}

/** Saves a screenshot; with E2E_UPDATE_DOCS=1 also copies it to docs/screenshots/<docName>.png. */
async function shot(page: Page, name: string, docName?: string): Promise<void> {
  await noToasts(page);
  await page.mouse.move(900, 880); // no hover tooltip in the picture
  await noHover(page);
  const path = await screenshot(page, name);
  if (docName && process.env.E2E_UPDATE_DOCS) {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(path, join(DOCS, `${docName}.png`));
  }
}

/** Writes the webview's DOM to test-results/ (selectors for the next person) and returns its text. */
async function frameText(frame: FrameLocator, name: string): Promise<string> {
  const body = frame.locator('body');
  writeFileSync(join(REPO_ROOT, 'test-results', `webview-${name}.html`), await body.innerHTML());
  return body.innerText();
}

/** Opens the dashboard webview view and returns its content frame once it shows the pipeline. */
async function openDashboard(page: Page, locale: string | undefined, expect: RegExp): Promise<FrameLocator> {
  const v = M.view('presales.dashboard', locale);
  await openView(page, v.container, v.name);
  const frame = webviewFrame(page);
  await frame.locator('body').filter({ hasText: expect }).waitFor({ timeout: 30_000 });
  return frame;
}

/** Line and column of the active editor, read from the status bar ("Ln 34, Col 1"). */
async function cursor(page: Page): Promise<{ line: number; col: number }> {
  const item = page.locator('.statusbar-item[id="status.editor.selection"]');
  await item.waitFor({ timeout: 15_000 });
  const m = /(\d+)\D+(\d+)/.exec(await item.innerText());
  assert.ok(m, 'no Ln/Col in the status bar');
  return { line: Number(m[1]), col: Number(m[2]) };
}

/** Rows of the engagement tree, expanding the first (engagement) row when the stages sit below it. */
async function stageRows(page: Page, locale?: string): Promise<string[]> {
  const v = M.view('presales.engagements', locale);
  await openView(page, v.container, v.name);
  const stages = locale ? STAGES_ZH : STAGES_EN;
  let labels = await treeLabels(page, v.name);
  if (!stages.every((s) => labels.some((l) => l.includes(s)))) {
    const first = viewPane(page, v.name).locator('.monaco-list-row[role="treeitem"]').first();
    if ((await first.getAttribute('aria-expanded')) === 'false') await first.click();
    await viewPane(page, v.name).locator('.monaco-list-row[role="treeitem"]').nth(6).waitFor({ timeout: 15_000 });
    labels = await treeLabels(page, v.name);
  }
  return labels;
}

describe('Presales Workbench UI (en, light then dark)', { timeout: 240_000 }, () => {
  let vs: VsCode;
  let ws: string;
  const dialogs: string[] = [];
  before(async () => {
    assert.ok(existsSync(join(extensionPath, M.manifest.main)), `${M.manifest.main} missing: npm run build`);
    ws = workspaceCopy();
    vs = await startVsCode({ folder: ws, extensionPath });
    vs.page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await waitForWorkbench(vs.page, 'engagement.yaml');
  });
  after(async () => { await vs?.close(); if (ws) rmSync(ws, { recursive: true, force: true }); });

  it('runs Check Engagement from the command palette: its summary has the CLI\'s counts', async () => {
    // Diagnostics exist from activation, so only the command's own summary proves that it ran and re-checked.
    await noToasts(vs.page);
    await runCommand(vs.page, M.commandTitle('presales.checkEngagement'));
    const text = await waitForNotification(vs.page, /engagements? checked/);
    // The same workspace through the CLI (dist/cli.js, built with the extension) gives the same counts.
    const cli = cliCounts(ws);
    assert.deepEqual(summaryCounts(text), cli, `toast: ${text}; CLI: ${JSON.stringify(cli)}`);
    assert.ok(cli.engagements === 1 && cli.warning > 0, `acme-his has planted warnings: ${JSON.stringify(cli)}`);
  });

  it('shows the six stages in the engagement tree', async () => {
    const labels = await stageRows(vs.page);
    for (const s of STAGES_EN) assert.ok(labels.some((l) => l.includes(s)), `no ${s} row in: ${labels.join(' | ')}`);
  });

  it('lists scope-creep and blind-yes in the Problems panel', async () => {
    const rows = await problemRows(vs.page, 2);
    const text = rows.join('\n');
    assert.match(text, /scope-creep/, text);
    assert.match(text, /blind-yes/, text);
    await shot(vs.page, 'tree-problems-en', 'tree-problems');
  });

  it('shows the stage pipeline, a stakeholder chip and a pitfall in the dashboard', async () => {
    const frame = await openDashboard(vs.page, undefined, /Solution/);
    await frameText(frame, 'dashboard-en');
    const stages = await frame.locator('ol.pipeline li.stage .stage-label').allInnerTexts();
    assert.equal(stages.length, 6, stages.join(' | '));
    STAGES_EN.forEach((s, i) => assert.ok(stages[i].startsWith(s), `stage ${i}: ${stages[i]}`));
    assert.equal(await frame.locator('ol.pipeline li.stage[aria-current="step"]').getAttribute('data-stage'), 'solution');
    assert.match(await frame.locator('.chip[data-id="wang-zhuren"]').innerText(), /王海涛/);
    const pitfall = frame.locator('li.pitfall[data-code="scope-creep"]');
    assert.match(await pitfall.innerText(), /随机熔断/);
    assert.match(await pitfall.locator('.pitfall-summary').innerText(), /exceeds the budget/);
    await vs.page.keyboard.press('Control+Shift+M'); // hide the Problems panel: a clean sidebar shot
    await shot(vs.page, 'sidebar-en-light', 'sidebar-en');
  });

  it('reveals the pitfall line when its "go to" is clicked', async () => {
    const frame = webviewFrame(vs.page);
    await frame.locator('li.pitfall[data-code="blind-yes"] button.goto').click();
    await vs.page.locator('.tabs-container .tab.active', { hasText: 'requirements.yaml' }).waitFor({ timeout: 15_000 });
    assert.equal((await cursor(vs.page)).line, 51, 'blind-yes sits on REQ-007 `status: met` (line 51)');
    await frame.locator('li.pitfall[data-code="scope-creep"] button.goto').click();
    await vs.page.locator('.tabs-container .tab.active', { hasText: 'pricing.yaml' }).waitFor({ timeout: 15_000 });
    assert.equal((await cursor(vs.page)).line, 34, 'scope-creep sits on `total` (line 34)');
  });

  it('switches to a dark theme through the settings', async () => {
    await vs.page.locator('.monaco-workbench.vs').waitFor({ timeout: 10_000 });
    setTheme(ws, 'Default Dark Modern');
    await vs.page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 20_000 });
    const frame = await openDashboard(vs.page, undefined, /Solution/);
    // The webview follows the theme: VS Code marks its body with the theme kind.
    await frame.locator('body.vscode-dark').waitFor({ timeout: 10_000 });
    await shot(vs.page, 'sidebar-en-dark', 'sidebar-dark');
  });

  it('renders an XSS stakeholder name as text, never as markup', async () => {
    appendFileSync(join(ws, 'stakeholders.yaml'),
      `  - id: xss-probe\n    name: "${XSS}"\n    type: user\n    influence: high\n    attitude: neutral\n    last_contact: 2026-11-27\n`);
    const frame = webviewFrame(vs.page);
    const chip = frame.locator('.chip[data-id="xss-probe"]');
    await chip.waitFor({ timeout: 30_000 });
    assert.ok((await chip.innerText()).includes(XSS), `chip text: ${await chip.innerText()}`);
    await frameText(frame, 'dashboard-xss');
    // No element that could run the payload exists (nothing to wait for: an absent <img> never fires onerror).
    assert.equal(await frame.locator('img').count(), 0, 'an <img> element exists in the dashboard');
    assert.equal(await frame.locator('[onerror]').count(), 0, 'an element with an onerror handler exists in the dashboard');
    assert.deepEqual(dialogs, [], 'a dialog opened: script ran');
  });
});

describe('Presales Workbench UI (zh-CN)', { timeout: 180_000 }, () => {
  const locale = 'zh-cn';
  let vs: VsCode;
  let ws: string;
  before(async () => {
    ws = workspaceCopy();
    vs = await startVsCode({ folder: ws, extensionPath, locale });
    await waitForWorkbench(vs.page, 'engagement.yaml');
  });
  after(async () => { await vs?.close(); if (ws) rmSync(ws, { recursive: true, force: true }); });

  it('shows our container, views and commands in Chinese', async () => {
    const title = M.commandTitle('presales.checkEngagement', locale);
    assert.match(title, /[\u4e00-\u9fff]/, `command title not translated: ${title}`);
    await runCommand(vs.page, title);
    await waitForNotification(vs.page, /已检查 1 个售前项目/); // the command's own summary, in Chinese
    const v = M.view('presales.engagements', locale);
    assert.equal(v.container, '售前');
    assert.match(v.name, /[\u4e00-\u9fff]/, `view name not translated: ${v.name}`);
    const labels = await stageRows(vs.page, locale);
    for (const s of STAGES_ZH) assert.ok(labels.some((l) => l.includes(s)), `no ${s} row in: ${labels.join(' | ')}`);
  });

  it('shows the dashboard strings in Chinese', async () => {
    const frame = await openDashboard(vs.page, locale, /方案/);
    const text = await frameText(frame, 'dashboard-zh');
    const stages = await frame.locator('ol.pipeline li.stage .stage-label').allInnerTexts();
    STAGES_ZH.forEach((s, i) => assert.ok(stages[i]?.startsWith(s), `stage ${i}: ${stages.join(' | ')}`));
    assert.match(await frame.locator('li.pitfall[data-code="scope-creep"] .pitfall-summary').innerText(), /[\u4e00-\u9fff]/);
    assert.match(await frame.locator('li.pitfall[data-code="scope-creep"] button.goto').innerText(), /[\u4e00-\u9fff]/);
    const english = text.match(/\b(Stage progress|Stakeholder map|Pitfalls|Warnings|Go to|Deliverables|Check|Advance stage|Record review|done|current|to do)\b/g);
    assert.equal(english, null, `English UI strings in the zh-CN dashboard: ${english?.join(', ')}`);
    await shot(vs.page, 'sidebar-zh-CN-light', 'sidebar-zh-CN-light');
  });
});

