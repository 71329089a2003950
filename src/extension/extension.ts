import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands';
import { registerDashboard } from './dashboard/registerDashboard';
import { registerMatrixPanel } from './matrix/matrixPanel';
import { registerPortfolioPanel } from './portfolio/portfolioPanel';
import { registerDashboardPanel } from './dashboardPanel/registerDashboardPanel';
import { DiagnosticsPublisher } from './diagnostics';
import { DiscoveryDiagnostics } from './discoveryDiagnostics';
import { registerQuickFixes } from './quickFixes';
import { EngagementStore } from './engagementStore';
import { registerExplainCode } from './explainCode';
import { registerLanguageFeatures } from './language/registerLanguageFeatures';
import { EngagementStatusBar } from './statusBar';
import { watchWorkspace } from './storeTriggers';
import { ENGAGEMENT_TREE_VIEW_ID, EngagementTreeProvider } from './tree/engagementTree';

/** What `activate` returns: the services, for other extensions' tests and the integration suite. */
export interface PresalesApi {
  store: EngagementStore;
  tree: EngagementTreeProvider;
}

/** The composition root: builds every service once, wires them, and hands each disposable to VS Code. */
export function activate(context: vscode.ExtensionContext): PresalesApi {
  const config = () => vscode.workspace.getConfiguration('presales');
  const log = vscode.window.createOutputChannel('Presales Workbench', { log: true });
  const store = new EngagementStore({ log: (m) => log.error(m) });

  const diagnostics = new DiagnosticsPublisher(store, vscode.languages.createDiagnosticCollection('presales'));
  // What discovery could not search (unreadable folders, engagement.yml …) belongs to no engagement: its own collection.
  const discoveryDiagnostics = new DiscoveryDiagnostics(store, vscode.languages.createDiagnosticCollection('presales-discovery'));
  const tree = new EngagementTreeProvider(store);
  const treeView = vscode.window.createTreeView(ENGAGEMENT_TREE_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const statusBar = new EngagementStatusBar(store);

  context.subscriptions.push(
    log,
    store,
    diagnostics,
    discoveryDiagnostics,
    tree,
    treeView,
    statusBar,
    // Quick fixes read each diagnostic's finding from the publisher that made it (fix data per document).
    registerQuickFixes(store, diagnostics),
    registerExplainCode(store),
    ...registerLanguageFeatures(store),
    ...watchWorkspace(store, () => config().get('diagnostics.debounceMs', 250)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('presales.diagnostics.enable')) {
        diagnostics.publish();
        discoveryDiagnostics.publish();
      }
      if (e.affectsConfiguration('presales.statusBar.enable')) statusBar.update();
    }),
    store.onDidChange(() => void vscode.commands.executeCommand('setContext', 'presales.hasEngagement', store.all().length > 0)),
  );
  // Each registers its own disposables on `context`.
  registerCommands(context, store);
  registerDashboard(context, store);
  registerMatrixPanel(context, store);
  registerPortfolioPanel(context, store);
  registerDashboardPanel(context, store);

  store.followEditor(vscode.window.activeTextEditor?.document.uri);
  void store.refresh().then(() => {
    void vscode.commands.executeCommand('setContext', 'presales.hasEngagement', store.all().length > 0);
    void vscode.commands.executeCommand('setContext', 'presales.ready', true);
  });
  return { store, tree };
}

/** Nothing to do: every resource is in `context.subscriptions`. */
export function deactivate(): void {}
