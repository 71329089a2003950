import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

// TODAY is 2026-11-28: 2026-10-28 is 31 days before, 2026-10-29 is 30.
const person = (o: Record<string, unknown>) => listYaml('stakeholders', 'people', [{ id: 'sun', name: 'Sun', type: 'business-decider', influence: 'high', attitude: 'opponent', ...o }]);
const TENDER = 'kind: tender\npublished: 2026-11-20\ndeadline: 2026-12-05\n';
const run = (people: string, o: { extra?: string; tender?: string; stage?: string; language?: 'en' | 'zh-CN'; activities?: string } = {}) =>
  check({
    'engagement.yaml': engagementYaml({ stage: o.stage ?? 'solution', extra: o.extra, language: o.language }),
    'stakeholders.yaml': people,
    ...(o.tender ? { '05-bidding/tender.yaml': o.tender } : {}),
    ...(o.activities ? { 'activities.yaml': o.activities } : {}),
  });

describe('opponent-unhandled', () => {
  it('warns at the attitude of a high-influence opponent not contacted for over 30 days, or never', async () => {
    const f = await run(person({ last_contact: '2026-10-28' }));
    assert.deepEqual(at(f, 'opponent-unhandled'), ['stakeholders.yaml:7:15-7:23']);
    const x = f.find((y) => y.code === 'opponent-unhandled')!;
    assert.equal(x.severity, 'warning');
    assert.deepEqual(x.data, { id: 'sun', lastContact: '2026-10-28', days: 31, quietPeriod: false });
    assert.match(x.message, /^Sun has high influence and opposes us, and nothing has been done with them for 31 days \(limit 30\)/);
    const never = await run(person({}));
    assert.match(never.find((y) => y.code === 'opponent-unhandled')!.message, /has never been met/);
  });

  it('is the one finding for such a person: stale-contact leaves opponents to it', async () => {
    const f = await run(person({ last_contact: '2026-10-14' }));
    assert.deepEqual(at(f, 'stale-contact'), []);
    assert.equal(at(f, 'opponent-unhandled').length, 1);
  });

  it('near miss: contacted within 30 days (an activity counts), medium influence, a skeptic, closure', async () => {
    assert.deepEqual(at(await run(person({ last_contact: '2026-10-29' })), 'opponent-unhandled'), []);
    const met = listYaml('activities', 'items', [{ date: '2026-11-20', type: 'visit', with: ['sun'], follow_up: '2026-11-21' }]);
    assert.deepEqual(at(await run(person({ last_contact: '2026-09-01' }), { activities: met }), 'opponent-unhandled'), []);
    assert.deepEqual(at(await run(person({ influence: 'medium' })), 'opponent-unhandled'), []);
    assert.deepEqual(at(await run(person({ attitude: 'skeptic' })), 'opponent-unhandled'), []);
    assert.deepEqual(at(await run(person({}), { stage: 'closure' }), 'opponent-unhandled'), []);
  });

  it('in the quiet period: information that points to the bid and to 澄清/答疑, never a private visit', async () => {
    const f = await run(person({ last_contact: '2026-09-01' }), { stage: 'bidding', tender: TENDER, language: 'zh-CN' });
    const x = f.find((y) => y.code === 'opponent-unhandled')!;
    assert.equal(x.severity, 'info');
    assert.equal(x.data?.quietPeriod, true);
    assert.equal(x.message, 'Sun影响力高且持反对态度。招标已进入静默期，切勿私下接触评标相关人员：请在标书中逐条、有据地回应其可能的顾虑，如有疑问只通过正式的澄清/答疑渠道提出。');
  });

  it('follows policy.stale_contact_days and rules', async () => {
    assert.deepEqual(at(await run(person({ last_contact: '2026-10-14' }), { extra: policyYaml({ stale_contact_days: 60 }) }), 'opponent-unhandled'), []);
    assert.equal(at(await run(person({ last_contact: '2026-11-10' }), { extra: policyYaml({ stale_contact_days: 14 }) }), 'opponent-unhandled').length, 1);
    assert.deepEqual(at(await run(person({}), { extra: policyYaml({}, { 'opponent-unhandled': 'off' }) }), 'opponent-unhandled'), []);
  });
});
