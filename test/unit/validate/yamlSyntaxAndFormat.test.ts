import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml } from '../helpers/engagementBuilder';

describe('yaml-syntax in the engagement’s language', () => {
  it('names a full-width colon and points at it, in zh-CN, with no parser English', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ language: 'zh-CN' }), 'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: wang\n    name：王院长\n' });
    assert.deepEqual(at(f, 'yaml-syntax'), ['stakeholders.yaml:4:9-4:10']);
    const x = f.find((y) => y.code === 'yaml-syntax')!;
    assert.equal(x.message, 'YAML 语法错误：此处用了全角冒号“：”，YAML 需要半角的 `:`（其后加一个空格）。');
    assert.equal(x.severity, 'error');
  });

  it('warns that `[吴磊，郑佳]` is one item, at the full-width comma', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ language: 'zh-CN', extra: 'team:\n  presales: [吴磊，郑佳]\n' }) });
    assert.deepEqual(at(f, 'yaml-syntax'), ['engagement.yaml:8:16-8:17']);
    assert.equal(f.find((y) => y.code === 'yaml-syntax')!.severity, 'warning');
  });

  it('near miss: a half-width list and a sentence with a full-width comma in a block list are fine', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ language: 'zh-CN', extra: 'team:\n  presales: [吴磊, 郑佳]\ncompetitors:\n  - name: 某联软件，现有供应商\n' }) });
    assert.deepEqual(at(f, 'yaml-syntax'), []);
  });
});

describe('a kind in the wrong format (#16 class 12)', () => {
  it('solution.yaml with kind: solution is reported and does not satisfy the solution deliverable', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), '04-solution/solution.yaml': 'kind: solution\nstatus: final\n' });
    assert.deepEqual(at(f, 'unknown-kind'), ['04-solution/solution.yaml:1:7-1:15']);
    const x = f.find((y) => y.code === 'unknown-kind')!;
    assert.deepEqual(x.data, { reason: 'wrong-format', kind: 'solution', expected: 'markdown' });
    assert.match(x.message, /is a Markdown document.*does not count as the deliverable/);
    assert.ok(f.some((y) => y.code === 'missing-deliverable' && (y.data?.kinds as string[]).includes('solution')));
  });

  it('stakeholders in Markdown front matter are not counted (no user, no approver) and are reported', async () => {
    const md = '---\nkind: stakeholders\npeople:\n  - id: li\n    name: Li\n    type: user\n---\n# People\n';
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'research' }), 'people.md': md });
    assert.deepEqual(at(f, 'unknown-kind'), ['people.md:2:7-2:19']);
    assert.equal(f.find((y) => y.code === 'customer-not-user')?.data?.reason, 'no-user');
  });

  it('near miss: the same content in its own format counts', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'research' }), 'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: li\n    name: Li\n    type: user\n' });
    assert.deepEqual(at(f, 'unknown-kind'), []);
    assert.notEqual(f.find((y) => y.code === 'customer-not-user')?.data?.reason, 'no-user');
  });
});
