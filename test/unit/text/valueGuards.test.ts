import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBoundedText, isCount, isFields, isFiniteNumber, listOf, oneOfValues, onlyKeys, optional, shape, textOf } from '../../../src/core/text/valueGuards';

describe('value guards (untrusted messages, arguments, cache JSON)', () => {
  it('accepts exactly the scalars they name', () => {
    assert.deepEqual([1.5, NaN, Infinity, '1', null].map(isFiniteNumber), [true, false, false, false, false]);
    assert.deepEqual([0, 7, -1, 1.5, 2 ** 53, '3'].map(isCount), [true, true, false, false, false, false]);
    const short = isBoundedText(3);
    assert.deepEqual(['', 'abc', 'abcd', 3].map(short), [false, true, false, false]);
    assert.deepEqual([{}, [], null, 'x', Object.create(null)].map(isFields), [true, false, false, false, true]);
    assert.deepEqual([textOf('x'), textOf(1), textOf(undefined)], ['x', undefined, undefined]);
  });

  it('composes: a shape checks its named fields, lists every item, optional allows undefined only', () => {
    const position = shape({ line: isCount, character: isCount });
    const range = shape({ start: position, end: position, tag: optional(oneOfValues(['a', 'b'])) });
    const ok = { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } };
    assert.equal(range(ok), true);
    assert.equal(range({ ...ok, tag: 'b', extra: 1 }), true, 'extra fields are the caller’s business (onlyKeys)');
    assert.equal(range({ ...ok, tag: 'c' }), false);
    assert.equal(range({ ...ok, tag: null }), false, 'null is not undefined');
    assert.equal(range({ start: { line: 1, character: -1 }, end: ok.end }), false);
    assert.equal(range({ start: ok.start }), false);
    assert.equal(range([ok.start, ok.end]), false);
    assert.deepEqual([[], [ok.start], [ok.start, 'x'], 'x'].map(listOf(position)), [true, true, false, false]);
    assert.deepEqual([onlyKeys({ a: 1 }, ['a', 'b']), onlyKeys({ a: 1, c: 2 }, ['a', 'b'])], [true, false]);
  });
});
