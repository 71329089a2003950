import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HISTORY_AFTER, QUIET_PERIOD } from '../../../src/core/method/timing';
import { stageIndex, STAGES } from '../../../src/core/method/stages';
import { applyTiming, isHistory } from '../../../src/core/model/findingTiming';
import { inQuietPeriod } from '../../../src/core/model/quietPeriod';
import type { Finding } from '../../../src/core/types';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const f = (code: string, severity: Finding['severity'], data?: Record<string, unknown>): Finding => ({ file: 'x.yaml', range, severity, code, message: 'm', ...(data ? { data } : {}) });
const BIDDING = stageIndex('bidding');

describe('timing: findings about a stage already left are the record', () => {
  it('names only stages of the method (or own); bid-voiding and deal-losing codes stay loud through the bid', () => {
    for (const v of Object.values(HISTORY_AFTER)) assert.ok(v === 'own' || STAGES.some((s) => s.id === v), v);
    for (const code of ['scope-creep', 'basic-need-unmet', 'blind-yes', 'star-negative-deviation', 'bare-response', 'bid-deadline', 'price-over-ceiling', 'clause-unanswered', 'concern-uncovered']) {
      assert.equal(HISTORY_AFTER[code], 'bidding', code);
      assert.equal(isHistory(f(code, 'error'), BIDDING), false, code);
      assert.equal(isHistory(f(code, 'error'), stageIndex('closure')), true, code);
    }
  });

  it('turns a gate, a deliverable and a visit of a left stage into history info', () => {
    const out = applyTiming([
      f('gate-not-met', 'warning', { stage: 'research', condition: 'review' }),
      f('missing-deliverable', 'warning', { stage: 'solution', kind: 'pricing' }),
      f('follow-up-overdue', 'warning', { stage: 'introduction' }),
      f('over-investment', 'warning'),
    ], BIDDING);
    assert.deepEqual(out.map((x) => [x.severity, x.data?.history]), [['info', true], ['info', true], ['info', true], ['info', true]]);
    assert.equal(out[0].data?.condition, 'review');
  });

  it('near miss: the current stage, a finding without a stage, and codes that keep their severity', () => {
    const out = applyTiming([
      f('missing-deliverable', 'info', { stage: 'bidding' }),
      f('follow-up-overdue', 'warning', { stage: 'bidding' }),
      f('follow-up-overdue', 'warning'),
      f('scope-creep', 'error'),
      f('research-without-need', 'warning'),
    ], stageIndex('research'));
    assert.deepEqual(out.map((x) => [x.severity, x.data?.history]), [['info', undefined], ['warning', undefined], ['warning', undefined], ['error', undefined], ['warning', undefined]]);
    assert.equal(isHistory(f('gate-not-met', 'warning', { stage: 'research' }), -1), false);
  });

  it('a code the policy sets explicitly keeps that severity, still marked as history', () => {
    const [x] = applyTiming([f('gate-not-met', 'warning', { stage: 'kickoff' })], BIDDING, { 'gate-not-met': 'error' });
    assert.equal(x.severity, 'error');
    assert.equal(x.data?.history, true);
  });
});

describe('quiet period', () => {
  it('runs from the publication day to the deadline, both included', () => {
    assert.equal(inQuietPeriod('2026-11-20', '2026-12-05', '2026-11-20'), true);
    assert.equal(inQuietPeriod('2026-11-20', '2026-12-05', '2026-12-05'), true);
    assert.equal(inQuietPeriod('2026-11-20', '2026-12-05', '2026-11-19'), false);
    assert.equal(inQuietPeriod('2026-11-20', '2026-12-05', '2026-12-06'), false);
    assert.equal(inQuietPeriod(undefined, '2026-12-05', '2026-12-01'), false);
    assert.equal(inQuietPeriod('2026-02-30', '2026-12-05', '2026-12-01'), false);
  });

  it('stakeholder advice goes to the formal channel; stale contact keeps silent', () => {
    assert.deepEqual({ ...QUIET_PERIOD }, { 'decision-maker-gap': 'formal-channel', 'opponent-unhandled': 'formal-channel', 'stale-contact': 'silent' });
  });
});
