import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toChineseCapitalAmount as cap } from '../../../src/core/export/chineseAmount';

describe('toChineseCapitalAmount (大写金额)', () => {
  it('writes the issue example and whole amounts with 整', () => {
    assert.equal(cap(1234500.5), '壹佰贰拾叁万肆仟伍佰元伍角');
    assert.equal(cap(1), '壹元整');
    assert.equal(cap(10), '壹拾元整');
    assert.equal(cap(15), '壹拾伍元整');
    assert.equal(cap(100), '壹佰元整');
    assert.equal(cap(1000000), '壹佰万元整');
    assert.equal(cap(1140000), '壹佰壹拾肆万元整');
  });

  it('writes zero as 零元整 and amounts below one yuan without 零元', () => {
    assert.equal(cap(0), '零元整');
    assert.equal(cap(-0), '零元整');
    assert.equal(cap(0.05), '伍分');
    assert.equal(cap(0.5), '伍角');
    assert.equal(cap(0.15), '壹角伍分');
    assert.equal(cap(0.004), '零元整');
  });

  it('collapses runs of zeros into one 零 and keeps 零 across 万 and 亿 gaps', () => {
    assert.equal(cap(100010), '壹拾万零壹拾元整');
    assert.equal(cap(1001), '壹仟零壹元整');
    assert.equal(cap(10010), '壹万零壹拾元整');
    assert.equal(cap(100001), '壹拾万零壹元整');
    assert.equal(cap(1e8 + 1), '壹亿零壹元整');
    assert.equal(cap(1e8), '壹亿元整');
    assert.equal(cap(100010000), '壹亿零壹万元整');
    assert.equal(cap(110000000), '壹亿壹仟万元整');
    assert.equal(cap(1_0000_0000_0000), '壹万亿元整');
    assert.equal(cap(1_2345_6789_0123), '壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元整');
    assert.equal(cap(30_0000_0600), '叁拾亿零陆佰元整');
  });

  it('writes 角 and 分, with 零 before 分 when there are no 角', () => {
    assert.equal(cap(10.05), '壹拾元零伍分');
    assert.equal(cap(1000.5), '壹仟元伍角');
    assert.equal(cap(1234.56), '壹仟贰佰叁拾肆元伍角陆分');
    assert.equal(cap(107000.53), '壹拾万柒仟元伍角叁分');
  });

  it('rounds to the fen, even for sums that binary floating point misses', () => {
    assert.equal(cap(0.1 + 0.2), '叁角');
    assert.equal(cap(2.675), '贰元陆角捌分');
    assert.equal(cap(99.999), '壹佰元整');
    assert.equal(cap(1.005), '壹元零壹分');
    assert.equal(cap(1e-7), '零元整');
  });

  it('marks negative amounts with 负 and refuses what it cannot write exactly', () => {
    assert.equal(cap(-12.3), '负壹拾贰元叁角');
    assert.throws(() => cap(Number.NaN), RangeError);
    assert.throws(() => cap(Infinity), RangeError);
    assert.throws(() => cap(1e17), RangeError);
  });
});
