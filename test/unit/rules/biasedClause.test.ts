import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

// Lines: 1 kind, 2 deadline, 3 clauses:, then 4 lines per clause (ref, mark, text, favours) from line 4.
const tender = `kind: tender\ndeadline: 2026-12-05\nclauses:\n  - ref: "2.1"\n    mark: "▲"\n    text: 须采用某联专有数据库\n    favours: 某联软件\n  - ref: "2.2"\n    mark: ""\n    text: 须与现有某联 LIS 无缝集成\n    favours: 某联软件\n  - ref: "2.3"\n    mark: ""\n    text: 支持病历质控\n`;
// listYaml rows: ref, mark, response, deviation — row i's deviation on line 6 + 4i, value from column 16.
const table = (...rows: [string, string][]) => listYaml('deviation-table', 'items', rows.map(([ref, deviation]) => ({ ref, mark: '▲', response: '提供等效方案', deviation })));
const run = (d: string, extra = '') =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', language: 'zh-CN', extra }), '05-bidding/tender.yaml': tender, '05-bidding/deviation-technical.yaml': d });
const D = '05-bidding/deviation-technical.yaml';

describe('biased-clause', () => {
  it('warns at our negative row on a favoured clause, and at `favours` of an unmarked favoured clause nobody answers', async () => {
    const f = await run(table(['2.1', 'negative'], ['2.3', 'negative']));
    assert.deepEqual(at(f, 'biased-clause'), [`${D}:6:16-6:24`, '05-bidding/tender.yaml:11:14-11:18']);
    const [row, open] = f.filter((y) => y.code === 'biased-clause');
    assert.equal(row.severity, 'warning');
    assert.equal(row.message, '条款 2.1（“须采用某联专有数据库”）倾向于某联软件（倾向性条款），而我方该行填写为 `deviation: negative`。不应直接放弃：请在投标截止日 2026-12-05 前通过正式渠道向采购人或代理机构提出书面澄清或质疑，或提供等效方案并举证。');
    assert.deepEqual(open.data, { ref: '2.2', favours: '某联软件' });
  });

  it('is silent when we meet or beat a favoured clause, and for clauses that favour nobody', async () => {
    assert.deepEqual(at(await run(table(['2.1', 'none'], ['2.2', 'positive'], ['2.3', 'negative'])), 'biased-clause'), []);
  });

  it('leaves a marked favoured clause with no row to clause-unanswered', async () => {
    const f = await run(table(['2.2', 'none']));
    assert.deepEqual(at(f, 'biased-clause'), []);
    assert.deepEqual(at(f, 'clause-unanswered'), ['05-bidding/tender.yaml:4:10-4:15']);
  });

  it('follows policy.rules', async () => {
    assert.deepEqual(at(await run(table(['2.1', 'negative'], ['2.2', 'none']), policyYaml({}, { 'biased-clause': 'off' })), 'biased-clause'), []);
  });
});
