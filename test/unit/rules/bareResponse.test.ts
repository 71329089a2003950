import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const table = (response: string, evidence?: string) =>
  listYaml('deviation-table', 'items', [{ ref: '2.3', mark: '▲', requirement: '支持 2000 并发', response, deviation: 'none', ...(evidence === undefined ? {} : { evidence }) }]);
const run = (t: string, extra = '', language: 'en' | 'zh-CN' = 'en') =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', extra, language }), '05-bidding/deviation-technical.yaml': t });

describe('bare-response', () => {
  it('warns at a bare 响应 without evidence', async () => {
    const f = await run(table('响应'));
    assert.deepEqual(at(f, 'bare-response'), ['05-bidding/deviation-technical.yaml:6:15-6:17']);
    const x = f.find((y) => y.code === 'bare-response')!;
    assert.equal(x.severity, 'warning');
    assert.deepEqual(x.data, { ref: '2.3', row: 0 });
    assert.match(x.message, /点对点应答/);
  });

  it('sees through case, spaces and punctuation', async () => {
    for (const r of ['完全满足。', ' Complies. ', 'OK!', '“符合”', 'Fully compliant']) {
      assert.equal(at(await run(table(r)), 'bare-response').length, 1, r);
    }
  });

  it('is silent for a point-by-point answer, or a bare one with evidence', async () => {
    assert.deepEqual(at(await run(table('满足,实测 2500 并发,见测试报告')), 'bare-response'), []);
    assert.deepEqual(at(await run(table('响应', '第 45 页 性能测试报告')), 'bare-response'), []);
    assert.deepEqual(at(await run(table('Complies', '  ')), 'bare-response').length, 1);
  });

  it('speaks zh-CN and follows policy.rules', async () => {
    assert.match((await run(table('满足'), '', 'zh-CN')).find((y) => y.code === 'bare-response')!.message, /条款 2\.3 的应答仅为“满足”/);
    assert.deepEqual(at(await run(table('响应'), policyYaml({}, { 'bare-response': 'off' })), 'bare-response'), []);
  });
});
