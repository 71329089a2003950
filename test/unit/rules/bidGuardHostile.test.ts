import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../helpers/checkFixture';
import { engagementYaml } from '../helpers/engagementBuilder';

const BID_CODES = new Set(['price-over-ceiling', 'clause-unanswered', 'deviation-contradiction', 'vacuous-evidence', 'score-loss', 'control-unproven', 'biased-clause', 'total-mismatch', 'currency-mismatch', 'scope-creep']);

const hostile = {
  'engagement.yaml': engagementYaml({ stage: 'bidding', budget: 1_000_000, extra: 'policy:\n  score_loss_warn: -3\n  total_tolerance: .nan\n' }),
  '04-solution/pricing.yaml': 'kind: pricing\ncurrency: [CNY]\ndiscount: .inf\ntotal: "lots"\nlines:\n  - item: a\n    qty: 1e308\n    unit_price: 1e308\n  - item: b\n    amount: .nan\n  - 7\n  - null\n  - item: c\n    qty: -2\n    unit_price: 100\n    optional: "yes"\n',
  '05-bidding/tender.yaml':
    'kind: tender\nceiling_price: -5\nbudget: 0\ncurrency: {a: 1}\nclauses: "all of them"\ncompetitor_prices:\n  - price: -1\n  - price: abc\n  - name: [1, 2]\n    price: 0\n  - 9\n' +
    'scoring:\n  - points: "30"\n    rule: price-low\n  - points: 1e308\n    rule: deduct\n    per: 1e308\n    void_after: -1\n  - points: 10\n    rule: count\n    per: 0\n    count: -5\n  - null\n  - points: 5\n    rule: judged\n    estimate: 1e9\n  - points: 10\n    rule: mystery\n',
  '05-bidding/deviation-technical.yaml': 'kind: deviation-table\nitems:\n  - ref: {x: 1}\n    mark: 7\n    requirement: 不少于 1e999 家\n    response: 42\n    deviation: none\n    evidence: {page: 3}\n  - ref: "1"\n    requirement: 不少于 3 家\n    response: "家家家 一一一一一一一一一一一一一一一一一一一一 家"\n    deviation: positive\n    evidence: [null, "", 详见技术方案]\n',
  '05-bidding/bid-control.yaml': 'kind: bid-control\nitems:\n  - parameter: [a]\n    mark: "★"\n    proof: "a string"\n    challenge_answer: 5\n  - "just text"\n',
};

describe('the bid guard on hostile input', () => {
  it('never throws and never prints NaN, Infinity, undefined or [object …]', async () => {
    const findings = await check(hostile);
    for (const f of findings.filter((x) => BID_CODES.has(x.code))) {
      assert.doesNotMatch(f.message, /NaN|Infinity|undefined|\[object/, `${f.code}: ${f.message}`);
    }
  });
});
