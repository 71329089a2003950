/**
 * Playwright helpers for the VS Code 1.99 workbench (selectors verified in code-server 4.99.4).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { REPO_ROOT } from './codeServer.ts';

/** Waits until the workbench and (optionally) a file in the Explorer are shown. */
export async function waitForWorkbench(page: Page, explorerFile?: string): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  if (explorerFile) {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: explorerFile }).first().waitFor({ timeout: 30_000 });
  }
}

/**
 * Runs a command by its palette title (F1, type, Enter). Retries while the command registry is
 * still loading ("No matching commands").
 */
export async function runCommand(page: Page, title: string, timeoutMs = 30_000): Promise<void> {
  const input = page.locator('.quick-input-widget input.input');
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (!(await input.isVisible())) {
      await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
      await page.keyboard.press('F1');
      await input.waitFor({ timeout: 10_000 });
    }
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: 2_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      if (Date.now() > end) throw new Error(`command not found in palette: ${title}`, { cause: e });
      await page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden', timeout: 10_000 }); // reopen only once the palette has closed
    }
  }
}

/** Opens a view container from the activity bar by its title, e.g. `'Explorer'` or our container title. */
export async function openViewContainer(page: Page, containerTitle: string): Promise<void> {
  const label = page.locator(`a.action-label[aria-label^="${containerTitle}"]`);
  const item = page.locator('.activitybar .action-item', { has: label }).first();
  await item.waitFor({ timeout: 30_000 });
  if ((await item.getAttribute('class'))?.includes('checked')) return;
  await item.locator('a.action-label').click();
}

/**
 * Opens a view: clicks its container in the activity bar, then expands its pane if collapsed.
 * A view alone in its container has a hidden header, so the header is only waited for as attached.
 */
export async function openView(page: Page, containerTitle: string, viewName: string): Promise<Locator> {
  await openViewContainer(page, containerTitle);
  const pane = viewPane(page, viewName);
  const header = pane.locator('.pane-header').first();
  await header.waitFor({ state: 'attached', timeout: 30_000 });
  if ((await header.isVisible()) && (await header.getAttribute('aria-expanded')) === 'false') await header.click();
  return pane;
}

/** The `.pane` of a view, found by the name in its header. */
export function viewPane(page: Page, viewName: string): Locator {
  return page.locator('.pane', { has: page.locator('.pane-header', { hasText: viewName }) }).first();
}

/** Labels of the visible rows of a tree view (waits for at least `min` rows). */
export async function treeLabels(page: Page, viewName: string, min = 1): Promise<string[]> {
  const rows = viewPane(page, viewName).locator('.monaco-list-row[role="treeitem"]');
  await rows.nth(min - 1).waitFor({ timeout: 30_000 });
  return rows.locator('.label-name').allInnerTexts();
}

/** Locator of notification toast messages, optionally filtered by text. */
export function notification(page: Page, text?: string | RegExp): Locator {
  const all = page.locator('.notifications-toasts .notification-toast .notification-list-item-message');
  return text === undefined ? all : all.filter({ hasText: text });
}

/** Dismisses every notification toast and waits until none is shown. */
export async function noToasts(page: Page): Promise<void> {
  const clear = page.locator('.notifications-toasts .notification-toast .codicon-notifications-clear');
  for (let i = await clear.count(); i > 0; i--) await clear.first().click({ force: true }).catch(() => undefined);
  await page.locator('.notifications-toasts .notification-toast').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Waits until no hover or tooltip is shown (after moving the mouse away). */
export async function noHover(page: Page): Promise<void> {
  await page.locator('.monaco-hover, .workbench-hover-container').filter({ visible: true }).first().waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Waits for a notification containing `text` and returns its full message. */
export async function waitForNotification(page: Page, text: string | RegExp, timeoutMs = 30_000): Promise<string> {
  const toast = notification(page, text).first();
  await toast.waitFor({ timeout: timeoutMs });
  return toast.innerText();
}

/**
 * Content frame of a webview (view or panel). `index` picks among several ready webviews in DOM order.
 */
export function webviewFrame(page: Page, index = 0): FrameLocator {
  return page.locator('iframe.webview.ready').nth(index).contentFrame().frameLocator('iframe#active-frame');
}

/** Opens the Problems panel and returns the texts of its rows. */
export async function problemRows(page: Page, min = 1): Promise<string[]> {
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.nth(min - 1).waitFor({ timeout: 30_000 });
  return rows.allInnerTexts();
}

/** Saves a full-page screenshot to `test-results/screenshots/<name>.png` and returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(REPO_ROOT, 'test-results', 'screenshots', `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Screenshot of the editor area (a panel in an editor tab), toasts and hovers cleared, to
 * `test-results/screenshots/<name>.png`; with E2E_UPDATE_DOCS=1 also to docs/screenshots/<name>.png.
 */
export async function editorShot(page: Page, name: string): Promise<void> {
  await noToasts(page);
  await page.mouse.move(2, 2);
  await noHover(page);
  const path = join(REPO_ROOT, 'test-results', 'screenshots', `${name}.png`);
  await page.locator('.part.editor').screenshot({ path });
  if (process.env.E2E_UPDATE_DOCS) {
    const docs = join(REPO_ROOT, 'docs', 'screenshots');
    mkdirSync(docs, { recursive: true });
    copyFileSync(path, join(docs, `${name}.png`));
  }
}
