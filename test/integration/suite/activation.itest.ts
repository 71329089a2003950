/** The extension activates on a workspace with an engagement and registers every contributed command. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID, manifest } from './helpers';

describe('activation', () => {
  it('activates on a workspace that contains engagement.yaml', async () => {
    await activate();
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('registers every command contributed in package.json', async () => {
    await activate();
    const contributed = (manifest().contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length >= 9, `only ${contributed.length} commands contributed`);
    for (const id of ['presales.newEngagement', 'presales.newDeliverable', 'presales.addStakeholder', 'presales.addRequirement',
      'presales.logActivity', 'presales.recordReview', 'presales.advanceStage', 'presales.checkEngagement', 'presales.openDashboard']) {
      assert.ok(contributed.includes(id), `package.json does not contribute ${id}`);
    }
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], 'contributed but not registered');
  });
});
