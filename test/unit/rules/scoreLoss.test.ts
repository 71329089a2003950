import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

type Opts = { incumbent?: number; rival?: number; count?: number; voidAfter?: number };
// Lines: scoring items start at 10 (价格), 14 (技术偏离), 19 (类似案例), 24 (实施方案); `item` values from column 11.
const tender = ({ incumbent = 2_250_000, rival = 1_800_000, count = 2, voidAfter = 10 }: Opts = {}) =>
  `kind: tender\ndeadline: 2026-12-05\nceiling_price: 3000000\ncompetitor_prices:\n  - name: 某联软件\n    price: ${incumbent}\n  - name: 某创医疗\n    price: ${rival}\nscoring:\n` +
  `  - item: 价格\n    points: 30\n    type: price\n    rule: price-low\n` +
  `  - item: 技术偏离\n    points: 20\n    rule: deduct\n    per: 2\n    void_after: ${voidAfter}\n` +
  `  - item: 类似案例\n    points: 15\n    rule: count\n    per: 5\n    count: ${count}\n` +
  `  - item: 实施方案\n    points: 35\n    rule: judged\n    estimate: 20\n`;
const pricing = 'kind: pricing\ncurrency: CNY\nlines:\n  - item: HIS\n    unit_price: 2400000\n';
const rows = (negatives: number) =>
  listYaml('deviation-table', 'items', Array.from({ length: 4 }, (_, i) => ({ ref: `3.${i}`, mark: '▲', response: '见第 3 页', deviation: i < negatives ? 'negative' : 'none' })));
const run = (t: string, negatives = 3, extra = '', language: 'en' | 'zh-CN' = 'zh-CN') =>
  check({
    'engagement.yaml': engagementYaml({ stage: 'bidding', language, extra }),
    '04-solution/pricing.yaml': pricing,
    '05-bidding/tender.yaml': t,
    '05-bidding/deviation-technical.yaml': rows(negatives),
  });
const T = '05-bidding/tender.yaml';

describe('score-loss', () => {
  it('reports each item that loses points at its `item`, warning past 5 points, never the judged one', async () => {
    const f = await run(tender());
    assert.deepEqual(at(f, 'score-loss'), [`${T}:10:11-10:13`, `${T}:14:11-14:15`, `${T}:19:11-19:15`]);
    const [price, deduct, count] = f.filter((y) => y.code === 'score-loss');
    // price: 1,800,000 ÷ 2,400,000 × 30 = 22.5 → 7.5 lost (> 5: warning)
    assert.equal(price.severity, 'warning');
    assert.deepEqual(price.data, { item: '价格', points: 30, expected: 22.5, lost: 7.5, rule: 'price-low' });
    assert.equal(price.message, '评分项“价格”预计失 7.5 分（满分 30 分）：评标基准价 1,800,000（某创医疗）÷ 我方报价 2,400,000 × 30 分 = 22.5 分。请在投标截止日 2026-12-05 前挽回：报价降至 1,800,000 及以下可得满分，多得 7.5 分。');
    // deduct: 3 ▲ negatives × 2 = 6 lost (> 5: warning)
    assert.equal(deduct.severity, 'warning');
    assert.equal(deduct.data?.lost, 6);
    // count: 2 × 5 = 10 of 15 → 5 lost (not > 5: info)
    assert.equal(count.severity, 'info');
    assert.match(count.message, /再提供 1 项可挽回 5 分/);
  });

  it('is an error saying the bid is void when negatives reach void_after', async () => {
    const f = await run(tender({ voidAfter: 3 }));
    const x = f.find((y) => y.code === 'score-loss' && y.severity === 'error')!;
    assert.deepEqual(at([x], 'score-loss'), [`${T}:14:11-14:15`]);
    assert.equal(x.message, '评分项“技术偏离”：负偏离已达 3 项（3 项即为无效投标）：投标将被否决。请在投标截止日 2026-12-05 前把负偏离逐项改为满足（或经澄清确认满足），直到少于 3 项。');
    assert.equal((await run(tender({ voidAfter: 4 }))).some((y) => y.code === 'score-loss' && y.severity === 'error'), false);
    const en = (await run(tender({ voidAfter: 3 }), 3, '', 'en')).find((y) => y.code === 'score-loss' && y.severity === 'error')!;
    assert.equal(en.message, '"技术偏离": 3 negative deviations reach the limit of 3: the bid will be rejected as invalid. Turn negative deviations into compliance before the deadline of 2026-12-05, or clarify them with the buyer, until fewer than 3 remain.');
  });

  it('is silent when we are the lowest price, offer the cap and have no negatives', async () => {
    assert.deepEqual(at(await run(tender({ incumbent: 2_400_000, rival: 2_500_000, count: 3 }), 0), 'score-loss'), []);
  });

  it('deduct counts only the listed clauses, refs compared as written (3.10 is not 3.1; case and width ignored)', async () => {
    const t = 'kind: tender\nscoring:\n  - item: 偏离\n    points: 10\n    rule: deduct\n    per: 3\n    clauses: ["3.10", "A.1"]\n';
    const d = 'kind: deviation-table\nitems:\n  - ref: 3.10\n    mark: "▲"\n    deviation: negative\n  - ref: 3.1\n    mark: "▲"\n    deviation: negative\n  - ref: ａ.1\n    mark: "▲"\n    deviation: negative\n';
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'bidding' }), '05-bidding/tender.yaml': t, '05-bidding/deviation-technical.yaml': d });
    // 3.10 and ａ.1 are listed, 3.1 is not: 2 × 3 = 6 lost
    assert.deepEqual(f.filter((y) => y.code === 'score-loss').map((y) => [y.severity, y.data?.lost]), [['warning', 6]]);
  });

  it('speaks English', async () => {
    const f = await run(tender(), 3, '', 'en');
    assert.match(f.find((y) => y.code === 'score-loss')!.message, /^"价格" is expected to lose 7\.5 of 30 points: Benchmark 1,800,000 \(某创医疗\) ÷ our price 2,400,000 × 30 = 22\.5 points\. Cheapest way back, before the deadline of 2026-12-05: a price of 1,800,000 or less earns the full points \(7\.5 more\)/);
  });

  it('follows the policy: score_loss_warn and off', async () => {
    const f = await run(tender(), 3, policyYaml({ score_loss_warn: 10 }));
    assert.deepEqual(f.filter((y) => y.code === 'score-loss').map((y) => y.severity), ['info', 'info', 'info']);
    assert.deepEqual(at(await run(tender(), 3, policyYaml({}, { 'score-loss': 'off' })), 'score-loss'), []);
  });
});
