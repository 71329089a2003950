import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildGapLog, type EngagementFacts, type GapLog } from '../../../src/core';
import { teamFacts } from './teamFixture';

describe('product-gap log of the fixture team (hand-computed)', () => {
  let log: GapLog;
  before(async () => {
    log = buildGapLog([...(await teamFacts()).values()]);
  });

  it('areas ranked by the budgets at stake (open and lost), each engagement once per area', () => {
    assert.deepEqual(log.areas.map((a) => [a.area, a.revenue, a.engagements]), [
      ['Reporting', 5500000, 4], // cedar 2M + delta 1M (two gaps, once) + fir (no budget) + iris 2.5M; lark abandoned: out
      ['Mobile', 5000000, 2], // cedar 2M + elm 3M; gale (won) apart
      ['Integration', 4200000, 2], // elm 3M nice-to-have + juniper 1.2M challenge
      ['Security', 2500000, 1],
    ]);
    assert.equal(log.unbudgeted, 1);
  });

  it('typed deal-breaker / challenge / nice-to-have, most costly type first; won deals apart', () => {
    const reporting = log.areas[0];
    assert.deepEqual(reporting.types.map((t) => [t.type, t.engagements, t.requirements, t.revenue]), [['deal-breaker', 4, 5, 5500000]]);
    assert.deepEqual(reporting.types[0].where, ['03-research-cedar#REQ-001', '04-solution-delta#REQ-001', '04-solution-delta#REQ-002', '06-bidding-fir#REQ-001', '09-lost-iris#REQ-001']);
    assert.deepEqual(log.areas[2].types.map((t) => [t.type, t.revenue]), [['challenge', 1200000], ['nice-to-have', 3000000]]);
    assert.deepEqual(log.areas[1].won, { engagements: 1, revenue: 1500000 });
    assert.deepEqual(reporting.won, { engagements: 0, revenue: 0 });
  });
});

describe('product-gap log edge cases', () => {
  const ev = { followUps: { owed: 0, onTime: 0 }, gates: { due: 0, onTime: 0 }, research: { days: 0, limit: 5 }, starProblems: 0, historyFindings: 0 };
  const f = (root: string, budget: number | undefined, gaps: EngagementFacts['gaps'], outcome?: EngagementFacts['outcome']): EngagementFacts =>
    ({ root, budget, gaps, outcome, errors: 0, warnings: 0, reasons: [], evaluation: ev });

  it('no area and no type are kept and named; equal revenue ranks the deal-breaker first; no-decision is left out', () => {
    const log = buildGapLog([
      f('a', 100, [{ area: '', type: 'unspecified', requirement: 'R-1' }]),
      f('b', 100, [{ area: 'Z', type: 'deal-breaker', requirement: 'R-1' }]),
      f('c', 100, [{ area: 'A', type: 'challenge', requirement: 'R-1' }]),
      f('d', 900, [{ area: 'A', type: 'deal-breaker', requirement: 'R-1' }], 'no-decision'),
    ]);
    assert.deepEqual(log.areas.map((a) => [a.area, a.revenue, a.types.map((t) => t.type)]), [['Z', 100, ['deal-breaker']], ['A', 100, ['challenge']], ['', 100, ['unspecified']]]);
  });
});
