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

  it('missing-deliverable: one finding per stage, one New Deliverable fix per kind it lacks', async () => {
    const { actions, store } = await actionsFor('missing-deliverable', { rel: 'holdout-clinic/engagement.yaml', change: (t) => t.replace('stage: research', 'stage: solution') });
    const key = store.all()[0].key;
    const fix = (title: string, kind: string) => [title, false, { command: 'presales.newDeliverable', title, arguments: [{ key, kind, stage: 'solution' }] }];
    assert.deepEqual(store.all()[0].findings.filter((f) => f.code === 'missing-deliverable').map((f) => f.data?.kinds), [['solution', 'pricing']]);
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred, a.command]), [
      fix('Create the Solution document from the template', 'solution'),
      fix('Create the Pricing from the template', 'pricing'),
    ]);
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

describe('quick fixes: sections where they belong, gates from the UI', () => {
  it('two missing sections: two diagnostics at two places, each with its own fix; applied one after the other, both go', async () => {
    const rel = 'holdout-clinic/03-research/plan.md';
    const { store } = await setUp(HOLDOUT);
    fake.files.set(`file:///ws/${rel}`, new TextEncoder().encode(text(rel)!.replace('\n## Business situation\n\nBooking by phone only.\n', '')));
    await store.refresh();
    const fixesNow = async () => {
      const state = store.all()[0];
      const doc = await workspace.openTextDocument(Uri.file(`/ws/${rel}`));
      const provider = new PresalesQuickFixes(store, () => '2026-11-28');
      return state.findings.filter((f) => f.code === 'missing-section').map((f) => {
        const diag = toDiagnostic(f);
        const actions = provider.provideCodeActions(doc as unknown as vscode.TextDocument, diag.range, { diagnostics: [diag] } as unknown as vscode.CodeActionContext) as unknown as CodeAction[];
        return { line: f.range.start.line, actions };
      });
    };
    const first = await fixesNow();
    // Data situation after "Research scope" (line 14), Business situation after the last line (18).
    assert.deepEqual(first.map((f) => [f.line, f.actions.map((a) => a.title)]), [[14, ['Add the section "Data situation"']], [18, ['Add the section "Business situation"']]]);
    assert.ok(await workspace.applyEdit(first[1].actions[0].edit as WorkspaceEdit));
    await store.refresh();
    const second = await fixesNow();
    assert.deepEqual(second.map((f) => [f.line, f.actions.map((a) => a.title)]), [[14, ['Add the section "Data situation"']]]);
    assert.ok(await workspace.applyEdit(second[0].actions[0].edit as WorkspaceEdit));
    await store.refresh();
    assert.deepEqual(store.all()[0].findings.filter((f) => f.file === rel), []);
    const headings = text(rel)!.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, ['## Customer background', '## Research scope', '## Data situation', '## IT situation', '## Business situation']);
  });

  it('gate-not-met offers to create the stage summary and to record the quick review pre-set to that stage; both clear the gate', async () => {
    const { store, run } = await setUp(HOLDOUT);
    const engagement = 'holdout-clinic/engagement.yaml';
    fake.files.set(`file:///ws/${engagement}`, new TextEncoder().encode(text(engagement)!.replace('stage: research', 'stage: solution')));
    await store.refresh();
    const state = store.all()[0];
    // One finding for the research gate lists both conditions; each gets its own fix.
    const gaps = state.findings.filter((f) => f.code === 'gate-not-met' && f.data?.stage === 'research');
    assert.deepEqual(gaps.map((f) => f.data?.conditions), [['summary', 'review']]);
    const doc = await workspace.openTextDocument(Uri.file(`/ws/${engagement}`));
    const provider = new PresalesQuickFixes(store, () => '2026-11-28');
    const fixes = gaps.flatMap((f) => {
      const diag = toDiagnostic(f);
      return provider.provideCodeActions(doc as unknown as vscode.TextDocument, diag.range, { diagnostics: [diag] } as unknown as vscode.CodeActionContext) as unknown as CodeAction[];
    });
    const byTitle = Object.fromEntries(fixes.map((a) => [a.title, a.command]));
    assert.deepEqual(byTitle, {
      'Create the stage summary of Research from its template': { command: 'presales.newDeliverable', title: 'Create the stage summary of Research from its template', arguments: [{ key: state.key, kind: 'stage-summary', stage: 'research' }] },
      'Record the quick review of the Research stage…': { command: 'presales.recordReview', title: 'Record the quick review of the Research stage…', arguments: [{ key: state.key, stage: 'research' }] },
    });
    await run(byTitle['Create the stage summary of Research from its template']!.command, ...byTitle['Create the stage summary of Research from its template']!.arguments!);
    assert.match(text('holdout-clinic/03-research/summary.md')!, /^---\nkind: stage-summary\nstage: research\n/);
    const asked: (string | undefined)[] = [];
    fake.answer = (kind, _title, items, meta) => {
      if (kind === 'message') return undefined;
      asked.push(`${kind === 'input' ? meta?.prompt : meta?.placeholder} ${meta?.step}/${meta?.totalSteps}`);
      const rows = (items ?? []) as { value?: unknown }[];
      if (kind === 'pick') return rows.find((r) => r.value === (asked.length === 1 ? '03-research/report.md' : 'pass'));
      return kind === 'input' ? (asked.length === 3 ? 'Sam Ortiz' : '2026-11-27') : undefined;
    };
    await run(byTitle['Record the quick review of the Research stage…']!.command, ...byTitle['Record the quick review of the Research stage…']!.arguments!);
    assert.deepEqual(asked.map((a) => a?.replace(/ \(optional.*\)/, '')), ['Deliverable reviewed 1/4', 'Result 2/4', 'Reviewers (comma-separated) 3/4', 'Date of the review (YYYY-MM-DD) 4/4']);
    assert.match(text('holdout-clinic/reviews.yaml')!, /  - stage: research\n {4}deliverable: 03-research\/report\.md\n {4}date: 2026-11-27\n {4}result: pass\n {4}reviewers: \[Sam Ortiz\]\n$/);
    await store.refresh();
    assert.deepEqual(store.all()[0].findings.filter((f) => f.code === 'gate-not-met' && f.data?.stage === 'research'), []);
  });
});
