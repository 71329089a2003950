import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoverAt, md } from '../../../src/core/language/hoverCards';
import { lensesIn } from '../../../src/core/language/idLenses';
import { exampleIndex, memoryIndex, spot } from './languageFixture';

const TODAY = '2026-12-01';

describe('hover cards', () => {
  it('shows a person: name, title, decision-maker type, influence × attitude, concerns, last contact and days since', async () => {
    const index = await exampleIndex('county-hospital-bid');
    // `source: song-zuzhang` under REQ-001.
    const en = hoverAt(index, 'requirements.yaml', { line: 7, character: 14 }, { language: 'en', today: TODAY })!;
    assert.equal(spot({ file: 'requirements.yaml', range: en.range }), 'requirements.yaml:7:12-24');
    assert.equal(en.markdown, [
      '**宋玉** · 门诊收费组组长 — `song-zuzhang`',
      'User · Influence: Low × Attitude: Neutral',
      'Concerns: Performance, Usability',
      'Last contact: 2026-10-22 (40 days ago)',
      '4 references: 2 requirements, 2 activities',
    ].join('\n\n'));
    const zh = hoverAt(index, 'requirements.yaml', { line: 7, character: 14 }, { language: 'zh-CN', today: TODAY })!;
    assert.equal(zh.markdown, [
      '**宋玉** · 门诊收费组组长 — `song-zuzhang`',
      '使用者 · 影响力 低 × 态度 中立',
      '关注点：性能、易用性',
      '最近联系：2026-10-22（40 天前）',
      '共 4 处引用：2 条需求、2 次活动',
    ].join('\n\n'));
  });

  it('counts a person\'s references as the code lens does, the interface form included', async () => {
    const index = await exampleIndex('acme-his');
    // `source: li-zhuren` under REQ-001: two requirements, four activities and the form's contacts.
    const at = { line: 7, character: 14 };
    assert.match(hoverAt(index, 'requirements.yaml', at, { language: 'zh-CN', today: TODAY })!.markdown, /\n\n共 7 处引用：2 条需求、4 次活动、售前接口表 1 处$/);
    assert.match(hoverAt(index, 'requirements.yaml', at, { language: 'en', today: TODAY })!.markdown, /\n\n7 references: 2 requirements, 4 activities, 1 in the interface form$/);
    for (const lens of lensesIn(index, 'stakeholders.yaml', 'en')) {
      const card = hoverAt(index, 'stakeholders.yaml', lens.range.start, { language: 'en', today: TODAY })!.markdown;
      const total = /(\d+) references?$/.exec(lens.title)![1];
      assert.match(card, new RegExp(`\\n\\n${total} references?: [^\\n]+$`), `${lens.id}: lens says ${lens.title}`);
    }
    const alone = await memoryIndex({ 'engagement.yaml': 'kind: engagement\nid: x\ntitle: X\n', 'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: a\n' });
    assert.match(hoverAt(alone, 'stakeholders.yaml', { line: 2, character: 8 }, { language: 'zh-CN', today: TODAY })!.markdown, /\n\n尚未被引用$/);
  });

  it('shows a requirement: title, Kano, status, source, where it is answered and priced', async () => {
    const index = await exampleIndex('county-hospital-bid');
    // `req: [REQ-001, …]` in pricing.yaml lands on the same card as the definition.
    const card = hoverAt(index, '04-solution/pricing.yaml', { line: 6, character: 12 }, { language: 'en', today: TODAY })!;
    assert.equal(spot({ file: '', range: card.range }), ':6:10-17');
    assert.equal(card.markdown, [
      '**REQ-001** · 门诊挂号、缴费、取药一站式办理，高峰期不排长队',
      'Kano: Basic need · Status: Met · Source: 宋玉 `song-zuzhang`',
      'Answered in: solution.md, line 19',
      'Priced in: HIS 核心平台（门诊、住院、药房、收费）; 实施、培训与首年运维服务',
    ].join('\n\n'));
    const unpriced = hoverAt(index, 'requirements.yaml', { line: 70, character: 9 }, { language: 'zh-CN', today: TODAY })!;
    assert.match(unpriced.markdown, /\n\n未报价$/);
  });

  it('shows a clause: text, mark, our deviation and the bid-control parameter', async () => {
    const index = await exampleIndex('county-hospital-bid');
    const card = hoverAt(index, '05-bidding/bid-control.yaml', { line: 8, character: 18 }, { language: 'zh-CN', today: TODAY })!;
    assert.equal(card.markdown, [
      '**2.2.4** ▲ · 技术条款',
      '支持结构化电子病历与临床决策支持（CDSS）联动',
      '我方偏离：无偏离 — 支持，见第 3.2 节第 45 页（deviation-technical.yaml 第 18 行）',
      '控标参数：支持结构化电子病历与临床决策支持（CDSS）联动（已采纳）',
    ].join('\n\n'));
  });

  it('speaks English for an English engagement and says when an id is undefined or defined twice', async () => {
    const nw = await exampleIndex('northwind-erp');
    const card = hoverAt(nw, 'stakeholders.yaml', { line: 2, character: 10 }, { language: 'en', today: TODAY })!;
    assert.match(card.markdown, /^\*\*Maria Lopez\*\* · Chief Executive Officer — `maria-lopez`\n\nApprover · Influence: High × Attitude: Supporter\n\nConcerns: Brand, Price, Risk of use\n\nLast contact: 2026-11-24 \(7 days ago\)/);
    const index = await memoryIndex({
      'engagement.yaml': 'kind: engagement\nid: x\ntitle: X\n',
      'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: a\n    name: "[x](command:evil) *b*"\n  - id: a\n    name: B\n',
      'requirements.yaml': 'kind: requirements\nitems:\n  - id: R-1\n    source: [ghost]\n',
    });
    assert.equal(hoverAt(index, 'requirements.yaml', { line: 3, character: 14 }, { language: 'en', today: TODAY })!.markdown, '`ghost` — Undefined id');
    const twice = hoverAt(index, 'stakeholders.yaml', { line: 2, character: 8 }, { language: 'zh-CN', today: TODAY })!.markdown;
    assert.match(twice, /^\*\*\\\[x\\\]\(command:evil\) \\\*b\\\*\*\* — `a`/);
    assert.match(twice, /_此编号定义了 2 次_$/);
    assert.equal(hoverAt(index, 'stakeholders.yaml', { line: 1, character: 2 }, { language: 'en', today: TODAY }), undefined);
  });

  it('shows every enum value by its display name in English, never the raw value', async () => {
    const index = await memoryIndex({
      'engagement.yaml': 'kind: engagement\nid: x\ntitle: X\nlanguage: en\n',
      'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: a\n    type: it-decider\n    influence: medium\n    attitude: skeptic\n    concerns: [cost-of-use]\n',
      'requirements.yaml': 'kind: requirements\nitems:\n  - id: R-1\n    kano: performance\n    status: partial\n    source: [a]\n',
      '05-bidding/tender.yaml': 'kind: tender\nclauses:\n  - ref: "1.1"\n    type: commercial\n    text: T\n',
      '05-bidding/deviation-commercial.yaml': 'kind: deviation-table\npart: commercial\nitems:\n  - ref: "1.1"\n    requirement: T\n    response: R\n    deviation: negative\n',
    });
    const en = (file: string, line: number, character: number) => hoverAt(index, file, { line, character }, { language: 'en', today: TODAY })!.markdown;
    assert.match(en('stakeholders.yaml', 2, 8), /\n\nIT decider · Influence: Medium × Attitude: Skeptic\n\nConcerns: Cost of use\n\n/);
    assert.match(en('requirements.yaml', 2, 8), /\n\nKano: Performance need · Status: Partially met · Source: `a`\n\n/);
    const clause = en('05-bidding/tender.yaml', 2, 12).replace(/ \(deviation-commercial\.yaml, line \d+\)/, '');
    assert.match(clause, /^\*\*1\.1\*\* · Commercial clause\n\nT\n\nOur deviation: Negative deviation — R/);
    for (const raw of ['medium', 'skeptic', 'partial', 'cost-of-use', 'commercial', 'negative']) {
      assert.ok(![en('stakeholders.yaml', 2, 8), en('requirements.yaml', 2, 8), clause].some((c) => new RegExp(`\\b${raw}\\b`).test(c)), raw);
    }
    const zh = hoverAt(index, 'requirements.yaml', { line: 2, character: 8 }, { language: 'zh-CN', today: TODAY })!.markdown;
    assert.match(zh, /\n\n需求分类：线性需求 · 状态：部分满足 · 来源：`a`\n\n/);
  });

  it('escapes Markdown in user text', () => {
    assert.equal(md('a*b_c [l](u) <b>\n#'), 'a\\*b\\_c \\[l\\](u) \\<b\\> \\#');
  });
});
