import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { toDiagnostic } from '../../../src/extension/diagnostics';
import { PresalesQuickFixes } from '../../../src/extension/quickFixes';
import { fake, type CodeAction, Uri, workspace, type WorkspaceEdit } from '../helpers/fakeVscode';
import { setUp, text } from './commandHarness';

const HOLDOUT = { 'test/integration/workspace/holdout-clinic': 'holdout-clinic' };

/** Sets up holdout-clinic, lets `edit` change a file, re-checks, and asks the provider for the fixes of `code`. */
async function actionsFor(code: string, edit?: { rel: string; change: (t: string) => string }) {
  const { store } = await setUp(HOLDOUT);
  if (edit) fake.files.set(`file:///ws/${edit.rel}`, new TextEncoder().encode(edit.change(text(edit.rel)!)));
  await store.refresh();
  const state = store.all()[0];
  const finding = state.findings.find((f) => f.code === code)!;
  assert.ok(finding, `no ${code} finding`);
  const doc = await workspace.openTextDocument(Uri.file(`/ws/${finding.file}`));
  const diag = toDiagnostic(finding);
  const provider = new PresalesQuickFixes(store, () => '2026-11-28');
  const actions = provider.provideCodeActions(doc as unknown as vscode.TextDocument, diag.range, { diagnostics: [diag] } as unknown as vscode.CodeActionContext) as unknown as CodeAction[];
  return { store, actions, file: finding.file };
}

describe('quick fixes', () => {
  it('missing-section inserts the heading where the finding says, and the finding goes', async () => {
    const { store, actions, file } = await actionsFor('missing-section');
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred, a.kind?.value]), [['Add the section "Data situation"', true, 'quickfix']]);
    assert.ok(await workspace.applyEdit(actions[0].edit as WorkspaceEdit));
    const lines = text(file)!.split('\n');
    assert.deepEqual(lines.slice(16, 20), ['## Data situation', '', '<!-- Required section of the presales method: write it here. -->', '']);
    await store.refresh();
    assert.deepEqual(store.all()[0].findings.filter((f) => f.code === 'missing-section'), []);
  });

  it('dangling-reference offers to add the stakeholder through the command', async () => {
    const { actions, store } = await actionsFor('dangling-reference');
    assert.equal(actions[0].title, 'Add stakeholder `ghost-person`');
    assert.deepEqual(actions[0].command, { command: 'presales.addStakeholder', title: actions[0].title, arguments: [{ key: store.all()[0].key, id: 'ghost-person' }] });
  });

  it('follow-up-overdue sets follow_up to date + policy days, or to today', async () => {
    const rel = 'holdout-clinic/activities.yaml';
    const { actions } = await actionsFor('follow-up-overdue', { rel, change: (t) => t.replace('    follow_up: 2026-10-08\n', '') });
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [['Set follow_up to 2026-10-09 (date + 3 days)', false], ['Record the follow-up as today (2026-11-28)', false]]);
    const before = text(rel)!;
    assert.ok(await workspace.applyEdit(actions[0].edit as WorkspaceEdit));
    assert.equal(text(rel), before.replace('  - date: 2026-10-06\n', '  - date: 2026-10-06\n    follow_up: 2026-10-09\n'));
  });

  it('schema `required` inserts the field with a placeholder in the item', async () => {
    const rel = 'holdout-clinic/stakeholders.yaml';
    const { actions } = await actionsFor('schema', { rel, change: (t) => t.replace('    name: Ian Moss\n', '') });
    assert.deepEqual(actions.map((a) => a.title), ['Add the missing field `name`']);
    const before = text(rel)!;
    assert.ok(await workspace.applyEdit(actions[0].edit as WorkspaceEdit));
    assert.equal(text(rel), before.replace('    last_contact: 2026-11-24\n', '    last_contact: 2026-11-24\n    name: ""\n'));
  });

  it('missing-deliverable runs New Deliverable for the kind', async () => {
    const { actions, store } = await actionsFor('missing-deliverable', { rel: 'holdout-clinic/engagement.yaml', change: (t) => t.replace('stage: research', 'stage: solution') });
    assert.ok(actions.length > 0);
    assert.equal(actions[0].command?.command, 'presales.newDeliverable');
    assert.deepEqual(actions[0].command?.arguments, [{ key: store.all()[0].key, kind: (actions[0].command?.arguments?.[0] as { kind: string }).kind }]);
  });
});

describe('quick fixes in an untrusted workspace', () => {
  it('offers no fix at all, so nothing can be written (trusted: the same finding has fixes)', async () => {
    const rel = 'holdout-clinic/activities.yaml';
    const change = (t: string) => t.replace('    follow_up: 2026-10-08\n', '');
    const trusted = await actionsFor('follow-up-overdue', { rel, change });
    assert.equal(trusted.actions.length, 2);
    for (const code of ['follow-up-overdue', 'missing-section', 'dangling-reference'] as const) {
      const { store } = await setUp(HOLDOUT);
      fake.files.set(`file:///ws/${rel}`, new TextEncoder().encode(change(text(rel)!)));
      await store.refresh();
      const finding = store.all()[0].findings.find((f) => f.code === code)!;
      assert.ok(finding, code);
      workspace.isTrusted = false;
      const doc = await workspace.openTextDocument(Uri.file(`/ws/${finding.file}`));
      const diag = toDiagnostic(finding);
      const before = text(finding.file);
      const actions = new PresalesQuickFixes(store, () => '2026-11-28').provideCodeActions(doc as unknown as vscode.TextDocument, diag.range, { diagnostics: [diag] } as unknown as vscode.CodeActionContext);
      assert.deepEqual(actions, [], code);
      assert.equal(text(finding.file), before);
    }
  });
});
