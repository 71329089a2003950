/** The Engagement tree returns the six stage nodes (through the API object `activate` returns). */
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { activate } from './helpers';

type Provider = vscode.TreeDataProvider<unknown>;
const STAGES: [string, string][] = [['Kickoff', '启动'], ['Introduction', '宣介'], ['Research', '调研'],
  ['Solution', '方案'], ['Bidding', '招投标'], ['Closure', '结束']];

/** Finds a TreeDataProvider among the API object's values (any name, one level deep). */
function findProvider(api: Record<string, unknown> | undefined): Provider | undefined {
  const isProvider = (v: unknown): v is Provider => typeof (v as Provider)?.getChildren === 'function' && typeof (v as Provider)?.getTreeItem === 'function';
  if (!api) return undefined;
  for (const key of ['tree', 'treeProvider', 'engagementTree', 'engagementsTree']) if (isProvider(api[key])) return api[key];
  return Object.values(api).find(isProvider);
}

async function label(p: Provider, node: unknown): Promise<string> {
  const item = await p.getTreeItem(node);
  const l = item.label;
  return `${typeof l === 'string' ? l : l?.label ?? ''} ${item.description ?? ''}`;
}

describe('engagement tree', () => {
  it('shows the six stages of an engagement in order', async () => {
    const provider = findProvider(await activate());
    assert.ok(provider, 'activate() returns no tree provider: the test hook is missing (see test/integration/README)');
    const roots = (await provider.getChildren(undefined)) ?? [];
    assert.ok(roots.length > 0, 'tree has no roots');
    // Several engagements in the workspace: roots are engagements, stages are their children.
    let stages = roots;
    const rootLabels = await Promise.all(roots.map((r) => label(provider, r)));
    if (roots.length !== 6 || !STAGES.every(([en, zh], i) => rootLabels[i].includes(en) || rootLabels[i].includes(zh))) {
      const acme = roots[rootLabels.findIndex((l) => /acme|HIS|人民医院/.test(l))];
      assert.ok(acme, `no acme-his root among: ${rootLabels.join(' | ')}`);
      stages = (await provider.getChildren(acme)) ?? [];
    }
    const labels = await Promise.all(stages.map((s) => label(provider, s)));
    // The first six children are the stages, in method order; nothing else is named like a stage.
    STAGES.forEach(([en, zh], i) => assert.ok(labels[i]?.includes(en) || labels[i]?.includes(zh), `row ${i}: ${labels.join(' | ')}`));
    const stageRows = labels.filter((l) => STAGES.some(([en, zh]) => l.startsWith(en) || l.startsWith(zh)));
    assert.equal(stageRows.length, 6, `stage rows: ${labels.join(' | ')}`);
  });
});
