import * as vscode from 'vscode';
import type { DashboardStringKey, PanelModel, PanelStringKey } from '../../webview/protocol';
import { DashboardFeed } from '../dashboard/dashboardFeed';
import { displayLanguageOf } from '../displayLanguage';
import { SingletonPanel } from '../singletonPanel';
import type { EngagementStoreApi } from '../storeApi';
import { serveWebviewPage } from '../webviewPage';
import { panelModel } from './panelModel';
import { panelStrings } from './panelStrings';

/** The webview panel type (also the serializer's id: a restored window brings the dashboard back). */
export const DASHBOARD_PANEL_TYPE = 'presales.dashboardPanel';

/** Open Dashboard reveals the one open; the serializer's restored panel replaces it. */
const panels = new SingletonPanel<DashboardPanel>({ viewType: DASHBOARD_PANEL_TYPE, title: () => vscode.l10n.t('Presales Dashboard') });

/**
 * The full-size dashboard in the editor area: one panel at a time (Open Dashboard reveals it when open),
 * the sidebar's protocol, validator and debounced updates (the shared feed).
 */
export class DashboardPanel implements vscode.Disposable {
  private readonly feed: DashboardFeed<PanelModel, DashboardStringKey | PanelStringKey>;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly lang = displayLanguageOf(vscode.env.language);

  /** Opens the dashboard beside nothing (the active editor group), or reveals the one already open. */
  static show(extensionUri: vscode.Uri, store: EngagementStoreApi): DashboardPanel {
    return panels.open((panel, gone) => new DashboardPanel(panel, extensionUri, store, gone));
  }

  /** Takes over a panel VS Code restored (the serializer), showing the engagement it showed before. */
  static restore(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: EngagementStoreApi, key?: string): DashboardPanel {
    const p = panels.adopt(panel, (restored, gone) => new DashboardPanel(restored, extensionUri, store, gone));
    if (key) p.feed.show(key);
    return p;
  }

  private constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, store: EngagementStoreApi, private readonly gone: () => void) {
    this.feed = new DashboardFeed(store, {
      model: (s) => panelModel(s.status, s.key, this.lang),
      strings: () => panelStrings(vscode.l10n.t),
      post: (msg) => panel.webview.postMessage(msg),
      shown: (s) => { panel.title = `${vscode.l10n.t('Presales Dashboard')} · ${s.status.title || s.status.id}`; },
    });
    const media = serveWebviewPage(panel.webview, extensionUri, {
      script: 'dashboardPanel.js',
      styles: ['dashboard.css', 'dashboardPanel.css'],
      lang: this.lang,
      bodyClass: 'dashboard-panel',
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'presales.svg');
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => void this.feed.receive(m)),
      ...this.feed.watchStore(),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  dispose(): void {
    this.gone();
    this.feed.dispose();
    this.disposables.forEach((d) => d.dispose());
    this.disposables.length = 0;
  }
}
