import * as vscode from 'vscode';
import type { EngagementOption, PanelHostMessage, WebviewMessage } from '../../webview/protocol';
import { runDashboardAction } from '../dashboard/dashboardActions';
import { makeNonce } from '../dashboard/dashboardHtml';
import { engagementFacts, validateMessage } from '../dashboard/messageValidator';
import { displayLanguageOf } from '../displayLanguage';
import type { EngagementState, EngagementStoreApi } from '../storeApi';
import { panelHtml } from './panelHtml';
import { panelModel } from './panelModel';
import { panelStrings } from './panelStrings';

/** The webview panel type (also the serializer's id: a restored window brings the dashboard back). */
export const DASHBOARD_PANEL_TYPE = 'presales.dashboardPanel';

/** Store changes arrive in bursts (a save re-checks several files): one update per quiet spell. */
const UPDATE_DELAY_MS = 250;

/**
 * The full-size dashboard in the editor area: one panel at a time (Open Dashboard reveals it when open),
 * the sidebar's protocol and validator, debounced updates from the store.
 */
export class DashboardPanel implements vscode.Disposable {
  private static current: DashboardPanel | undefined;
  private ready = false;
  private shownKey: string | undefined;
  private sentKeys = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly lang = displayLanguageOf(vscode.env.language);

  /** Opens the dashboard beside nothing (the active editor group), or reveals the one already open. */
  static show(extensionUri: vscode.Uri, store: EngagementStoreApi): DashboardPanel {
    if (DashboardPanel.current) {
      DashboardPanel.current.panel.reveal();
      return DashboardPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(DASHBOARD_PANEL_TYPE, vscode.l10n.t('Presales Dashboard'), vscode.ViewColumn.Active, {});
    return new DashboardPanel(panel, extensionUri, store);
  }

  /** Takes over a panel VS Code restored (the serializer), showing the engagement it showed before. */
  static restore(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: EngagementStoreApi, key?: string): DashboardPanel {
    DashboardPanel.current?.panel.dispose();
    const p = new DashboardPanel(panel, extensionUri, store);
    if (key) p.shownKey = key;
    return p;
  }

  private constructor(private readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly store: EngagementStoreApi) {
    DashboardPanel.current = this;
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    const webview = panel.webview;
    webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [dist, media] };
    panel.iconPath = vscode.Uri.joinPath(media, 'presales.svg');
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'dashboardPanel.js')).toString(),
      styleUris: ['dashboard.css', 'dashboardPanel.css'].map((f) => webview.asWebviewUri(vscode.Uri.joinPath(media, f)).toString()),
      nonce: makeNonce(),
      lang: this.lang,
    });
    this.disposables.push(
      webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      store.onDidChange(() => this.schedule()),
      store.onDidChangeActive((s) => {
        if (s && s.key !== this.shownKey) { this.shownKey = s.key; this.schedule(); }
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  dispose(): void {
    if (DashboardPanel.current === this) DashboardPanel.current = undefined;
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
    this.disposables.length = 0;
  }

  private async receive(raw: unknown): Promise<void> {
    const msg = validateMessage(raw, (key) => {
      const s = this.stateOf(key);
      return s && engagementFacts(s.engagement.files.map((f) => f.path), s.status);
    });
    if (!msg) return; // The page is not trusted: anything unexpected is dropped.
    if (msg.type === 'ready') {
      if (msg.key && this.stateOf(msg.key)) this.shownKey = msg.key;
      this.ready = true;
      return this.post(this.snapshot());
    }
    const state = this.stateOf(msg.key)!;
    if (msg.type === 'pickEngagement') {
      this.shownKey = state.key;
      this.store.setActive(state.key);
      return this.post({ type: 'update', state: panelModel(state.status, state.key, this.lang) });
    }
    try {
      await runDashboardAction(this.store, state, msg as Exclude<WebviewMessage, { type: 'ready' | 'pickEngagement' }>);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The dashboard could not do that: {0}', e instanceof Error ? e.message : String(e)));
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.ready) return;
      const keys = this.options().map((o) => `${o.key}\n${o.label}`).join('\n');
      void this.post(keys === this.sentKeys ? { type: 'update', state: this.model() } : this.snapshot());
    }, UPDATE_DELAY_MS);
  }

  private snapshot(): PanelHostMessage {
    const engagements = this.options();
    this.sentKeys = engagements.map((o) => `${o.key}\n${o.label}`).join('\n');
    return { type: 'snapshot', state: this.model(), strings: panelStrings(vscode.l10n.t), engagements };
  }

  private model() {
    const s = (this.shownKey && this.stateOf(this.shownKey)) || this.store.active() || this.store.all()[0];
    if (s) this.panel.title = `${vscode.l10n.t('Presales Dashboard')} · ${s.status.title || s.status.id}`;
    return s && panelModel(s.status, s.key, this.lang);
  }

  private options(): EngagementOption[] {
    const all = this.store.all();
    const titles = all.map((s) => s.status.title || s.status.id);
    return all.map((s, i) => ({
      key: s.key,
      label: titles.indexOf(titles[i]) !== titles.lastIndexOf(titles[i]) ? `${titles[i]} (${s.engagement.root || s.folder.name})` : titles[i],
    }));
  }

  private stateOf(key: string): EngagementState | undefined {
    return this.store.all().find((s) => s.key === key);
  }

  private async post(msg: PanelHostMessage): Promise<void> {
    if (this.ready) await this.panel.webview.postMessage(msg);
  }
}
