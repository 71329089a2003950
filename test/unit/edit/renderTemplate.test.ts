import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse, parseAllDocuments } from 'yaml';
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

describe('renderTemplate: one pass, YAML-escaped (issue 16 class 6)', () => {
  const ROOT = join(__dirname, '../../../templates');
  const NASTY = ['{{title}}', '{{customer}}', 'a: b', '"quoted"', '#x', 'x #y', 'line 1\nline 2', 'tab\there', "it's", '\\', '[a, b]', '{c: d}', '&anchor', '*alias', '!tag', '| block', '> fold', '---', '...', '- item', '? key', '@at', '`tick`', '%YAML', '', ' padded ', 'yes', 'null', '0x10', '1e3', '2026-11-28', '\u2028sep', '北京 “协和” 医院：信息中心 # 注'];

  it('does not fill a value again: a customer named `{{title}}` is written as that text', () => {
    const out = renderTemplate('title: "{{title}}"\ncustomer: "{{customer}}" # for {{customer}}\n', { title: 'T', customer: '{{title}}' });
    assert.equal(out, 'title: T\ncustomer: "{{title}}" # for {{title}}\n');
    assert.deepEqual(parse(out), { title: 'T', customer: '{{title}}' });
    assert.equal(renderTemplate('# {{customer}}\n', { customer: '{{id}}', id: 'x' }, 'markdown'), '# {{id}}\n');
  });

  for (const lang of ['en', 'zh-CN']) {
    for (const rel of ['engagement.yaml', '01-kickoff/interface-form.yaml']) {
      it(`${lang}/${rel}: every nasty customer and title reads back exactly, comments and other keys intact`, () => {
        const template = readFileSync(join(ROOT, lang, rel), 'utf8');
        const baseline = parse(renderTemplate(template, { id: 'acme', customer: 'C', title: 'T', owner: 'O', budget: 5, currency: 'CNY', category: 'solution', date: '2026-11-28' })) as Record<string, unknown>;
        for (const value of NASTY) {
          const out = renderTemplate(template, { id: 'acme', customer: value, title: value, owner: value, budget: 5, currency: 'CNY', category: 'solution', date: '2026-11-28' });
          const docs = parseAllDocuments(out);
          assert.equal(docs.length, 1, JSON.stringify(value));
          assert.deepEqual(docs[0].errors.map((e) => e.message), [], JSON.stringify(value));
          const data = docs[0].toJS() as Record<string, unknown>;
          const expected = structuredClone(baseline);
          for (const key of ['customer', 'title', 'project']) if (key in expected) expected[key] = value;
          if (expected.team) (expected.team as Record<string, unknown>).presales_lead = value;
          assert.deepEqual(data, expected, JSON.stringify(value));
          // Every comment line of the template survives byte for byte.
          for (const line of template.split('\n').filter((l) => /^\s*#/.test(l) && !l.includes('{{'))) assert.ok(out.includes(line), line);
        }
      });
    }
  }

  it('escapes a value inside a longer quoted or plain scalar, and keeps a literal block literal', () => {
    const t = 'a: "Offer for {{customer}}"\nb: \'Offer for {{customer}}\'\nc: Offer for {{customer}} # {{customer}}\nd: |\n  Dear {{customer}},\n  hello\ne: [{{customer}}, x]\nf: {k: {{budget}}}\n';
    const customer = 'A "B": C\nD';
    const out = renderTemplate(t, { customer, budget: 12 });
    assert.deepEqual(parse(out), {
      a: `Offer for ${customer}`, b: `Offer for ${customer}`, c: `Offer for ${customer}`, d: `Dear ${customer},\nhello\n`, e: [customer, 'x'], f: { k: 12 },
    });
    assert.equal(out.split('\n')[2], 'c: "Offer for A \\"B\\": C\\nD" # A "B": C D');
    assert.equal(out.split('\n').slice(3, 7).join('\n'), 'd: |\n  Dear A "B": C\n  D,\n  hello');
  });

  it('any string at all (lone surrogates, controls, `{{…}}`) reads back exactly from both engagement templates', () => {
    for (const lang of ['en', 'zh-CN']) {
      const template = readFileSync(join(ROOT, lang, 'engagement.yaml'), 'utf8');
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 24 }), fc.constantFrom(...NASTY)), (value) => {
          const docs = parseAllDocuments(renderTemplate(template, { id: 'a', customer: value, title: value, owner: value, budget: 5, currency: 'CNY', category: 'solution', date: '2026-11-28' }));
          assert.equal(docs.length, 1);
          assert.deepEqual(docs[0].errors, []);
          const data = docs[0].toJS() as { customer: unknown; title: unknown; team: { presales_lead: unknown } };
          assert.deepEqual([data.customer, data.title, data.team.presales_lead], [value, value, value]);
        }),
        { seed: 20261201, numRuns: Number(process.env.FUZZ_RUNS) || 150 },
      );
    }
  });

  it('leaves an anchor or tag spelled with a placeholder as written, never a half value', () => {
    assert.equal(renderTemplate('a: &{{id}} x\n', { id: 'v: w' }), 'a: &{{id}} x\n');
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

  it('derives ids from names and numbers requirements', async () => {
    assert.equal(await deriveId('Jane Doe'), 'jane-doe');
    assert.equal(await deriveId('José  Álvarez!'), 'jose-alvarez');
    assert.equal(await deriveId('张院长', ['zhang-yuanzhang']), 'zhang-yuanzhang-2');
    assert.equal(await deriveId('!!!', ['person']), 'person-2');
    assert.equal(await deriveId('Jane Doe', ['jane-doe', 'jane-doe-2']), 'jane-doe-3');
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
