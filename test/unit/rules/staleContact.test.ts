import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

// TODAY is 2026-11-28; 2026-10-28 is 31 days before, 2026-10-29 is 30.
const person = (lastContact: string, influence = 'high') => listYaml('stakeholders', 'people', [{ id: 'sun', name: 'Sun', type: 'business-decider', influence, last_contact: lastContact }]);
const run = (stakeholders: string, o: { extra?: string; activities?: string; stage?: string; language?: 'en' | 'zh-CN' } = {}) =>
  check({
    'engagement.yaml': engagementYaml({ stage: o.stage ?? 'solution', extra: o.extra, language: o.language }),
    'stakeholders.yaml': stakeholders,
    ...(o.activities ? { 'activities.yaml': o.activities } : {}),
  });

describe('stale-contact', () => {
  it('informs at `last_contact` of a high-influence person not contacted for over 30 days', async () => {
    const f = await run(person('2026-10-28'));
    assert.deepEqual(at(f, 'stale-contact'), ['stakeholders.yaml:7:19-7:29']);
    const x = f.find((y) => y.code === 'stale-contact')!;
    assert.equal(x.severity, 'info');
    assert.deepEqual(x.data, { id: 'sun', lastContact: '2026-10-28', via: 'last_contact', days: 31 });
  });

  it('is silent at 30 days, for medium influence, after a later activity with them, and at closure', async () => {
    assert.deepEqual(at(await run(person('2026-10-29')), 'stale-contact'), []);
    assert.deepEqual(at(await run(person('2026-09-01', 'medium')), 'stale-contact'), []);
    const met = listYaml('activities', 'items', [{ date: '2026-11-20', type: 'visit', with: ['sun'], follow_up: '2026-11-21' }]);
    assert.deepEqual(at(await run(person('2026-09-01'), { activities: met }), 'stale-contact'), []);
    assert.deepEqual(at(await run(person('2026-09-01'), { stage: 'closure' }), 'stale-contact'), []);
  });

  it('speaks zh-CN', async () => {
    const f = await run(person('2026-10-14'), { language: 'zh-CN' });
    assert.match(f.find((y) => y.code === 'stale-contact')!.message, /Sun影响力高.但最近一次联系是 2026-10-14.已 45 天/);
  });

  it('follows policy.stale_contact_days and rules off', async () => {
    assert.deepEqual(at(await run(person('2026-10-28'), { extra: policyYaml({ stale_contact_days: 45 }) }), 'stale-contact'), []);
    assert.equal(at(await run(person('2026-11-10'), { extra: policyYaml({ stale_contact_days: 14 }) }), 'stale-contact').length, 1);
    assert.deepEqual(at(await run(person('2026-09-01'), { extra: policyYaml({}, { 'stale-contact': 'off' }) }), 'stale-contact'), []);
  });
});
