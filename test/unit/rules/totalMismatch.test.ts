import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, policyYaml } from '../helpers/engagementBuilder';

// Lines: 1 kind, 2 currency, 3 lines:, 4–6 licence 900,000 (qty 2 × 450,000), 7–9 option 120,000, 10 discount, 11 total.
const pricing = (total: number, discount = 0.1) =>
  `kind: pricing\ncurrency: CNY\nlines:\n  - item: 软件许可\n    qty: 2\n    unit_price: 450000\n  - item: 驻场运维（选配）\n    amount: 120000\n    optional: true\ndiscount: ${discount}\ntotal: ${total}\n`;
const run = (p: string, extra = '', language: 'en' | 'zh-CN' = 'zh-CN') =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'solution', language, extra }), '04-solution/pricing.yaml': p });

describe('total-mismatch', () => {
  it('warns at `total` when it differs from Σ non-optional lines − discount', async () => {
    // Written 1,020,000 = 900,000 + 120,000 (option summed in, no discount); priced 900,000 × 0.9 = 810,000.
    const f = await run(pricing(1_020_000));
    assert.deepEqual(at(f, 'total-mismatch'), ['04-solution/pricing.yaml:11:8-11:15']);
    const x = f.find((y) => y.code === 'total-mismatch')!;
    assert.equal(x.severity, 'warning');
    assert.equal(x.message, '填写的总价 1,020,000 与按明细计算的报价合计 810,000 相差 210,000（非选配明细合计 900,000，不含选配项 120,000，扣除折扣 90,000）。请更正 `total`：预算与限价检查、评分测算以及评委都以明细为准。');
    assert.deepEqual(x.data, { written: 1_020_000, priced: 810_000, gross: 900_000, optional: 120_000, discount: 90_000 });
  });

  it('is silent when the total matches, within the default tolerance of 1, and with an amount discount', async () => {
    assert.deepEqual(at(await run(pricing(810_000)), 'total-mismatch'), []);
    assert.deepEqual(at(await run(pricing(810_001)), 'total-mismatch'), []);
    // 900,000 − 50,000 = 850,000
    assert.deepEqual(at(await run(pricing(850_000, 50_000)), 'total-mismatch'), []);
  });

  it('speaks English', async () => {
    const f = await run(pricing(810_002), '', 'en');
    assert.match(f.find((y) => y.code === 'total-mismatch')!.message, /^The written total 810,002 differs from the priced total 810,000 by 2 \(Σ non-optional lines 900,000, optional lines 120,000 left out, discount 90,000 taken off\)\./);
  });

  it('follows the policy: total_tolerance and off', async () => {
    assert.deepEqual(at(await run(pricing(810_500), policyYaml({ total_tolerance: 1000 })), 'total-mismatch'), []);
    assert.deepEqual(at(await run(pricing(810_500), policyYaml({ total_tolerance: 100 })), 'total-mismatch').length, 1);
    assert.deepEqual(at(await run(pricing(1_020_000), policyYaml({}, { 'total-mismatch': 'off' })), 'total-mismatch'), []);
  });
});
