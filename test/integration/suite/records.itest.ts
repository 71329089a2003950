/**
 * What the fake vscode cannot prove: a record command's edit lands in the real document (and the real checker
 * then flags the visit that has no follow-up), undo restores the bytes, and Explain opens in the editor area.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, checkNow, codeOf, stubUi, until, untilDiagnostics, untilText, wsUri } from './helpers';

const ACTIVITIES = 'holdout-clinic/activities.yaml';

describe('record commands and Explain', () => {
  // Check Engagement resolves once every engagement is loaded and checked: the commands then find holdout-clinic.
  before(async () => { await activate(); await checkNow(); });
  afterEach(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  it('Log Activity without a follow-up writes none, follow-up-overdue fires on the visit, undo restores', async () => {
    const doc = await vscode.workspace.openTextDocument(wsUri(ACTIVITIES));
    await vscode.window.showTextDocument(doc, { preview: false });
    const original = doc.getText();
    const ui = stubUi({});
    try {
      await vscode.commands.executeCommand('presales.logActivity', { engagement: 'holdout-clinic', type: 'visit', date: '2026-11-02', stage: 'research', with: ['ann-chief'] });
    } finally { ui.restore(); }
    const written = doc.getText();
    assert.equal(written, `${original}  - date: 2026-11-02\n    type: visit\n    stage: research\n    with: [ann-chief]\n`, ui.log.messages.join('\n'));
    const line = written.split('\n').indexOf('  - date: 2026-11-02');
    assert.ok(line > 0);
    assert.match(ui.log.messages.join('\n'), new RegExp(`line ${line + 1}\\.|第 ${line + 1} 行`), 'the confirmation names the written line');
    // The real checker reads the edited buffer: the new visit owes its revisit (follow-up-overdue stays on).
    await untilDiagnostics('follow-up-overdue on the new visit', ACTIVITIES, (ds) => ds.some((d) => codeOf(d) === 'follow-up-overdue' && d.range.start.line >= line && d.range.start.line <= line + 3));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await untilText('undo to restore activities.yaml', doc, (text) => text === original);
    await untilDiagnostics('the new visit\'s finding to go with the undo', ACTIVITIES, (ds) => !ds.some((d) => codeOf(d) === 'follow-up-overdue' && d.range.start.line >= line));
  });

  it('Explain opens the code\'s page in the editor area (a virtual document generated from its meta)', async () => {
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    await vscode.commands.executeCommand('presales.explainCode', 'gate-not-met');
    const tab = await until('the Explain tab', vscode.window.tabGroups.onDidChangeTabs as vscode.Event<unknown>, () => tabs().find((t) => /gate-not-met/.test(t.label)));
    // The built-in Markdown preview renders it (a webview tab), not the raw text fallback.
    assert.ok(tab.input instanceof vscode.TabInputWebview, `tab input: ${JSON.stringify(tab.input)}`);
    const page = await vscode.workspace.openTextDocument(vscode.Uri.parse('presales-explain:/gate-not-met.md?lang=en'));
    assert.match(page.getText(), /^# `gate-not-met` — A stage gate is not met\n/);
    assert.match(page.getText(), /## What fires it\n\nA stage before the current one lacks its stage summary/);
    // A virtual document served by the extension (no file on disk; content-provider documents open read-only).
    assert.equal(page.uri.scheme, 'presales-explain');
    assert.equal(vscode.workspace.workspaceFolders?.some((f) => f.uri.scheme === page.uri.scheme), false);
  });
});
