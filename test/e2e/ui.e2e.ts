/**
 * UI end-to-end tests in a real VS Code (code-server) driven by Playwright. Run:
 *   node --import tsx --test test/e2e/ui.e2e.ts
 * Env: E2E_EXTENSION (extension folder, default repo root), E2E_FOLDER (workspace, default examples/),
 * E2E_LOCALE (e.g. zh-cn). Screenshots: test-results/screenshots/.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from './codeServer.ts';
import { startVsCode, type VsCode } from './vscode.ts';
import { openView, screenshot, viewPane, waitForWorkbench } from './workbench.ts';

/** The extension id our manifest must produce (`<publisher>.<name>`). */
const EXTENSION_ID = 'presales-workbench.presales-workbench';
const extensionPath = resolve(process.env.E2E_EXTENSION ?? REPO_ROOT);
const examples = join(REPO_ROOT, 'examples');
const folder = resolve(process.env.E2E_FOLDER ?? (existsSync(examples) ? examples : mkdtempSync(join(tmpdir(), 'e2e-ws-'))));

interface Manifest {
  publisher: string; name: string; main: string;
  contributes?: { viewsContainers?: { activitybar?: { id: string; title: string }[] }; views?: Record<string, { id: string; name: string }[]> };
}
const manifest = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8')) as Manifest;

/** Resolves `%key%` manifest strings via package.nls.<locale>.json, then package.nls.json. */
function nls(value: string): string {
  const m = /^%(.+)%$/.exec(value);
  if (!m) return value;
  const locale = process.env.E2E_LOCALE?.toLowerCase();
  for (const name of [...(locale ? [`package.nls.${locale}.json`] : []), 'package.nls.json']) {
    const file = join(extensionPath, name);
    const text = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)[m[1]] : undefined;
    if (text) return text;
  }
  return value;
}

describe('Presales Workbench in VS Code', { timeout: 180_000 }, () => {
  let vs: VsCode;
  before(async () => {
    assert.equal(`${manifest.publisher}.${manifest.name}`, EXTENSION_ID, 'manifest publisher/name');
    assert.ok(existsSync(join(extensionPath, manifest.main)), `${manifest.main} missing: build the extension first`);
    vs = await startVsCode({ folder, extensionPath, locale: process.env.E2E_LOCALE });
  });
  after(async () => { await vs?.close(); });

  it('loads and shows its activity-bar container with its first view', async () => {
    await waitForWorkbench(vs.page);
    const container = manifest.contributes?.viewsContainers?.activitybar?.[0];
    assert.ok(container, 'manifest contributes no activity-bar container');
    const view = manifest.contributes?.views?.[container.id]?.[0];
    assert.ok(view, `no view in container ${container.id}`);
    try {
      await openView(vs.page, nls(container.title), nls(view.name));
      await viewPane(vs.page, nls(view.name)).locator('.pane-body').waitFor({ timeout: 30_000 });
    } finally {
      await screenshot(vs.page, 'ui-container');
    }
  });
});
