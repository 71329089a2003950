import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateScore, type ScoringFacts } from '../../../src/core/model/scoreEstimate';
import type { Mark } from '../../../src/core/method/vocabulary';

let n = 0;
const item = (s: Partial<ScoringFacts>): ScoringFacts => ({ index: n++, clauses: [], ...s });
const row = (mark: Mark, deviation: 'none' | 'negative' | 'positive', ref = `R${n++}`) => ({ ref, mark, deviation });

// The county-hospital shape: price 30 (低价优先), ▲ deductions 2 each (max 20), references 5 each (max 15), judged 35.
const scoring = [
  item({ index: 0, item: '价格', points: 30, type: 'price', rule: 'price-low' }),
  item({ index: 1, item: '技术偏离', points: 20, type: 'technical', rule: 'deduct', per: 2, voidAfter: 10 }),
  item({ index: 2, item: '类似案例', points: 15, type: 'commercial', rule: 'count', per: 5, count: 2 }),
  item({ index: 3, item: '实施方案', points: 35, type: 'technical', rule: 'judged', estimate: 28 }),
];
const rows = [row('▲', 'negative'), row('▲', 'negative'), row('▲', 'negative'), row('★', 'negative'), row('', 'negative'), row('▲', 'none')];
const price = { ours: 2_400_000, competitors: [{ name: '某联软件', price: 2_250_000 }, { name: '某创医疗', price: 1_800_000 }, { name: '报价过高者', price: 3_100_000 }], limit: 3_000_000 };

describe('estimateScore', () => {
  const s = estimateScore(scoring, rows, price);
  const byItem = Object.fromEntries(s.items.map((i) => [i.item, i]));

  it('price-low: lowest valid price ÷ our price × points', () => {
    // 1,800,000 ÷ 2,400,000 × 30 = 0.75 × 30 = 22.5; lost 7.5
    assert.equal(byItem['价格'].expected, 22.5);
    assert.equal(byItem['价格'].lost, 7.5);
    assert.equal(byItem['价格'].why.key, 'priceBeaten');
    assert.deepEqual(byItem['价格'].recover, { key: 'priceRecover', params: { target: '1,800,000', lost: '7.5' } });
  });

  it('deduct: negative deviations on the given marks (default ▲) × per', () => {
    // three ▲ negatives (the ★ and the unmarked one are not counted) × 2 = 6 lost → 14
    assert.equal(byItem['技术偏离'].negatives, 3);
    assert.equal(byItem['技术偏离'].expected, 14);
    assert.equal(byItem['技术偏离'].lost, 6);
    assert.equal(byItem['技术偏离'].void, false);
  });

  it('count: count × per up to the points', () => {
    // 2 × 5 = 10 of 15; 1 more wins 5 back
    assert.equal(byItem['类似案例'].expected, 10);
    assert.deepEqual(byItem['类似案例'].recover, { key: 'countRecover', params: { more: 1, lost: '5' } });
  });

  it('judged: the estimate', () => {
    assert.equal(byItem['实施方案'].expected, 28);
    assert.equal(byItem['实施方案'].lost, 7);
  });

  it('totals the items', () => {
    // 22.5 + 14 + 10 + 28 = 74.5 of 100
    assert.equal(s.total, 74.5);
    assert.equal(s.max, 100);
  });

  it('gives one scenario per competitor price; a price over the limit is void and sets no benchmark', () => {
    // 某联: 2,250,000 ÷ 2,400,000 × 30 = 28.125 → 28.13; total 74.5 − 22.5 + 28.13 = 80.13
    // 某创: 22.5 → 74.5; 报价过高者 (3,100,000 > 3,000,000): void → full 30 → 82
    assert.deepEqual(s.scenarios, [
      { name: '某联软件', price: 2_250_000, valid: true, price_points: 28.13, total: 80.13 },
      { name: '某创医疗', price: 1_800_000, valid: true, price_points: 22.5, total: 74.5 },
      { name: '报价过高者', price: 3_100_000, valid: false, price_points: 30, total: 82 },
    ]);
  });

  it('marks the bid void when negatives reach void_after', () => {
    const many = Array.from({ length: 10 }, () => row('▲', 'negative'));
    const d = estimateScore([item({ item: 'd', points: 20, rule: 'deduct', per: 1, voidAfter: 10 })], many, { competitors: [] }).items[0];
    // 10 × 1 = 10 lost; 10 ≥ void_after 10 → void
    assert.equal(d.void, true);
    assert.equal(d.expected, 10);
    assert.equal(d.why.key, 'deductVoid');
    assert.equal(estimateScore([item({ item: 'd', points: 20, rule: 'deduct', per: 1, voidAfter: 11 })], many, { competitors: [] }).items[0].void, false);
  });

  it('caps deductions at the points and counts only the listed clauses', () => {
    const r = [row('▲', 'negative', '3.1'), row('▲', 'negative', '3.2'), row('★', 'negative', '3.3')];
    const capped = estimateScore([item({ item: 'd', points: 3, rule: 'deduct', per: 2 })], r, { competitors: [] }).items[0];
    assert.equal(capped.expected, 0); // 2 × 2 = 4 > 3 → 0
    const scoped = estimateScore([item({ item: 'd', points: 10, rule: 'deduct', per: 2, marks: ['★', '▲'], clauses: ['3.2', '3.3'] })], r, { competitors: [] }).items[0];
    assert.equal(scoped.expected, 6); // 3.2 and 3.3 only: 2 × 2 = 4 lost
  });

  it('we are lowest: full price points and no loss', () => {
    const i = estimateScore([item({ item: 'p', points: 30, type: 'price' })], [], { ours: 100, competitors: [{ name: 'x', price: 120 }] }).items[0];
    assert.deepEqual([i.rule, i.expected, i.lost, i.assumed, i.recover], ['price-low', 30, 0, false, undefined]);
  });

  it('assumes full points, and says so, when data is missing', () => {
    const s2 = estimateScore(
      [item({ item: 'p', points: 30, type: 'price' }), item({ item: 'j', points: 10 }), item({ item: 'c', points: 5, rule: 'count' }), item({ item: 'none' })],
      [],
      { competitors: [] },
    );
    assert.deepEqual(s2.items.map((i) => [i.item, i.rule, i.expected, i.assumed, i.why.key]), [
      ['p', 'price-low', 30, true, 'priceUnknown'],
      ['j', 'judged', 10, true, 'judgedAssumed'],
      ['c', 'count', 5, true, 'countNoPer'],
    ]);
    assert.deepEqual(s2.scenarios, []);
  });
});
