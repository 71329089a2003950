import * as vscode from 'vscode';
import type { EngagementState, EngagementStoreApi } from '../storeApi';
import type { EngagementOption, HostMessage, WebviewMessage } from '../../webview/protocol';
import { runDashboardAction } from './dashboardActions';
import { dashboardHtml, makeNonce } from './dashboardHtml';
import { dashboardModel } from './dashboardModel';
import { dashboardStrings } from './dashboardStrings';
import { displayLanguageOf } from '../displayLanguage';
import { engagementFacts, validateMessage } from './messageValidator';

/** The id of the sidebar view (package.json `contributes.views.presales`). */
export const DASHBOARD_VIEW_ID = 'presales.dashboard';

/** Store changes arrive in bursts (a save re-checks several files): one update per quiet spell. */
const UPDATE_DELAY_MS = 250;

/** The sidebar dashboard: serves the page, answers `ready` with a snapshot and pushes debounced updates. */
export class DashboardProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private shownKey: string | undefined;
  private sentKeys = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly lang = displayLanguageOf(vscode.env.language);

  constructor(private readonly extensionUri: vscode.Uri, private readonly store: EngagementStoreApi) {
    this.subscriptions.push(
      store.onDidChange(() => this.schedule()),
      store.onDidChangeActive((s) => {
        if (s && s.key !== this.shownKey) { this.shownKey = s.key; this.schedule(); }
      }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [dist, media] };
    view.webview.html = dashboardHtml({
      cspSource: view.webview.cspSource,
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.css')).toString(),
      nonce: makeNonce(),
      lang: this.lang,
    });
    const perView = [
      view.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      // Without retainContextWhenHidden a hidden view loses its page; the next one says `ready` again.
      view.onDidChangeVisibility(() => { if (!view.visible) this.ready = false; }),
    ];
    view.onDidDispose(() => {
      perView.forEach((d) => d.dispose());
      if (this.view === view) { this.view = undefined; this.ready = false; }
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((d) => d.dispose());
  }

  private async receive(raw: unknown): Promise<void> {
    const msg = validateMessage(raw, (key) => {
      const s = this.stateOf(key);
      return s && engagementFacts(s.engagement.files.map((f) => f.path), s.status);
    });
    if (!msg) return; // Anything unexpected is dropped: the page is not trusted.
    if (msg.type === 'ready') {
      if (msg.key && this.stateOf(msg.key)) this.shownKey = msg.key;
      this.ready = true;
      return this.post(this.snapshot());
    }
    const state = this.stateOf(msg.key)!;
    if (msg.type === 'pickEngagement') {
      this.shownKey = state.key;
      this.store.setActive(state.key);
      return this.post({ type: 'update', state: dashboardModel(state.status, state.key, this.lang) });
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

  private snapshot(): HostMessage {
    const engagements = this.options();
    this.sentKeys = engagements.map((o) => `${o.key}\n${o.label}`).join('\n');
    return { type: 'snapshot', state: this.model(), strings: dashboardStrings(vscode.l10n.t), engagements };
  }

  private model() {
    const s = (this.shownKey && this.stateOf(this.shownKey)) || this.store.active() || this.store.all()[0];
    return s && dashboardModel(s.status, s.key, this.lang);
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

  private async post(msg: HostMessage): Promise<void> {
    if (this.view && this.ready) await this.view.webview.postMessage(msg);
  }
}
