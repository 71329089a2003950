import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dashboardModel } from '../../../src/extension/dashboard/dashboardModel';
import { displayLanguageOf } from '../../../src/extension/displayLanguage';
import { scopeBarModel } from '../../../src/extension/dashboard/pitfallModel';
import { acmeStatus } from './statusFixture';

describe('dashboard view model', () => {
  const zh = dashboardModel(acmeStatus(), 'k1', 'zh-CN');
  const en = dashboardModel(acmeStatus(), 'k1', 'en');

  it('lays out the pipeline with states, rounded percents and the current stage', () => {
    assert.deepEqual(zh.stages.map((s) => `${s.label}:${s.state}:${s.percent}`),
      ['启动:done:100', '宣介:done:100', '调研:done:100', '方案:current:50', '招投标/谈判:todo:0', '结束:todo:0']);
    assert.deepEqual(en.stages.map((s) => s.label), ['Kickoff', 'Introduction', 'Research', 'Solution', 'Bidding / negotiation', 'Closure']);
    assert.equal(zh.currentStage, 3);
    assert.deepEqual(zh.stages[3].deliverables.map((d) => `${d.label}:${d.state}:${d.exists}`), ['解决方案:draft:true', '报价:present:true', '阶段总结:missing:false']);
    assert.deepEqual(zh.stages[3].blockers, [
      { message: 'No stage summary', location: { file: 'acme/engagement.yaml', range: { start: { line: 5, character: 0 }, end: { line: 5, character: 10 } } } },
      { message: 'No passed review' },
    ]);
  });

  it('places people on the influence × attitude grid and keeps the unknown apart', () => {
    const where = zh.map.rows.flatMap((row) => row.cells.flatMap((c) => c.chips.map((chip) => `${chip.name}@${row.influence}/${c.attitude}`)));
    assert.deepEqual(where, ['王海涛@high/champion', '张建国@high/supporter', '孙立新@high/neutral', '刘晓雯@low/neutral']);
    assert.deepEqual(zh.map.rows.map((r) => r.influence), ['high', 'medium', 'low']);
    assert.deepEqual(zh.map.rows[0].cells.map((c) => c.attitude), ['champion', 'supporter', 'neutral', 'skeptic', 'opponent']);
    assert.deepEqual(zh.map.unplaced.map((c) => `${c.name}:${c.type}:${c.typeLabel}`), ['Ghost:unknown:']);
    const sun = zh.map.rows[0].cells[2].chips[0];
    assert.deepEqual(sun, { id: 'sun', name: '孙立新', type: 'business-decider', typeLabel: '业务决策者', cold: true, daysSinceContact: 45 });
  });

  it('summarises coverage with gaps and the concern checklist with holder names', () => {
    assert.deepEqual(en.map.coverage.map((c) => `${c.label}:${c.mapped}/${c.contacted}:${c.gap}`),
      ['Approver:1/1:false', 'IT decider:1/1:false', 'Business decider:1/0:true', 'User:1/1:false']);
    assert.deepEqual(zh.map.concerns, [
      { concern: 'price', label: '价格', answered: true, heldBy: ['张建国'] },
      { concern: 'brand', label: '品牌', answered: false, heldBy: ['张建国', 'nobody'] },
    ]);
  });

  it('groups pitfalls by severity, most severe first, with term, summary and location', () => {
    assert.deepEqual(en.pitfalls.map((g) => `${g.severity}:${g.items.map((i) => i.code).join(',')}`), ['warning:scope-creep,blind-yes', 'info:stale-contact']);
    assert.deepEqual(en.pitfalls[0].items[0], {
      code: 'scope-creep', term: '随机熔断', summary: 'The priced total exceeds the budget', message: '报价 2,450,000 超出预算 22.5%',
      location: { file: 'acme/04-solution/pricing.yaml', range: { start: { line: 33, character: 0 }, end: { line: 33, character: 14 } } },
    });
    assert.equal(zh.pitfalls[0].items[0].summary, '报价超出预算');
    assert.equal(en.pitfalls[1].items[0].term, undefined);
  });

  it('puts budget, priced, warning and circuit-breaker on one scale', () => {
    assert.deepEqual(zh.scope, {
      budget: 2_000_000, priced: 2_450_000, currency: 'CNY', ratio: 1.225, level: 'warning', warnAt: 2_200_000, errorAt: 4_000_000,
      pricedPercent: 61.3, budgetPercent: 50, warnPercent: 55, errorPercent: 100,
    });
    const over = scopeBarModel({ budget: 100, priced: 250, tolerance: 0.1, errorFactor: 2 });
    assert.deepEqual([over?.level, over?.pricedPercent, over?.errorPercent, over?.budgetPercent, over?.ratio], ['error', 100, 80, 40, 2.5]);
    assert.equal(scopeBarModel({ budget: 100, priced: 100, tolerance: 0.1, errorFactor: 2 })?.level, 'ok');
    assert.equal(scopeBarModel({ budget: 100, tolerance: 0.1, errorFactor: 2 }), undefined);
    assert.equal(scopeBarModel({ budget: 0, priced: 5, tolerance: 0.1, errorFactor: 2 }), undefined);
  });

  it('uses zh-CN for any Chinese VS Code language, English otherwise', () => {
    assert.deepEqual(['zh-cn', 'zh-tw', 'ZH-CN', 'en', 'de', 'en-us'].map(displayLanguageOf), ['zh-CN', 'zh-CN', 'zh-CN', 'en', 'en', 'en']);
  });
});
