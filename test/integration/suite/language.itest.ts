/**
 * Language features on the example engagement (acme-his, a copy of examples/acme-his) through VS Code's own
 * commands: hover, definition, references, completion, rename and code lenses, with exact ranges.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, until, untilDiagnostics, wsUri } from './helpers';

/** The slice of the extension's API this suite reads: the store's parsed state. */
interface StoreView {
  onDidChange: vscode.Event<unknown>;
  forUri(uri: vscode.Uri): { engagement: { files: { path: string; text: string }[] } } | undefined;
}

const REQS = 'acme-his/requirements.yaml';
const at = (l: vscode.Location | vscode.LocationLink) => {
  const [uri, r] = 'targetUri' in l ? [l.targetUri, l.targetSelectionRange ?? l.targetRange] : [l.uri, l.range];
  return `${vscode.workspace.asRelativePath(uri, false)}:${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
};
const text = (h: vscode.Hover) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

describe('language features for ids', () => {
  let store: StoreView;
  before(async () => {
    store = (await activate())!.store as StoreView;
    // The store has checked acme-his once its planted blind-yes is published.
    await untilDiagnostics('acme-his checked', REQS, (ds) => ds.some((d) => codeOf(d) === 'blind-yes'));
  });

  it('hovers a stakeholder id with the person’s card, on the id’s exact range', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', wsUri(REQS), new vscode.Position(7, 14));
    const ours = hovers.find((h) => text(h).includes('`li-zhuren`'));
    assert.ok(ours, `no id hover among: ${hovers.map(text).join(' || ')}`);
    assert.deepEqual([ours.range?.start.line, ours.range?.start.character, ours.range?.end.line, ours.range?.end.character], [7, 12, 7, 21]);
    const card = text(ours);
    const zh = vscode.env.language.startsWith('zh');
    assert.match(card, /^\*\*李慧\*\* · 门诊部主任 — `li-zhuren`\n\n/);
    assert.match(card, zh ? /业务决策者 · 影响力 中 × 态度 支持者\n\n关注点：功能、易用性\n\n最近联系：2026-11-18（\d+ 天前）\n\n共 7 处引用：2 条需求、4 次活动、售前接口表 1 处$/
      : /Business decider · Influence: Medium × Attitude: Supporter\n\nConcerns: Function, Usability\n\nLast contact: 2026-11-18 \(\d+ days? ago\)\n\n7 references: 2 requirements, 4 activities, 1 in the interface form$/);
  });

  it('goes to the definition from an activity’s `with` and from Markdown prose', async () => {
    const fromActivity = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', wsUri('acme-his/activities.yaml'), new vscode.Position(11, 45));
    assert.deepEqual(fromActivity.map(at), ['acme-his/stakeholders.yaml:26:8-26:17']);
    const fromProse = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', wsUri('acme-his/04-solution/solution.md'), new vscode.Position(24, 9));
    assert.deepEqual(fromProse.map(at), ['acme-his/requirements.yaml:23:8-23:15']);
  });

  it('finds every reference of a requirement: definition, pricing lines and prose', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', wsUri('acme-his/04-solution/pricing.yaml'), new vscode.Position(14, 12));
    assert.deepEqual(refs.map(at).sort(), [
      'acme-his/03-research/summary.md:17:31-17:38',
      'acme-his/04-solution/pricing.yaml:14:10-14:17',
      'acme-his/04-solution/pricing.yaml:18:10-18:17',
      'acme-his/04-solution/solution.md:24:7-24:14',
      'acme-his/requirements.yaml:23:8-23:15',
    ]);
  });

  it('completes requirement ids in a pricing line and enum values from our schema', async () => {
    const pricing = wsUri('acme-his/04-solution/pricing.yaml');
    // Inside `req: [REQ-004]` on line 15: the word REQ-004 is replaced as a whole.
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', pricing, new vscode.Position(14, 14));
    const ids = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference);
    assert.deepEqual(ids.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)), ['REQ-001', 'REQ-002', 'REQ-003', 'REQ-004', 'REQ-005', 'REQ-006', 'REQ-007', 'REQ-008', 'REQ-009']);
    const r = ids[3].range as vscode.Range;
    assert.deepEqual([r.start.line, r.start.character, r.end.line, r.end.character], [14, 10, 14, 17]);
    assert.equal(ids[3].detail, '移动护理床旁扫码核对患者与药品，减少手工转抄');
    const kano = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', wsUri(REQS), new vscode.Position(4, 10));
    assert.deepEqual(kano.items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember).map((i) => i.label), ['basic', 'performance', 'excitement']);
  });

  it('shows code lenses on requirement definitions', async () => {
    await vscode.workspace.openTextDocument(wsUri(REQS)); // code lenses are asked of a loaded model only
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', wsUri(REQS), 100);
    const first = lenses.find((l) => l.range.start.line === 2);
    assert.ok(first?.command, `no lens on REQ-001: ${lenses.map((l) => l.command?.title).join(' | ')}`);
    assert.match(first.command.title, /^(answered in 2 places · priced|应答 2 处 · 已报价)$/);
  });

  it('renames a stakeholder across the engagement as one edit; renaming back restores every byte', async () => {
    const stakeholders = wsUri('acme-his/stakeholders.yaml');
    const files = ['stakeholders.yaml', '01-kickoff/interface-form.yaml', 'activities.yaml', 'requirements.yaml'].map((f) => wsUri(`acme-his/${f}`));
    const docs = await Promise.all(files.map((u) => vscode.workspace.openTextDocument(u)));
    const before = docs.map((d) => d.getText());
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', stakeholders, new vscode.Position(26, 10), 'li-hui');
    const planned = edit.entries().flatMap(([uri, edits]) => edits.map((e) => `${at(new vscode.Location(uri, e.range))}=${e.newText}`)).sort();
    assert.deepEqual(planned, [
      'acme-his/01-kickoff/interface-form.yaml:16:41-16:50=li-hui',
      'acme-his/activities.yaml:11:41-11:50=li-hui',
      'acme-his/activities.yaml:22:28-22:37=li-hui',
      'acme-his/activities.yaml:32:24-32:33=li-hui',
      'acme-his/activities.yaml:44:24-44:33=li-hui',
      'acme-his/requirements.yaml:51:12-51:21=li-hui',
      'acme-his/requirements.yaml:7:12-7:21=li-hui',
      'acme-his/stakeholders.yaml:26:8-26:17=li-hui',
    ]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepEqual(docs.map((d) => d.getText()), before.map((t) => t.replaceAll('li-zhuren', 'li-hui')));
    // The next rename reads the store's re-check of the edited buffers (every file, not only this one).
    const checked = (id: string) => () => store.forUri(stakeholders)?.engagement.files.find((f) => f.path === 'acme-his/activities.yaml')?.text.includes(id);
    await until('the store to re-check the renamed buffers', store.onDidChange, checked('li-hui'));
    // A collision is refused with the core's reason; nothing is edited.
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', stakeholders, new vscode.Position(26, 10), 'wang-zhuren')),
      /already in use|已被使用/,
    );
    const back = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', stakeholders, new vscode.Position(26, 10), 'li-zhuren');
    assert.ok(await vscode.workspace.applyEdit(back));
    assert.deepEqual(docs.map((d) => d.getText()), before);
    await until('the store to re-check the restored buffers', store.onDidChange, () => !checked('li-hui')());
    await Promise.all(docs.map((d) => d.save()));
  });
});
