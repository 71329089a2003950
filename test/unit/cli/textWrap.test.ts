import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayWidth, tokenize, wrap } from '../../../src/cli/textWrap';

const NO_START = [...'。，、）」』》；：！？'];
const NO_END = [...'（「『《'];

describe('CJK-aware line breaking (禁则)', () => {
  it('glues closing marks to what they follow and opening marks to what they open', () => {
    assert.deepEqual(tokenize('报价（含税）合计，超出。'), ['报', '价', '（含', '税）', '合', '计，', '超', '出。']);
    assert.deepEqual(tokenize('a 「b」'), ['a', ' ', '「b」']);
  });

  it('no line starts with a closing mark or ends with an opening one, at every width', () => {
    const text = '调研已投入 12 人天，超出按预算核定的 20 人天上限，属“过度投入”。请权衡成本与风险（及时止损）；确有必要时，可在「policy」中放宽：《规范》、《标准》！是否？';
    for (let width = 8; width <= 60; width++) {
      const lines = wrap(text, width, '  ');
      for (const l of lines) {
        const body = l.trimStart();
        assert.ok(!NO_START.includes(body[0]), `width ${width}: line starts with ${body[0]}: ${l}`);
        assert.ok(!NO_END.includes(body.at(-1)!), `width ${width}: line ends with ${body.at(-1)}: ${l}`);
      }
      assert.equal(lines.map((l) => l.trimStart()).join('').replace(/\s/g, ''), text.replace(/\s/g, ''));
    }
  });

  it('near miss: lines still fill to the width where no mark is involved', () => {
    const lines = wrap('一二三四五六七八九十', 10, '');
    assert.deepEqual(lines, ['一二三四五', '六七八九十']);
    assert.ok(lines.every((l) => displayWidth(l) <= 10));
  });
});
