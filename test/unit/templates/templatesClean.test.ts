// A file created from any template is clean the moment it is created: no finding on it in either language.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { templatePlan } from '../../../src/core/edit/templatePlan';
import { renderTemplate, type TemplateVars } from '../../../src/core/edit/renderTemplate';
import { KIND_SPECS, type Kind } from '../../../src/core/method/kinds';
import { check } from '../helpers/checkFixture';

const REPO = join(__dirname, '../../..');
const VARS: TemplateVars = { id: 'acme-his', title: 'HIS', customer: 'Acme', date: '2026-11-28', currency: 'CNY', budget: 1000000, category: 'solution', owner: 'Lead', stage: 'introduction' };

describe('templates are clean when created', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`${lang}: every kind's template, created in a new engagement, has no finding of its own`, async () => {
      const plan = templatePlan(lang, Object.keys(KIND_SPECS) as Kind[], 'introduction');
      const files: Record<string, string> = {};
      for (const p of plan) files[`acme-his/${p.target}`] = renderTemplate(readFileSync(join(REPO, p.template), 'utf8'), { ...VARS, language: lang }, p.format);
      // Every kind has its template (negotiation-record included), and both deviation tables are created.
      assert.equal(plan.length, Object.keys(KIND_SPECS).length + 1);
      const created = new Set(plan.filter((p) => p.kind !== 'engagement').map((p) => `acme-his/${p.target}`));
      const findings = (await check(files)).filter((f) => created.has(f.file));
      assert.deepEqual(findings.map((f) => `${f.file}:${f.range.start.line + 1} ${f.code} ${f.message}`), []);
    });
  }
});
