import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { EngagementState } from '../../../src/extension/storeApi';
import { EngagementTreeProvider } from '../../../src/extension/tree/engagementTree';
import type { TreeNode } from '../../../src/extension/tree/treeNodes';
import { engagementYaml, listYaml } from '../helpers/engagementBuilder';
import { FixedStore, statesOf } from '../helpers/engagementStates';
import type { ThemeIcon, TreeItem } from '../helpers/fakeVscode';
import { MemoryFs } from '../helpers/memoryFs';

// At solution with no deliverables: every stage before it was left with its gate unmet.
let states: EngagementState[];
before(async () => {
  states = await statesOf(new MemoryFs({
    'engagement.yaml': engagementYaml({ stage: 'solution' }),
    'requirements.yaml': listYaml('requirements', 'items', [
      { id: 'REQ-001', title: 'Login', kano: 'basic', reasonable: true, status: 'met' },
      { id: 'REQ-007', title: 'Export to WeChat', kano: 'performance', reasonable: false, status: 'met' },
    ]),
    'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: li\n    name: 李主任\n    shoe_size: 42\n',
  }));
});

const item = (tree: EngagementTreeProvider, n: TreeNode) => tree.getTreeItem(n) as unknown as TreeItem;
const icon = (t: TreeItem) => (t.iconPath as ThemeIcon | undefined)?.id;
const ofType = <T extends TreeNode['type']>(nodes: TreeNode[], type: T) => nodes.filter((n): n is Extract<TreeNode, { type: T }> => n.type === type);

describe('engagement tree tells the truth', () => {
  it('a stage left with its gate unmet says so, with a warning icon and the blockers as tooltip', () => {
    const tree = new EngagementTreeProvider(new FixedStore(states), 'en');
    const [root] = tree.getChildren();
    const [kickoff] = ofType(tree.getChildren(root), 'stage').map((n) => item(tree, n));
    assert.match(String(kickoff.description), /^⚠ left with gate unmet · \d+%$/);
    assert.equal(icon(kickoff), 'warning');
    assert.match(String(kickoff.tooltip), /review|interface form/i);
  });

  it('a met requirement flagged blind-yes shows the pitfall (icon, code, tooltip), a clean one stays green', () => {
    const tree = new EngagementTreeProvider(new FixedStore(states), 'en');
    const [root] = tree.getChildren();
    const [reqs] = ofType(tree.getChildren(root), 'requirements');
    const rows = tree.getChildren(reqs).flatMap((k) => tree.getChildren(k)).map((n) => item(tree, n));
    const flagged = rows.find((t) => String(t.label).startsWith('REQ-007'))!;
    assert.equal(icon(flagged), 'warning');
    assert.equal(flagged.description, 'met · blind-yes · 盲目满足客户诉求');
    assert.match(String(flagged.tooltip), /^blind-yes: .*REQ-007/);
    const clean = rows.find((t) => String(t.label).startsWith('REQ-001'))!;
    assert.equal(icon(clean), 'pass');
    assert.equal(clean.tooltip, undefined);
  });

  it('the Pitfalls count is every finding (structural ones included) and its rows add up to it', () => {
    const tree = new EngagementTreeProvider(new FixedStore(states), 'en');
    const [root] = tree.getChildren();
    const [pitfalls] = ofType(tree.getChildren(root), 'pitfalls');
    const c = states[0].status.counts;
    const total = states[0].findings.length;
    assert.equal(c.error + c.warning + c.info, total);
    assert.equal(item(tree, pitfalls).description, `${c.error} errors · ${c.warning} warnings · ${c.info} info`);
    const children = tree.getChildren(pitfalls);
    const schema = ofType(children, 'otherFindings').find((n) => n.group.code === 'schema');
    assert.ok(schema, 'the schema finding is listed under Pitfalls');
    const t = item(tree, schema);
    assert.equal(icon(t), 'error');
    assert.equal(t.command?.command, 'vscode.open');
    const listed = ofType(children, 'pitfall').length + ofType(children, 'otherFindings').reduce((n, g) => n + g.group.count, 0);
    assert.equal(listed, total);
  });
});
