import * as vscode from 'vscode';
import { STAGES } from '../core';
import { displayLanguageOf, pick } from './displayLanguage';
import type { EngagementStoreApi } from './storeApi';

/** Shows the active engagement, its stage and finding counts; a click opens the dashboard. */
export class EngagementStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('presales.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];
  private readonly lang = displayLanguageOf(vscode.env.language);

  constructor(
    private readonly store: EngagementStoreApi,
    private readonly enabled: () => boolean = () => vscode.workspace.getConfiguration('presales').get('statusBar.enable', true),
  ) {
    this.item.name = vscode.l10n.t('Presales engagement');
    this.item.command = 'presales.openDashboard';
    this.subscriptions = [store.onDidChange(() => this.update()), store.onDidChangeActive(() => this.update())];
    this.update();
  }

  /** Redraws from the store's active engagement (also after a settings change). */
  update(): void {
    const state = this.store.active();
    if (!state || !this.enabled()) {
      this.item.hide();
      return;
    }
    const s = state.status;
    const stage = STAGES.find((x) => x.id === s.stage);
    const stageLabel = stage ? pick(stage.label, this.lang) : vscode.l10n.t('no stage');
    this.item.text = `$(briefcase) ${s.title || s.id} · ${stageLabel} $(error) ${s.counts.error} $(warning) ${s.counts.warning}`;
    this.item.tooltip = vscode.l10n.t('{0} — {1} errors, {2} warnings, {3} info. Click to open the dashboard.', s.title || s.id, s.counts.error, s.counts.warning, s.counts.info);
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    this.item.dispose();
  }
}
