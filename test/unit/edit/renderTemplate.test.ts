import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { deriveId, isValidId, nextRequirementId } from '../../../src/core/edit/ids';
import { renderTemplate } from '../../../src/core/edit/renderTemplate';
import { safeJoin } from '../../../src/core/edit/safeJoin';
import { templatePlan } from '../../../src/core/edit/templatePlan';

const TEMPLATE = '# Customer: {{customer}}\nid: "{{id}}"\ncustomer: "{{customer}}"\nbudget:\n  amount: {{budget}}\ndates:\n  opened: {{date}}\nnote: "{{unknown}}"\n';
const HOSTILE = ['a: b # c', 'He said "hi"', "O'Brien & Sons", 'yes', '123', '- x', '[x]', '{y}', '*alias', 'line\nbreak: x', '\\"', '北京 "协和" 医院: 信息中心 # 注'];

describe('renderTemplate', () => {
  it('fills plain values unquoted and keeps unknown placeholders', () => {
    assert.equal(
      renderTemplate(TEMPLATE, { id: 'acme-his', customer: 'Acme', budget: 1000000, date: '2026-11-28' }),
      '# Customer: Acme\nid: acme-his\ncustomer: Acme\nbudget:\n  amount: 1000000\ndates:\n  opened: 2026-11-28\nnote: "{{unknown}}"\n',
    );
  });

  for (const customer of HOSTILE) {
    it(`keeps the YAML intact for the customer ${JSON.stringify(customer)}`, () => {
      const out = renderTemplate(TEMPLATE, { id: 'x', customer, budget: 5, date: '2026-11-28' });
      const data = parse(out) as Record<string, unknown>;
      assert.equal(data.customer, customer);
      assert.deepEqual(Object.keys(data), ['id', 'customer', 'budget', 'dates', 'note']);
      assert.equal(out.split('\n')[0], `# Customer: ${customer.replace(/\n/g, ' ')}`);
    });
  }

  it('escapes front matter but writes prose in Markdown', () => {
    const md = '---\nkind: stage-summary\nstage: "{{stage}}"\nowner: "{{owner}}"\n---\n# {{title}}\n\n<!-- Customer: {{customer}} -->\n';
    const out = renderTemplate(md, { stage: 'research', owner: 'a: b', title: 'T # 1', customer: 'x --> y' }, 'markdown');
    assert.equal(out, '---\nkind: stage-summary\nstage: research\nowner: "a: b"\n---\n# T # 1\n\n<!-- Customer: x - -> y -->\n');
  });
});

describe('templatePlan', () => {
  it('maps kinds to template and target paths', () => {
    assert.deepEqual(
      templatePlan('zh-CN', ['interface-form', 'deviation-table', 'stage-summary'], 'research').map((p) => `${p.template} -> ${p.target} (${p.format})`),
      [
        'templates/zh-CN/01-kickoff/interface-form.yaml -> 01-kickoff/interface-form.yaml (yaml)',
        'templates/zh-CN/05-bidding/deviation-technical.yaml -> 05-bidding/deviation-technical.yaml (yaml)',
        'templates/zh-CN/05-bidding/deviation-commercial.yaml -> 05-bidding/deviation-commercial.yaml (yaml)',
        'templates/zh-CN/02-introduction/summary.md -> 03-research/summary.md (markdown)',
      ],
    );
  });
});

describe('ids and paths', () => {
  it('validates ids', () => {
    for (const ok of ['acme-his', 'REQ-001', 'a.b_c', '9x']) assert.ok(isValidId(ok), ok);
    for (const bad of ['', '-a', '.a', 'a/b', 'a b', '../x', 'a..b', '张三', 'x'.repeat(101)]) assert.ok(!isValidId(bad), bad);
  });

  it('derives ids from names and numbers requirements', () => {
    assert.equal(deriveId('Jane Doe'), 'jane-doe');
    assert.equal(deriveId('José  Álvarez!'), 'jose-alvarez');
    assert.equal(deriveId('张院长', ['person']), 'person-2');
    assert.equal(deriveId('Jane Doe', ['jane-doe', 'jane-doe-2']), 'jane-doe-3');
    assert.equal(nextRequirementId(['REQ-001', 'REQ-010', 'X-99', 7]), 'REQ-011');
    assert.equal(nextRequirementId([]), 'REQ-001');
  });

  it('refuses every path that leaves the engagement', () => {
    assert.equal(safeJoin('acme', '03-research/plan.md'), 'acme/03-research/plan.md');
    assert.equal(safeJoin('', './engagement.yaml'), 'engagement.yaml');
    assert.equal(safeJoin('teams/acme/', 'x.md'), 'teams/acme/x.md');
    for (const bad of ['../../x', 'a/../../x', '/etc/passwd', 'C:/x', 'c:x', 'a\\..\\b', '..', '...', 'a//b', '', 'a/\u0000']) {
      assert.equal(safeJoin('acme', bad), undefined, bad);
    }
  });
});
