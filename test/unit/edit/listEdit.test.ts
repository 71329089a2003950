import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appendListItem } from '../../../src/core/edit/listEdit';
import { applyEdits, type EditPlan } from '../../../src/core/edit/textEdit';

function run(text: string, key: string, item: Record<string, unknown>): string {
  const plan: EditPlan = appendListItem(text, key, item);
  assert.ok(plan.ok, `refused: ${!plan.ok && plan.reason}`);
  return applyEdits(text, plan.edits);
}

describe('appendListItem', () => {
  it('appends after the last item of a block list, keeping comments and bytes', () => {
    const text = '# head\nkind: stakeholders\npeople:\n  # first\n  - id: ann\n    name: Ann\n    attitude: supporter # met twice\n';
    assert.equal(
      run(text, 'people', { id: 'bob', name: 'Bob', type: 'user' }),
      `${text}  - id: bob\n    name: Bob\n    type: user\n`,
    );
  });

  it('follows the existing indentation (no indent under the key)', () => {
    const text = 'kind: requirements\nitems:\n- id: REQ-001\n  title: A\n';
    assert.equal(run(text, 'items', { id: 'REQ-002', title: 'B' }), `${text}- id: REQ-002\n  title: B\n`);
  });

  it('inserts before what follows the list, not at the end of the file', () => {
    const text = 'kind: activities\nitems:\n  - date: 2026-11-01\n    type: visit\nnotes: x\n';
    assert.equal(run(text, 'items', { date: '2026-11-02', type: 'demo' }), 'kind: activities\nitems:\n  - date: 2026-11-01\n    type: visit\n  - date: 2026-11-02\n    type: demo\nnotes: x\n');
  });

  it('turns `[]` into a block list and keeps its comment', () => {
    assert.equal(run('kind: reviews\nitems: [] # none yet\n', 'items', { stage: 'kickoff', result: 'pass' }), 'kind: reviews\nitems: # none yet\n  - stage: kickoff\n    result: pass\n');
    assert.equal(run('kind: reviews\nitems: []\n', 'items', { stage: 'kickoff' }), 'kind: reviews\nitems:\n  - stage: kickoff\n');
  });

  it('fills an empty key and creates an absent list', () => {
    assert.equal(run('kind: reviews\nitems:\n# tail\n', 'items', { stage: 'kickoff' }), 'kind: reviews\nitems:\n  - stage: kickoff\n# tail\n');
    // After the last field (a `...` may follow); a file without a final line break keeps none.
    assert.equal(run('kind: reviews', 'items', { stage: 'kickoff' }), 'kind: reviews\nitems:\n  - stage: kickoff');
    assert.equal(run('kind: reviews\n# tail\n', 'items', { stage: 'kickoff' }), 'kind: reviews\nitems:\n  - stage: kickoff\n# tail\n');
    assert.equal(run('kind: reviews\nitems: ~\n', 'items', { stage: 'kickoff' }), 'kind: reviews\nitems:\n  - stage: kickoff\n');
    assert.equal(run('kind: reviews\nitems: null # none\nx: 1\n', 'items', { stage: 'kickoff' }), 'kind: reviews\nitems: # none\n  - stage: kickoff\nx: 1\n');
  });

  it('appends inside a non-empty flow list', () => {
    assert.equal(run('kind: x\nitems: [{a: 1}]\n', 'items', { a: 2 }), 'kind: x\nitems: [{a: 1}, {a: 2}]\n');
  });

  it('writes hostile values as strings that read back, lists as flow sequences, CRLF kept', () => {
    const out = run('kind: activities\r\nitems: []\r\n', 'items', { with: ['a: b', 'c'], note: 'x # y', count: '42' });
    assert.equal(out, 'kind: activities\r\nitems:\r\n  - with: ["a: b", c]\r\n    note: "x # y"\r\n    count: "42"\r\n');
  });

  it('refuses broken YAML and non-lists', () => {
    assert.deepEqual(appendListItem('kind: [\n', 'items', {}), { ok: false, reason: 'yaml-syntax' });
    assert.deepEqual(appendListItem('kind: x\nitems: 3\n', 'items', {}), { ok: false, reason: 'not-a-list' });
    assert.deepEqual(appendListItem('- a\n', 'items', {}), { ok: false, reason: 'not-a-map' });
  });
});
