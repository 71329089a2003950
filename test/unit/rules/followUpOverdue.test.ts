import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

// TODAY is 2026-11-28.
const run = (items: Record<string, unknown>[], o: { stage?: string; extra?: string; language?: 'en' | 'zh-CN' } = {}) =>
  check({ 'engagement.yaml': engagementYaml({ stage: o.stage ?? 'introduction', extra: o.extra, language: o.language }), 'activities.yaml': listYaml('activities', 'items', items) });

describe('follow-up-overdue', () => {
  it('warns at the `date` key of a visit whose three-day window has passed without a follow-up', async () => {
    const f = await run([{ date: '2026-11-20', type: 'visit' }]);
    assert.deepEqual(at(f, 'follow-up-overdue'), ['activities.yaml:3:5-3:9']);
    const x = f.find((y) => y.code === 'follow-up-overdue')!;
    assert.equal(x.severity, 'warning');
    assert.equal(x.data?.activityIndex, 0);
    assert.equal(x.data?.dueDate, '2026-11-23');
    assert.match(x.message, /三天内回访/);
  });

  it('warns at a follow-up made after the window', async () => {
    const f = await run([{ date: '2026-11-01', type: 'visit' }, { date: '2026-11-10', type: 'visit', follow_up: '2026-11-14' }]);
    assert.deepEqual(at(f, 'follow-up-overdue'), ['activities.yaml:3:5-3:9', 'activities.yaml:7:16-7:26']);
    assert.equal(f.filter((y) => y.code === 'follow-up-overdue')[1].data?.activityIndex, 1);
  });

  it('counts introduction briefings and demos, not later ones or research days', async () => {
    const f = await run([
      { date: '2026-11-01', type: 'briefing', stage: 'introduction' },
      { date: '2026-11-01', type: 'demo', stage: 'solution' },
      { date: '2026-11-01', type: 'research' },
    ], { stage: 'solution' });
    assert.deepEqual(at(f, 'follow-up-overdue'), ['activities.yaml:3:5-3:9']);
  });

  it('is not overdue on day 3, with a follow-up on day 3, for a future visit, or with an invalid date', async () => {
    const f = await run([
      { date: '2026-11-25', type: 'visit' },
      { date: '2026-11-10', type: 'visit', follow_up: '2026-11-13' },
      { date: '2026-12-02', type: 'visit' },
      { date: '2026-02-30', type: 'visit' },
    ]);
    assert.deepEqual(at(f, 'follow-up-overdue'), []);
  });

  it('speaks zh-CN', async () => {
    const f = await run([{ date: '2026-11-20', type: 'visit' }], { language: 'zh-CN' });
    assert.match(f.find((y) => y.code === 'follow-up-overdue')!.message, /2026-11-20 的客户拜访尚无回访记录.*三天内回访/);
  });

  it('follows policy.follow_up_days and rules off', async () => {
    const visit = [{ date: '2026-11-20', type: 'visit' }];
    assert.deepEqual(at(await run(visit, { extra: policyYaml({ follow_up_days: 10 }) }), 'follow-up-overdue'), []);
    assert.equal(at(await run([{ date: '2026-11-26', type: 'visit' }], { extra: policyYaml({ follow_up_days: 1 }) }), 'follow-up-overdue').length, 1);
    assert.deepEqual(at(await run(visit, { extra: policyYaml({}, { 'follow-up-overdue': 'off' }) }), 'follow-up-overdue'), []);
  });
});

describe('follow-up-overdue of a stage already left (timing)', () => {
  it('is the 售前考评 record: information, marked history, worded as the past (no call to make now)', async () => {
    const f = await run([{ date: '2026-09-02', type: 'visit', stage: 'introduction' }], { stage: 'bidding', language: 'zh-CN' });
    const x = f.find((y) => y.code === 'follow-up-overdue')!;
    assert.deepEqual([x.severity, x.data?.history, x.data?.stage], ['info', true, 'introduction']);
    assert.equal(x.message, '2026-09-02 的客户拜访（「宣介」阶段）没有在 3 天内回访，未做到“三天内回访”。该阶段已经走过，记入售前考评，无需现在补访。');
  });

  it('near miss: a visit of the current stage, or one without a stage, is still work (warning, "call back now")', async () => {
    for (const item of [{ date: '2026-11-20', type: 'visit', stage: 'bidding' }, { date: '2026-11-20', type: 'visit' }]) {
      const x = (await run([item], { stage: 'bidding' })).find((y) => y.code === 'follow-up-overdue')!;
      assert.deepEqual([x.severity, x.data?.history, x.data?.stage], ['warning', undefined, 'bidding']);
      assert.match(x.message, /call back now/);
    }
  });

  it('a severity set in policy.rules wins over timing', async () => {
    const f = await run([{ date: '2026-09-02', type: 'visit', stage: 'introduction' }], { stage: 'bidding', extra: policyYaml({}, { 'follow-up-overdue': 'warning' }) });
    const x = f.find((y) => y.code === 'follow-up-overdue')!;
    assert.deepEqual([x.severity, x.data?.history], ['warning', true]);
  });
});
