import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';
import { doc } from './statusOf';

const FORM = 'kind: interface-form\ncustomer: Acme Corp\n';
const pass = (stage: string) => ({ stage, date: '2026-10-01', result: 'pass' });
const gates = (findings: Awaited<ReturnType<typeof check>>) => findings.filter((f) => f.code === 'gate-not-met');

describe('gate-not-met', () => {
  it('records, at the stage value, one finding for a left stage lacking its summary and its review (history, information)', async () => {
    const f = await check({
      'engagement.yaml': engagementYaml({ stage: 'research' }),
      '01-kickoff/interface-form.yaml': FORM,
      '02-introduction/deck.md': doc('intro-deck'),
      'reviews.yaml': listYaml('reviews', 'items', [pass('kickoff')]),
    });
    // `stage: research` is line 5; the value spans columns 8–16.
    // One gate, one finding (issue #13 item 5): its unmet conditions are listed, not stacked on the token.
    assert.deepEqual(at(f, 'gate-not-met'), ['engagement.yaml:5:8-5:16']);
    const g = gates(f);
    assert.deepEqual(g.map((x) => [x.severity, x.data]), [['info', { stage: 'introduction', conditions: ['summary', 'review'], history: true }]]);
    assert.equal(
      g[0].message,
      'The Introduction stage is behind us (now in Research) but its gate is not met: no stage summary (本阶段总结与评价) names this stage; ' +
        'no passed quick review (交付物快速评审) of this stage in reviews.yaml.',
    );
  });

  it('never fires for the current stage, even when it owes everything', async () => {
    for (const stage of ['kickoff', 'introduction', 'research', 'solution', 'bidding', 'closure']) {
      const f = await check({ 'engagement.yaml': engagementYaml({ stage }) });
      assert.ok(gates(f).every((x) => x.data?.stage !== stage), stage);
    }
    assert.deepEqual(at(await check({ 'engagement.yaml': engagementYaml({ stage: 'kickoff' }) }), 'gate-not-met'), []);
  });

  it('reports a failed latest review and unfollowed visits of the introduction, in zh-CN', async () => {
    const f = await check({
      'engagement.yaml': engagementYaml({ stage: 'research', language: 'zh-CN' }),
      '01-kickoff/interface-form.yaml': FORM,
      '02-introduction/summary.md': doc('stage-summary', { stage: 'introduction' }),
      'reviews.yaml': listYaml('reviews', 'items', [pass('kickoff'), pass('introduction'), { stage: 'introduction', date: '2026-10-09', result: 'fail' }]),
      'activities.yaml': listYaml('activities', 'items', [{ date: '2026-11-02', type: 'visit', stage: 'introduction' }]),
    });
    const g = gates(f).filter((x) => x.data?.stage === 'introduction');
    assert.deepEqual(g.map((x) => x.data?.conditions), [['review', 'follow-ups']]);
    assert.equal(g[0].message, '已进入「调研」阶段，但已走过的「宣介」阶段门未通过：本阶段最近一次交付物快速评审未通过；1 次拜访/汇报/演示没有记录回访（三天内回访）。');
  });

  it('puts a gate whose only gap is a failed review on that review’s result, not on `stage:`', async () => {
    const f = await check({
      'engagement.yaml': engagementYaml({ stage: 'research' }),
      '02-introduction/summary.md': doc('stage-summary', { stage: 'introduction' }),
      'reviews.yaml': listYaml('reviews', 'items', [pass('kickoff'), pass('introduction'), { stage: 'introduction', date: '2026-10-09', result: 'fail' }]),
    });
    const g = gates(f);
    assert.deepEqual(g.map((x) => x.data?.conditions), [['review']]);
    const reviews = listYaml('reviews', 'items', [pass('kickoff'), pass('introduction'), { stage: 'introduction', date: '2026-10-09', result: 'fail' }]).split('\n');
    const line = reviews.lastIndexOf('    result: fail');
    assert.ok(line > 0);
    assert.deepEqual(at(f, 'gate-not-met'), [`reviews.yaml:${line + 1}:13-${line + 1}:17`]);
  });

  it('is quiet when every left gate is met, and leaves missing deliverables to missing-deliverable', async () => {
    const f = await check({
      'engagement.yaml': engagementYaml({ stage: 'research' }),
      '02-introduction/summary.md': doc('stage-summary', { stage: 'introduction' }),
      'reviews.yaml': listYaml('reviews', 'items', [pass('kickoff'), pass('introduction')]),
    });
    assert.deepEqual(at(f, 'gate-not-met'), []);
    // The kickoff stage lacks its interface form, the introduction its deck: one finding per stage.
    assert.deepEqual(f.filter((x) => x.code === 'missing-deliverable' && x.data?.history === true).map((x) => x.data?.kinds), [['interface-form'], ['intro-deck']]);
  });

  it('obeys the policy', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'solution', extra: policyYaml({}, { 'gate-not-met': 'off' }) }) });
    assert.deepEqual(at(f, 'gate-not-met'), []);
    const e = await check({ 'engagement.yaml': engagementYaml({ stage: 'introduction', extra: policyYaml({}, { 'gate-not-met': 'error' }) }) });
    // An explicit severity wins over timing; the finding is still marked as history.
    assert.deepEqual(gates(e).map((x) => [x.severity, x.data]), [['error', { stage: 'kickoff', conditions: ['review'], history: true }]]);
  });
});
