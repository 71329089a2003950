import '../helpers/useFakeVscode';
import type * as vscode from 'vscode';
import './dashboardPanelFakes';
import * as assert from 'node:assert/strict';
import { afterEach, before, beforeEach, describe, it, mock } from 'node:test';
import { registerMatrixPanel, type MatrixPanel } from '../../../src/extension/matrix/matrixPanel';
import { registerPortfolioPanel, type PortfolioPanel } from '../../../src/extension/portfolio/portfolioPanel';
import type { EngagementState } from '../../../src/extension/storeApi';
import { fsFromFolder } from '../helpers/checkFixture';
import { FixedStore, statesOf } from '../helpers/engagementStates';
import { commands, Uri, window } from '../helpers/fakeVscode';
import { FakeWebviewPanel } from '../helpers/fakeWebviewPanel';

const created: FakeWebviewPanel[] = [];
Object.assign(window, {
  createWebviewPanel: (viewType: string, title: string, _column: unknown, options: unknown) => {
    const p = new FakeWebviewPanel(viewType, title, options);
    created.push(p);
    return p;
  },
});
const context = () => ({ extensionUri: Uri.file('/ext'), subscriptions: [] as { dispose(): unknown }[] }) as unknown as vscode.ExtensionContext;

let states: EngagementState[];
before(async () => {
  states = await statesOf(fsFromFolder('test/fixtures/dashboard-panel'), undefined, '2026-11-28');
});
beforeEach(() => { created.length = 0; });
afterEach(() => { mock.timers.reset(); });

describe('single-instance panels (matrix, portfolio): open, reveal, close', () => {
  for (const [name, register, command, viewType, script, style] of [
    ['matrix', registerMatrixPanel, 'presales.openMatrix', 'presales.matrix', 'matrix.js', 'matrix.css'],
    ['portfolio', registerPortfolioPanel, 'presales.openPortfolio', 'presales.portfolio', 'portfolio.js', 'portfolio.css'],
  ] as const) {
    it(`${name}: one panel, revealed by the next open; a closed one is opened anew; unregistering closes it`, async () => {
      const ctx = context();
      const registration = register(ctx, new FixedStore(states));
      assert.equal(ctx.subscriptions.length, 1);
      const first = await commands.executeCommand(command) as MatrixPanel | PortfolioPanel;
      assert.equal(await commands.executeCommand(command), first);
      assert.equal(created.length, 1);
      assert.deepEqual([created[0].viewType, created[0].reveals, created[0].createdWith], [viewType, 1, { enableScripts: true, enableCommandUris: false }]);
      created[0].dispose();
      const second = await commands.executeCommand(command);
      assert.notEqual(second, first);
      assert.equal(created.length, 2);
      let closed = false;
      created[1].onDidDispose(() => { closed = true; });
      registration.dispose();
      assert.equal(closed, true);
      assert.equal(await commands.executeCommand(command), undefined, 'the command is gone');
    });

    it(`${name}: the shared CSP page, the shared table stylesheet before its own`, async () => {
      const registration = register(context(), new FixedStore(states));
      await commands.executeCommand(command);
      const { html, options } = created[0].webview;
      assert.match(html, /content="default-src 'none'; style-src https:\/\/x\.vscode-cdn\.net; script-src 'nonce-[0-9a-f]{32}';/);
      assert.match(html, new RegExp(`<script nonce="[0-9a-f]{32}" src="file:///ext/dist/${script.replace('.', '\\.')}"></script>`));
      assert.deepEqual([...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]), ['file:///ext/media/table.css', `file:///ext/media/${style}`]);
      assert.deepEqual([options.enableScripts, options.enableCommandUris], [true, false]);
      assert.deepEqual((options.localResourceRoots as Uri[]).map(String), ['file:///ext/dist', 'file:///ext/media']);
      registration.dispose();
    });

    it(`${name}: posts nothing before ready or once hidden; store bursts become one update`, async () => {
      mock.timers.enable({ apis: ['setTimeout'] });
      const store = new FixedStore(states);
      const registration = register(context(), store);
      await commands.executeCommand(command);
      const p = created[0];
      store.set(states);
      mock.timers.tick(1000);
      await new Promise((r) => setImmediate(r));
      assert.equal(p.posted.length, 0, 'not before ready');
      await p.send({ type: 'ready' });
      assert.deepEqual(p.posted.map((m) => m.type), ['snapshot']);
      store.set(states);
      store.set(states);
      store.set(states);
      mock.timers.tick(1000);
      await new Promise((r) => setImmediate(r));
      assert.deepEqual(p.posted.map((m) => m.type), ['snapshot', 'update']);
      p.hide();
      store.set(states);
      mock.timers.tick(1000);
      await new Promise((r) => setImmediate(r));
      assert.equal(p.posted.length, 2, 'a hidden page has lost its document: nothing until it says ready again');
      registration.dispose();
    });
  }
});
