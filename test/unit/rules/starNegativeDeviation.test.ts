import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const table = (mark: string, deviation: string) =>
  listYaml('deviation-table', 'items', [{ ref: '3.1.2', mark, requirement: 'Dual-active data centres', response: 'Active-standby, switch-over in 30 s', deviation, evidence: 'p. 45' }]);
const run = (t: string, extra = '') => check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', extra }), '05-bidding/deviation-technical.yaml': t });

describe('star-negative-deviation', () => {
  it('is an error at the deviation of a ★ row', async () => {
    const f = await run(table('★', 'negative'));
    assert.deepEqual(at(f, 'star-negative-deviation'), ['05-bidding/deviation-technical.yaml:7:16-7:24']);
    const x = f.find((y) => y.code === 'star-negative-deviation')!;
    assert.equal(x.severity, 'error');
    assert.deepEqual(x.data, { ref: '3.1.2', row: 0 });
    assert.match(x.message, /3\.1\.2.*负偏离/);
  });

  it('is silent for a ▲ negative row and a ★ positive row', async () => {
    assert.deepEqual(at(await run(table('▲', 'negative')), 'star-negative-deviation'), []);
    assert.deepEqual(at(await run(table('★', 'positive')), 'star-negative-deviation'), []);
  });

  it('follows policy.rules', async () => {
    assert.deepEqual(at(await run(table('★', 'negative'), policyYaml({}, { 'star-negative-deviation': 'off' })), 'star-negative-deviation'), []);
  });
});
