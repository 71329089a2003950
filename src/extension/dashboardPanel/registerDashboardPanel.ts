import * as vscode from 'vscode';
import type { EngagementStoreApi } from '../storeApi';
import { DASHBOARD_PANEL_TYPE, DashboardPanel } from './dashboardPanel';

/** Restores the editor-area dashboard after a reload, on the engagement it showed (the webview's saved state). */
export function registerDashboardPanel(context: vscode.ExtensionContext, store: EngagementStoreApi): void {
  context.subscriptions.push(vscode.window.registerWebviewPanelSerializer(DASHBOARD_PANEL_TYPE, {
    deserializeWebviewPanel: async (panel, state: unknown) => {
      const key = state && typeof state === 'object' && typeof (state as { key?: unknown }).key === 'string' ? (state as { key: string }).key : undefined;
      context.subscriptions.push(DashboardPanel.restore(panel, context.extensionUri, store, key));
    },
  }));
}
