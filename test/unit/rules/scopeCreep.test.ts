import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, policyYaml } from '../helpers/engagementBuilder';

const pricing = (unitPrice: number, total?: number, currency = 'CNY') =>
  `kind: pricing\ncurrency: ${currency}\nlines:\n  - item: HIS\n    unit_price: ${unitPrice}\n  - item: Training\n    qty: 2\n    unit_price: 25000\n${total === undefined ? '' : `total: ${total}\n`}`;
const run = (p: string, extra = '', budget: number | null = 1_000_000) =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'solution', budget: budget ?? undefined, extra }), '04-solution/pricing.yaml': p });

describe('scope-creep', () => {
  it('warns at the total when the price is past budget × 1.1', async () => {
    const f = await run(pricing(1_100_000, 1_150_000));
    assert.deepEqual(at(f, 'scope-creep'), ['04-solution/pricing.yaml:9:8-9:15']);
    const x = f.find((y) => y.code === 'scope-creep')!;
    assert.equal(x.severity, 'warning');
    assert.deepEqual(x.data, { budget: 1_000_000, priced: 1_150_000, ratio: 1.15, currency: 'CNY', budgetSource: 'engagement' });
    assert.match(x.message, /15% over the budget of 1,000,000/);
    assert.match(x.message, /随机熔断/);
  });

  it('is an error past budget × 2', async () => {
    const f = await run(pricing(2_000_000, 2_100_000));
    assert.equal(f.find((y) => y.code === 'scope-creep')?.severity, 'error');
  });

  it('sums qty × unit_price (qty defaults to 1) and points at `lines` when there is no total', async () => {
    const f = await run(pricing(1_100_000));
    assert.deepEqual(at(f, 'scope-creep'), ['04-solution/pricing.yaml:3:1-3:6']);
    assert.equal(f.find((y) => y.code === 'scope-creep')?.data?.priced, 1_150_000);
  });

  it('falls back to the interface form budget', async () => {
    const f = await check({
      'engagement.yaml': engagementYaml({ stage: 'solution' }),
      '01-kickoff/interface-form.yaml': 'kind: interface-form\nbudget: 1000000\n',
      '04-solution/pricing.yaml': pricing(1_100_000, 1_150_000),
    });
    assert.equal(f.find((y) => y.code === 'scope-creep')?.data?.budgetSource, 'interface-form');
  });

  it('stays silent at 9% over, at exactly 10%, without a budget, and across currencies', async () => {
    assert.deepEqual(at(await run(pricing(1_040_000, 1_090_000)), 'scope-creep'), []);
    assert.deepEqual(at(await run(pricing(1_050_000, 1_100_000)), 'scope-creep'), []);
    assert.deepEqual(at(await run(pricing(1_100_000, 1_150_000), '', null), 'scope-creep'), []);
    assert.deepEqual(at(await run(pricing(1_100_000, 1_150_000, 'USD')), 'scope-creep'), []);
  });

  it('speaks zh-CN for a zh-CN engagement', async () => {
    const f = await check({
      'engagement.yaml': engagementYaml({ stage: 'solution', language: 'zh-CN', budget: 1_000_000 }),
      '04-solution/pricing.yaml': pricing(2_950_000, 3_000_000),
    });
    // 2,950,000 + 2 × 25,000 = 3,000,000: three times the budget
    assert.match(f.find((y) => y.code === 'scope-creep')!.message, /预算 1,000,000 的 3 倍.*随机熔断/);
  });

  it('follows the policy: tolerance, error factor and off', async () => {
    assert.deepEqual(at(await run(pricing(1_040_000, 1_090_000), policyYaml({ scope_tolerance: 0.05 })), 'scope-creep').length, 1);
    const err = await run(pricing(1_100_000, 1_150_000), policyYaml({ scope_error_factor: 1.1 }));
    assert.equal(err.find((y) => y.code === 'scope-creep')?.severity, 'error');
    assert.deepEqual(at(await run(pricing(2_000_000, 3_000_000), policyYaml({}, { 'scope-creep': 'off' })), 'scope-creep'), []);
  });
});
