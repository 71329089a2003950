import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

type Row = { ref: string; mark: string; requirement: string; response: string; deviation: string };
// listYaml: line 1 kind, 2 items:, then 6 lines per row (ref, mark, requirement, response, deviation, evidence):
// row i's response is on line 6 + 6i, its value from column 15.
const table = (rows: Row[]) => listYaml('deviation-table', 'items', rows.map((r) => ({ ...r, evidence: '技术方案第 12 页' })));
const run = (rows: Row[], extra = '', files: Record<string, string> = {}, language: 'en' | 'zh-CN' = 'zh-CN') =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', language, extra }), '05-bidding/deviation-technical.yaml': table(rows), ...files });
const F = '05-bidding/deviation-technical.yaml';

const firing: Row[] = [
  { ref: '3.1', mark: '★', requirement: '近三年不少于 3 家三级医院案例', response: '2 家（另 1 家评估中）', deviation: 'none' },
  { ref: '3.2', mark: '★', requirement: '交付期不超过 180 天', response: '合同签订后 240 天完成', deviation: 'none' },
  { ref: '3.3', mark: '▲', requirement: '具备等保三级', response: '等保三级测评中', deviation: 'positive' },
];
const nearMisses: Row[] = [
  { ref: '4.1', mark: '▲', requirement: '并发处理能力不低于 500 TPS', response: '实测 800 TPS', deviation: 'none' },
  { ref: '4.2', mark: '', requirement: '交付期≤180天', response: '150 天', deviation: 'none' },
  { ref: '4.3', mark: '▲', requirement: '交付期不超过 10 个工作日', response: '15 天', deviation: 'none' },
  { ref: '4.4', mark: '▲', requirement: '支持病案无纸化', response: '暂不支持', deviation: 'negative' },
  { ref: '4.5', mark: '', requirement: '支持单点登录', response: '支持，见第 3.2 节第 45 页', deviation: 'none' },
  { ref: '4.6', mark: '▲', requirement: '提供实施计划', response: '详见项目实施计划第 3 章', deviation: 'none' },
];

describe('deviation-contradiction', () => {
  it('fires at the response: numbers against the bound with units, and admissions of a shortfall', async () => {
    const f = await run(firing);
    assert.deepEqual(at(f, 'deviation-contradiction'), [`${F}:6:15-6:28`, `${F}:12:15-12:28`, `${F}:18:15-18:22`]);
    const [sites, days, admits] = f.filter((y) => y.code === 'deviation-contradiction');
    assert.deepEqual([sites.severity, days.severity, admits.severity], ['error', 'error', 'warning']);
    assert.deepEqual(sites.data, { ref: '3.1', bound: '3 家', dir: 'min', found: '2 家', words: '评估中' });
    assert.equal(sites.message, '条款 3.1 要求不少于 3 家，应答却写明 2 家，并承认“评估中”，而该行填的是 `deviation: none`。评委会按负偏离认定，★号条款负偏离将导致废标。请在投标截止前满足该要求并写明如何满足，或如实填报负偏离。');
    assert.deepEqual(days.data, { ref: '3.2', bound: '180 天', dir: 'max', found: '240 天' });
    assert.deepEqual(admits.data, { ref: '3.3', words: '测评中' });
  });

  it('stays silent on rows that comply, honest negatives, unit mismatches and plans we deliver', async () => {
    assert.deepEqual(at(await run(nearMisses), 'deviation-contradiction'), []);
  });

  it('reads the clause text when the row’s requirement has no bound, and takes the clause’s ★', async () => {
    const tender = 'kind: tender\ndeadline: 2026-12-05\nclauses:\n  - ref: "5.1"\n    mark: "★"\n    text: 不少于 3 家同类案例\n';
    const f = await run([{ ref: '5.1', mark: '', requirement: '见招标文件', response: '2 家', deviation: 'none' }], '', { '05-bidding/tender.yaml': tender });
    assert.deepEqual(at(f, 'deviation-contradiction'), [`${F}:6:15-6:18`]);
    assert.equal(f.find((y) => y.code === 'deviation-contradiction')!.severity, 'error');
    assert.match(f.find((y) => y.code === 'deviation-contradiction')!.message, /在投标截止日 2026-12-05 前/);
  });

  it('speaks English', async () => {
    const f = await run([{ ref: '2.4', mark: '★', requirement: 'At least 3 reference sites', response: 'Two reference sites; a third under assessment', deviation: 'none' }], '', {}, 'en');
    assert.equal(
      f.find((y) => y.code === 'deviation-contradiction')!.message,
      'Clause 2.4 requires at least 3 reference sites, but the response states Two reference sites and admits "under assessment" while the row says `deviation: none`. The evaluators will read it as a negative deviation, and on a ★ clause that voids the bid: before the deadline, meet the requirement and say how, or declare the deviation honestly.',
    );
  });

  it('follows policy.rules', async () => {
    const f = await run(firing, policyYaml({}, { 'deviation-contradiction': 'info' }));
    assert.deepEqual(f.filter((y) => y.code === 'deviation-contradiction').map((y) => y.severity), ['info', 'info', 'info']);
    assert.deepEqual(at(await run(firing, policyYaml({}, { 'deviation-contradiction': 'off' })), 'deviation-contradiction'), []);
  });
});
