import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { buildStatus } from '../../../src/core/status/statusBuilder';
import { statusText } from '../../../src/cli/statusText';
import { at, fsFromFolder } from '../helpers/checkFixture';
import { engagementYaml } from '../helpers/engagementBuilder';
import { statusOf } from './statusOf';

const countyHospital = async () => {
  const [report] = await checkWorkspace(fsFromFolder(join(import.meta.dirname, '../../../examples/county-hospital-bid')), { today: '2026-11-28' });
  return { report, status: buildStatus(report.engagement, report.findings, { today: '2026-11-28' }) };
};

describe('the bid card and the score estimate in status', () => {
  it('estimates the county-hospital bid as its EXPECTED.md computes it', async () => {
    const { status } = await countyHospital();
    const s = status.score!;
    // price: 2,290,000 ÷ 2,772,000 × 30 = 24.78; deduct 20 (no ▲ negative); count 3 × 2 = 6; judged 19 and 16
    assert.deepEqual(s.items.map((i) => [i.rule, i.expected, i.lost]), [['price-low', 24.78, 5.22], ['deduct', 20, 0], ['count', 6, 0], ['judged', 19, 5], ['judged', 16, 4]]);
    // 24.78 + 20 + 6 + 19 + 16 = 85.78
    assert.equal(s.total, 85.78);
    // 某联软件: 2,690,000 ÷ 2,772,000 × 30 = 29.11 → 85.78 − 24.78 + 29.11 = 90.11
    assert.deepEqual(s.scenarios.map((c) => [c.name, c.price_points, c.total]), [['某联软件', 29.11, 90.11], ['某创医疗', 24.78, 85.78]]);
    assert.equal(s.weakSpots[0], '投标报价（低价优先法）');
    assert.match(s.formula!, /财政部 87 号令第五十五条/);
  });

  it('carries the bid card: countdown, ★/▲ clauses unanswered, quiet period, price limit', async () => {
    const { status } = await countyHospital();
    const b = status.bids;
    assert.deepEqual([b.deadline, b.daysToDeadline, b.quietPeriod, b.published, b.procurement, b.priceLimit], ['2026-12-02', 4, true, '2026-11-10', 'public-tender', 2_750_000]);
    assert.deepEqual(b.clauses, { star: 6, triangle: 3, starUnanswered: 1, triangleUnanswered: 0 });
    assert.deepEqual([status.budget.priced, status.budget.ratio], [2_772_000, 0.99]);
  });

  it('reports the listed problems, and only those, on the county-hospital bid', async () => {
    const { report } = await countyHospital();
    const f = report.findings;
    const bidCodes = ['price-over-ceiling', 'total-mismatch', 'clause-unanswered', 'deviation-contradiction', 'vacuous-evidence', 'biased-clause', 'control-unproven', 'score-loss', 'currency-mismatch'];
    assert.deepEqual(
      bidCodes.map((c) => [c, at(f, c), f.filter((x) => x.code === c).map((x) => x.severity)]),
      [
        ['price-over-ceiling', ['04-solution/pricing.yaml:36:8-36:15'], ['error']],
        ['total-mismatch', ['04-solution/pricing.yaml:36:8-36:15'], ['warning']],
        ['clause-unanswered', ['05-bidding/tender.yaml:30:10-30:17'], ['error']],
        ['deviation-contradiction', [at(f, 'deviation-contradiction')[0]], ['error']],
        ['vacuous-evidence', [at(f, 'vacuous-evidence')[0]], ['warning']],
        ['biased-clause', [at(f, 'biased-clause')[0]], ['warning']],
        ['control-unproven', [at(f, 'control-unproven')[0]], ['warning']],
        ['score-loss', ['05-bidding/tender.yaml:61:11-61:22'], ['warning']],
        ['currency-mismatch', [], []],
      ],
    );
    assert.match(at(f, 'deviation-contradiction')[0], /^05-bidding\/deviation-commercial\.yaml:7:/);
    assert.match(at(f, 'vacuous-evidence')[0], /^05-bidding\/deviation-technical\.yaml:16:/);
    assert.match(at(f, 'biased-clause')[0], /^05-bidding\/deviation-technical\.yaml:29:/);
    assert.match(at(f, 'control-unproven')[0], /^05-bidding\/bid-control\.yaml:12:/);
  });

  it('prints the 评分测算 block in `presales status`', async () => {
    const text = statusText((await countyHospital()).status);
    assert.match(text, /\n评分测算[:：]\n  预计得分 85\.78 \/ 100\n/);
    assert.match(text, /薄弱项（按可挽回分值排序）：\n    1\. 投标报价（低价优先法）（失 5\.22 分）：报价降至 2,290,000 及以下可得满分/);
    assert.match(text, /- 某联软件 2,690,000：价格分 29\.11，总分 90\.11/);
    assert.match(text, /招标条款：★ 6（未应答 1）· ▲ 3（未应答 0）/);
  });

  it('has no score without scoring rules, no quiet period outside published..deadline, and labels a foreign-currency price', async () => {
    const s = await statusOf({
      'engagement.yaml': engagementYaml({ stage: 'bidding', budget: 1_000_000, currency: 'CNY' }),
      '04-solution/pricing.yaml': 'kind: pricing\ncurrency: USD\nlines:\n  - item: x\n    unit_price: 2500000\n',
      '05-bidding/tender.yaml': 'kind: tender\ndeadline: 2026-12-20\npublished: 2026-11-29\n',
    });
    assert.equal(s.score, undefined);
    assert.equal(s.bids.quietPeriod, false);
    assert.deepEqual([s.budget.priced, s.budget.currency, s.budget.pricedCurrency, s.budget.ratio], [2_500_000, 'CNY', 'USD', undefined]);
    assert.match(statusText(s), /1,000,000 CNY · priced 2,500,000 USD\n/);
  });
});
