/**
 * Rename is one WorkspaceEdit, so one undo restores every file it touched — also a file that had typed-and-undone
 * edits whose editor was closed before the rename (a trial once saw two files stay renamed after Ctrl+Z).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, readText, until, untilDiagnostics, untilText, wsUri } from './helpers';

const FILES = ['stakeholders.yaml', '01-kickoff/interface-form.yaml', 'activities.yaml', 'requirements.yaml'].map((f) => `acme-his/${f}`);
const ACTIVITIES = 2;

describe('rename then undo', () => {
  before(async () => {
    await activate();
    await untilDiagnostics('acme-his checked', 'acme-his/requirements.yaml', (ds) => ds.some((d) => codeOf(d) === 'blind-yes'));
  });

  it('one undo after a rename restores every file, also one typed in and undone before', async () => {
    const before = await Promise.all(FILES.map(readText));
    await vscode.commands.executeCommand('vscode.open', wsUri(FILES[ACTIVITIES]));
    const typedIn = vscode.window.activeTextEditor!.document;
    await vscode.commands.executeCommand('type', { text: 'zz' });
    await untilText('the typing', typedIn, (t) => t !== before[ACTIVITIES]);
    await vscode.commands.executeCommand('undo');
    await untilText('the typing to be undone', typedIn, (t) => t === before[ACTIVITIES]);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    await vscode.commands.executeCommand('vscode.open', wsUri(FILES[0]));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', wsUri(FILES[0]), new vscode.Position(26, 10), 'li-hui');
    assert.ok(await vscode.workspace.applyEdit(edit, { isRefactoring: true }));
    const docs = await Promise.all(FILES.map((f) => vscode.workspace.openTextDocument(wsUri(f))));
    assert.deepEqual(docs.map((d) => d.getText()), before.map((t) => t.replaceAll('li-zhuren', 'li-hui')));

    await vscode.commands.executeCommand('undo'); // in stakeholders.yaml, the active editor
    await untilText('the undo to reach activities.yaml', docs[ACTIVITIES], (t) => t === before[ACTIVITIES]);
    assert.deepEqual(docs.map((d) => d.getText()), before);
    // Back at the saved text, every file is clean again (the dirty flag follows the content change).
    await until('every file to be clean', vscode.workspace.onDidChangeTextDocument, () => docs.every((d) => !d.isDirty), 10_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
