import * as vscode from 'vscode';
import { displayLanguageOf, type DisplayLanguage } from '../displayLanguage';
import type { EngagementStoreApi } from '../storeApi';
import { treeItem } from './treeItems';
import { childrenOf, type TreeNode } from './treeNodes';

/** The id of the Engagement explorer view (package.json `contributes.views.presales`). */
export const ENGAGEMENT_TREE_VIEW_ID = 'presales.engagements';

/**
 * The Engagement explorer: engagements → six stages (→ deliverables), stakeholders by decision-maker type,
 * requirements by Kano class, and the pitfalls found. Redraws whenever the store reports a change.
 */
export class EngagementTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: EngagementStoreApi,
    private readonly lang: DisplayLanguage = displayLanguageOf(vscode.env.language),
  ) {
    this.subscription = store.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node ? childrenOf(node) : this.store.all().map((state) => ({ type: 'engagement', state }));
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return treeItem(node, { lang: this.lang, uriOf: (s, p) => this.store.uriOf(s, p), engagementCount: this.store.all().length });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
