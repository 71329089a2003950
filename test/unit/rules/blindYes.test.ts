import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const reqs = (reasonable: boolean, status?: string) =>
  listYaml('requirements', 'items', [{ id: 'REQ-001', title: 'Export to WeChat', reasonable, ...(status ? { status } : {}) }]);
const pricing = 'kind: pricing\nlines:\n  - item: WeChat module\n    unit_price: 1000\n    req: [REQ-001]\n';

describe('blind-yes', () => {
  it('warns at the status of an unreasonable requirement that is met', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), 'requirements.yaml': reqs(false, 'met') });
    assert.deepEqual(at(f, 'blind-yes'), ['requirements.yaml:6:13-6:16']);
    const x = f.find((y) => y.code === 'blind-yes')!;
    assert.equal(x.severity, 'warning');
    assert.deepEqual(x.data, { id: 'REQ-001', status: 'met', priced: false });
    assert.match(x.message, /REQ-001.*盲目满足客户诉求/);
  });

  it('warns at `reasonable` when the requirement has no status but is priced', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), 'requirements.yaml': reqs(false), 'pricing.yaml': pricing });
    assert.deepEqual(at(f, 'blind-yes'), ['requirements.yaml:5:17-5:22']);
  });

  it('leaves reasonable needs and unreasonable ones kept out of scope alone', async () => {
    const e = engagementYaml({ stage: 'solution' });
    assert.deepEqual(at(await check({ 'engagement.yaml': e, 'requirements.yaml': reqs(true, 'met') }), 'blind-yes'), []);
    assert.deepEqual(at(await check({ 'engagement.yaml': e, 'requirements.yaml': reqs(false, 'out-of-scope'), 'pricing.yaml': pricing }), 'blind-yes'), []);
    assert.deepEqual(at(await check({ 'engagement.yaml': e, 'requirements.yaml': reqs(false) }), 'blind-yes'), []);
  });

  it('follows policy.rules: a raised severity, or off', async () => {
    const up = await check({ 'engagement.yaml': engagementYaml({ stage: 'solution', extra: policyYaml({}, { 'blind-yes': 'error' }) }), 'requirements.yaml': reqs(false, 'partial') });
    assert.equal(up.find((y) => y.code === 'blind-yes')?.severity, 'error');
    const off = await check({ 'engagement.yaml': engagementYaml({ stage: 'solution', extra: policyYaml({}, { 'blind-yes': 'off' }) }), 'requirements.yaml': reqs(false, 'met') });
    assert.deepEqual(at(off, 'blind-yes'), []);
  });
});
