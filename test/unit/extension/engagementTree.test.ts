import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type * as vscode from 'vscode';
import type { EngagementState } from '../../../src/extension/storeApi';
import { EngagementTreeProvider } from '../../../src/extension/tree/engagementTree';
import type { TreeNode } from '../../../src/extension/tree/treeNodes';
import { fsFromFolder } from '../helpers/checkFixture';
import { FixedStore, statesOf } from '../helpers/engagementStates';
import { type Range, type ThemeIcon, type TreeItem, TreeItemCollapsibleState } from '../helpers/fakeVscode';

// examples/acme-his: stage solution; kickoff…research passed, bidding and closure still to come.
let states: EngagementState[];
before(async () => {
  states = (await statesOf(fsFromFolder('examples'))).filter((s) => s.engagement.root === 'acme-his');
});

const row = (item: vscode.TreeItem) => {
  const t = item as unknown as TreeItem;
  return `${t.label} | ${t.description ?? ''} | ${(t.iconPath as ThemeIcon | undefined)?.id ?? ''} | ${t.contextValue}`;
};
const ofType = <T extends TreeNode['type']>(nodes: TreeNode[], type: T) => nodes.filter((n): n is Extract<TreeNode, { type: T }> => n.type === type);

describe('engagement tree', () => {
  it('shows engagement → six stages with their state, icon and progress', () => {
    const tree = new EngagementTreeProvider(new FixedStore(states), 'en');
    const [root, ...others] = tree.getChildren();
    assert.equal(others.length, 0);
    const item = tree.getTreeItem(root) as unknown as TreeItem;
    assert.equal(item.label, '某市第一人民医院 HIS 升级改造项目');
    assert.equal(item.collapsibleState, TreeItemCollapsibleState.Expanded, 'a lone engagement starts expanded');
    const stages = ofType(tree.getChildren(root), 'stage');
    assert.deepEqual(stages.map((s) => row(tree.getTreeItem(s))), [
      'Kickoff | 100% | pass | presales.stage.done',
      'Introduction | 100% | pass | presales.stage.done',
      'Research | 100% | pass | presales.stage.done',
      'Solution | 50% · current | debug-stackframe | presales.stage.current',
      'Bidding / negotiation | 0% | circle-large-outline | presales.stage.todo',
      'Closure | 0% | circle-large-outline | presales.stage.todo',
    ]);
    assert.deepEqual(tree.getChildren(root).slice(6).map((n) => n.type), ['stakeholders', 'requirements', 'pitfalls']);
  });

  it('labels stages in the display language', () => {
    const tree = new EngagementTreeProvider(new FixedStore(states), 'zh-CN');
    const [root] = tree.getChildren();
    const labels = ofType(tree.getChildren(root), 'stage').map((s) => (tree.getTreeItem(s) as unknown as TreeItem).label);
    assert.deepEqual(labels, ['启动', '宣介', '调研', '方案', '招投标/谈判', '结束']);
  });

  it('lists deliverables: present ones open their file, missing ones run New Deliverable', () => {
    const tree = new EngagementTreeProvider(new FixedStore(states), 'en');
    const [root] = tree.getChildren();
    const stages = ofType(tree.getChildren(root), 'stage');
    const solution = tree.getChildren(stages[3]).map((n) => tree.getTreeItem(n) as unknown as TreeItem);
    assert.deepEqual(solution.map((t) => row(t as unknown as vscode.TreeItem)), [
      'Solution document | in review | eye | presales.deliverable.review',
      'Pricing | present | file | presales.deliverable.present',
    ]);
    assert.equal(solution[1].command?.command, 'vscode.open');
    assert.equal(String(solution[1].command?.arguments?.[0]), 'file:///ws/acme-his/04-solution/pricing.yaml');
    const tender = tree.getTreeItem(tree.getChildren(stages[4])[0]) as unknown as TreeItem;
    assert.equal(row(tender as unknown as vscode.TreeItem), 'Tender | missing | circle-large-outline | presales.deliverable.missing');
    assert.deepEqual(tender.command?.arguments, [{ key: states[0].key, kind: 'tender' }]);
    assert.equal(tender.command?.command, 'presales.newDeliverable');
  });

  it('groups pitfalls by severity; each reveals its exact range', () => {
    const tree = new EngagementTreeProvider(new FixedStore(states), 'en');
    const [root] = tree.getChildren();
    const [pitfalls] = ofType(tree.getChildren(root), 'pitfalls');
    assert.equal(row(tree.getTreeItem(pitfalls)), 'Pitfalls | 0 errors · 2 warnings · 1 info | warning | presales.pitfalls');
    const items = tree.getChildren(pitfalls).map((n) => tree.getTreeItem(n) as unknown as TreeItem);
    assert.deepEqual(items.map((t) => t.description), ['scope-creep · 随机熔断', 'blind-yes · 盲目满足客户诉求', 'stale-contact']);
    const [uri, options] = items[0].command!.arguments as [unknown, { selection: Range }];
    const f = states[0].status.pitfalls[0].items[0].finding;
    assert.equal(String(uri), `file:///ws/${f.file}`);
    assert.deepEqual([options.selection.start.line, options.selection.start.character, options.selection.end.line, options.selection.end.character],
      [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]);
    assert.equal(f.range.start.line, 33);
  });

  it('groups stakeholders by decision-maker type and requirements by Kano class', () => {
    const tree = new EngagementTreeProvider(new FixedStore(states), 'en');
    const [root] = tree.getChildren();
    const [people] = ofType(tree.getChildren(root), 'stakeholders');
    const types = tree.getChildren(people);
    assert.deepEqual(types.map((n) => `${(tree.getTreeItem(n) as unknown as TreeItem).label}:${tree.getChildren(n).length}`),
      ['Approver:1', 'IT decider:1', 'Business decider:2', 'User:2']);
    const approver = tree.getTreeItem(tree.getChildren(types[0])[0]) as unknown as TreeItem;
    assert.equal(approver.command?.command, 'vscode.open');
    assert.match(String(approver.command?.arguments?.[0]), /acme-his\/stakeholders\.yaml$/);
    const [reqs] = ofType(tree.getChildren(root), 'requirements');
    assert.deepEqual(tree.getChildren(reqs).map((n) => row(tree.getTreeItem(n)).split(' | ').slice(0, 2).join(':')),
      ['Basic needs:5', 'Performance needs:3', 'Excitement needs:1']);
  });

  it('redraws when the store changes', () => {
    const store = new FixedStore(states);
    const tree = new EngagementTreeProvider(store, 'en');
    let fired = 0;
    tree.onDidChangeTreeData(() => fired++);
    store.set([]);
    assert.equal(fired, 1);
    assert.deepEqual(tree.getChildren(), []);
  });
});
