import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../../src/core/types';
import { check } from '../helpers/checkFixture';
import { engagementYaml, listYaml } from '../helpers/engagementBuilder';

/** `code line:col-line:col` of every finding on engagement.yaml, sorted. */
const onEngagement = (f: Finding[]) =>
  f.filter((x) => x.file === 'engagement.yaml')
    .map((x) => `${x.code} ${x.range.start.line + 1}:${x.range.start.character + 1}-${x.range.end.line + 1}:${x.range.end.character + 1}`)
    .sort();

// engagementYaml: line 4 `customer: Acme Corp` (value 4:11-4:20), line 5 `stage: …` (value from 5:8).
describe('no stakeholders file, no interface form: findings at the node they concern', () => {
  it('the people findings sit on `customer:`, the stage\'s own on `stage:`', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'solution', language: 'zh-CN' }) });
    const codesAt = (place: string) => [...new Set(onEngagement(f).filter((x) => x.endsWith(place)).map((x) => x.split(' ')[0]))];
    assert.deepEqual(onEngagement(f).filter((x) => x.endsWith('4:11-4:20')), ['customer-not-user 4:11-4:20', 'decision-maker-gap 4:11-4:20', 'decision-maker-gap 4:11-4:20']);
    // `stage:` keeps what is about the stages: the left stages' gates and deliverables, the investment at this one.
    assert.deepEqual(codesAt('5:8-5:16'), ['gate-not-met', 'missing-deliverable', 'unqualified-investment']);
    assert.equal(onEngagement(f).length, onEngagement(f).filter((x) => x.endsWith('4:11-4:20') || x.endsWith('5:8-5:16')).length);
  });

  it('with no form, unqualified-investment does not repeat that the form is missing (missing-deliverable says so)', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'research', language: 'zh-CN' }) });
    const missing = f.find((x) => x.code === 'missing-deliverable')!;
    const unqualified = f.find((x) => x.code === 'unqualified-investment')!;
    assert.match(missing.message, /售前接口表/);
    assert.equal(
      unqualified.message,
      '商机尚未完成“鉴定销售机会”，就已在「调研」阶段投入售前资源：预算是否落实、谁来拍板、客户按什么标准决策都没有记录（鉴定得分 0/100）。请先鉴定商机（记入售前接口表的 qualification），再继续投入。',
    );
    const en = (await check({ 'engagement.yaml': engagementYaml({ stage: 'research' }) })).find((x) => x.code === 'unqualified-investment')!;
    assert.doesNotMatch(en.message, /lacks/);
    assert.match(en.message, /^We are investing \(Research\) in an opportunity not yet qualified/);
  });

  it('near miss: with a stakeholders file the people findings stay at its `people` key', async () => {
    const people = listYaml('stakeholders', 'people', [{ id: 'zhang', name: 'Zhang', type: 'approver' }]);
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), 'stakeholders.yaml': people });
    assert.deepEqual(f.filter((x) => x.code === 'customer-not-user' || (x.code === 'decision-maker-gap' && x.data?.reason === 'missing')).map((x) => `${x.code} ${x.file}:${x.range.start.line + 1}`), [
      'customer-not-user stakeholders.yaml:2',
      'decision-maker-gap stakeholders.yaml:2',
    ]);
  });
});
