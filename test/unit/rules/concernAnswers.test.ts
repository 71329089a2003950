import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { concernAnswers, speaksOf, type AnswerSource } from '../../../src/core/model/concernAnswers';
import { findFrontMatter } from '../../../src/core/parse/frontMatter';
import { customerVisibleLines } from '../../../src/core/text/customerVisibleText';

const doc = (path: string, text: string): AnswerSource => {
  const fm = findFrontMatter(text);
  return fm && fm !== 'unclosed' ? { path, text, bodyStart: fm.bodyStart, bodyLine: fm.bodyLine } : { path, text, bodyStart: 0, bodyLine: 0 };
};
const template = (lang: string) => readFileSync(`templates/${lang}/04-solution/solution.md`, 'utf8');

describe('customer-visible text', () => {
  it('leaves out HTML comments (one-line and multi-line), fenced code, headings and blank lines, keeping file lines', () => {
    const body = ['# Title', '', 'Seen <!-- hidden --> too', '<!-- open', 'still hidden', 'end --> after', '```yaml', 'price: 1', '```', '~~~~', '~~~', 'in fence', '~~~~', 'last'].join('\n');
    assert.deepEqual(customerVisibleLines(body, 5), [
      { line: 7, text: 'Seen   too' },
      { line: 10, text: ' after' },
      { line: 18, text: 'last' },
    ]);
  });

  it('an unclosed fence or comment hides the rest, never more than the document', () => {
    assert.deepEqual(customerVisibleLines('a\n```\nb'), [{ line: 0, text: 'a' }]);
    assert.deepEqual(customerVisibleLines('a\n<!-- b\nc'), [{ line: 0, text: 'a' }]);
  });
});

describe('concern vocabulary', () => {
  it('answers function by its phrases (功能清单, 功能模块), not by 功能 inside another word', () => {
    assert.ok(speaksOf('function', '附件一给出完整的功能清单。'));
    assert.ok(speaksOf('function', '系统分为十二个功能模块'));
    assert.ok(!speaksOf('function', '多功能厅可容纳 200 人，功能科室位于二楼。'));
    assert.ok(speaksOf('function', 'The feature list is in annex 1.'));
    assert.ok(!speaksOf('function', 'It functions as a hub.'));
  });

  it('keeps phrases whole: 可用性能力 is not 性能, 安全用药 is not 安全, 医疗保障 is not 服务保障', () => {
    assert.ok(!speaksOf('performance', '提升可用性能力'));
    assert.ok(speaksOf('performance', '高峰期 5000 并发，响应时间 1 秒'));
    assert.ok(!speaksOf('risk', '合理用药与安全用药'));
    assert.ok(speaksOf('risk', '通过等保三级测评，双机容灾'));
    assert.ok(!speaksOf('assurance', '对接医疗保障平台'));
    assert.ok(speaksOf('assurance', '7×24 小时技术支持'));
  });

  it('reads full-width letters as ASCII (NFKC) and leaves Kano "performance needs" to Kano', () => {
    assert.ok(speaksOf('assurance', '全年 ＳＬＡ 99.9%'));
    assert.ok(!speaksOf('performance', 'Performance needs grow satisfaction with the feature.'));
    assert.ok(speaksOf('performance', 'Performance: 3-second checkout at peak.'));
    assert.ok(!speaksOf('brand', 'brandy'));
    assert.ok(!speaksOf('nonsense', 'price'));
  });
});

describe('a concern named as the topic of a line', () => {
  it('answers in the first cell of a table row or a bold lead-in, with something said', () => {
    assert.ok(speaksOf('function', '| 功能 | 全部基本需求开箱即用 |'));
    assert.ok(speaksOf('usability', '| 易用 | 收费员常用操作一屏完成 |'));
    assert.ok(speaksOf('price', '- **Price**: fixed, within the approved budget'));
    assert.ok(speaksOf('assurance', '**服务保障**：2 小时到场'));
  });

  it('near miss: the name in running text, an empty cell, a header row or another cell is no answer', () => {
    assert.ok(!speaksOf('function', '功能上线后再评估。'));
    assert.ok(!speaksOf('function', '| 功能 | |'));
    assert.ok(!speaksOf('function', '| 关注点 | 功能 |'));
    assert.ok(!speaksOf('function', '|---|---|'));
  });
});

describe('concern answers in the real solution templates', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`an untouched ${lang} template answers no concern: its checklist lives in comments and headings`, () => {
      assert.deepEqual([...concernAnswers([doc('s.md', template(lang))]).keys()], []);
    });
  }

  it('a paragraph on one concern answers exactly that one, at its file line', () => {
    const zh = template('zh-CN').replace('## F 方案优势与价值\n', '## F 方案优势与价值\n\n本方案提供 7×24 小时技术支持，2 小时到场。\n');
    const line = zh.split('\n').indexOf('本方案提供 7×24 小时技术支持，2 小时到场。');
    assert.deepEqual([...concernAnswers([doc('04-solution/solution.md', zh)])], [['assurance', { file: '04-solution/solution.md', line }]]);
    const en = template('en').replace('## G Product configuration\n', '## G Product configuration\n\nThe quotation fits the budget.\n');
    assert.deepEqual([...concernAnswers([doc('s.md', en)]).keys()], ['price']);
  });

  it('front matter is never an answer', () => {
    assert.deepEqual([...concernAnswers([doc('s.md', '---\nkind: solution\nowner: price brand risk\n---\n# T\n')]).keys()], []);
  });
});

describe('concernAnswers: document-wide matching keeps line answers', () => {
  it('a phrase never spans two lines, and the line numbers stay exact after exclusions and NFKC', () => {
    // "payment" / "terms" on separate lines is no payment-terms answer; full-width ｐｒｉｃｅ normalises to price.
    const answers = concernAnswers([doc('s.md', 'intro\npayment\nterms\n\nＡ ｐｒｉｃｅ here\n')], new Set(['price']));
    assert.deepEqual([...answers], [['price', { file: 's.md', line: 4 }]]);
  });

  it('a NUL inside a line (read line by line) and `only` still give the first answering line', () => {
    const answers = concernAnswers([doc('s.md', 'a\u0000b\nno\nthe price\n')], new Set(['price']));
    assert.deepEqual([...answers], [['price', { file: 's.md', line: 2 }]]);
    assert.equal(concernAnswers([doc('s.md', 'the price\n')], new Set()).size, 0);
  });
});
