import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const people = listYaml('stakeholders', 'people', [
  { id: 'zhang', name: '张院长', type: 'approver', concerns: ['price', 'brand'] },
  { id: 'li', name: 'Li', type: 'user', concerns: ['usability'] },
]);
const solution = (body: string) => `---\nkind: solution\nstage: solution\n---\n# Solution\n\n${body}\n`;
const run = (body: string | undefined, extra = '', language: 'en' | 'zh-CN' = 'en') =>
  check({
    'engagement.yaml': engagementYaml({ stage: 'solution', extra, language }),
    'stakeholders.yaml': people,
    ...(body === undefined ? {} : { '04-solution/solution.md': solution(body) }),
  });

describe('concern-uncovered', () => {
  it('informs at each concern item the solution does not answer, naming who holds it', async () => {
    const f = await run('## G 产品配置\n\n报价见附件。\n');
    assert.deepEqual(at(f, 'concern-uncovered'), ['stakeholders.yaml:6:23-6:28', 'stakeholders.yaml:10:16-10:25']);
    const [brand, usability] = f.filter((y) => y.code === 'concern-uncovered');
    assert.equal(brand.severity, 'info');
    assert.deepEqual(brand.data, { concern: 'brand', stakeholder: 'zhang' });
    assert.match(brand.message, /张院长 cares about Brand/);
    assert.deepEqual(usability.data, { concern: 'usability', stakeholder: 'li' });
  });

  it('accepts either language in the text; a heading alone answers nothing', async () => {
    assert.deepEqual(at(await run('## Offer\n\nThe pricing is fixed. Our brand is trusted. 界面简洁。\n'), 'concern-uncovered'), []);
    assert.deepEqual(at(await run('## 价格与品牌\n\nA user-friendly UI.\n'), 'concern-uncovered'), ['stakeholders.yaml:6:16-6:21', 'stakeholders.yaml:6:23-6:28']);
  });

  it('is silent until a solution document exists', async () => {
    assert.deepEqual(at(await run(undefined), 'concern-uncovered'), []);
  });

  it('does not take words inside other words, nor the front matter', async () => {
    // "enterprise" holds no "price"; "kind: solution" is front matter.
    const f = await run('We serve the enterprise.\n');
    assert.equal(at(f, 'concern-uncovered').length, 3);
  });

  it('speaks zh-CN and follows policy.rules', async () => {
    const zh = await run('价格合理。\n', '', 'zh-CN');
    assert.match(zh.find((y) => y.code === 'concern-uncovered')!.message, /张院长关注“品牌”/);
    assert.deepEqual(at(await run('x\n', policyYaml({}, { 'concern-uncovered': 'off' })), 'concern-uncovered'), []);
  });
});
