import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

// Lines: 1 kind, 2 deadline, 3 clauses:, then 3 lines per clause (ref, mark, text) from line 4.
const tender = (extra = '') =>
  `kind: tender\ndeadline: 2026-12-05\nclauses:\n  - ref: "3.1"\n    mark: "★"\n    text: 近三年不少于 3 家三级医院案例\n  - ref: "3.2"\n    mark: "▲"\n    text: 支持移动护理\n  - ref: "3.3"\n    mark: ""\n    text: 界面美观\n${extra}`;
const rows = (...refs: string[]) => listYaml('deviation-table', 'items', refs.map((ref) => ({ ref, requirement: 'r', response: '满足，见第 3 页', deviation: 'none' })));
const run = (t: string, d?: string, extra = '') =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', language: 'zh-CN', extra }), '05-bidding/tender.yaml': t, ...(d ? { '05-bidding/deviation-technical.yaml': d } : {}) });

describe('clause-unanswered', () => {
  it('is an error at the ref of a ★ clause and a warning for ▲; the unmarked clause is free', async () => {
    const f = await run(tender(), rows('9.9'));
    assert.deepEqual(at(f, 'clause-unanswered'), ['05-bidding/tender.yaml:4:10-4:15', '05-bidding/tender.yaml:7:10-7:15']);
    const [star, tri] = f.filter((y) => y.code === 'clause-unanswered');
    assert.deepEqual([star.severity, tri.severity], ['error', 'warning']);
    assert.equal(star.message, '★号条款 3.1（“近三年不少于 3 家三级医院案例”）在偏离表中没有对应行。★号条款未应答即视为不满足，将导致废标：请在投标截止日 2026-12-05 前在偏离表中补上 `ref: 3.1` 的一行，点对点应答并给出证明材料。');
    assert.deepEqual(star.data, { ref: '3.1', mark: '★' });
  });

  it('is silent once a row answers each marked clause (refs compared trimmed and full-width folded)', async () => {
    assert.deepEqual(at(await run(tender(), rows('３.1', ' 3.2 ')), 'clause-unanswered'), []);
  });

  it('reads an unquoted numeric ref as written: 3.10 is not 3.1', async () => {
    const t = 'kind: tender\nclauses:\n  - ref: 3.10\n    mark: "★"\n    text: a\n  - ref: 3.1\n    mark: "★"\n    text: b\n';
    const f = await run(t, 'kind: deviation-table\nitems:\n  - ref: 3.1\n    requirement: b\n    response: 满足，见第 3 页\n    deviation: none\n');
    assert.deepEqual(at(f, 'clause-unanswered'), ['05-bidding/tender.yaml:3:10-3:14']);
    assert.equal(f.find((x) => x.code === 'clause-unanswered')!.data?.ref, '3.10');
  });

  it('is silent on a negotiated route that has no deviation table', async () => {
    assert.deepEqual(at(await run(tender('procurement: competitive-negotiation\n')), 'clause-unanswered'), []);
    assert.equal(at(await run(tender()), 'clause-unanswered').length, 2);
  });

  it('follows policy.rules', async () => {
    const f = await run(tender(), rows('3.2'), policyYaml({}, { 'clause-unanswered': 'warning' }));
    assert.deepEqual(f.filter((y) => y.code === 'clause-unanswered').map((y) => y.severity), ['warning']);
    assert.deepEqual(at(await run(tender(), rows(), policyYaml({}, { 'clause-unanswered': 'off' })), 'clause-unanswered'), []);
  });
});
