import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phraseIndex } from '../../../src/core/text/phraseIndex';

const SEP = '(?:[\\s-]|[^\\x00-\\x7f\\u4e00-\\u9fff])';
const index = phraseIndex([
  { bit: 1, phrases: [{ words: ['价格'], wordStart: false }, { words: ['price'], wordStart: true }] },
  { bit: 2, phrases: [{ words: ['support', 'team'], wordStart: true, separator: SEP }] },
  { bit: 4, phrases: [{ words: ['x'], wordStart: false }] },
]);
const scan = (line: string, want = 3) => {
  const s = index.scan(line, 0, line.length, want);
  return { mask: s.mask, unsure: s.unsure };
};

describe('phraseIndex', () => {
  it('finds a phrase anywhere (CJK) or at a word start (Latin), ASCII letters in either case', () => {
    assert.deepEqual(scan('报价与价格说明'), { mask: 1, unsure: false });
    assert.deepEqual(scan('The PRICE is fixed'), { mask: 1, unsure: false });
    assert.deepEqual(scan('a-price'), { mask: 1, unsure: false });
    assert.deepEqual(scan('sprice'), { mask: 0, unsure: false });
    assert.deepEqual(scan('9price'), { mask: 0, unsure: false });
    assert.deepEqual(scan('高峰price'), { mask: 1, unsure: false });
    // A phrase that may start anywhere still counts right after a letter or digit.
    assert.deepEqual(scan('x价格'), { mask: 1, unsure: false });
    assert.deepEqual(scan('Q3价格'), { mask: 1, unsure: false });
  });

  it('checks every word of a phrase and what stands between them', () => {
    assert.deepEqual(scan('our support team'), { mask: 2, unsure: false });
    assert.deepEqual(scan('our support--\tteam'), { mask: 2, unsure: false });
    assert.deepEqual(scan('our support\u3000team'), { mask: 2, unsure: false });
    assert.deepEqual(scan('support5879'), { mask: 0, unsure: false });
    assert.deepEqual(scan('support 审计'), { mask: 0, unsure: false });
    assert.deepEqual(scan('support审计team'), { mask: 0, unsure: false });
  });

  it('a phrase opening at the very start or end of the scanned range counts, one outside it does not', () => {
    const text = 'price|价格|support team';
    assert.equal(index.scan(text, 0, 5, 3).mask, 1);
    assert.equal(index.scan(text, 6, 8, 3).mask, 1);
    assert.equal(index.scan(text, 9, text.length, 3).mask, 2);
    assert.equal(index.scan(text, 1, 5, 3).mask, 0);
    assert.equal(index.scan(text, 7, 8, 3).mask, 0);
    // The check of a phrase opening in range may read on past `end` (a candidate too many, never one too few).
    assert.equal(index.scan(text, 9, 11, 3).mask, 2);
  });

  it('reports only the groups wanted', () => {
    assert.equal(index.scan('price, support team', 0, 19, 2).mask, 2);
    assert.equal(index.scan('price, support team', 0, 19, 0).mask, 0);
  });

  it('a unit NFKC or case folding could turn into a phrase character makes the line unsure', () => {
    for (const line of ['Ａ ｐｒｉｃｅ', 'the \ufb01rst', 'e\u0301', '𝐩rice', 'ſupport team']) {
      assert.deepEqual(scan(line), { mask: 3, unsure: true }, line);
    }
  });

  it('full-width punctuation and other units that normalise to no phrase character change nothing', () => {
    assert.deepEqual(scan('（价格），：；！“”…—·'), { mask: 1, unsure: false });
    assert.deepEqual(scan('ｚ：审计'), { mask: 0, unsure: false });
  });

  it('a group with a phrase under two units long is always a candidate', () => {
    assert.equal(index.scan('nothing here', 0, 12, 4).mask, 4);
  });

  it('refuses a group bit the flags need', () => {
    assert.throws(() => phraseIndex([{ bit: 1 << 30, phrases: [] }]), /bit/);
  });
});
