import * as vscode from 'vscode';
import { isText, shape } from '../../core';
import type { EngagementStoreApi } from '../storeApi';
import { DASHBOARD_PANEL_TYPE, DashboardPanel } from './dashboardPanel';

// The webview's saved state is untrusted: only a string `key` is taken from it.
const SAVED_STATE = shape({ key: isText });

/** Restores the editor-area dashboard after a reload, on the engagement it showed (the webview's saved state). */
export function registerDashboardPanel(context: vscode.ExtensionContext, store: EngagementStoreApi): void {
  context.subscriptions.push(vscode.window.registerWebviewPanelSerializer(DASHBOARD_PANEL_TYPE, {
    deserializeWebviewPanel: async (panel, state: unknown) => {
      const key = SAVED_STATE(state) ? state.key : undefined;
      context.subscriptions.push(DashboardPanel.restore(panel, context.extensionUri, store, key));
    },
  }));
}
