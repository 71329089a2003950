import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AMOUNT_PROBLEMS, parseAmount } from '../../../src/core/text/parseAmount';

const value = (text: string) => {
  const r = parseAmount(text);
  assert.ok(r.ok, `${text}: ${!r.ok && r.reason}`);
  return r.value;
};

describe('parseAmount (issue 13: 万/亿/k/M amounts understood)', () => {
  it('reads the units writers type, exactly (no float drift)', () => {
    const cases: [string, number][] = [
      ['120万', 1_200_000], ['1.2亿', 120_000_000], ['1,200,000', 1_200_000], ['1.2M', 1_200_000], ['500k', 500_000],
      ['500K', 500_000], ['120w', 1_200_000], ['1.005亿', 100_500_000], ['3百万', 3_000_000], ['2千万', 20_000_000],
      ['8千', 8000], ['1.5bn', 1_500_000_000], ['0.1', 0.1], ['12,345.67', 12_345.67], ['.5k', 500], ['0', 0],
      ['1 200 000', 1_200_000], ['1.2 万', 12_000], ['  120万  ', 1_200_000],
    ];
    for (const [text, expected] of cases) assert.equal(value(text), expected, text);
  });

  it('reads full-width digits and punctuation, currency signs and words', () => {
    assert.deepEqual(parseAmount('１２０万'), { ok: true, value: 1_200_000 });
    assert.deepEqual(parseAmount('１，２００，０００．５'), { ok: true, value: 1_200_000.5 });
    assert.deepEqual(parseAmount('￥120万元'), { ok: true, value: 1_200_000, currency: 'CNY' });
    assert.deepEqual(parseAmount('¥1.2亿'), { ok: true, value: 120_000_000, currency: 'CNY' });
    assert.deepEqual(parseAmount('120万元整'), { ok: true, value: 1_200_000, currency: 'CNY' });
    assert.deepEqual(parseAmount('RMB 1.2M'), { ok: true, value: 1_200_000, currency: 'CNY' });
    assert.deepEqual(parseAmount('$1.5m'), { ok: true, value: 1_500_000, currency: 'USD' });
    assert.deepEqual(parseAmount('300万美元'), { ok: true, value: 3_000_000, currency: 'USD' });
    assert.deepEqual(parseAmount('€500k'), { ok: true, value: 500_000, currency: 'EUR' });
  });

  it('refuses garbage with a reason, explained in both languages', () => {
    const cases: [string, string][] = [
      ['', 'empty'], ['   ', 'empty'], ['abc', 'not-a-number'], ['1,20,000', 'not-a-number'], ['1.2.3', 'not-a-number'],
      ['1e6', 'not-a-number'], ['三百万', 'not-a-number'], ['M', 'not-a-number'], ['120万万', 'not-a-number'], ['12 34', 'not-a-number'],
      ['-5', 'negative'], ['-120万', 'negative'], ['2000000000亿', 'too-large'], ['9'.repeat(400), 'too-large'], ['$120万元', 'conflicting-currency'],
    ];
    for (const [text, reason] of cases) assert.deepEqual(parseAmount(text), { ok: false, reason }, text);
    for (const text of Object.values(AMOUNT_PROBLEMS)) {
      assert.ok(text.en.length > 0);
      assert.match(text['zh-CN'], /[\u4e00-\u9fff]/);
      assert.doesNotMatch(text['zh-CN'], /[,;:](?!\d)/, 'full-width punctuation in Chinese prose');
    }
  });
});
