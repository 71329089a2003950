import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, daysBetween, isoDay } from '../../../src/core/text/isoDate';

describe('isoDate', () => {
  it('counts calendar days across months, leap days and years', () => {
    assert.equal(daysBetween('2026-11-25', '2026-11-28'), 3);
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysBetween('2026-12-31', '2027-01-01'), 1);
    assert.equal(daysBetween('2026-11-28', '2026-11-20'), -8);
  });

  it('skips what is not a calendar date', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '26-11-28', '2026/11/28', '', 'tomorrow', 20261128, null, undefined]) {
      assert.equal(isoDay(bad), undefined, String(bad));
    }
    assert.equal(daysBetween('2026-02-30', '2026-03-01'), undefined);
  });

  it('adds days', () => {
    assert.equal(addDays('2026-11-29', 3), '2026-12-02');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(addDays('nope', 3), undefined);
  });

  it('gives undefined, never a RangeError, for day counts past the calendar (policy.follow_up_days: 1e8)', () => {
    assert.equal(addDays('2026-11-29', 1e8), undefined);
    assert.equal(addDays('2026-11-29', -1e8), undefined);
    assert.equal(addDays('2026-11-29', Number.MAX_VALUE), undefined);
    assert.equal(addDays('2026-11-29', Infinity), undefined);
    assert.equal(addDays('2026-11-29', NaN), undefined);
    assert.equal(addDays('9999-12-30', 1), '9999-12-31');
    assert.equal(addDays('9999-12-31', 1), undefined);
    assert.equal(addDays('0001-01-02', -1), '0001-01-01');
    assert.equal(addDays('0001-01-01', -1), undefined);
  });
});
