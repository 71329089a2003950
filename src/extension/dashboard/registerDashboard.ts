import * as vscode from 'vscode';
import type { EngagementStoreApi } from '../storeApi';
import { DASHBOARD_VIEW_ID, DashboardProvider } from './dashboardProvider';

/** Registers the sidebar dashboard view (`presales.dashboard`) and ties its lifetime to the extension. */
export function registerDashboard(context: vscode.ExtensionContext, store: EngagementStoreApi): DashboardProvider {
  const provider = new DashboardProvider(context.extensionUri, store);
  context.subscriptions.push(provider, vscode.window.registerWebviewViewProvider(DASHBOARD_VIEW_ID, provider));
  return provider;
}
