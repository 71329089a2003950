import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engagementYaml, listYaml } from '../helpers/engagementBuilder';
import { doc, statusOf } from './statusOf';

const FORM = 'kind: interface-form\ncustomer: Acme Corp\n';
const pass = (stage: string, date = '2026-10-01') => ({ stage, date, result: 'pass' });

describe('stage progress', () => {
  it('kickoff with nothing yet: 0%, the form and the review block the gate, later stages are todo', async () => {
    const s = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'kickoff' }) });
    assert.deepEqual(s.stages.map((x) => [x.id, x.state, x.percent]), [
      ['kickoff', 'current', 0],
      ['introduction', 'todo', 0],
      ['research', 'todo', 0],
      ['solution', 'todo', 0],
      ['bidding', 'todo', 0],
      ['closure', 'todo', 0],
    ]);
    const k = s.stages[0];
    assert.equal(k.summary, 'not-owed');
    assert.equal(k.review, 'missing');
    assert.deepEqual(k.blockers.map((b) => b.condition), ['deliverable', 'review']);
    assert.equal(k.blockers[0].message, 'the Interface form (interface-form) is missing');
    assert.deepEqual(k.deliverables.filter((d) => !d.optional).map((d) => [d.kind, d.state, d.path]), [['interface-form', 'missing', '01-kickoff/interface-form.yaml']]);
    assert.ok(s.stages.slice(1).every((x) => x.blockers.length === 0));
  });

  it('introduction: kickoff done at 100%; deck, summary, review and follow-ups make 25%', async () => {
    const s = await statusOf({
      'engagement.yaml': engagementYaml({ stage: 'introduction' }),
      '01-kickoff/interface-form.yaml': FORM,
      '02-introduction/deck.md': doc('intro-deck', { status: 'draft' }),
      'reviews.yaml': listYaml('reviews', 'items', [pass('kickoff')]),
      'activities.yaml': listYaml('activities', 'items', [
        { date: '2026-11-02', type: 'visit', stage: 'introduction', follow_up: '2026-11-04' },
        { date: '2026-11-10', type: 'demo', stage: 'introduction' },
        { date: '2026-11-11', type: 'research', stage: 'introduction' },
      ]),
    });
    const [k, i] = s.stages;
    assert.deepEqual([k.state, k.percent, k.review, k.blockers], ['done', 100, 'passed', []]);
    assert.deepEqual([i.state, i.percent, i.summary, i.review], ['current', 25, 'missing', 'missing']);
    assert.deepEqual(i.deliverables.map((d) => [d.kind, d.state]), [['intro-deck', 'draft']]);
    assert.deepEqual(i.blockers.map((b) => b.condition), ['summary', 'review', 'follow-ups']);
    const f = i.blockers[2];
    assert.equal(f.message, 'Visits, briefings or demos with no follow-up (三天内回访): 1');
    // The demo without follow_up is the second item: `- date:` on line 7.
    assert.deepEqual([f.file, f.range?.start.line], ['activities.yaml', 6]);
  });

  it('counts a deliverable with an error finding as invalid, and reads status from front matter', async () => {
    const s = await statusOf({
      'engagement.yaml': engagementYaml({ stage: 'research' }),
      '01-kickoff/interface-form.yaml': FORM + 'budjet: 1\n',
      '03-research/plan.md': doc('research-plan', { status: 'final' }),
      '03-research/report.md': doc('research-report'),
      '03-research/summary.md': doc('stage-summary', { stage: 'research' }),
    });
    assert.equal(s.stages[0].deliverables[0].state, 'invalid');
    assert.equal(s.stages[0].percent, 0);
    const r = s.stages[2];
    assert.deepEqual(r.deliverables.map((d) => d.state), ['final', 'present']);
    // plan + report + summary of 4 units (the review is missing).
    assert.deepEqual([r.percent, r.summary, r.review], [75, 'present', 'missing']);
    assert.deepEqual(r.blockers.map((b) => b.condition), ['review']);
  });

  it('lets the latest review by date win, whatever the order in the file', async () => {
    const base = { 'engagement.yaml': engagementYaml({ stage: 'kickoff' }), '01-kickoff/interface-form.yaml': FORM };
    const passedLast = await statusOf({
      ...base,
      'reviews.yaml': listYaml('reviews', 'items', [pass('kickoff', '2026-10-05'), { stage: 'kickoff', date: '2026-10-01', result: 'fail' }]),
    });
    assert.deepEqual([passedLast.stages[0].review, passedLast.stages[0].percent, passedLast.stages[0].blockers], ['passed', 100, []]);
    const failedLast = await statusOf({
      ...base,
      'reviews.yaml': listYaml('reviews', 'items', [pass('kickoff', '2026-10-01'), { stage: 'kickoff', date: '2026-10-05', result: 'fail' }]),
    });
    const k = failedLast.stages[0];
    assert.deepEqual([k.review, k.percent], ['failed', 50]);
    assert.deepEqual(k.blockers.map((b) => [b.condition, b.message, b.file, b.range?.start.line]), [
      // Points at the failing `result` (0-based line 7).
      ['review', 'the latest quick review (交付物快速评审) of this stage failed', 'reviews.yaml', 7],
    ]);
  });

  it('a fully passed solution stage in zh-CN: earlier stages done with their gates met', async () => {
    const s = await statusOf({
      'engagement.yaml': engagementYaml({ stage: 'solution', language: 'zh-CN' }),
      '01-kickoff/interface-form.yaml': FORM,
      '02-introduction/deck.md': doc('intro-deck'),
      '02-introduction/summary.md': doc('stage-summary', { stage: 'introduction' }),
      '03-research/plan.md': doc('research-plan'),
      '03-research/report.md': doc('research-report'),
      '03-research/summary.md': doc('stage-summary', { stage: 'research' }),
      '04-solution/solution.md': doc('solution', { status: 'review' }),
      'reviews.yaml': listYaml('reviews', 'items', ['kickoff', 'introduction', 'research', 'solution'].map((x) => pass(x))),
    });
    assert.deepEqual(s.stages.map((x) => [x.state, x.percent]), [
      ['done', 100], ['done', 100], ['done', 100], ['current', 50], ['todo', 0], ['todo', 0],
    ]);
    assert.deepEqual(s.stages[3].blockers.map((b) => b.message), ['缺少报价/产品配置（pricing）', '缺少本阶段的阶段总结（本阶段总结与评价）']);
  });

  it('without a valid stage every stage is todo and nothing blocks', async () => {
    const s = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'nowhere' }) });
    assert.equal(s.stage, undefined);
    assert.ok(s.stages.every((x) => x.state === 'todo' && x.blockers.length === 0));
  });
});
