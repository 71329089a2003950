import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainPage } from '../../../src/core/explain/explainPage';
import { CODE_META } from '../../../src/core/rules/ruleList';
import type { Language } from '../../../src/core/types';

const LANGUAGES: Language[] = ['zh-CN', 'en'];
const HEADINGS: Record<Language, string[]> = {
  'zh-CN': ['## 含义与教训', '## 何时触发', '## 示例', '## 如何修复', '## 阈值与调整方法'],
  en: ['## What it means — the lesson', '## What fires it', '## Example', '## How to fix it', '## Thresholds and how to change them'],
};

describe('Explain pages', () => {
  it('every code the product emits carries its Explain example in its own meta, in both languages', () => {
    assert.ok(CODE_META.length >= 30, `only ${CODE_META.length} codes`);
    for (const meta of CODE_META) {
      // A rule file written without `explain` (or with an empty part) fails here, not only at compile time.
      const ex = (meta as Partial<typeof meta>).explain;
      assert.ok(ex, `${meta.code} has no meta.explain`);
      for (const l of LANGUAGES) assert.ok(ex.fires[l]?.trim() && ex.fix[l]?.trim(), `${meta.code} explain lacks ${l}`);
      assert.ok(ex.example.trim(), `${meta.code} explain has no example`);
      assert.notEqual(ex.fires.en, ex.fix.en, `${meta.code}: fires and fix say the same`);
    }
    const fixes = CODE_META.map((m) => m.explain.fix.en);
    assert.equal(new Set(fixes).size, fixes.length, 'two codes share one fix text (a copy-paste slip)');
  });

  for (const meta of CODE_META) {
    it(`${meta.code}: generated from its meta, in both languages`, () => {
      for (const l of LANGUAGES) {
        const page = explainPage(meta.code, l)!;
        const other = l === 'en' ? 'zh-CN' : 'en';
        assert.ok(page.startsWith(`# \`${meta.code}\` — ${meta.summary[l]}\n`), `${l} title`);
        assert.ok(page.includes(`\n${meta.description[l]}\n`), `${l} lesson`);
        if (meta.term) assert.ok(page.includes(l === 'zh-CN' ? `**方法术语**：${meta.term}` : `**Method term**: ${meta.term}`), `${l} term`);
        const example = meta.explain;
        assert.ok(page.includes(`\n${example.fires[l]}\n`) && page.includes(`\n${example.fix[l]}\n`), `${l} fires and fix`);
        assert.ok(page.includes(`\n${example.example}\n`), `${l} example`);
        for (const h of HEADINGS[l]) assert.ok(page.includes(`\n${h}\n`), `${l} heading ${h}`);
        for (const h of HEADINGS[other]) assert.ok(!page.includes(h), `${l} page has the ${other} heading ${h}`);
        for (const th of meta.thresholds) {
          assert.ok(page.includes(`| \`${th.key}\` | ${th.summary[l].replace(/\|/g, '\\|')} | ${th.default} |`), `${l} threshold row ${th.key}`);
          assert.ok(page.includes(`  ${th.key}: ${th.default}\n`), `${l} policy snippet ${th.key}`);
        }
        assert.ok(page.includes(`policy:\n  rules:\n    ${meta.code}: `), `${l} severity override`);
        const fences = page.split('\n').filter((line) => /^`{3,}/.test(line));
        assert.equal(fences.length % 2, 0, `${l} fences balanced`);
        if (l === 'zh-CN') assert.doesNotMatch(page.replace(/```[\s\S]*?```/g, ''), /[\u4e00-\u9fff][,;:?!]|\*\*[\u4e00-\u9fff]+:\*\*/, 'full-width punctuation in Chinese prose');
      }
    });
  }

  it('states the default severity, pitfall and quick fix as the meta says', () => {
    const page = explainPage('follow-up-overdue', 'en')!;
    assert.match(page, /\*\*Default severity\*\*: warning {2}\n\*\*A presales pitfall\*\*: yes {2}\n\*\*Quick fix\*\*: available/);
    assert.match(explainPage('yaml-syntax', 'zh-CN')!, /\*\*默认严重程度\*\*：错误 {2}\n\*\*售前误区\*\*：否 {2}\n\*\*快速修复\*\*：否/);
    assert.match(explainPage('over-investment', 'en')!, /policy:\n {2}research_days_per_million: 10\n {2}research_days_min: 5\n/);
  });

  it('has no page for a code the product never emits', () => {
    assert.equal(explainPage('no-such-code', 'en'), undefined);
  });
});
