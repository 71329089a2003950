import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidId, nextRequirementId } from '../../../src/core/edit/ids';
import { suggestId } from '../../../src/core/edit/suggestId';

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

describe('suggestId (issue 13: ids for Chinese names too)', () => {
  it('spells Chinese names in pinyin without tones, surname apart, as writers do by hand', async () => {
    assert.equal(await suggestId('黄院长'), 'huang-yuanzhang');
    assert.equal(await suggestId('王芳'), 'wang-fang');
    assert.equal(await suggestId('张三丰'), 'zhang-sanfeng');
    assert.equal(await suggestId('王'), 'wang');
    assert.equal(await suggestId('欧阳娜娜'), 'ouyang-nana');
    assert.equal(await suggestId('司马光'), 'sima-guang');
    // Surname readings, not the common ones (曾 ceng, 单 dan), and ü as v.
    assert.equal(await suggestId('曾经理'), 'zeng-jingli');
    assert.equal(await suggestId('单雄信'), 'shan-xiongxin');
    assert.equal(await suggestId('吕布'), 'lv-bu');
  });

  it('keeps Latin names kebab-case and mixes both', async () => {
    assert.equal(await suggestId('Jane Doe'), 'jane-doe');
    assert.equal(await suggestId('José  Álvarez!'), 'jose-alvarez');
    assert.equal(await suggestId('ＪＡＮＥ　ＤＯＥ'), 'jane-doe');
    assert.equal(await suggestId('李 Lee'), 'li-lee');
    assert.equal(await suggestId('Dr. 王'), 'dr-wang');
    assert.equal(await suggestId('Zhang 伟'), 'zhang-wei');
  });

  it('never collides with an existing id and falls back when there is nothing to spell', async () => {
    assert.equal(await suggestId('王芳', ['wang-fang']), 'wang-fang-2');
    assert.equal(await suggestId('王芳', ['wang-fang', 'wang-fang-2']), 'wang-fang-3');
    assert.equal(await suggestId('😀'), 'person');
    assert.equal(await suggestId('', ['person']), 'person-2');
    assert.equal((await suggestId('x'.repeat(500))).length, 60);
  });

  it('suggests only ids the schemas accept', async () => {
    for (const name of ['黄院长', '欧阳娜娜', 'Jane Doe', '李 Lee', '😀', '-x-', '...', '王芳']) assert.ok(isValidId(await suggestId(name)), name);
  });
});
