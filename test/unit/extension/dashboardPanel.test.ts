import '../helpers/useFakeVscode';
import type * as vscode from 'vscode';
import './dashboardPanelFakes';
import * as assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { DashboardPanel } from '../../../src/extension/dashboardPanel/dashboardPanel';
import type { EngagementState } from '../../../src/extension/storeApi';
import type { PanelHostMessage } from '../../../src/webview/protocol';
import { fsFromFolder } from '../helpers/checkFixture';
import { FixedStore, statesOf } from '../helpers/engagementStates';
import { fake, Uri, window, workspace } from '../helpers/fakeVscode';
import { FakeWebviewPanel } from '../helpers/fakeWebviewPanel';

const created: FakeWebviewPanel<PanelHostMessage>[] = [];
const EXT = Uri.file('/ext') as unknown as vscode.Uri;
// The shared fake has no webview panels: this test adds just what the controller calls.
Object.assign(window, {
  createWebviewPanel: () => { const p = new FakeWebviewPanel<PanelHostMessage>(); created.push(p); return p; },
  showTextDocument: async (doc: { uri: Uri }, options?: { selection?: { start: { line: number } } }) => {
    fake.shownDocuments.push(doc.uri.toString());
    if (options?.selection) fake.shownSelections.push({ uri: doc.uri.toString(), line: options.selection.start.line });
    return { revealRange: () => undefined };
  },
});
// The engagement is read from the repo's fixture folder, not the fake workspace: a document is just its URI.
Object.assign(workspace, { openTextDocument: async (uri: Uri) => ({ uri }) });

let states: EngagementState[];
before(async () => {
  states = (await statesOf(fsFromFolder('test/fixtures/dashboard-panel'), undefined, '2026-11-28'));
});
beforeEach(() => {
  for (const p of created.splice(0)) p.dispose();
  fake.shownDocuments.length = 0;
  fake.shownSelections.length = 0;
  fake.shownMessages.length = 0;
});

describe('editor-area dashboard: host', () => {
  it('opens one panel and reveals it on the next Open Dashboard; a closed one is opened anew', () => {
    const store = new FixedStore(states);
    DashboardPanel.show(EXT, store);
    DashboardPanel.show(EXT, store);
    assert.equal(created.length, 1);
    assert.equal(created[0].reveals, 1);
    created[0].dispose();
    DashboardPanel.show(EXT, store);
    assert.equal(created.length, 2);
  });

  it('serves the CSP page with its bundle, scripts on, command URIs off, only dist/ and media/ readable', () => {
    DashboardPanel.show(EXT, new FixedStore(states));
    const { html, options } = created[0].webview;
    assert.match(html, /content="default-src 'none'; style-src https:\/\/x\.vscode-cdn\.net; script-src 'nonce-[0-9a-f]{32}';/);
    assert.match(html, /<script nonce="[0-9a-f]{32}" src="file:\/\/\/ext\/dist\/dashboardPanel\.js"><\/script>/);
    assert.equal(options.enableScripts, true);
    assert.equal(options.enableCommandUris, false);
    assert.deepEqual((options.localResourceRoots as Uri[]).map(String), ['file:///ext/dist', 'file:///ext/media']);
  });

  it('answers ready with a snapshot of the engagement and its strings; acts only on validated messages', async () => {
    DashboardPanel.show(EXT, new FixedStore(states));
    const p = created[0];
    await p.send({ type: 'ready' });
    const snap = p.posted[0];
    assert.equal(snap.type, 'snapshot');
    assert.equal(snap.state?.key, states[0].key);
    assert.equal(snap.state?.map.rows.flatMap((r) => r.cells.flatMap((c) => c.chips)).length, 26);
    assert.ok(snap.state?.bidDetail, 'the bid detail of the bidding stage');
    assert.equal((snap as Extract<PanelHostMessage, { type: 'snapshot' }>).strings['panel.title'], 'Presales Dashboard');
    assert.match(p.title, /^Presales Dashboard · 青山县/);
    const at = snap.state!.map.concerns.find((c) => c.answeredAt)!.answeredAt!;
    // Forged: a path outside the engagement, an unknown field, an unknown key. Nothing opens.
    await p.send({ type: 'reveal', key: states[0].key, file: '../../etc/passwd', range: at.range });
    await p.send({ type: 'reveal', key: states[0].key, file: at.file, range: at.range, extra: 1 });
    await p.send({ type: 'reveal', key: 'nope', file: at.file, range: at.range });
    assert.deepEqual(fake.shownDocuments, []);
    await p.send({ type: 'reveal', key: states[0].key, file: at.file, range: at.range });
    for (let i = 0; i < 20 && !fake.shownSelections.length; i++) await new Promise((r) => setImmediate(r));
    assert.deepEqual(fake.shownMessages, []);
    assert.deepEqual(fake.shownSelections, [{ uri: `file:///ws/${at.file}`, line: at.range.start.line }]);
  });
});
