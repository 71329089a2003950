/**
 * Language features as a writer meets them in a real VS Code (code-server + Playwright, offline): hovering a
 * stakeholder id shows the person's card, and typing in a pricing line's `req:` list completes requirement
 * ids — in an English and a Chinese (zh-CN) session. Workspace: a fresh temp copy of examples/acme-his. Run:
 *   node --import tsx --test test/e2e/language.e2e.ts
 */
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT } from './codeServer.ts';
import { closeExample, openExample } from './exampleWorkspace.ts';
import { loadManifest } from './manifest.ts';
import type { VsCode } from './vscode.ts';
import { noHover, screenshot } from './workbench.ts';

const extensionPath = resolve(process.env.E2E_EXTENSION ?? REPO_ROOT);
const M = loadManifest(extensionPath);

/** Opens a workspace file by Quick Open and returns its editor once the file's text is shown. */
async function openFile(page: Page, name: string, visibleText: string): Promise<Locator> {
  await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor').filter({ has: page.locator('.view-line', { hasText: visibleText }) }).first();
  try {
    await editor.waitFor({ timeout: 15_000 });
  } catch (e) {
    await screenshot(page, `language-open-failed-${name}`);
    throw e;
  }
  return editor;
}

/** The rendered span of an exact token on the line that holds `lineText`. */
function token(editor: Locator, lineText: string, text: string): Locator {
  return editor.locator('.view-line', { hasText: lineText }).first().locator('span > span', { hasText: new RegExp(`^${text}$`) }).first();
}

/**
 * Hovers `target` until our card (`expect`) shows. The store checks the engagement right after activation;
 * until then there is no card, so the hover is retried — each try waits on the DOM, never on a timer.
 */
async function hoverCard(page: Page, target: Locator, expect: RegExp, timeoutMs = 60_000): Promise<string> {
  const card = page.locator('.monaco-hover').filter({ visible: true }).filter({ hasText: expect }).first();
  const end = Date.now() + timeoutMs;
  for (;;) {
    await target.hover();
    try {
      await card.waitFor({ timeout: 5_000 });
      return card.innerText();
    } catch (e) {
      if (Date.now() > end) throw new Error(`no hover card matching ${expect}`, { cause: e });
      await page.mouse.move(5, 400);
      await noHover(page).catch(() => undefined);
    }
  }
}

for (const locale of [undefined, 'zh-cn'] as const) {
  const zh = locale === 'zh-cn';
  describe(`language features in a real VS Code (${zh ? 'zh-CN' : 'en'})`, { timeout: 240_000 }, () => {
    let vs: VsCode;
    let ws: string;
    before(async () => {
      ({ vs, ws } = await openExample({ example: 'acme-his', tempPrefix: 'presales-e2e-lang-', extensionPath, main: M.manifest.main, locale }));
    });
    after(() => closeExample({ vs, ws }));

    it('hovers a stakeholder id in requirements.yaml and shows the person', async () => {
      const editor = await openFile(vs.page, 'requirements.yaml', 'source: li-zhuren');
      const text = await hoverCard(vs.page, token(editor, 'source: li-zhuren', 'li-zhuren'), /李慧/);
      await screenshot(vs.page, `language-hover-${zh ? 'zh' : 'en'}`);
      assert.match(text, /李慧 · 门诊部主任 — li-zhuren/, text);
      assert.match(text, zh ? /业务决策者 · 影响力 中 × 态度 支持者/ : /Business decider · Influence: Medium × Attitude: Supporter/, text);
      assert.match(text, zh ? /关注点：功能、易用性/ : /Concerns: Function, Usability/, text);
      assert.match(text, zh ? /最近联系：2026-11-18（\d+ 天前）/ : /Last contact: 2026-11-18 \(\d+ days? ago\)/, text);
    });

    it('completes a requirement id in a pricing line', async () => {
      await vs.page.mouse.move(5, 400);
      await noHover(vs.page).catch(() => undefined);
      const editor = await openFile(vs.page, 'pricing.yaml', 'unit_price: 180000');
      // `    req: [REQ-004]` of 移动护理软件: put the cursor before `]` and add a second id.
      const line = editor.locator('.view-line', { hasText: 'req: [REQ-004]' }).first();
      await line.click();
      await vs.page.keyboard.press('End');
      await vs.page.keyboard.press('ArrowLeft');
      await vs.page.keyboard.type(', REQ-00');
      const suggest = vs.page.locator('.editor-widget.suggest-widget.visible');
      const row = suggest.locator('.monaco-list-row', { hasText: 'REQ-008' }).first();
      try {
        await row.waitFor({ timeout: 10_000 });
      } catch {
        await vs.page.keyboard.press('Control+Space'); // the session may have closed while the store was checking
        await row.waitFor({ timeout: 15_000 });
      }
      const labels = await suggest.locator('.monaco-list-row .label-name').allInnerTexts();
      await screenshot(vs.page, `language-complete-${zh ? 'zh' : 'en'}`);
      assert.deepEqual(labels.filter((l) => /^REQ-\d+$/.test(l)).sort().slice(0, 3), ['REQ-001', 'REQ-002', 'REQ-003'], labels.join(' | '));
      await vs.page.keyboard.type('8');
      await suggest.locator('.monaco-list-row.focused', { hasText: 'REQ-008' }).waitFor({ timeout: 10_000 });
      await vs.page.keyboard.press('Enter');
      await editor.locator('.view-line', { hasText: 'req: [REQ-004, REQ-008]' }).waitFor({ timeout: 10_000 });
    });

    it('renames a stakeholder id with F2 across files, and one undo restores every file', async () => {
      const stakeholders = await openFile(vs.page, 'stakeholders.yaml', 'id: li-zhuren');
      await token(stakeholders, 'id: li-zhuren', 'li-zhuren').click();
      await vs.page.keyboard.press('F2');
      const input = vs.page.locator('.rename-box input').first();
      await input.waitFor({ timeout: 15_000 });
      assert.equal(await input.inputValue(), 'li-zhuren');
      await input.fill('li-hui');
      await vs.page.keyboard.press('Enter');
      // The editor locators above filter on the text, so the renamed text is looked up in the visible editor.
      const shown = (text: string) => vs.page.locator('.editor-instance .view-line', { hasText: text }).first();
      await shown('id: li-hui').waitFor({ timeout: 15_000 });
      await openFile(vs.page, 'activities.yaml', 'with: [zhang-yuanzhang, wang-zhuren, li-hui]');
      await screenshot(vs.page, `language-rename-${zh ? 'zh' : 'en'}`);
      // Back in stakeholders.yaml, Ctrl+Z undoes the rename; VS Code asks whether to undo it in every file.
      // Clicking the tab focuses that editor with its cursor where the rename left it.
      await vs.page.locator('.tabs-container .tab', { hasText: 'stakeholders.yaml' }).first().click();
      await shown('id: li-hui').waitFor({ timeout: 15_000 });
      await vs.page.keyboard.press('Control+Z');
      // VS Code may ask whether to undo the rename in every file (a split-able workspace edit); answer "all".
      const dialog = vs.page.locator('.monaco-dialog-box');
      const quietly = (p: Promise<void>) => p.catch(() => undefined); // the other one times out later, unobserved
      await Promise.race([quietly(dialog.waitFor({ timeout: 15_000 })), quietly(shown('id: li-zhuren').waitFor({ timeout: 15_000 }))]);
      await screenshot(vs.page, `language-undo-${zh ? 'zh' : 'en'}`);
      if (await dialog.isVisible()) await dialog.locator('.monaco-button', { hasText: /Undo in \d+ Files/ }).click();
      await shown('id: li-zhuren').waitFor({ timeout: 15_000 });
      await vs.page.locator('.tabs-container .tab', { hasText: 'activities.yaml' }).first().click();
      await shown('with: [zhang-yuanzhang, wang-zhuren, li-zhuren]').waitFor({ timeout: 15_000 });
      assert.equal(await vs.page.locator('.editor-instance .view-line', { hasText: 'li-hui' }).count(), 0);
    });
  });
}
