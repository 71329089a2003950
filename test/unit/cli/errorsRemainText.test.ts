import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorsRemainText } from '../../../src/cli/errorsRemainText';
import { errorTally, type Finding } from '../../../src/core';

const f = (code: string, severity: Finding['severity'] = 'error'): Finding => ({ file: 'e.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity, code, message: 'm' });

describe('the errors left after an export', () => {
  it('counts errors only, most frequent code first, ties in first-seen order, and says when more codes have errors', () => {
    const findings = [f('b-one'), f('a-two'), f('x', 'warning'), f('a-two'), f('c-three'), f('d-four'), f('y', 'info'), f('d-four')];
    assert.deepEqual(errorTally(findings), { count: 6, codes: ['a-two', 'd-four', 'b-one'], more: true });
    assert.deepEqual(errorTally(findings, 4), { count: 6, codes: ['a-two', 'd-four', 'b-one', 'c-three'], more: false });
    assert.deepEqual(errorTally([f('x', 'warning')]), { count: 0, codes: [], more: false });
  });

  it('reads in each language, with the right English number, and is silent without errors', () => {
    const many = errorTally([f('a'), f('b'), f('c'), f('d')]);
    assert.equal(errorsRemainText(many, 'en'), '4 errors remain in this engagement (a, b, c, …) — run presales check and fix them before handing the document over.');
    assert.equal(errorsRemainText(many, 'zh-CN'), '本项目仍有 4 个错误（a、b、c 等），请运行 presales check 逐条修正后再交付此文档。');
    assert.equal(errorsRemainText(errorTally([f('a'), f('a')]), 'en'), '2 errors remain in this engagement (a) — run presales check and fix them before handing the document over.');
    assert.equal(errorsRemainText(errorTally([f('a')]), 'zh-CN'), '本项目仍有 1 个错误（a），请运行 presales check 逐条修正后再交付此文档。');
    assert.equal(errorsRemainText(errorTally([f('a', 'warning')]), 'en'), undefined);
  });
});
