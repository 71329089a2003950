import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { appendListItem } from '../../../src/core/edit/listEdit';
import { applyEdits } from '../../../src/core/edit/textEdit';

const REQS = 'kind: requirements\nitems:\n  - id: REQ-001\n    title: A\n';

describe('a record with a nested map (a requirement\'s gap)', () => {
  it('is written as one flow map that reads back exactly, hostile strings included', () => {
    for (const area of ['bed sensors', 'a: b # c', '"quoted", {braces}', 'yes', '123', '- dash', '漏洞：全角冒号，逗号', '']) {
      const plan = appendListItem(REQS, 'items', { id: 'REQ-002', title: 'B', gap: { type: 'challenge', area } });
      assert.ok(plan.ok, area);
      const after = applyEdits(REQS, plan.edits);
      assert.ok(after.startsWith(REQS), area);
      assert.deepEqual(parse(after).items[1], { id: 'REQ-002', title: 'B', gap: { type: 'challenge', area } }, area);
    }
  });

  it('leaves undefined fields of the nested map out', () => {
    const plan = appendListItem(REQS, 'items', { id: 'REQ-002', title: 'B', gap: { type: 'nice-to-have', area: undefined } });
    assert.ok(plan.ok);
    assert.equal(applyEdits(REQS, plan.edits), `${REQS}  - id: REQ-002\n    title: B\n    gap: {type: nice-to-have}\n`);
  });

  it('inside a flow list too', () => {
    const flow = 'kind: requirements\nitems: [{id: REQ-001, title: A}]\n';
    const plan = appendListItem(flow, 'items', { id: 'REQ-002', title: 'B', gap: { type: 'deal-breaker', area: 'x, y' } });
    assert.ok(plan.ok);
    assert.deepEqual(parse(applyEdits(flow, plan.edits)).items[1], { id: 'REQ-002', title: 'B', gap: { type: 'deal-breaker', area: 'x, y' } });
  });
});
