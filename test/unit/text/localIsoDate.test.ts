import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localIsoDate } from '../../../src/core/text/isoDate';

describe('localIsoDate', () => {
  it('is the local calendar day, zero-padded, late in the evening too', () => {
    assert.equal(localIsoDate(new Date(2026, 0, 5, 23, 59, 59)), '2026-01-05');
    assert.equal(localIsoDate(new Date(2026, 11, 31, 0, 0, 0)), '2026-12-31');
  });
});
