import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const approver = (extra: Record<string, unknown> = {}) => ({ id: 'zhang', name: 'Zhang', type: 'approver', ...extra });
const itDecider = (extra: Record<string, unknown> = {}) => ({ id: 'wang', name: 'Wang', type: 'it-decider', ...extra });
const people = (...p: Record<string, unknown>[]) => listYaml('stakeholders', 'people', p);
const run = (stakeholders: string, o: { stage?: string; extra?: string; activities?: string } = {}) =>
  check({
    'engagement.yaml': engagementYaml({ stage: o.stage ?? 'solution', extra: o.extra }),
    'stakeholders.yaml': stakeholders,
    ...(o.activities ? { 'activities.yaml': o.activities } : {}),
  });

describe('decision-maker-gap', () => {
  it('warns at `people` when no IT decider is mapped', async () => {
    const f = await run(people(approver({ last_contact: '2026-11-20' })));
    assert.deepEqual(at(f, 'decision-maker-gap'), ['stakeholders.yaml:2:1-2:7']);
    const x = f.find((y) => y.code === 'decision-maker-gap')!;
    assert.equal(x.severity, 'warning');
    assert.deepEqual(x.data, { type: 'it-decider', reason: 'missing', quietPeriod: false });
    assert.match(x.message, /No IT decider is mapped.*客户的决策模式/);
  });

  it('warns at the person when the only approver was never contacted', async () => {
    const f = await run(people(itDecider({ last_contact: '2026-11-20' }), approver()));
    assert.deepEqual(at(f, 'decision-maker-gap'), ['stakeholders.yaml:7:5-7:7']);
    assert.deepEqual(f.find((y) => y.code === 'decision-maker-gap')?.data, { type: 'approver', reason: 'never-contacted', id: 'zhang', quietPeriod: false });
  });

  it('counts an activity with the person as contact, but not a planned one', async () => {
    const meet = (date: string) => listYaml('activities', 'items', [{ date, type: 'visit', with: ['zhang'], follow_up: date }]);
    assert.deepEqual(at(await run(people(itDecider({ last_contact: '2026-11-20' }), approver()), { activities: meet('2026-11-25') }), 'decision-maker-gap'), []);
    assert.equal(at(await run(people(itDecider({ last_contact: '2026-11-20' }), approver()), { activities: meet('2026-12-05') }), 'decision-maker-gap').length, 1);
  });

  it('is silent before the solution stage and when both are mapped and met', async () => {
    assert.deepEqual(at(await run(people(approver()), { stage: 'research' }), 'decision-maker-gap'), []);
    assert.deepEqual(at(await run(people(approver({ last_contact: '2026-10-01' }), itDecider({ last_contact: '2026-11-01' }))), 'decision-maker-gap'), []);
  });

  it('follows policy.rules', async () => {
    assert.deepEqual(at(await run(people(approver()), { extra: policyYaml({}, { 'decision-maker-gap': 'off' }) }), 'decision-maker-gap'), []);
    const up = await run(people(approver()), { extra: policyYaml({}, { 'decision-maker-gap': 'error' }) });
    assert.ok(up.filter((y) => y.code === 'decision-maker-gap').every((y) => y.severity === 'error'));
  });
});
