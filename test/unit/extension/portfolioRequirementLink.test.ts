import '../helpers/useFakeVscode';
import type * as vscode from 'vscode';
import './dashboardPanelFakes';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { validatePortfolioMessage } from '../../../src/extension/portfolio/portfolioMessages';
import { registerPortfolioPanel, type PortfolioPanel } from '../../../src/extension/portfolio/portfolioPanel';
import type { EngagementState } from '../../../src/extension/storeApi';
import { fsFromFolder } from '../helpers/checkFixture';
import { FixedStore, statesOf } from '../helpers/engagementStates';
import { commands, fake, Uri, window } from '../helpers/fakeVscode';
import { FakeWebviewPanel } from '../helpers/fakeWebviewPanel';
import { TODAY } from '../team/teamFixture';

Object.assign(window, { createWebviewPanel: (viewType: string, title: string, _c: unknown, options: unknown) => new FakeWebviewPanel(viewType, title, options) });
const context = () => ({ extensionUri: Uri.file('/ext'), subscriptions: [] as { dispose(): unknown }[] }) as unknown as vscode.ExtensionContext;

describe('portfolio gap log: requirements open at their item (s18 trial-lead #8)', () => {
  let states: EngagementState[];
  before(async () => {
    states = await statesOf(fsFromFolder('test/fixtures/team'), undefined, TODAY);
  });

  it('the model lists each area’s requirements with the store key; a click opens requirements.yaml at the id', async () => {
    const registration = registerPortfolioPanel(context(), new FixedStore(states));
    const panel = await commands.executeCommand('presales.openPortfolio') as PortfolioPanel;
    const model = panel.model();
    const reporting = model.gaps.find((g) => g.area === 'Reporting')!;
    assert.deepEqual(reporting.requirements.map((r) => r.label), ['03-research-cedar REQ-001', '04-solution-delta REQ-001', '04-solution-delta REQ-002', '06-bidding-fir REQ-001', '09-lost-iris REQ-001']);
    const delta = reporting.requirements[2];
    const uri = Uri.file('/ws/04-solution-delta/requirements.yaml').toString();
    fake.files.set(uri, readFileSync('test/fixtures/team/04-solution-delta/requirements.yaml'));
    await panel.receive({ type: 'openRequirement', key: delta.key, requirement: 'REQ-002' });
    assert.deepEqual(fake.shownSelections.at(-1), { uri, line: 9 }); // `  - id: REQ-002` is line 10
    const before = fake.shownSelections.length;
    await panel.receive({ type: 'openRequirement', key: delta.key, requirement: 'REQ-999' }); // gone since: nothing opens
    await panel.receive({ type: 'openRequirement', key: 'file:///elsewhere', requirement: 'REQ-001' }); // unknown engagement: dropped
    assert.equal(fake.shownSelections.length, before);
    registration.dispose();
  });

  it('the validator takes only a known engagement and a bounded requirement string, nothing else', () => {
    const known = (k: string) => k === 'k';
    assert.deepEqual(validatePortfolioMessage({ type: 'openRequirement', key: 'k', requirement: 'REQ-1' }, known), { type: 'openRequirement', key: 'k', requirement: 'REQ-1' });
    for (const bad of [
      { type: 'openRequirement', key: 'x', requirement: 'REQ-1' },
      { type: 'openRequirement', key: 'k', requirement: '' },
      { type: 'openRequirement', key: 'k', requirement: 'R'.repeat(201) },
      { type: 'openRequirement', key: 'k', requirement: 7 },
      { type: 'openRequirement', key: 'k', requirement: 'REQ-1', file: '../x' },
    ]) assert.equal(validatePortfolioMessage(bad, known), undefined, JSON.stringify(bad).slice(0, 80));
  });
});
