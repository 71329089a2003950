import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCapture, tempFolder } from '../helpers/cliRun';
import { displayWidth } from '../../../src/cli/textWrap';
import type { EngagementStatus } from '../../../src/core';
import { engagementYaml, listYaml } from '../helpers/engagementBuilder';
import { doc } from './statusOf';

const run = runCapture;
const folder = (files: Record<string, string>) => tempFolder(files, 'presales-status-');

const pass = (stage: string) => ({ stage, date: '2026-10-01', result: 'pass' });
const WORKSPACE = {
  'his/engagement.yaml': engagementYaml({ stage: 'research', language: 'zh-CN', budget: 1000000 }),
  'his/01-kickoff/interface-form.yaml': 'kind: interface-form\ncustomer: Acme Corp\n',
  'his/02-introduction/deck.md': doc('intro-deck'),
  'his/03-research/plan.md': doc('research-plan', { status: 'draft' }),
  'his/reviews.yaml': listYaml('reviews', 'items', [pass('kickoff')]),
  'his/stakeholders.yaml': listYaml('stakeholders', 'people', [
    { id: 'wang', name: '王主任', type: 'it-decider', influence: 'high', attitude: 'champion', last_contact: '2026-09-01' },
  ]),
  'his/requirements.yaml': listYaml('requirements', 'items', [{ id: 'REQ-1', title: '挂号', kano: 'basic', status: 'unmet', source: 'wang' }]),
  'erp/engagement.yaml': engagementYaml({ stage: 'bidding', budget: 500000, extra: 'dates:\n  bid_deadline: 2026-12-03\n' }),
  'erp/05-bidding/deviation-technical.yaml': listYaml('deviation-table', 'items', [{ ref: '1', mark: '★', requirement: 'HA', response: 'comply' }]),
};

describe('presales status', () => {
  it('prints the pipeline, the gate, coverage, needs, budget and pitfalls in each engagement language', async () => {
    const r = await run(['status', folder(WORKSPACE), '--today', '2026-11-28']);
    assert.equal(r.code, 1, 'basic-need-unmet is an error');
    assert.match(r.out, /^  启动 ✓ → 宣介 ! → \[调研 25%\] → 方案 · → 招投标\/谈判 · → 结束 ·$/m);
    assert.match(r.out, /^  历史（售前考评）：已走过但阶段门未通过：宣介$/m);
    assert.match(r.out, /^  离开「调研」阶段还需：\n    - 缺少调研报告（research-report）\n    - 缺少本阶段的阶段总结（本阶段总结与评价）\n/m);
    assert.match(r.out, /^  拍板者 0\/0 ! · IT技术抉择者 1\/1 · 业务决策者 0\/0 ! · 使用者 0\/0 !$/m);
    assert.match(r.out, /^  久未联系：王主任 88 天$/m);
    assert.match(r.out, /^  基本 1：未满足 1$/m);
    assert.match(r.out, /^误区：\n  错误（1）$/m);
    assert.match(r.out, /^    - basic-need-unmet · 基本需求 · his\/requirements\.yaml:6$/m);
    assert.match(r.out, /^  Kickoff ! → Introduction ! → Research ! → Solution !\n  → \[Bidding \/ negotiation 17%\] → Closure ·$/m);
    assert.match(r.out, /^  1 deviation rows · ★ 1 · ▲ 0 · negative 0 \(★ 0\) · bare 1$/m);
    assert.match(r.out, /^  deadline 2026-12-03 \(5 days left\)$/m);
    assert.match(r.out, /^  500,000 CNY · not priced yet$/m);
    // Four left stages with unmet gates: one gate-not-met each (their 7 conditions listed inside), the 售前考评
    // record, folded into one line with its count.
    assert.match(r.out, /^  history \(presales evaluation\) \(6\)$/m);
    assert.match(r.out, /^    - gate-not-met · 本阶段总结与评价 · erp\/engagement\.yaml:5 ×4$/m);
    for (const line of r.out.split('\n')) assert.ok(displayWidth(line) <= 80, line);
  });

  it('emits the EngagementStatus array as JSON', async () => {
    const r = await run(['status', folder(WORKSPACE), '--format', 'json', '--today', '2026-11-28']);
    const json = JSON.parse(r.out) as EngagementStatus[];
    assert.deepEqual(json.map((s) => [s.root, s.stage, s.language]), [['erp', 'bidding', 'en'], ['his', 'research', 'zh-CN']]);
    const his = json[1];
    assert.deepEqual(his.stages.map((s) => [s.state, s.percent]), [['done', 100], ['done', 33], ['current', 25], ['todo', 0], ['todo', 0], ['todo', 0]]);
    assert.deepEqual(his.stages[1].blockers.map((b) => b.condition), ['summary', 'review']);
    assert.equal(his.stakeholders.people[0].cold, true);
    assert.deepEqual(his.needs.untraced, ['REQ-1']);
    assert.deepEqual(his.budget.budget, 1000000);
    assert.ok(his.pitfalls.some((g) => g.items.some((i) => i.code === 'gate-not-met')));
    assert.equal(his.counts.error, 1);
    assert.deepEqual(json[0].bids.daysToDeadline, 5);
  });
});
