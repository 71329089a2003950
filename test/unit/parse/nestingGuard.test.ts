import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_NESTING, nestingTooDeep } from '../../../src/core/parse/nestingGuard';

test('real documents pass the nesting guard', () => {
  assert.equal(nestingTooDeep('kind: x\nitems:\n  - id: a\n    with: [b, c]\n    note: "[[[[" # [[[[\n'), -1);
  assert.equal(nestingTooDeep(`t: it's ${'['.repeat(300)}\n`), -1, 'brackets inside a plain scalar are text');
  assert.equal(nestingTooDeep('['.repeat(MAX_NESTING)), -1);
});

test('the first character past the limit is reported', () => {
  assert.equal(nestingTooDeep('['.repeat(MAX_NESTING + 1)), MAX_NESTING);
  assert.equal(nestingTooDeep(`a: ${'{'.repeat(MAX_NESTING + 5)}`), 3 + MAX_NESTING);
  assert.equal(nestingTooDeep(`x: it's\n${'['.repeat(1000)}`), 8 + MAX_NESTING, 'an apostrophe in plain text does not hide what follows');
  assert.equal(nestingTooDeep(' '.repeat(MAX_NESTING + 1) + 'k: v'), MAX_NESTING);
});
