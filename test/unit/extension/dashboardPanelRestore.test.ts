import '../helpers/useFakeVscode';
import type * as vscode from 'vscode';
import './dashboardPanelFakes';
import * as assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { DASHBOARD_PANEL_TYPE, DashboardPanel } from '../../../src/extension/dashboardPanel/dashboardPanel';
import { registerDashboardPanel } from '../../../src/extension/dashboardPanel/registerDashboardPanel';
import type { EngagementState } from '../../../src/extension/storeApi';
import type { PanelHostMessage } from '../../../src/webview/protocol';
import { fsFromFolder } from '../helpers/checkFixture';
import { FixedStore, statesOf } from '../helpers/engagementStates';
import { Uri, window } from '../helpers/fakeVscode';
import { FakeWebviewPanel } from '../helpers/fakeWebviewPanel';

/** A webview panel as VS Code hands it over: restored by the serializer, or created by Open Dashboard. */
class FakePanel extends FakeWebviewPanel<PanelHostMessage> {
  closed = false;
  override dispose(): void {
    this.closed = true;
    super.dispose();
  }
  /** The restored page says `ready` (as its script does on load) and the host has answered. */
  async ready(): Promise<PanelHostMessage> {
    await this.send({ type: 'ready' });
    return this.posted[this.posted.length - 1];
  }
}

type Serializer = { deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Thenable<void> };
const serializers = new Map<string, Serializer>();
const created: FakePanel[] = [];
Object.assign(window, {
  registerWebviewPanelSerializer: (viewType: string, s: Serializer) => {
    serializers.set(viewType, s);
    return { dispose: () => serializers.delete(viewType) };
  },
  createWebviewPanel: () => { const p = new FakePanel(); created.push(p); return p; },
});

let states: EngagementState[];
let context: { extensionUri: Uri; subscriptions: { dispose(): unknown }[] };
before(async () => {
  // Three engagements: the store's active one is the first, so a restore that shows another proves the saved key.
  states = await statesOf(fsFromFolder('examples'), undefined, '2026-11-28');
});
beforeEach(() => {
  for (const d of context?.subscriptions.splice(0) ?? []) d.dispose();
  created.length = 0;
  context = { extensionUri: Uri.file('/ext'), subscriptions: [] };
});

/** What VS Code does after a reload: it hands the serializer a fresh panel and the page's saved state. */
async function restore(state: unknown): Promise<FakePanel> {
  const panel = new FakePanel();
  await serializers.get(DASHBOARD_PANEL_TYPE)!.deserializeWebviewPanel(panel as unknown as vscode.WebviewPanel, state);
  return panel;
}
const keyOf = (m: PanelHostMessage) => (m.type === 'snapshot' ? m.state?.key : undefined);

describe('editor-area dashboard: restored after a reload (WebviewPanelSerializer)', () => {
  it('registers its serializer for the panel type, disposed with the extension', () => {
    registerDashboardPanel(context as unknown as vscode.ExtensionContext, new FixedStore(states));
    assert.deepEqual([...serializers.keys()], [DASHBOARD_PANEL_TYPE]);
    assert.equal(context.subscriptions.length, 1);
    context.subscriptions.splice(0).forEach((d) => d.dispose());
    assert.equal(serializers.size, 0);
  });

  it('serves the page again and shows the engagement it showed before (the saved key), not the active one', async () => {
    assert.ok(states.length >= 3);
    registerDashboardPanel(context as unknown as vscode.ExtensionContext, new FixedStore(states));
    const saved = states[2];
    const panel = await restore({ collapsed: { bid: true }, key: saved.key });
    assert.match(panel.webview.html, /<script nonce="[0-9a-f]{32}" src="file:\/\/\/ext\/dist\/dashboardPanel\.js"><\/script>/);
    assert.equal(panel.webview.options.enableCommandUris, false);
    const snap = await panel.ready();
    assert.equal(snap.type, 'snapshot');
    assert.equal(keyOf(snap), saved.key);
    assert.notEqual(saved.key, states[0].key);
    assert.equal(panel.title, `Presales Dashboard · ${saved.status.title}`);
  });

  it('the restored panel is the one Open Dashboard reveals, and it replaces a panel already open', async () => {
    registerDashboardPanel(context as unknown as vscode.ExtensionContext, new FixedStore(states));
    DashboardPanel.show(context.extensionUri as unknown as vscode.Uri, new FixedStore(states));
    assert.equal(created.length, 1);
    const panel = await restore({ key: states[1].key });
    assert.equal(created[0].closed, true, 'the other panel is closed: one dashboard at a time');
    DashboardPanel.show(context.extensionUri as unknown as vscode.Uri, new FixedStore(states));
    assert.deepEqual([created.length, panel.reveals], [1, 1]);
    panel.dispose();
    DashboardPanel.show(context.extensionUri as unknown as vscode.Uri, new FixedStore(states));
    assert.equal(created.length, 2, 'once closed, Open Dashboard opens a new one');
    created[1].dispose();
  });

  it('a saved state that is missing, forged or names a gone engagement restores onto the active engagement', async () => {
    registerDashboardPanel(context as unknown as vscode.ExtensionContext, new FixedStore(states));
    for (const state of [undefined, null, 'key', { key: 42 }, { key: { toString: () => states[2].key } }, { key: 'file:///gone#x' }]) {
      const panel = await restore(state);
      assert.equal(keyOf(await panel.ready()), states[0].key, JSON.stringify(state));
      panel.dispose();
    }
  });
});
