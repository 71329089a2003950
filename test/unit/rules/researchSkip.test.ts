import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusText } from '../../../src/cli/statusText';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { nextStage } from '../../../src/core/model/stageSkip';
import { MemoryFs } from '../helpers/memoryFs';
import { check } from '../helpers/checkFixture';
import { engagementYaml, listYaml } from '../helpers/engagementBuilder';
import { doc, statusOf } from '../status/statusOf';

const pass = (stage: string) => ({ stage, date: '2026-10-01', result: 'pass' });
const files = (reason: string, o: { activities?: Record<string, unknown>[]; stage?: string; language?: 'en' | 'zh-CN' } = {}) => ({
  'engagement.yaml': engagementYaml({ stage: o.stage ?? 'solution', language: o.language, extra: `research:\n  reason: ${reason}\n` }),
  '01-kickoff/interface-form.yaml': 'kind: interface-form\n',
  '02-introduction/deck.md': doc('intro-deck'),
  '02-introduction/summary.md': doc('stage-summary', { stage: 'introduction' }),
  'reviews.yaml': listYaml('reviews', 'items', [pass('kickoff'), pass('introduction')]),
  ...(o.activities ? { 'activities.yaml': listYaml('activities', 'items', o.activities) } : {}),
});
const aboutResearch = (f: Awaited<ReturnType<typeof check>>) =>
  f
    .filter((x) => (x.code === 'missing-deliverable' || x.code === 'gate-not-met') && x.data?.stage === 'research')
    .map((x) => `${x.code}:${((x.data?.kinds ?? x.data?.conditions) as string[]).join('+')}`);

describe('research may be skipped (research.reason: none, no research activity)', () => {
  it('owes nothing: no plan, report, summary or review is asked for, and the pipeline shows it skipped', async () => {
    assert.deepEqual(aboutResearch(await check(files('none'))), []);
    const s = await statusOf(files('none'));
    assert.deepEqual(s.stages.map((x) => x.state), ['done', 'done', 'skipped', 'current', 'todo', 'todo']);
    assert.deepEqual(s.stages[2].blockers, []);
    assert.ok(s.stages[2].deliverables.every((d) => d.optional));
    assert.match(statusText(s), /Introduction ✓ → Research \(skipped\) → \[Solution/);
    assert.match(statusText(await statusOf(files('none', { language: 'zh-CN' }))), /宣介 ✓ → 调研（已跳过） → \[方案/);
  });

  it('shows as skipped ahead of time, too', async () => {
    const s = await statusOf(files('none', { stage: 'introduction' }));
    assert.equal(s.stages[2].state, 'skipped');
  });

  it('near miss: a research activity, another reason, or being in the research stage means research is owed', async () => {
    const visit = [{ date: '2026-10-10', type: 'research', stage: 'research', with: [] }];
    assert.deepEqual(aboutResearch(await check(files('none', { activities: visit }))), [
      'missing-deliverable:research-plan+research-report', 'gate-not-met:summary+review',
    ]);
    assert.equal(aboutResearch(await check(files('fierce-competition'))).length, 2);
    const s = await statusOf(files('none', { stage: 'research' }));
    assert.equal(s.stages[2].state, 'current');
  });

  it('Advance Stage steps over it: introduction → solution; near miss: with research activity, introduction → research', async () => {
    const engagement = async (reason: string, activities?: Record<string, unknown>[]) =>
      (await checkWorkspace(new MemoryFs(files(reason, { stage: 'introduction', activities })), { today: '2026-11-28' }))[0].engagement;
    assert.equal(nextStage(await engagement('none'), 1)?.id, 'solution');
    assert.equal(nextStage(await engagement('none', [{ date: '2026-10-10', type: 'research', with: [] }]), 1)?.id, 'research');
    assert.equal(nextStage(await engagement('approval-blocked'), 1)?.id, 'research');
    assert.equal(nextStage(await engagement('none'), 5), undefined);
  });
});
