import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QUALIFICATION } from '../../../src/core/method/qualification';
import { traceDemand } from '../../../src/core/model/demandTrace';
import { qualificationScore } from '../../../src/core/model/qualificationScore';
import type { Qualification } from '../../../src/core/model/records';

const at = { file: undefined as never, path: [] };
const q = (o: Partial<Qualification>): Qualification => ({ at, decisionCriteria: [], pain: [], competition: [], ...o });
const ref = (id: string) => ({ at, id });

describe('qualification score (MEDDPICC → 鉴定销售机会)', () => {
  it('weighs to 100 over the eight elements', () => {
    assert.equal(QUALIFICATION.reduce((s, e) => s + e.points, 0), 100);
    assert.equal(QUALIFICATION.map((e) => e.letter).join(''), 'MEDDPICC');
  });

  it('scores a full qualification 100 and none 0', () => {
    const full = q({ budgetConfirmed: true, approver: ref('wang'), decisionCriteria: ['五级评审'], decisionProcess: '院办会', paperProcess: '公开招标', pain: ['排队'], champion: ref('li'), competition: ['某联'] });
    assert.deepEqual(qualificationScore(full), { score: 100, items: qualificationScore(full).items, missing: [] });
    assert.equal(qualificationScore(undefined).score, 0);
    assert.deepEqual(qualificationScore(undefined).missing, ['budget_confirmed', 'approver', 'decision_criteria']);
  });

  it('near miss: an unconfirmed budget, a blank approver and empty criteria answer nothing', () => {
    const s = qualificationScore(q({ budgetConfirmed: false, approver: ref('  '), pain: ['排队'], champion: ref('li') }));
    assert.equal(s.score, 20);
    assert.deepEqual(s.missing, ['budget_confirmed', 'approver', 'decision_criteria']);
  });
});

describe('key demand tracing', () => {
  const reqs = [
    { id: 'REQ-001', title: '门诊挂号、缴费、取药一站式办理，减少患者排队次数' },
    { id: 'REQ-003', title: '电子病历系统应用水平分级评价达到五级' },
    { id: 'REQ-10', title: 'Real-time stock visibility across the three warehouses' },
  ];

  it('follows a demand by shared words of a title, in either language', () => {
    assert.deepEqual(traceDemand('门诊“一站式”服务，缓解挂号缴费排队', reqs), ['REQ-001']);
    assert.deepEqual(traceDemand('电子病历应用水平分级评价 2027 年达到五级', reqs), ['REQ-003']);
    assert.deepEqual(traceDemand('One view of stock across three warehouses', reqs), ['REQ-10']);
  });

  it('follows a demand that names a requirement id, as a whole word', () => {
    assert.deepEqual(traceDemand('数据不丢（见 REQ-003）', reqs), ['REQ-003']);
    assert.deepEqual(traceDemand('see REQ-1', reqs), []);
  });

  it('reads the synonyms of method/demandSynonyms.ts (排长队 ~ 排队, 不排长队 ~ 缩短排队, waiting time ~ queue)', () => {
    const queue = [{ id: 'REQ-020', title: '高峰不排长队' }, { id: 'REQ-021', title: 'No long queues at peak hours' }];
    assert.deepEqual(traceDemand('缩短门诊排队时间', queue), ['REQ-020']);
    assert.deepEqual(traceDemand('缩短候诊排队', queue), ['REQ-020']);
    assert.deepEqual(traceDemand('Cut outpatient waiting time', queue), ['REQ-021']);
  });

  it('near miss: one shared synonym is still not a trace, and generic verbs are not joined', () => {
    assert.deepEqual(traceDemand('缩短门诊排队时间', [{ id: 'REQ-030', title: '排队叫号屏对接' }]), []);
    assert.deepEqual(traceDemand('减少医生录入时间', [{ id: 'REQ-031', title: '缩短门诊排队时间' }]), []);
    assert.deepEqual(traceDemand('Cut licence costs', [{ id: 'REQ-032', title: 'No long queues at peak hours' }]), []);
  });

  it('near miss: one shared word or only stop words and numbers are not a trace', () => {
    assert.deepEqual(traceDemand('移动护理床旁扫码', reqs), []);
    assert.deepEqual(traceDemand('Stock taking by drones', reqs), []);
    assert.deepEqual(traceDemand('2027 and the', reqs), []);
  });
});
