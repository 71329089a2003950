import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { check, fsFromFolder } from '../helpers/checkFixture';

/** Codes that can still be acted on four days before a bid deadline: the bid itself, and what loses the deal. */
const FIXABLE_BEFORE_DEADLINE = new Set([
  'bare-response', 'bid-deadline', 'star-negative-deviation', 'clause-unanswered', 'deviation-contradiction', 'vacuous-evidence',
  'score-loss', 'control-unproven', 'biased-clause', 'price-over-ceiling', 'total-mismatch', 'currency-mismatch', 'scope-creep',
  'basic-need-unmet', 'blind-yes', 'missing-section', 'yaml-syntax', 'schema', 'dangling-reference',
]);
/** Advice a bid manager must not give in the quiet period, and advice about the past. */
const NOT_NOW = /当面沟通|尽快回访|请尽快再次沟通|否则应停止|及时止损|meet them|call back now|Reach out again/;

async function review(folder: string, today: string) {
  const f = await check(fsFromFolder(folder), today);
  return {
    loud: f.filter((x) => x.severity !== 'info'),
    history: f.filter((x) => x.data?.history === true),
    all: f,
  };
}

describe('four days before the deadline, only what can still be fixed is loud', () => {
  it('our fixture: two warnings on the bid, the past as the 售前考评 record, stakeholder advice via 澄清/答疑', async () => {
    const { loud, history, all } = await review('test/fixtures/timing/bid-four-days-left', '2026-12-01');
    assert.deepEqual(loud.map((x) => `${x.severity} ${x.code} ${x.file}:${x.range.start.line + 1}`), [
      'warning bare-response 05-bidding/deviation-technical.yaml:13',
      'warning bid-deadline 05-bidding/tender.yaml:3',
    ]);
    assert.deepEqual([...new Set(history.map((x) => x.code))].sort(), [
      'demand-untraced', 'follow-up-overdue', 'gate-not-met', 'missing-deliverable', 'over-investment', 'research-first', 'research-without-need', 'unqualified-investment',
    ]);
    assert.ok(history.every((x) => x.severity === 'info'));
    for (const x of all) assert.doesNotMatch(x.message, NOT_NOW, `${x.code}: ${x.message}`);
    const quiet = all.filter((x) => x.code === 'decision-maker-gap' || x.code === 'opponent-unhandled');
    assert.deepEqual(quiet.map((x) => [x.code, x.severity, x.data?.quietPeriod]), [['decision-maker-gap', 'info', true], ['opponent-unhandled', 'info', true]]);
    assert.ok(quiet.every((x) => /澄清\/答疑/.test(x.message)));
    assert.equal(all.filter((x) => x.code === 'stale-contact').length, 0, 'silent in the quiet period');
  });

  it('near miss: the same engagement a month earlier (before the notice) still advises the visit, as work', async () => {
    const { all } = await review('test/fixtures/timing/bid-four-days-left', '2026-11-10');
    const gap = all.find((x) => x.code === 'decision-maker-gap')!;
    assert.equal(gap.severity, 'warning');
    assert.match(gap.message, /当面沟通/);
  });

  it('H-data’s county-hospital-bid example: every warning or error is about the bid or the deal', { skip: !existsSync('examples/county-hospital-bid') }, async () => {
    const { loud, history } = await review('examples/county-hospital-bid', '2026-11-28');
    for (const x of loud) assert.ok(FIXABLE_BEFORE_DEADLINE.has(x.code), `${x.severity} ${x.code}: ${x.message}`);
    assert.ok(history.every((x) => x.severity === 'info'));
  });
});
