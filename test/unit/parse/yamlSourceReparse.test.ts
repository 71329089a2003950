import assert from 'node:assert/strict';
import { test } from 'node:test';
import { YamlSource } from '../../../src/core/parse/yamlSource';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { MAX_NESTING } from '../../../src/core/parse/nestingGuard';

const TEXT = 'kind: stakeholders\npeople:\n  - id: a\n    name: 王总\n    type: approver\n  - id: b\n    name: B\n';

test('ranges are the same after the GC took the weakly held syntax tree', () => {
  const y = new YamlSource(TEXT, 0, new LineIndex(TEXT));
  const paths = [['kind'], ['people', 0, 'name'], ['people', 1], ['people', 1, 'type'], ['missing', 'x']] as const;
  const before = paths.map((p) => [y.rangeAt(p), y.rangeAt(p, 'key'), y.itemRange(p)]);
  // Simulate collection: a WeakRef whose target is gone.
  (y as unknown as { docRef: { deref(): undefined } }).docRef = { deref: () => undefined };
  const after = paths.map((p) => [y.rangeAt(p), y.rangeAt(p, 'key'), y.itemRange(p)]);
  assert.deepEqual(after, before);
  assert.ok(y.doc, 'the tree is parsed again on demand');
});

test('a document refused by the nesting guard has no tree and no value, only the problem', () => {
  const text = `kind: x\nv: ${'['.repeat(1000)}`;
  const y = new YamlSource(text, 0, new LineIndex(text));
  assert.equal(y.doc, undefined);
  assert.equal(y.value, undefined);
  assert.deepEqual(y.problems.map((p) => [p.code, p.start]), [['NESTING_TOO_DEEP', 11 + MAX_NESTING]]);
});

test('a garbage document keeps at most 50 syntax problems', () => {
  const text = Array.from({ length: 400 }, () => 'a: b: c: [').join('\n');
  const y = new YamlSource(text, 0, new LineIndex(text));
  assert.ok(y.problems.length > 0 && y.problems.length <= 50);
});
