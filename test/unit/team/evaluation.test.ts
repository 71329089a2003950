import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { evaluateByPerson, type EngagementFacts } from '../../../src/core';
import { teamFacts } from './teamFixture';

describe('售前考评 of the fixture team (hand-computed for 2026-12-01)', () => {
  let facts: Map<string, EngagementFacts>;
  before(async () => {
    facts = await teamFacts();
  });
  const ev = (folder: string) => facts.get(folder)!.evaluation;

  it('follow-ups: on time within 3 days; a late one is owed, not on time; one still in its window is not counted', () => {
    assert.deepEqual(ev('02-intro-maple').followUps, { owed: 2, onTime: 1 });
    assert.deepEqual(ev('03-research-cedar').followUps, { owed: 1, onTime: 0 }); // revisited after 7 days
    assert.deepEqual(ev('09-lost-iris').followUps, { owed: 1, onTime: 0 }); // never revisited
    assert.deepEqual(ev('04-solution-delta').followUps, { owed: 1, onTime: 1 });
  });

  it('gates: stages left that owe a review; on time = summary there, passed, dated no later than the next stage’s first activity', () => {
    assert.deepEqual(ev('02-intro-maple').gates, { due: 1, onTime: 1 });
    assert.deepEqual(ev('03-research-cedar').gates, { due: 2, onTime: 2 });
    assert.deepEqual(ev('04-solution-delta').gates, { due: 2, onTime: 2 }); // research skipped (reason none)
    assert.deepEqual(ev('05-bidding-elm').gates, { due: 3, onTime: 2 }); // the introduction review failed
    assert.deepEqual(ev('09-lost-iris').gates, { due: 4, onTime: 0 });
    assert.deepEqual(ev('01-kickoff-harbor').gates, { due: 0, onTime: 0 });
  });

  it('research days against the over-investment limit of the budget', () => {
    assert.deepEqual(ev('03-research-cedar').research, { days: 25, limit: 20 });
    assert.deepEqual(ev('05-bidding-elm').research, { days: 0, limit: 30 });
    assert.deepEqual(ev('06-bidding-fir').research, { days: 0, limit: 5 }); // no budget: the minimum
  });

  it('★ problems at bid time: an unanswered ★ clause and a negative ★ row (the ▲ clause is not one)', () => {
    assert.equal(ev('05-bidding-elm').starProblems, 2);
    assert.equal(ev('04-solution-delta').starProblems, 0);
  });

  it('per person across the portfolio', () => {
    const people = evaluateByPerson([...facts.values()]);
    assert.deepEqual(people.map((p) => p.person), ['Alice', 'Bob', '李明']);
    const [alice, bob, li] = people;
    assert.deepEqual(
      { ...alice, history_findings: 0 },
      {
        person: 'Alice', engagements: 5, open: 3, won: 1, lost: 1, win_rate: 0.5,
        follow_ups: { owed: 3, on_time: 1, ratio: 0.333 }, gates: { due: 13, on_time: 4 },
        research_over: { engagements: 1, days_over: 5 }, star_problems: 2, history_findings: 0,
        loss_reasons: [{ reason: 'Price', count: 1 }, { reason: 'References', count: 1 }],
      },
    );
    assert.deepEqual([bob.engagements, bob.open, bob.won, bob.lost, bob.win_rate], [5, 2, 1, 1, 0.5]);
    assert.deepEqual(bob.follow_ups, { owed: 3, on_time: 2, ratio: 0.667 });
    assert.deepEqual(bob.gates, { due: 15, on_time: 3 });
    assert.deepEqual(bob.loss_reasons, [{ reason: 'Local support', count: 1 }, { reason: 'price', count: 1 }]);
    assert.deepEqual([li.engagements, li.open, li.won, li.lost, li.win_rate], [2, 1, 0, 1, 0]);
    assert.deepEqual(li.follow_ups, { owed: 0, on_time: 0, ratio: null });
    assert.deepEqual(li.gates, { due: 7, on_time: 0 });
  });

  it('history findings are counted from data.history, per person the sum', () => {
    const people = evaluateByPerson([...facts.values()]);
    const alice = [...facts.values()].filter((f) => f.owner === 'Alice').reduce((s, f) => s + f.evaluation.historyFindings, 0);
    assert.ok(alice > 0);
    assert.equal(people[0].history_findings, alice);
  });
});
