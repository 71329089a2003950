import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NodeEngagementFs } from '../../../src/cli/nodeFs';
import { buildGapLog, buildPortfolio, checkWorkspace, engagementFacts, type EngagementFacts, type GapLog, type Portfolio } from '../../../src/core';
import { TODAY } from './teamFixture';

/** test/fixtures/team-currency: five engagements in CNY, USD and a EUR budget priced in USD (README.md there). */
const ROOT = fileURLToPath(new URL('../../fixtures/team-currency/', import.meta.url));

describe('mixed currencies (test/fixtures/team-currency, hand-computed)', () => {
  let facts: EngagementFacts[];
  let p: Portfolio;
  let gaps: GapLog;
  before(async () => {
    const reports = await checkWorkspace(new NodeEngagementFs(ROOT), { today: TODAY });
    facts = reports.map((r) => engagementFacts(r.engagement, r.findings, TODAY));
    p = buildPortfolio(facts, { today: TODAY });
    gaps = buildGapLog(facts);
  });
  const row = (folder: string) => p.engagements.find((r) => r.folder === folder)!;

  it('each amount is labelled with its own currency: a EUR budget priced in USD keeps both', () => {
    assert.deepEqual([row('c-eur-usd').budget, row('c-eur-usd').currency, row('c-eur-usd').priced, row('c-eur-usd').priced_currency], [300000, 'EUR', 250000, 'USD']);
    assert.deepEqual([row('e-kickoff-rmb').currency, row('e-kickoff-rmb').priced_currency], ['CNY', null]); // 人民币 is CNY
    assert.deepEqual(p.totals.currencies, ['CNY', 'EUR', 'USD']);
  });

  it('totals are kept in the main currency; other currencies are listed per stage and overall, never added', () => {
    assert.equal(p.totals.currency, 'CNY'); // CNY 3 (acorn, dune, ember) against USD 2 (birch, cobalt's quote)
    assert.deepEqual(p.totals.byStage, [
      { stage: 'kickoff', count: 1, value: 100000, weighted: 5000, excluded: [] },
      { stage: 'introduction', count: 0, value: 0, weighted: 0, excluded: [] },
      { stage: 'research', count: 0, value: 0, weighted: 0, excluded: [] },
      { stage: 'solution', count: 2, value: 1000000, weighted: 400000, excluded: [{ currency: 'USD', engagements: 1, value: 250000 }] },
      { stage: 'bidding', count: 1, value: 0, weighted: 0, excluded: [{ currency: 'USD', engagements: 1, value: 200000 }] },
      { stage: 'closure', count: 1, value: 500000, weighted: 500000, excluded: [] },
    ]);
    assert.deepEqual(p.totals.pipeline, { value: 1100000, weighted: 405000 });
    assert.deepEqual(p.totals.won, { count: 1, value: 500000 });
    assert.deepEqual(p.totals.excluded, [{ currency: 'USD', engagements: 2, value: 450000 }]);
  });

  it('the gap log adds only budgets in its currency and lists the others', () => {
    assert.equal(gaps.currency, 'CNY');
    const [reporting] = gaps.areas;
    assert.deepEqual([reporting.area, reporting.revenue, reporting.engagements, reporting.excluded], ['Reporting', 1000000, 2, [{ currency: 'USD', engagements: 1, value: 200000 }]]);
    assert.deepEqual(reporting.types.map((t) => [t.type, t.revenue, t.excluded]), [['deal-breaker', 0, [{ currency: 'USD', engagements: 1, value: 200000 }]], ['challenge', 1000000, []]]);
  });
});
