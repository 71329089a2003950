import '../helpers/useFakeVscode';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EngagementStore } from '../../../src/extension/engagementStore';
import { TODAY } from '../helpers/checkFixture';
import { engagementYaml, listYaml } from '../helpers/engagementBuilder';
import { fakeFolder } from '../helpers/engagementStates';
import { fake, workspace } from '../helpers/fakeVscode';
import { MemoryFs } from '../helpers/memoryFs';
import { statusOf } from './statusOf';

// Facts that used to be decided twice and disagreed (issue #10); each now has one definition.
describe('one reading, no drift', () => {
  it('drift 1: a briefing logged in the introduction stage without `stage:` owes a follow-up to the rule AND the gate', async () => {
    const files = {
      'engagement.yaml': engagementYaml({ stage: 'introduction' }),
      'activities.yaml': listYaml('activities', 'items', [{ date: '2026-11-20', type: 'briefing' }]),
    };
    const s = await statusOf(files);
    const pitfall = s.pitfalls.flatMap((g) => g.items).find((i) => i.code === 'follow-up-overdue');
    assert.ok(pitfall, 'follow-up-overdue fires');
    const gate = s.stages.find((x) => x.id === 'introduction')!;
    const blocker = gate.blockers.find((b) => b.condition === 'follow-ups');
    assert.ok(blocker, 'the introduction gate shows the missing follow-up');
    assert.equal(blocker.file, 'activities.yaml');
    assert.deepEqual(blocker.range?.start, { line: 2, character: 4 });
  });

  it('drift 1, near miss: the same briefing in the solution stage owes neither', async () => {
    const s = await statusOf({
      'engagement.yaml': engagementYaml({ stage: 'solution' }),
      'activities.yaml': listYaml('activities', 'items', [{ date: '2026-11-20', type: 'briefing' }]),
    });
    assert.equal(s.pitfalls.flatMap((g) => g.items).filter((i) => i.code === 'follow-up-overdue').length, 0);
    assert.equal(s.stages.find((x) => x.id === 'introduction')!.blockers.filter((b) => b.condition === 'follow-ups').length, 0);
  });

  it('drift 2: with findingsLanguage `en` on a zh-CN engagement, findings AND gate blockers are English', async () => {
    workspace.workspaceFolders = [fakeFolder('/ws') as never];
    workspace.textDocuments = [];
    fake.files.clear();
    const fs = new MemoryFs({ 'engagement.yaml': engagementYaml({ stage: 'introduction', language: 'zh-CN' }) });
    const store = new EngagementStore({ fsFor: () => fs, today: () => TODAY, findingsLanguage: () => 'en' });
    await store.refresh();
    const [state] = store.all();
    // English prose; the method's own terms may be quoted in parentheses.
    const prose = (m: string) => m.replace(/[（(][^)）]*[)）]/g, '');
    const finding = state.findings.find((f) => f.code === 'missing-deliverable')!;
    assert.match(finding.message, /Kickoff|Introduction/);
    assert.doesNotMatch(prose(finding.message), /[\u4e00-\u9fff]/);
    const blockers = state.status.stages.flatMap((s) => s.blockers);
    assert.ok(blockers.length > 0);
    for (const b of blockers) assert.doesNotMatch(prose(b.message), /[\u4e00-\u9fff]/, `blocker in Chinese: ${b.message}`);
    assert.match(blockers.find((b) => b.condition === 'review')!.message, /^no passed quick review/);
    assert.equal(state.status.language, 'en');
    store.dispose();
  });
});
