import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discountAmount, linePrice, pricedTotal, pricedTotalOf } from '../../../src/core/model/pricedTotal';

type Line = { qty?: number; unitPrice?: number; amount?: number; optional: boolean };
const line = (l: Partial<Line>): Line => ({ optional: false, ...l });

describe('the priced total', () => {
  it('prices a line by qty × unit_price (qty 1 when absent), else its amount', () => {
    assert.equal(linePrice({ qty: 3, unitPrice: 100 }), 300);
    assert.equal(linePrice({ unitPrice: 100 }), 100);
    assert.equal(linePrice({ amount: 250 }), 250);
    assert.equal(linePrice({ qty: 2 }), undefined);
  });

  it('reads a discount below 1 as a rate and from 1 as an amount', () => {
    assert.equal(discountAmount(0.1, 1000), 100);
    assert.equal(discountAmount(1, 1000), 1);
    assert.equal(discountAmount(50_000, 1_000_000), 50_000);
    assert.equal(discountAmount(0, 1000), 0);
    assert.equal(discountAmount(-5, 1000), 0);
    assert.equal(discountAmount(undefined, 1000), 0);
  });

  it('leaves optional lines out and takes the discount off (the issue’s case: under budget, not over)', () => {
    // 800,000 + 200,000 = 1,000,000 gross; the 300,000 option is out; 10% off → 900,000.
    const t = pricedTotalOf({ lines: [line({ unitPrice: 800_000 }), line({ qty: 2, unitPrice: 100_000 }), line({ amount: 300_000, optional: true })], discount: 0.1 });
    assert.deepEqual(t, { total: 900_000, gross: 1_000_000, discount: 100_000, optional: 300_000, pricedLines: 3, from: 'lines' });
  });

  it('takes an amount discount as written', () => {
    // 500 × 2 + 250 = 1,250 − 50 = 1,200
    assert.equal(pricedTotal({ lines: [line({ qty: 2, unitPrice: 500 }), line({ amount: 250 })], discount: 50 }), 1200);
  });

  it('rounds to the cent so binary fractions do not leak', () => {
    assert.equal(pricedTotal({ lines: [line({ unitPrice: 0.1 }), line({ unitPrice: 0.2 })] }), 0.3);
  });

  it('falls back to the written total when no line is priced; undefined when nothing is known', () => {
    assert.deepEqual(pricedTotalOf({ lines: [line({})], total: 5000 }), { total: 5000, gross: 5000, discount: 0, optional: 0, pricedLines: 0, from: 'written' });
    assert.equal(pricedTotal({ lines: [] }), undefined);
  });
});

describe('pricedTotal (the number)', () => {
  it('is the computed total even when a different total is written', () => {
    assert.equal(pricedTotal({ lines: [line({ unitPrice: 100 })], total: 999 }), 100);
    assert.equal(pricedTotal({ lines: [], total: 999 }), 999);
  });
});
