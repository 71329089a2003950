import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const boss = { id: 'zhang', name: 'Zhang', type: 'approver' };
const clerk = { id: 'li', name: 'Li', type: 'user' };
const people = (...p: Record<string, unknown>[]) => listYaml('stakeholders', 'people', p);
const reqs = (source: string) => listYaml('requirements', 'items', [{ id: 'REQ-001', title: 'Login', source }]);

describe('customer-not-user', () => {
  it('warns at `people` when no stakeholder is a user', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'research' }), 'stakeholders.yaml': people(boss) });
    assert.deepEqual(at(f, 'customer-not-user'), ['stakeholders.yaml:2:1-2:7']);
    const x = f.find((y) => y.code === 'customer-not-user')!;
    assert.equal(x.severity, 'warning');
    assert.match(x.message, /认为客户是用户.*a girlfriend is not a wife/);
  });

  it('warns at the engagement\'s `customer` (whose people are missing) when there is no stakeholders file', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'solution' }) });
    assert.deepEqual(at(f, 'customer-not-user'), ['engagement.yaml:4:11-4:20']);
  });

  it('warns at the requirement list when no requirement comes from a user', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'research' }), 'stakeholders.yaml': people(boss, clerk), 'requirements.yaml': reqs('zhang') });
    assert.deepEqual(at(f, 'customer-not-user'), ['requirements.yaml:2:1-2:6']);
    assert.deepEqual(f.find((y) => y.code === 'customer-not-user')?.data, { reason: 'no-user-requirement', users: ['li'] });
  });

  it('is silent with a user whose needs are recorded, with a user and no requirements yet, or before research', async () => {
    assert.deepEqual(at(await check({ 'engagement.yaml': engagementYaml({ stage: 'research' }), 'stakeholders.yaml': people(boss, clerk), 'requirements.yaml': reqs('li') }), 'customer-not-user'), []);
    assert.deepEqual(at(await check({ 'engagement.yaml': engagementYaml({ stage: 'research' }), 'stakeholders.yaml': people(boss, clerk) }), 'customer-not-user'), []);
    assert.deepEqual(at(await check({ 'engagement.yaml': engagementYaml({ stage: 'kickoff' }), 'stakeholders.yaml': people(boss) }), 'customer-not-user'), []);
  });

  it('speaks zh-CN and follows policy.rules', async () => {
    const zh = await check({ 'engagement.yaml': engagementYaml({ stage: 'research', language: 'zh-CN' }), 'stakeholders.yaml': people(boss) });
    assert.match(zh.find((y) => y.code === 'customer-not-user')!.message, /女朋友不等于老婆/);
    const off = await check({ 'engagement.yaml': engagementYaml({ stage: 'research', extra: policyYaml({}, { 'customer-not-user': 'off' }) }), 'stakeholders.yaml': people(boss) });
    assert.deepEqual(at(off, 'customer-not-user'), []);
  });
});
