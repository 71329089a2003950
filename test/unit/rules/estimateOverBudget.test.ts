import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const reqs = (...estimates: [number, string?][]) =>
  listYaml('requirements', 'items', estimates.map(([estimate, status], i) => ({ id: `REQ-${i + 1}`, title: `Need ${i + 1}`, status: status ?? 'met', estimate })));
const run = (requirements: string, o: { extra?: string; pricing?: string; language?: 'en' | 'zh-CN' } = {}) =>
  check({
    'engagement.yaml': engagementYaml({ stage: 'solution', budget: 1000000, extra: o.extra, language: o.language }),
    'requirements.yaml': requirements,
    ...(o.pricing ? { '04-solution/pricing.yaml': o.pricing } : {}),
  });

describe('estimate-over-budget (early 随机熔断)', () => {
  it('warns at the requirements `items` key when Σ estimates in scope pass budget × 1.1, before any price', async () => {
    const f = await run(reqs([600000], [500001]));
    assert.deepEqual(at(f, 'estimate-over-budget'), ['requirements.yaml:2:1-2:6']);
    const x = f.find((y) => y.code === 'estimate-over-budget')!;
    assert.equal(x.severity, 'warning');
    assert.equal(x.data?.sum, 1100001);
    assert.match(x.message, /1,100,001 CNY, 10% over the budget of 1,000,000/);
  });

  it('near miss: exactly at the tolerance, out-of-scope needs left out, or a price already written', async () => {
    assert.deepEqual(at(await run(reqs([600000], [500000])), 'estimate-over-budget'), []);
    assert.deepEqual(at(await run(reqs([600000], [900000, 'out-of-scope'])), 'estimate-over-budget'), []);
    const pricing = 'kind: pricing\ncurrency: CNY\nlines:\n  - item: Suite\n    qty: 1\n    unit_price: 900000\n';
    assert.deepEqual(at(await run(reqs([2000000]), { pricing }), 'estimate-over-budget'), []);
  });

  it('an untouched pricing template (no priced line) is no price yet', async () => {
    assert.equal(at(await run(reqs([2000000]), { pricing: 'kind: pricing\ncurrency: CNY\nlines: []\n' }), 'estimate-over-budget').length, 1);
  });

  it('follows policy.scope_tolerance and speaks zh-CN', async () => {
    assert.deepEqual(at(await run(reqs([1200000]), { extra: policyYaml({ scope_tolerance: 0.25 }) }), 'estimate-over-budget'), []);
    assert.equal(at(await run(reqs([1060000]), { extra: policyYaml({ scope_tolerance: 0.05 }) }), 'estimate-over-budget').length, 1);
    const zh = await run(reqs([1500000]), { language: 'zh-CN' });
    assert.match(zh.find((y) => y.code === 'estimate-over-budget')!.message, /^范围内需求的估算合计 1,500,000 CNY，尚未报价就已超出预算 1,000,000（超出 50%）。/);
  });
});
