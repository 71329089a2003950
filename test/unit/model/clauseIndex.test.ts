import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refKey } from '../../../src/core/model/clauseIndex';

describe('refKey: the clause number as writers dress it', () => {
  it('reads 第…条, marks, clause words, full-width digits and spaces as the bare number', () => {
    for (const ref of ['2.1.3', '第 2.1.3 条', '第2.1.3款', '★2.1.3', '▲ 2.1.3', '条款 2.1.3', 'Clause 2.1.3', '§2.1.3', '２．１．３', ' 2.1.3 ', '2.1.3.']) {
      assert.equal(refKey(ref), '2.1.3', ref);
    }
  });
  it('keeps refs that are not bare numbers apart (near miss)', () => {
    assert.equal(refKey('A-3'), 'a-3');
    assert.equal(refKey('2.1.3'), refKey('2.1.3'));
    assert.notEqual(refKey('2.1.3'), refKey('2.1.30'));
    assert.notEqual(refKey('第二章'), refKey('2'));
    assert.equal(refKey('  '), undefined);
    assert.equal(refKey('★'), undefined);
  });
});
