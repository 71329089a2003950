import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, policyYaml } from '../helpers/engagementBuilder';

// Lines: 1 kind, 2 currency, 3 lines:, 4 item, 5 unit_price.
const pricing = (currency: string, price: number) => `kind: pricing\ncurrency: ${currency}\nlines:\n  - item: HIS\n    unit_price: ${price}\n`;
const tender = (currency: string) => `kind: tender\ndeadline: 2026-12-05\ncurrency: ${currency}\nceiling_price: 1000000\n`;
const run = (files: Record<string, string>, extra = '', budgetCurrency = 'CNY') =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', budget: 1_000_000, currency: budgetCurrency, extra }), ...files });

describe('currency-mismatch and the quote across files', () => {
  it('warns at the pricing currency when the budget is in another; scope-creep stays silent (no mislabelled 2×)', async () => {
    const f = await run({ '04-solution/pricing.yaml': pricing('USD', 2_500_000) });
    assert.deepEqual(at(f, 'currency-mismatch'), ['04-solution/pricing.yaml:2:11-2:14']);
    assert.equal(f.find((y) => y.code === 'currency-mismatch')!.message, 'The pricing is in USD but the customer’s budget is in CNY: the priced total cannot be compared with the budget, so scope-creep stays silent. Quote in CNY, or state the budget in the currency you quote.');
    assert.deepEqual(at(f, 'scope-creep'), []);
  });

  it('warns at the tender currency when the tender asks for another; price-over-ceiling stays silent', async () => {
    const f = await run({ '04-solution/pricing.yaml': pricing('CNY', 1_500_000), '05-bidding/tender.yaml': tender('USD') });
    assert.deepEqual(at(f, 'currency-mismatch'), ['05-bidding/tender.yaml:3:11-3:14']);
    assert.deepEqual(at(f, 'price-over-ceiling'), []);
  });

  it('treats aliases as one currency (人民币 = RMB = CNY)', async () => {
    const f = await run({ '04-solution/pricing.yaml': pricing('人民币', 900_000), '05-bidding/tender.yaml': tender('RMB') });
    assert.deepEqual(at(f, 'currency-mismatch'), []);
  });

  it('adds several pricing files into one quote (parts of one offer) and reports at the first', async () => {
    // 600,000 + 600,000 = 1,200,000 > 1,000,000 × 1.1
    const f = await run({ '04-solution/pricing-hardware.yaml': pricing('CNY', 600_000), '04-solution/pricing-software.yaml': pricing('CNY', 600_000) });
    assert.deepEqual(at(f, 'scope-creep'), ['04-solution/pricing-hardware.yaml:3:1-3:6']);
    assert.equal(f.find((y) => y.code === 'scope-creep')!.data?.priced, 1_200_000);
  });

  it('refuses to add pricing files in different currencies and says so at the odd one', async () => {
    const f = await run({ '04-solution/a.yaml': pricing('CNY', 900_000), '04-solution/b.yaml': pricing('USD', 900_000) });
    assert.deepEqual(at(f, 'currency-mismatch'), ['04-solution/b.yaml:2:11-2:14']);
    assert.match(f.find((y) => y.code === 'currency-mismatch')!.message, /^This pricing file is in USD while 04-solution\/a\.yaml is in CNY/);
    assert.deepEqual(at(f, 'scope-creep'), []);
  });

  it('the issue’s case: an optional line and a 10% discount keep the quote under budget', async () => {
    const p = 'kind: pricing\ncurrency: CNY\nlines:\n  - item: HIS\n    unit_price: 1050000\n  - item: 选配\n    amount: 400000\n    optional: true\ndiscount: 0.1\n';
    // 1,050,000 × 0.9 = 945,000 ≤ 1,000,000 (the old sum, 1,450,000, was "45% over")
    const f = await run({ '04-solution/pricing.yaml': p });
    assert.deepEqual(at(f, 'scope-creep'), []);
  });

  it('follows policy.rules', async () => {
    assert.deepEqual(at(await run({ '04-solution/pricing.yaml': pricing('USD', 1) }, policyYaml({}, { 'currency-mismatch': 'off' })), 'currency-mismatch'), []);
  });
});
