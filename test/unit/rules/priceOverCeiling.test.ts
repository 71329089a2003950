import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, policyYaml } from '../helpers/engagementBuilder';

// Lines: 1 kind, 2 currency, 3 lines:, 4–6 software (1,900,000), 7–9 option (300,000, optional), 10 discount, 11 total.
const pricing = (software: number, discount = 0, total?: number) =>
  `kind: pricing\ncurrency: CNY\nlines:\n  - item: HIS\n    qty: 1\n    unit_price: ${software}\n  - item: 互联网医院（选配）\n    amount: 300000\n    optional: true\ndiscount: ${discount}\n${total === undefined ? '' : `total: ${total}\n`}`;
const tender = (limits: string) => `kind: tender\ndeadline: 2026-12-05\ncurrency: CNY\n${limits}`;
const run = (p: string, t: string, extra = '', language: 'en' | 'zh-CN' = 'zh-CN') =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', language, extra }), '04-solution/pricing.yaml': p, '05-bidding/tender.yaml': t });

describe('price-over-ceiling', () => {
  it('is an error at the pricing total when the priced total exceeds the ceiling price', async () => {
    // 2,100,000 − 0 = 2,100,000 > ceiling 2,000,000 (the 300,000 option is not in the total)
    const f = await run(pricing(2_100_000, 0, 2_100_000), tender('ceiling_price: 2000000\nbudget: 2200000\n'));
    assert.deepEqual(at(f, 'price-over-ceiling'), ['04-solution/pricing.yaml:11:8-11:15']);
    const x = f.find((y) => y.code === 'price-over-ceiling')!;
    assert.equal(x.severity, 'error');
    assert.deepEqual(x.data, { priced: 2_100_000, limit: 2_000_000, limitKind: 'ceiling', files: 1 });
    assert.equal(x.message, '报价合计 2,100,000 CNY，超过招标文件的最高限价 2,000,000，超出 100,000。报价超过预算金额或最高限价的投标无效：请在投标截止日 2026-12-05 前把报价降至 2,000,000 及以下，或通过正式澄清渠道向采购人确认限价。');
  });

  it('takes the lower of ceiling and tender budget, and speaks English', async () => {
    const f = await run(pricing(2_100_000), tender('ceiling_price: 2500000\nbudget: 2050000\n'), '', 'en');
    assert.deepEqual(at(f, 'price-over-ceiling'), ['04-solution/pricing.yaml:3:1-3:6']);
    assert.match(f.find((y) => y.code === 'price-over-ceiling')!.message, /exceeds the tender’s budget \(预算金额\) of 2,050,000 by 50,000.*before the deadline of 2026-12-05/);
  });

  it('stays silent at the limit, under it after the discount, across currencies and without limits', async () => {
    assert.deepEqual(at(await run(pricing(2_000_000), tender('ceiling_price: 2000000\n')), 'price-over-ceiling'), []);
    // 2,200,000 × (1 − 0.1) = 1,980,000 ≤ 2,000,000
    assert.deepEqual(at(await run(pricing(2_200_000, 0.1), tender('ceiling_price: 2000000\n')), 'price-over-ceiling'), []);
    assert.deepEqual(at(await run(pricing(2_100_000), tender('ceiling_price: 2000000\n').replace('currency: CNY', 'currency: USD')), 'price-over-ceiling'), []);
    assert.deepEqual(at(await run(pricing(2_100_000), tender('')), 'price-over-ceiling'), []);
  });

  it('follows policy.rules', async () => {
    const f = await run(pricing(2_100_000), tender('ceiling_price: 2000000\n'), policyYaml({}, { 'price-over-ceiling': 'warning' }));
    assert.equal(f.find((y) => y.code === 'price-over-ceiling')?.severity, 'warning');
    assert.deepEqual(at(await run(pricing(2_100_000), tender('ceiling_price: 2000000\n'), policyYaml({}, { 'price-over-ceiling': 'off' })), 'price-over-ceiling'), []);
  });
});
