import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { check } from '../helpers/checkFixture';
import { engagementYaml, listYaml } from '../helpers/engagementBuilder';
import { statusOf } from '../status/statusOf';

const ALL = ['price', 'function', 'performance', 'usability', 'cost-of-use', 'risk', 'assurance', 'brand'];
const people = listYaml('stakeholders', 'people', [{ id: 'wang', name: '王院长', type: 'approver', concerns: ALL }]);
const template = (lang: string) => readFileSync(`templates/${lang}/04-solution/solution.md`, 'utf8');
const files = (solution: string) => ({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), 'stakeholders.yaml': people, '04-solution/solution.md': solution });
const uncovered = async (solution: string) => (await check(files(solution))).filter((f) => f.code === 'concern-uncovered').map((f) => f.data?.concern);

describe('concern-uncovered on the real solution templates', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`an untouched ${lang} template leaves every concern of the stakeholders unanswered`, async () => {
      assert.deepEqual(await uncovered(template(lang)), ALL);
    });
  }

  it('one paragraph on one concern clears exactly that one, and the checklist says where', async () => {
    const zh = template('zh-CN').replace('## H 案例罗列\n', '## H 案例罗列\n\n本方案提供 7×24 小时技术支持，市内 2 小时到场。\n');
    assert.deepEqual(await uncovered(zh), ALL.filter((c) => c !== 'assurance'));
    const line = zh.split('\n').indexOf('本方案提供 7×24 小时技术支持，市内 2 小时到场。');
    const s = await statusOf(files(zh));
    assert.deepEqual(s.concerns.filter((c) => c.answered).map((c) => [c.concern, c.answeredAt]), [['assurance', { file: '04-solution/solution.md', line }]]);
  });
});
