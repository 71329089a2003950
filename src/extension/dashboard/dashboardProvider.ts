import * as vscode from 'vscode';
import type { EngagementStoreApi } from '../storeApi';
import type { DashboardModel, DashboardStringKey } from '../../webview/protocol';
import { DashboardFeed } from './dashboardFeed';
import { dashboardModel } from './dashboardModel';
import { dashboardStrings } from './dashboardStrings';
import { displayLanguageOf } from '../displayLanguage';
import { serveWebviewPage } from '../webviewPage';

/** The id of the sidebar view (package.json `contributes.views.presales`). */
export const DASHBOARD_VIEW_ID = 'presales.dashboard';

/** The sidebar dashboard: serves the page; the shared feed answers `ready` with a snapshot and pushes debounced updates. */
export class DashboardProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly lang = displayLanguageOf(vscode.env.language);
  private readonly feed: DashboardFeed<DashboardModel, DashboardStringKey>;

  constructor(private readonly extensionUri: vscode.Uri, store: EngagementStoreApi) {
    this.feed = new DashboardFeed(store, {
      model: (s) => dashboardModel(s.status, s.key, this.lang),
      strings: () => dashboardStrings(vscode.l10n.t),
      post: (msg) => this.view?.webview.postMessage(msg),
    });
    this.subscriptions.push(...this.feed.watchStore());
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.feed.pageGone();
    serveWebviewPage(view.webview, this.extensionUri, { script: 'webview.js', styles: ['dashboard.css'], lang: this.lang });
    const perView = [
      view.webview.onDidReceiveMessage((m: unknown) => void this.feed.receive(m)),
      // Without retainContextWhenHidden a hidden view loses its page; the next one says `ready` again.
      view.onDidChangeVisibility(() => { if (!view.visible) this.feed.pageGone(); }),
    ];
    view.onDidDispose(() => {
      perView.forEach((d) => d.dispose());
      if (this.view === view) { this.view = undefined; this.feed.pageGone(); }
    });
  }

  dispose(): void {
    this.feed.dispose();
    this.subscriptions.forEach((d) => d.dispose());
  }
}
