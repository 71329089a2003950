/**
 * Commands driven without a person: each is called with an args object (the non-interactive path) while the
 * window's prompts are stubbed, so the test passes whether the command reads args or asks.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, checkNow, codeOf, readText, stubUi, untilDiagnostics, where, wsUri } from './helpers';

/** Opens a file of an engagement so that engagement becomes the active one. */
async function focus(rel: string): Promise<void> {
  await vscode.window.showTextDocument(wsUri(rel), { preview: false });
}

describe('commands', () => {
  before(async () => { await activate(); });
  afterEach(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  it('New Engagement creates a clean engagement', async () => {
    const ui = stubUi({
      input: [[/\bid\b|标识|编号/i, 'itest-new'], [/title|标题|名称/i, 'Integration test engagement'],
        [/customer|客户/i, 'Test Customer'], [/budget|预算/i, '300000'], [/owner|负责人/i, 'Sam Ortiz']],
      pick: [/^English|\ben\b/i, /solution|解决方案/i, /\(?presales-itest|holdout|itest/i],
    });
    try {
      await vscode.commands.executeCommand('presales.newEngagement', {
        folder: wsUri(''), id: 'itest-new', title: 'Integration test engagement', customer: 'Test Customer',
        language: 'en', category: 'solution', budget: 300000, currency: 'USD',
      });
    } finally { ui.restore(); }
    // The command resolves after its WorkspaceEdit has created the files: read them now, no waiting.
    const text = await readText('itest-new/engagement.yaml');
    assert.match(text, /^kind: engagement$/m);
    assert.match(text, /^id: itest-new$/m, `prompts: ${ui.log.prompts.join(' ; ')}`);
    assert.match(text, /^stage: kickoff$/m);
    assert.doesNotMatch(text, /\{\{\w+\}\}/, 'a template placeholder was left in engagement.yaml');
    // Clean: no error or warning anywhere in the new engagement once it has been checked.
    const summary = await checkNow();
    assert.match(summary.join('\n'), /3 engagements checked/, 'Check Engagement sums up all three engagements');
    const bad = vscode.languages.getDiagnostics()
      .filter(([u]) => u.path.includes('/itest-new/'))
      .flatMap(([u, ds]) => ds.filter((d) => d.source === 'presales' && d.severity <= vscode.DiagnosticSeverity.Warning)
        .map((d) => `${u.path.split('/itest-new/')[1]} ${where(d)} ${d.message}`));
    assert.deepEqual(bad, [], 'a new engagement must be clean');
  });

  it('Add Stakeholder writes YAML that keeps comments', async () => {
    const rel = 'holdout-clinic/stakeholders.yaml';
    const before = await readText(rel);
    await focus(rel);
    const ui = stubUi({
      input: [[/\bid\b|标识|编号/i, 'olga-cfo'], [/name|姓名|名称/i, 'Olga Finch'], [/title|职务|职位/i, 'CFO']],
      pick: [/holdout/i, /^approver|审批|决策者/i, /high|高/i, /neutral|中立/i],
    });
    try {
      await vscode.commands.executeCommand('presales.addStakeholder', {
        id: 'olga-cfo', name: 'Olga Finch', title: 'CFO', type: 'approver', influence: 'high', attitude: 'neutral',
      });
    } finally { ui.restore(); }
    await vscode.workspace.saveAll(false);
    // The command resolves after its edit is applied, and saveAll after the file is written.
    const after = await readText(rel);
    assert.notEqual(after, before, 'stakeholders.yaml unchanged after Add Stakeholder and Save All');
    assert.match(after, /Olga Finch/);
    for (const comment of ['# Who decides, who pays, who uses. Keep this comment: Add Stakeholder must not drop it.',
      '  # The approver signs the contract.', 'attitude: supporter # met twice']) {
      assert.ok(after.includes(comment), `comment lost: ${comment}\n---\n${after}`);
    }
    // The old people are byte-identical: the command appends, it does not re-serialise the file.
    assert.ok(after.startsWith(before.trimEnd()), `existing text was rewritten:\n${after}`);
    await untilDiagnostics('no schema finding in stakeholders.yaml', rel, (ds) => !ds.some((d) => ['schema', 'yaml-syntax'].includes(codeOf(d))));
  });

  it('Advance Stage refuses when the gate of the current stage is unmet', async () => {
    const rel = 'holdout-clinic/engagement.yaml';
    const before = await readText(rel);
    await focus(rel);
    const ui = stubUi({ pick: [/holdout/i] });
    try {
      await vscode.commands.executeCommand('presales.advanceStage', { engagement: 'holdout-clinic' });
    } finally { ui.restore(); }
    await vscode.workspace.saveAll(false);
    assert.equal(await readText(rel), before, 'engagement.yaml changed although research has no summary nor review');
    assert.ok(ui.log.messages.length > 0, 'no message told the user why the stage cannot advance');
    assert.match(ui.log.messages.join('\n'), /summary|review|总结|评审|gate|阶段门/i);
  });
});
