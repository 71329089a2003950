import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { concernAnswers, speaksOf, type AnswerSource } from '../../../src/core/model/concernAnswers';
import { findFrontMatter } from '../../../src/core/parse/frontMatter';
import { customerVisibleLines, VisibleLineCursor } from '../../../src/core/text/customerVisibleText';
import { CONCERN_IDS } from '../../../src/core/method/vocabulary';

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

/** The definition concernAnswers keeps: per document, per concern, the first visible line `speaksOf` it. */
function perLineAnswers(docs: readonly AnswerSource[], only?: ReadonlySet<string>): [string, { file: string; line: number }][] {
  const found = new Map<string, { file: string; line: number }>();
  for (const d of docs) {
    const lines = splitVisibleLines(d.text.slice(d.bodyStart), d.bodyLine);
    for (const c of CONCERN_IDS) {
      if (found.has(c) || (only && !only.has(c))) continue;
      const hit = lines.find((l) => speaksOf(c, l.text));
      if (hit) found.set(c, { file: d.path, line: hit.line });
    }
  }
  return CONCERN_IDS.filter((c) => found.has(c)).map((c) => [c, found.get(c)!]);
}

/** The split-based reader the cursor replaced (kept here as the reference it must equal). */
function splitVisibleLines(body: string, bodyLine: number): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | undefined;
  let inComment = false;
  const lines = body.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (fence !== undefined) {
      const m = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && raw.slice(m[0].length).trim() === '') fence = undefined;
      continue;
    }
    const m = inComment ? null : /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (m) {
      fence = m[1];
      continue;
    }
    let text = '';
    let pos = 0;
    while (pos < raw.length) {
      if (inComment) {
        const end = raw.indexOf('-->', pos);
        if (end < 0) break;
        inComment = false;
        pos = end + 3;
        continue;
      }
      const start = raw.indexOf('<!--', pos);
      if (start < 0) {
        text += raw.slice(pos);
        break;
      }
      text += raw.slice(pos, start) + ' ';
      inComment = true;
      pos = start + 4;
    }
    if (text.trim() === '' || /^ {0,3}#{1,6}(?:\s|$)/.test(text)) continue;
    out.push({ line: bodyLine + i, text });
  }
  return out;
}

describe('concernAnswers reads only candidate lines, with the same answers as reading every line', () => {
  it('an answer far down a long document, after thousands of lines that hold none, is found at its line', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `第${i}行：接口、报表与审计support${i}，数据迁移。`).join('\n');
    const text = `${filler}\n| 价格 | 按模块报价 |\nThe support team answers within 2 hours.\n`;
    assert.deepEqual([...concernAnswers([doc('s.md', text)])], [
      ['price', { file: 's.md', line: 3000 }],
      ['assurance', { file: 's.md', line: 3001 }],
    ]);
  });

  it('a phrase split by a comment is read as the customer reads the line; one split by a line break is not', () => {
    assert.deepEqual([...concernAnswers([doc('s.md', 'total<!-- note -->cost\n')]).keys()], ['price']);
    assert.deepEqual([...concernAnswers([doc('s.md', 'support\nteam\n')]).keys()], []);
    assert.deepEqual([...concernAnswers([doc('s.md', 'support<!--\n-->team\n')]).keys()], []);
  });

  it('full-width letters, a ligature, a NUL or a combining mark on a line leave it to the full match', () => {
    assert.deepEqual([...concernAnswers([doc('s.md', 'x\nＳＬＡ\n')])], [['assurance', { file: 's.md', line: 1 }]]);
    assert.deepEqual([...concernAnswers([doc('s.md', 'a \ufb01ne price\n')]).keys()], ['price']);
    assert.deepEqual([...concernAnswers([doc('s.md', 'no\u0000 price\n')]).keys()], ['price']);
    assert.deepEqual([...concernAnswers([doc('s.md', 'price\u0301\nprice\n')])], [['price', { file: 's.md', line: 1 }]]);
  });

  it('an ideographic or no-break space, or a full-width hyphen, between two words of a phrase still joins them', () => {
    assert.deepEqual([...concernAnswers([doc('s.md', '全天 support\u3000team。\n')]).keys()], ['assurance']);
    assert.deepEqual([...concernAnswers([doc('s.md', 'total\u00a0cost\n')]).keys()], ['price']);
    assert.deepEqual([...concernAnswers([doc('s.md', 'after\uff0dsales\n')]).keys()], ['assurance']);
    assert.deepEqual([...concernAnswers([doc('s.md', 'support审计team\n')]).keys()], []);
  });

  it('the separators the prefilter leaves out never normalise to a space or hyphen (phrases) or a topic separator', () => {
    const ranges: [number, number][] = [[0x3001, 0x303f], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xff01, 0xff0c], [0xff0e, 0xff20]];
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) assert.doesNotMatch(String.fromCharCode(c).normalize('NFKC'), /[\s-]/, c.toString(16));
    }
    for (const [from, to] of ranges.slice(1, 3)) {
      for (let c = from; c <= to; c++) assert.doesNotMatch(String.fromCharCode(c).normalize('NFKC'), /[\s*_`:：.。、,，|]/, c.toString(16));
    }
  });

  it('fuzz: random documents of vocabulary, markup and awkward characters answer as read line by line', () => {
    const atoms = [
      '价格', '报价', '功能', '功能清单', '性能', '易用', '容易用', '使用成本', '风险', '等保', '保障', '服务保障', '品牌',
      'price', 'Price', 'PRICES', 'priced', 'sprice', 'support', 'team', 'support team', 'Support-Team', 'performance need',
      'performance', 'feature list', 'features', 'TCO', '7x24', '7×24', '24/7', 'on-site', 'SLA', 'ＳＬＡ', 'ｐｒｉｃｅ', '\ufb01',
      '| ', ' |', '|', '**', '__', ': ', '：', '，', '。', '- ', '# ', '## ', '```', '~~~', '<!--', '-->', ' ', '  ', '\t', '\u3000',
      '\n', '\n', '\n', '\r\n', '\r', '\u0000', '\u0301', 'x', '9', '审计', '（', '）', '—', '\u00a0', '𝐩',
    ];
    let seed = 20261202;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 3000; n++) {
      const parts = Array.from({ length: Math.floor(next() * 40) }, () => atoms[Math.floor(next() * atoms.length)]);
      const docs = [doc('a.md', parts.slice(0, parts.length >> 1).join('')), doc('b.md', `---\nkind: solution\n---\n${parts.slice(parts.length >> 1).join('')}`)];
      const only = next() < 0.3 ? new Set(CONCERN_IDS.filter(() => next() < 0.5)) : undefined;
      assert.deepEqual([...concernAnswers(docs, only as ReadonlySet<(typeof CONCERN_IDS)[number]> | undefined)], perLineAnswers(docs, only), JSON.stringify(docs.map((d) => d.text)));
    }
  });
});

describe('VisibleLineCursor', () => {
  it('equals the split-based reader on random Markdown, from a body offset as from a sliced body', () => {
    const atoms = ['`', '```', '~~~~', '~', '#', '# ', '###### x', '####### x', ' ', '   ', '    ', '\n', '\r', '\r\n', '<!--', '-->', '<!-- c -->', 'a', '\t', '\u2028', '\u3000', '-'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 20000; n++) {
      const body = Array.from({ length: Math.floor(next() * 24) }, () => atoms[Math.floor(next() * atoms.length)]).join('');
      const expected = splitVisibleLines(body, 2);
      assert.deepEqual(customerVisibleLines(body, 2), expected, JSON.stringify(body));
      const cursor = new VisibleLineCursor(`a\nb\n${body}`, 4, 2);
      const got: { line: number; text: string }[] = [];
      while (cursor.next()) got.push({ line: cursor.line, text: cursor.text() });
      assert.deepEqual(got, expected, JSON.stringify(body));
    }
  });
});
