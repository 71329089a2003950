import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextRequirementId } from '../../../src/core/edit/ids';

describe('nextRequirementId', () => {
  it('counts past 2^53 exactly (BigInt), never in exponent notation', () => {
    assert.equal(nextRequirementId(['REQ-99999999999999999999999']), 'REQ-100000000000000000000000');
    assert.equal(nextRequirementId(['REQ-9007199254740993', 'REQ-001']), 'REQ-9007199254740994');
    assert.equal(nextRequirementId(['REQ-12345678901234567890', 'REQ-12345678901234567889']), 'REQ-12345678901234567891');
  });

  it('keeps the zero padding of the highest id, at least three digits', () => {
    assert.equal(nextRequirementId([]), 'REQ-001');
    assert.equal(nextRequirementId(['REQ-000']), 'REQ-001');
    assert.equal(nextRequirementId(['REQ-099']), 'REQ-100');
    assert.equal(nextRequirementId(['REQ-9']), 'REQ-010');
    assert.equal(nextRequirementId(['REQ-0009', 'REQ-007']), 'REQ-0010');
    assert.equal(nextRequirementId(['req-041', 'X-99', 7, null, 'REQ-1e+23', 'REQ-']), 'REQ-042');
  });
});
