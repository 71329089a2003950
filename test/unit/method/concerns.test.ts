import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONCERNS, DECISION_TYPES } from '../../../src/core/method/concerns';
import { speaksOf as concernAnswered } from '../../../src/core/model/concernAnswers';

describe('concerns', () => {
  it('covers the eight concerns and four decision-maker types of the method', () => {
    assert.deepEqual(CONCERNS.map((c) => c.id), ['price', 'function', 'performance', 'usability', 'cost-of-use', 'risk', 'assurance', 'brand']);
    assert.deepEqual(DECISION_TYPES.map((d) => d.id), ['approver', 'it-decider', 'business-decider', 'user']);
    for (const x of [...CONCERNS.map((c) => c.label), ...DECISION_TYPES.flatMap((d) => [d.label, d.cares])]) assert.ok(x.en && x['zh-CN']);
  });

  it('matches the vocabulary in either language, whole English words only', () => {
    assert.ok(concernAnswered('performance', '系统支持 5000 并发'));
    assert.ok(concernAnswered('cost-of-use', 'Lower TCO over five years'));
    assert.ok(concernAnswered('cost-of-use', 'the cost of use is low'));
    assert.ok(concernAnswered('assurance', '7×24 SLA'));
    assert.ok(concernAnswered('risk', 'Risks and mitigations'));
    assert.ok(!concernAnswered('price', 'an enterprise platform'));
    assert.ok(!concernAnswered('brand', 'brandy'));
    assert.ok(!concernAnswered('nonsense', 'price'));
  });
});
