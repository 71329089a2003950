import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundBreaches, boundsIn, quantitiesIn } from '../../../src/core/text/quantityBound';
import { numberValue } from '../../../src/core/text/numberText';

const bounds = (t: string) => boundsIn(t).map((b) => `${b.dir}${b.strict ? '<>' : ''} ${b.value} ${b.unit.family}`);
const breaches = (req: string, res: string) => boundBreaches(req, res).map((b) => `${b.bound.text} → ${b.found.text}`);

describe('numberValue', () => {
  it('reads Arabic, grouped, decimal, Chinese and English numerals', () => {
    assert.equal(numberValue('1,000'), 1000);
    assert.equal(numberValue('1.5'), 1.5);
    assert.equal(numberValue('三'), 3);
    assert.equal(numberValue('两'), 2);
    assert.equal(numberValue('十二'), 12);
    assert.equal(numberValue('二十五'), 25);
    assert.equal(numberValue('一百二十'), 120);
    assert.equal(numberValue('four'), 4);
  });
  it('refuses malformed Chinese numerals', () => {
    assert.equal(numberValue('三三'), undefined);
    assert.equal(numberValue('十十'), undefined);
  });
});

describe('boundsIn', () => {
  it('reads zh-CN lower bounds, inclusive and strict', () => {
    assert.deepEqual(bounds('近三年不少于 3 家三级医院案例'), ['min 3 site']);
    assert.deepEqual(bounds('并发不低于500TPS'), ['min 500 tps']);
    assert.deepEqual(bounds('至少两套'), ['min 2 set']);
    assert.deepEqual(bounds('≥ 99.9%'), ['min 99.9 percent']);
    assert.deepEqual(bounds('3 家（含）以上'), ['min 3 site']);
    assert.deepEqual(bounds('超过 5 台'), ['min<> 5 device']);
  });
  it('reads zh-CN upper bounds, prefix and postfix', () => {
    assert.deepEqual(bounds('交付期不超过 180 天'), ['max 180 day']);
    assert.deepEqual(bounds('交付期≤180天'), ['max 180 day']);
    assert.deepEqual(bounds('4 小时内到场'), ['max 4 duration']);
    assert.deepEqual(bounds('180 个日历日以内'), ['max 180 day']);
    assert.deepEqual(bounds('响应时间少于 3 秒'), ['max<> 3 duration']);
    assert.deepEqual(bounds('10 个工作日内'), ['max 10 workday']);
  });
  it('reads English bounds as whole words', () => {
    assert.deepEqual(bounds('at least 3 reference sites'), ['min 3 site']);
    assert.deepEqual(bounds('within 1 hour'), ['max 1 duration']);
    assert.deepEqual(bounds('no more than 30% in advance'), ['max 30 percent']);
    assert.deepEqual(bounds('under 3 seconds'), ['max<> 3 duration']);
    assert.deepEqual(bounds('minimum of 12 months'), ['min 12 month']);
    assert.deepEqual(bounds('We cover 3 sites'), []);
  });
  it('finds no bound without a unit or a bound word', () => {
    assert.deepEqual(bounds('支持三级医院互联互通'), []);
    assert.deepEqual(bounds('Consolidation of at least four legal entities'), []);
    assert.deepEqual(bounds('3 家三级医院案例'), []);
  });
});

describe('quantitiesIn', () => {
  it('skips calendar dates, years and ordinals', () => {
    assert.deepEqual(quantitiesIn('2027年3月31日前完成，总工期 200 天').map((q) => q.text), ['200 天']);
    assert.deepEqual(quantitiesIn('自 2026 年起质保 3 年').map((q) => q.text), ['3 年']);
    assert.deepEqual(quantitiesIn('第 2 年起免费，12月31日前交付').map((q) => q.text), []);
    assert.deepEqual(quantitiesIn('delivered by 2027-03-31 in 90 days').map((q) => q.text), ['90 days']);
  });
  it('skips service windows (7×24 小时, 24/7)', () => {
    assert.deepEqual(quantitiesIn('驻场 3 人，7×24 小时值守，故障 15 分钟内响应').map((q) => q.text), ['3 人', '15 分钟']);
    assert.deepEqual(quantitiesIn('24/7 hotline, on site within 4 hours').map((q) => q.text), ['4 hours']);
  });
  it('reads a number right after full-width punctuation, and a long digit run once', () => {
    assert.deepEqual(quantitiesIn('满足，2 家案例；3 套').map((q) => q.text), ['2 家', '3 套']);
    assert.deepEqual(quantitiesIn(`${'1'.repeat(5000)}; 3 天`).map((q) => q.text), ['3 天']);
  });
  it('reads full-width digits and percent', () => {
    assert.deepEqual(quantitiesIn('可用性 ９９．９５％').map((q) => [q.value, q.unit.family]), [[99.95, 'percent']]);
  });
});

describe('boundBreaches', () => {
  it('flags a number on the wrong side of the bound', () => {
    assert.deepEqual(breaches('近三年不少于 3 家三级医院案例', '2 家（另 1 家评估中）'), ['3 家 → 2 家']);
    assert.deepEqual(breaches('交付期 ≤180 天', '240 天'), ['180 天 → 240 天']);
    assert.deepEqual(breaches('交付期不超过 180 天', '合同签订后 240 个日历日内完成'), ['180 天 → 240 个日历日']);
    assert.deepEqual(breaches('质保期不少于三年', '质保 30 个月'), ['三年 → 30 个月']);
    assert.deepEqual(breaches('响应时间少于 3 秒', '3 秒'), ['3 秒 → 3 秒']);
    assert.deepEqual(breaches('at least 3 reference sites', 'two reference sites'), ['3 reference sites → two reference sites']);
    assert.deepEqual(breaches('驻场运维人员不少于 2 人，故障响应时间不超过 30 分钟', '驻场 1 人，故障 45 分钟内响应'), ['2 人 → 1 人', '30 分钟 → 45 分钟']);
  });
  it('stays silent on compliant numbers, converted units and the boundary itself', () => {
    assert.deepEqual(breaches('并发处理能力不低于 500 TPS', '实测 800 TPS'), []);
    assert.deepEqual(breaches('交付期 ≤180 天', '150 天'), []);
    assert.deepEqual(breaches('不少于 3 家', '3 家'), []);
    assert.deepEqual(breaches('质保期不少于三年', '质保 36 个月'), []);
    assert.deepEqual(breaches('Priority-1 incidents answered within 1 hour', 'answered within 30 minutes, 24×7'), []);
    assert.deepEqual(breaches('Posting response time under 3 seconds', '500-line invoice posted in 1.6 s'), []);
    assert.deepEqual(breaches('no more than 30% in advance', '20% on signature, 40% at go-live, 40% after'), []);
    assert.deepEqual(breaches('驻场运维人员不少于 2 人，故障响应时间不超过 30 分钟', '驻场 3 人，7×24 小时值守，故障 15 分钟内响应'), []);
  });
  it('says nothing across unit families (days vs working days, hours vs days, 家 vs 套)', () => {
    assert.deepEqual(breaches('交付期不超过 10 个工作日', '15 天'), []);
    assert.deepEqual(breaches('4 小时内到场', '1 天内到场'), []);
    assert.deepEqual(breaches('不少于 3 家', '2 套'), []);
  });
  it('skips a restatement of the bound in the response', () => {
    assert.deepEqual(breaches('近三年不少于 3 家案例', '要求不少于 3 家，我方提供 2 家'), ['3 家 → 2 家']);
    assert.deepEqual(breaches('近三年不少于 3 家案例', '我方承诺不少于 3 家'), []);
    assert.deepEqual(breaches('近三年不少于 3 家案例', '要求 3 家，我方 2 家'), ['3 家 → 2 家']);
    assert.deepEqual(breaches('故障响应时间不超过 30 分钟', '故障响应 30 分钟内，备件 4 小时到场'), []);
    assert.deepEqual(breaches('故障响应不超过 30 分钟', '故障 15 分钟内响应，2 小时内到场'), []);
  });
  it('reads the answer, not the extras, subtotals or a second period (review of real bids)', () => {
    // An extra after 另/另外/additionally is not the answer to the bound.
    assert.deepEqual(breaches('交货期不超过 30 天', '合同签订后 30 天内交货，另提供 90 天试运行'), []);
    // A total after 共/合计 is the answer.
    assert.deepEqual(breaches('质保期不少于 3 年', '提供 1 年原厂质保 + 4 年代理商质保，合计 5 年'), []);
    assert.deepEqual(breaches('提供不少于三家用户证明', '提供 1 家省级医院及 4 家县级医院用户证明，共 5 家'), []);
    assert.deepEqual(breaches('提供不少于 3 家用户证明', '提供 2 家省级医院及 0 家县级医院用户证明，共 2 家'), ['3 家 → 2 家']);
    // Numbers on both sides of the bound with no total: which one answers is unknown, so nothing is said.
    assert.deepEqual(breaches('数据保存期限不少于 15 年', '在线保存 3 年，归档保存 15 年'), []);
    // A range promises its worst end.
    assert.deepEqual(breaches('到场时间不超过 4 小时', '2-6 小时到场'), ['4 小时 → 6 小时']);
    // 名/位 count people; TB compares with GB.
    assert.deepEqual(breaches('不少于3名工程师驻场', '驻场工程师 2 名，另有远程支持 5 人'), ['3 名 → 2 名']);
    assert.deepEqual(breaches('存储容量不小于 100TB', '提供 200TB'), []);
    assert.deepEqual(breaches('存储容量不小于 100TB', '提供 50000GB'), ['100 TB → 50000 GB']);
    // Chinese and full-width numerals on both sides.
    assert.deepEqual(breaches('投标人须提供不少于三家同类用户案例', '支持。提供 5 家用户证明（附件 7，第 112-118 页）'), []);
    assert.deepEqual(breaches('投标人须提供不少于３家同类用户案例', '提供五家'), []);
    assert.deepEqual(breaches('合同签订后十五天内交货', '合同签订后 20 日内交货'), ['十五天 → 20 日']);
    assert.deepEqual(breaches('系统响应时间≤2秒', '平均 1.2 秒'), []);
    // Weeks are days × 7.
    assert.deepEqual(breaches('Delivery within 30 days', 'Delivery in 6 weeks'), ['30 days → 6 weeks']);
    assert.deepEqual(breaches('交货期不超过两周', '10 天内交货'), []);
    assert.deepEqual(breaches('交货期不超过两周', '每周一巡检，合同签订后 3 周交货'), ['两周 → 3 周']);
    assert.deepEqual(breaches('质保期不少于 3 年', '提供 5 年原厂质保'), []);
  });
  it('skips a family with two different bounds in one direction (ambiguous)', () => {
    assert.deepEqual(breaches('三甲医院不少于 3 家，二甲医院不少于 5 家', '4 家'), []);
  });
});
