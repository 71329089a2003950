/**
 * The compliance matrix in a real VS Code: `presales.openMatrix` opens the panel on acme-his (a copy of
 * examples/acme-his); a cell link is triggered through the panel's own message handler (the one its webview
 * posts to) and the editor opens at the cell's line; edits to an unsaved buffer reach the matrix live.
 * The click in the webview itself is driven by Playwright in test/e2e/matrix.e2e.ts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, until, untilDiagnostics, wsUri } from './helpers';

interface Link { file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; label: string; where: string }
interface Row { id: string; answered: Link[]; priced: Link[]; deviations: Link[]; source: Link[] }
/** The slice of the panel this suite drives (src/extension/matrix/matrixPanel.ts). */
interface Panel {
  panel: vscode.WebviewPanel;
  model(): { key: string; title: string; rows: Row[] } | undefined;
  receive(raw: unknown): Promise<void>;
}
interface StoreView { onDidChange: vscode.Event<unknown>; setActive(key: string): void; all(): { key: string; engagement: { root: string } }[] }

const REQS = 'acme-his/requirements.yaml';
const SOLUTION = 'acme-his/04-solution/solution.md';
const active = () => {
  const e = vscode.window.activeTextEditor;
  return e && `${vscode.workspace.asRelativePath(e.document.uri, false)}:${e.selection.start.line}`;
};

describe('compliance matrix panel', () => {
  let store: StoreView;
  let panel: Panel;
  before(async () => {
    store = (await activate())!.store as StoreView;
    await untilDiagnostics('acme-his checked', REQS, (ds) => ds.some((d) => codeOf(d) === 'blind-yes'));
    store.setActive(store.all().find((s) => s.engagement.root === 'acme-his')!.key);
    panel = (await vscode.commands.executeCommand('presales.openMatrix')) as Panel;
  });
  after(async () => {
    panel?.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens as an editor-area panel titled in the display language, on the active engagement', () => {
    const zh = vscode.env.language.startsWith('zh');
    assert.equal(panel.panel.title, zh ? '售前：需求追溯矩阵' : 'Presales: Compliance Matrix');
    assert.equal(panel.panel.viewType, 'presales.matrix');
    const m = panel.model()!;
    assert.deepEqual(m.rows.map((r) => `${r.id} ${r.answered.map((a) => a.where).join(',')}`), [
      `REQ-001 ${SOLUTION}:24`, `REQ-002 ${SOLUTION}:24`, `REQ-003 ${SOLUTION}:24`, `REQ-004 ${SOLUTION}:25`, `REQ-005 ${SOLUTION}:24`,
      `REQ-006 ${SOLUTION}:26`, `REQ-007 ${SOLUTION}:25`, `REQ-008 ${SOLUTION}:25`, `REQ-009 ${SOLUTION}:24`,
    ]);
  });

  it('opens the right file at the right line when a cell link arrives from the page', async () => {
    const row = panel.model()!.rows.find((r) => r.id === 'REQ-004')!;
    const pdas = row.priced[1];
    assert.equal(pdas.where, 'acme-his/04-solution/pricing.yaml:16');
    await panel.receive({ type: 'open', key: panel.model()!.key, file: pdas.file, range: pdas.range });
    assert.equal(active(), 'acme-his/04-solution/pricing.yaml:15');
    const answer = row.answered[0];
    await panel.receive({ type: 'open', key: panel.model()!.key, file: answer.file, range: answer.range });
    assert.equal(active(), `${SOLUTION}:24`);
    const source = row.source[0];
    await panel.receive({ type: 'open', key: panel.model()!.key, file: source.file, range: source.range });
    assert.equal(active(), `acme-his/stakeholders.yaml:${source.range.start.line}`);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(`(${editor.document.getText(editor.selection)})`, /\([^)]+\)/.exec(source.label)?.[0], 'the person’s id is selected');
  });

  it('ignores a message for a file outside the engagement (the page is not trusted)', async () => {
    const before = active();
    await panel.receive({ type: 'open', key: panel.model()!.key, file: '../../etc/passwd', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    await panel.receive({ type: 'open', key: panel.model()!.key, file: 'holdout-clinic/engagement.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    assert.equal(active(), before);
  });

  it('follows the writer: a requirement cited in the unsaved solution buffer is answered there at once', async () => {
    const doc = await vscode.workspace.openTextDocument(wsUri(SOLUTION));
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '\nREQ-004 works offline on the ward (PDA).\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const line = doc.lineCount - 2; // the inserted line, 0-based
    const answered = await until('REQ-004 answered on the new line', store.onDidChange, () =>
      panel.model()?.rows.find((r) => r.id === 'REQ-004')?.answered.find((a) => a.range.start.line === line));
    assert.equal(answered.where, `${SOLUTION}:${line + 1}`);
    await panel.receive({ type: 'open', key: panel.model()!.key, file: answered.file, range: answered.range });
    assert.equal(active(), `${SOLUTION}:${line}`);
  });
});
