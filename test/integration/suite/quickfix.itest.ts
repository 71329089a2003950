/** The missing-section quick fix applies, clears the finding, and `undo` restores the document. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, checkNow, codeOf, ours, publishedAfter, untilDiagnostics, untilText, wsUri } from './helpers';

const REL = 'holdout-clinic/03-research/plan.md';

describe('quick fix', () => {
  before(async () => { await activate(); });

  it('adds the missing section, the finding disappears, undo restores', async () => {
    const uri = wsUri(REL);
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const original = editor.document.getText();
    // Ask for code actions only once the finding has been (re)published with the document open: Check
    // Engagement re-checks everything, and the diagnostics event of this very file says it is done.
    const missing = (ds: vscode.Diagnostic[]) => ds.find((d) => codeOf(d) === 'missing-section');
    const diag = await publishedAfter('missing-section published for plan.md', REL, checkNow, missing);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range);
    // The provider's actions come back through the API converters: match on the diagnostic when it survives,
    // else on the title that names the missing section.
    const fix = actions.find((a) => (a.diagnostics?.some((d) => codeOf(d) === 'missing-section') || /Data situation|数据情况/.test(a.title))
      && (!a.kind || vscode.CodeActionKind.QuickFix.contains(a.kind)));
    assert.ok(fix, `no missing-section quick fix; actions: ${actions.map((a) => a.title).join(' | ')}; diagnostics now: ${ours(REL).map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', ')}`);
    assert.ok(fix.edit || fix.command, 'the quick fix has neither edit nor command');
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit failed');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const fixed = editor.document.getText();
    assert.notEqual(fixed, original);
    assert.match(fixed, /^#{2,} .*(Data situation|数据情况)/m, fixed);
    // In order: the new heading sits between "Research scope" and "IT situation".
    assert.ok(fixed.indexOf('Research scope') < fixed.search(/Data situation|数据情况/) && fixed.search(/Data situation|数据情况/) < fixed.indexOf('IT situation'));
    await untilDiagnostics('missing-section to disappear', REL, (ds) => !missing(ds));

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await untilText('undo to restore the text', editor.document, (text) => text === original);
    await untilDiagnostics('missing-section to come back after undo', REL, (ds) => ds.filter((d) => codeOf(d) === 'missing-section').length === 1);
  });
});
