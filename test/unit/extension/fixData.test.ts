import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { DiagnosticsPublisher } from '../../../src/extension/diagnostics';
import { PresalesQuickFixes } from '../../../src/extension/quickFixes';
import { type CodeAction, Diagnostic, fake, FakeDiagnosticCollection, Uri, workspace } from '../helpers/fakeVscode';
import { setUp, text } from './commandHarness';

const HOLDOUT = { 'test/integration/workspace/holdout-clinic': 'holdout-clinic' };
const PLAN = 'holdout-clinic/03-research/plan.md';

/** What a code-action provider receives: a copy of the published diagnostic, never the same object. */
function copyOf(d: vscode.Diagnostic): vscode.Diagnostic {
  const c = new Diagnostic(d.range as never, d.message, d.severity as never) as unknown as vscode.Diagnostic;
  c.source = d.source;
  c.code = d.code;
  return c;
}

describe('quick fixes carry their finding (drift 3)', () => {
  it('two missing sections reported at one place offer two distinct fixes, each its own', async () => {
    const { store } = await setUp(HOLDOUT);
    // Without "Data situation" and "IT situation", both belong before "Business situation": one place, two findings.
    fake.files.set(`file:///ws/${PLAN}`, new TextEncoder().encode(text(PLAN)!.replace('## IT situation\n\nAn on-premises PAS from 2012.\n\n', '')));
    await store.refresh();
    const collection = new FakeDiagnosticCollection('presales');
    const publisher = new DiagnosticsPublisher(store, collection as unknown as vscode.DiagnosticCollection, () => true);
    publisher.publish();
    const published = collection.entries.get(`file:///ws/${PLAN}`)!.diagnostics as unknown as vscode.Diagnostic[];
    const sections = published.filter((d) => (d.code as { value: string }).value === 'missing-section');
    assert.equal(sections.length, 2);
    assert.deepEqual(sections[0].range, sections[1].range, 'both at one place');
    const doc = await workspace.openTextDocument(Uri.file(`/ws/${PLAN}`));
    const provider = new PresalesQuickFixes(store, () => '2026-11-28', publisher);
    const titles = sections.map((d) => {
      const actions = provider.provideCodeActions(doc as unknown as vscode.TextDocument, d.range, { diagnostics: [copyOf(d)] } as unknown as vscode.CodeActionContext) as unknown as CodeAction[];
      return actions.map((a) => a.title);
    });
    assert.deepEqual(titles, [['Add the section "Data situation"'], ['Add the section "IT situation"']]);
    publisher.dispose();
  });

  it('a diagnostic the publisher did not publish gets no fix', async () => {
    const { store } = await setUp(HOLDOUT);
    await store.refresh();
    const collection = new FakeDiagnosticCollection('presales');
    const publisher = new DiagnosticsPublisher(store, collection as unknown as vscode.DiagnosticCollection, () => true);
    publisher.publish();
    const foreign = new Diagnostic({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } as never, 'missing', 1 as never) as unknown as vscode.Diagnostic;
    foreign.source = 'presales';
    foreign.code = { value: 'missing-section', target: Uri.file('/x') as unknown as vscode.Uri };
    const doc = await workspace.openTextDocument(Uri.file(`/ws/${PLAN}`));
    const actions = new PresalesQuickFixes(store, () => '2026-11-28', publisher).provideCodeActions(doc as unknown as vscode.TextDocument, foreign.range, { diagnostics: [foreign] } as unknown as vscode.CodeActionContext);
    assert.deepEqual(actions, []);
    publisher.dispose();
  });

  it('a missing date field is filled with today because its schema says `format: date`, not because of its name', async () => {
    const { store } = await setUp(HOLDOUT);
    const rel = 'holdout-clinic/activities.yaml';
    fake.files.set(`file:///ws/${rel}`, new TextEncoder().encode(text(rel)!.replace('  - date: 2026-10-06\n', '  - \n')));
    await store.refresh();
    const finding = store.all()[0].findings.find((f) => f.code === 'schema' && f.data?.name === 'date')!;
    assert.ok(finding, 'a required-date schema finding');
    assert.equal(finding.data?.format, 'date');
  });
});
