import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildPortfolio, checkWorkspace, engagementFacts, type EngagementFacts, type Portfolio } from '../../../src/core';
import { MemoryFs } from '../helpers/memoryFs';
import { TODAY, teamFacts } from './teamFixture';

describe('portfolio of the fixture team (hand-computed for 2026-12-01)', () => {
  let facts: Map<string, EngagementFacts>;
  let p: Portfolio;
  before(async () => {
    facts = await teamFacts();
    p = buildPortfolio([...facts.values()], { today: TODAY });
  });
  const row = (folder: string) => p.engagements.find((r) => r.folder === folder)!;

  it('lists every engagement in stage order, then customer', () => {
    assert.deepEqual(p.engagements.map((r) => r.id), ['harbor', 'maple', 'cedar', 'delta', 'elm', 'fir', 'gale', 'hill', 'iris', 'juniper', 'kelp', 'lark']);
  });

  it('days in stage: dates.<stage>, else the latest passing earlier review, else the opening date (never for closure)', () => {
    const days = Object.fromEntries(p.engagements.map((r) => [r.id, r.days_in_stage]));
    // gale is in closure with only dates.opened (2026-05-15): undated, not "200 days in closure"; hill has dates.closure.
    assert.deepEqual(days, { harbor: 11, maple: 26, cedar: 72, delta: 30, elm: 16, fir: 10, gale: null, hill: 31, iris: null, juniper: null, kelp: null, lark: null });
    assert.equal(facts.get('05-bidding-elm')!.stageSinceFrom, 'review'); // the failed introduction review does not count
    assert.equal(facts.get('04-solution-delta')!.stageSinceFrom, 'dates');
  });

  it('row fields: budget, the one priced total, deadline countdown, qualification, last activity, owner', () => {
    assert.deepEqual(
      { ...row('04-solution-delta'), errors: 0, warnings: 0 },
      {
        id: 'delta', title: 'Delta logistics platform', customer: 'Delta Freight', stage: 'solution', days_in_stage: 30,
        budget: 1000000, priced: 810000, currency: 'CNY', priced_currency: 'CNY', deadline: '2026-12-05', days_to_deadline: 4, qualification: 90,
        errors: 0, warnings: 0, last_activity: '2026-11-22', owner: 'Bob', folder: '04-solution-delta', outcome: null, stalled: false,
      },
    );
    assert.equal(row('05-bidding-elm').deadline, '2026-12-07'); // the tender's deadline
    assert.equal(row('06-bidding-fir').budget, null);
    assert.equal(row('06-bidding-fir').priced, 450000);
    assert.equal(row('01-kickoff-harbor').qualification, 30);
    assert.equal(row('02-intro-maple').last_activity, '2026-11-30');
    assert.equal(row('07-won-gale').outcome, 'won');
  });

  it('errors and warnings are the engagement’s findings now', () => {
    assert.equal(row('05-bidding-elm').errors, 2); // clause-unanswered ★ 1.1, star-negative-deviation 1.3
    assert.equal(row('01-kickoff-harbor').errors + row('01-kickoff-harbor').warnings, 0);
  });

  it('pipeline by stage, weighted by the stage weights; closure counts won value', () => {
    assert.deepEqual(p.totals.byStage, [
      { stage: 'kickoff', count: 1, value: 500000, weighted: 25000, excluded: [] },
      { stage: 'introduction', count: 1, value: 800000, weighted: 80000, excluded: [] },
      { stage: 'research', count: 1, value: 2000000, weighted: 400000, excluded: [] },
      { stage: 'solution', count: 1, value: 810000, weighted: 324000, excluded: [] },
      { stage: 'bidding', count: 2, value: 3450000, weighted: 2070000, excluded: [] },
      { stage: 'closure', count: 6, value: 2100000, weighted: 2100000, excluded: [] },
    ]);
    assert.deepEqual(p.totals.pipeline, { value: 7560000, weighted: 2899000 });
    assert.equal(p.totals.open, 6);
    assert.deepEqual(p.totals.won, { count: 2, value: 2100000 });
    assert.deepEqual(p.totals.lost, { count: 3, value: 4100000 });
  });

  it('win rate counts won and lost only; loss reasons merge case, most frequent first', () => {
    assert.equal(p.totals.win_rate, 0.4);
    assert.deepEqual([p.totals.lost_without_reasons, p.totals.closed_without_outcome], [[], []]);
    assert.deepEqual(p.totals.loss_reasons, [{ reason: 'Price', count: 3 }, { reason: 'Local support', count: 1 }, { reason: 'References', count: 1 }]);
  });

  it('stalled: open and idle beyond 30 days (since opened when never active), or undated and never active; due this week: deadline within 0–6 days', () => {
    // harbor: no activity, opened 11 days ago — new, not stalled; fir: no activity and no dates.opened.
    assert.deepEqual(p.totals.stalled.map((s) => [s.id, s.days_idle]), [['cedar', 52], ['fir', null]]);
    assert.deepEqual(p.totals.due_this_week.map((d) => [d.id, d.days_to_deadline]), [['delta', 4], ['elm', 6]]);
    assert.deepEqual(p.totals.currencies, ['CNY']);
  });

  it('the stalled threshold is an option', () => {
    const q = buildPortfolio([...facts.values()], { today: TODAY, stalledDays: 60 });
    assert.deepEqual(q.totals.stalled.map((s) => s.id), ['fir']);
    // harbor opened 2026-11-20, no activity: idle 11 days counted from the opening, stalled beyond 10.
    assert.deepEqual(buildPortfolio([...facts.values()], { today: TODAY, stalledDays: 10 }).totals.stalled.map((s) => [s.id, s.days_idle, s.last_activity]), [['harbor', 11, null], ['cedar', 52, '2026-10-10'], ['fir', null, null]]);
    const r = buildPortfolio([...facts.values()], { today: '2026-12-02' });
    assert.deepEqual(r.totals.due_this_week.map((d) => d.id), ['delta', 'elm']);
    const s = buildPortfolio([...facts.values()], { today: '2026-12-06' });
    assert.deepEqual(s.totals.due_this_week.map((d) => d.id), ['elm']); // delta's deadline has passed
  });
});

describe('portfolio edge cases', () => {
  const facts = async (files: Record<string, string>) => {
    const reports = await checkWorkspace(new MemoryFs(files), { today: TODAY });
    return reports.map((r) => engagementFacts(r.engagement, r.findings, TODAY));
  };
  const ENG = 'kind: engagement\nid: e\ntitle: T\ncustomer: C\nstage: solution\nlanguage: en\n';

  it('days in stage from the first activity of the stage when no date or passing review says it', async () => {
    const [f] = await facts({
      'engagement.yaml': ENG,
      'reviews.yaml': 'kind: reviews\nitems:\n  - stage: research\n    date: 2026-11-01\n    result: fail\n    reviewers: [L]\n',
      'activities.yaml': 'kind: activities\nitems:\n  - date: 2026-11-20\n    type: demo\n    stage: solution\n  - date: 2026-11-10\n    type: demo\n    stage: solution\n  - date: 2026-10-01\n    type: visit\n    stage: introduction\n    follow_up: 2026-10-02\n',
    });
    assert.deepEqual([f.stageSince, f.stageSinceFrom], ['2026-11-10', 'activity']);
    assert.equal(buildPortfolio([f], { today: TODAY }).engagements[0].days_in_stage, 21);
  });

  it('stalled only beyond the threshold: 30 idle days is not stalled, 31 is', async () => {
    const at = (date: string) => facts({ 'engagement.yaml': ENG, 'activities.yaml': `kind: activities\nitems:\n  - date: ${date}\n    type: demo\n    stage: solution\n` });
    assert.equal(buildPortfolio(await at('2026-11-01'), { today: TODAY }).engagements[0].stalled, false);
    assert.equal(buildPortfolio(await at('2026-10-31'), { today: TODAY }).engagements[0].stalled, true);
  });

  it('the win/loss reading names a lost deal without reasons and a closed engagement without an outcome', async () => {
    const closure = (id: string, report?: string) => ({
      [`${id}/engagement.yaml`]: ENG.replace('id: e', `id: ${id}`).replace('stage: solution', 'stage: closure'),
      ...(report ? { [`${id}/06-closure/closure-report.md`]: `---\nkind: closure-report\nstage: closure\n${report}---\n# Closure\n` } : {}),
    });
    const p = buildPortfolio(await facts({ ...closure('won1', 'outcome: won\n'), ...closure('lost1', 'outcome: lost\nreasons: [Price]\n'), ...closure('lost2', 'outcome: lost\n'), ...closure('open1') }), { today: TODAY });
    assert.equal(p.totals.win_rate, 0.333); // won1 / (won1 + lost1 + lost2): a loss without reasons is still a loss
    assert.deepEqual(p.totals.loss_reasons, [{ reason: 'Price', count: 1 }]);
    assert.deepEqual(p.totals.lost_without_reasons, [{ id: 'lost2', folder: 'lost2' }]);
    assert.deepEqual(p.totals.closed_without_outcome, [{ id: 'open1', folder: 'open1' }]);
  });

  it('several currencies are listed, never added: a tie keeps the alphabetically first as the totals’ currency', async () => {
    const a = await facts({ 'a/engagement.yaml': `${ENG}budget:\n  amount: 100\n  currency: USD\n`, 'b/engagement.yaml': `${ENG.replace('id: e', 'id: f')}budget:\n  amount: 200\n  currency: cny\n` });
    const p = buildPortfolio(a, { today: TODAY });
    assert.deepEqual(p.totals.currencies, ['CNY', 'USD']);
    assert.equal(p.totals.currency, 'CNY');
    assert.equal(p.totals.pipeline.value, 200);
    assert.deepEqual(p.totals.excluded, [{ currency: 'USD', engagements: 1, value: 100 }]);
  });
});
