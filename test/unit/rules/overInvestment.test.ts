import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const days = (...d: number[]) =>
  listYaml('activities', 'items', [{ date: '2026-11-01', type: 'visit', follow_up: '2026-11-02', effort_days: 9 }, ...d.map((n, i) => ({ date: `2026-11-1${i}`, type: 'research', effort_days: n }))]);
const run = (budget: number | null, activities: string, extra = '') =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'research', budget: budget ?? undefined, extra: `research:\n  reason: approval-blocked\n${extra}` }), 'activities.yaml': activities });

describe('over-investment', () => {
  it('warns at the last research effort when research days pass budget/1M × 10', async () => {
    const f = await run(1_000_000, days(6, 5));
    assert.deepEqual(at(f, 'over-investment'), ['activities.yaml:12:18-12:19']);
    const x = f.find((y) => y.code === 'over-investment')!;
    assert.equal(x.severity, 'warning');
    assert.deepEqual(x.data, { days: 11, limit: 10, budget: 1_000_000, activityIndex: 2 });
    assert.match(x.message, /过度投入/);
  });

  it('uses the minimum when the budget is small or unknown', async () => {
    assert.equal(at(await run(100_000, days(3, 3)), 'over-investment').length, 1);
    assert.equal(at(await run(null, days(3, 3)), 'over-investment').length, 1);
    assert.deepEqual(at(await run(null, days(3, 2)), 'over-investment'), []);
  });

  it('is silent at the limit, and does not count visits', async () => {
    assert.deepEqual(at(await run(1_000_000, days(5, 5)), 'over-investment'), []);
  });

  it('follows policy thresholds and rules off', async () => {
    assert.deepEqual(at(await run(1_000_000, days(6, 5), policyYaml({ research_days_per_million: 20 })), 'over-investment'), []);
    assert.equal(at(await run(null, days(2, 2), policyYaml({ research_days_min: 3 })), 'over-investment').length, 1);
    assert.deepEqual(at(await run(1_000_000, days(6, 5), policyYaml({}, { 'over-investment': 'off' })), 'over-investment'), []);
  });
});
