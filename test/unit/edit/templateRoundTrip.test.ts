import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { appendListItem } from '../../../src/core/edit/listEdit';
import { NEW_ENGAGEMENT_KINDS, templatePlan } from '../../../src/core/edit/templatePlan';
import { renderTemplate, type TemplateVars } from '../../../src/core/edit/renderTemplate';
import { applyEdits } from '../../../src/core/edit/textEdit';
import { check } from '../helpers/checkFixture';

const ROOT = join(__dirname, '../../../templates');
const LIST_OF: Record<string, [string, Record<string, unknown>]> = {
  engagement: ['competitors', { name: 'Contoso: "the incumbent" # 1' }],
  stakeholders: ['people', { id: 'jane-doe', name: 'Jane Doe', type: 'user' }],
  requirements: ['items', { id: 'REQ-001', title: 'a: b # c' }],
  activities: ['items', { date: '2026-11-28', type: 'visit', with: ['jane-doe'] }],
  reviews: ['items', { stage: 'kickoff', result: 'pass', reviewers: ['Lead'] }],
  pricing: ['lines', { item: 'Licence', qty: 1, unit_price: 100 }],
  tender: ['scoring', { item: 'Price', points: 30, type: 'price' }],
  'deviation-table': ['items', { ref: '3.1', requirement: 'R', response: 'Yes, see p. 4' }],
  'bid-control': ['items', { parameter: 'P' }],
};
const VARS: TemplateVars = {
  id: 'acme-his', title: 'HIS "phase 2": upgrade', customer: 'Acme: Hospital # 1', date: '2026-11-28', currency: 'CNY',
  budget: 1000000, category: 'solution', language: 'en', owner: "O'Brien", stage: 'introduction',
};

function templates(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? templates(join(dir, n)) : [join(dir, n)]));
}

describe('templates round-trip', () => {
  for (const file of templates(ROOT).filter((f) => f.endsWith('.yaml'))) {
    it(`${relative(ROOT, file)}: renders, and an appended item keeps every other byte`, () => {
      const rendered = renderTemplate(readFileSync(file, 'utf8'), VARS);
      const doc = parseDocument(rendered);
      assert.deepEqual(doc.errors.map((e) => e.message), []);
      assert.doesNotMatch(rendered, /\{\{\w+\}\}/);
      const kind = String((doc.toJS() as Record<string, unknown>).kind);
      const target = LIST_OF[kind];
      if (!target) return;
      const plan = appendListItem(rendered, target[0], target[1]);
      assert.ok(plan.ok);
      assert.equal(plan.edits.length, 1);
      const after = applyEdits(rendered, plan.edits);
      const e = plan.edits[0];
      // Untouched text is byte-identical around the edit; the edit only removes a `[]` (if anything).
      assert.equal(after.slice(0, e.start), rendered.slice(0, e.start));
      assert.equal(after.slice(e.start + e.newText.length), rendered.slice(e.end));
      assert.match(rendered.slice(e.start, e.end), /^(\s*\[\]\s*)?$/);
      for (const line of rendered.split('\n').filter((l) => l.trimStart().startsWith('#'))) assert.ok(after.includes(line), line);
      const list = (parseDocument(after).toJS() as Record<string, unknown[]>)[target[0]];
      assert.deepEqual(list[list.length - 1], target[1]);
    });
  }

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`a new ${lang} engagement rendered from the templates has no findings`, async () => {
      const files: Record<string, string> = {};
      for (const p of templatePlan(lang, NEW_ENGAGEMENT_KINDS)) {
        files[`acme-his/${p.target}`] = renderTemplate(readFileSync(join(ROOT, '..', p.template), 'utf8'), { ...VARS, language: lang }, p.format);
      }
      assert.deepEqual(await check(files), []);
    });
  }
});
