import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

// listYaml: row i's evidence is on line 7 + 5i (ref, mark, response, deviation, evidence), value from column 15.
const table = (...evidence: (string | string[])[]) =>
  listYaml('deviation-table', 'items', evidence.map((e, i) => ({ ref: `3.${i + 1}`, mark: '★', response: '响应', deviation: 'none', evidence: e })));
const run = (t: string, extra = '', language: 'en' | 'zh-CN' = 'zh-CN') =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', language, extra }), '05-bidding/deviation-technical.yaml': t });
const F = '05-bidding/deviation-technical.yaml';

describe('vacuous-evidence', () => {
  it('warns at the evidence that only points elsewhere', async () => {
    const f = await run(table('详见技术方案', '见第 3.2 节第 45 页', ['见附件', '见投标文件']));
    assert.deepEqual(at(f, 'vacuous-evidence'), [`${F}:7:15-7:21`, `${F}:17:15-17:27`]);
    const x = f.find((y) => y.code === 'vacuous-evidence')!;
    assert.equal(x.severity, 'warning');
    assert.equal(x.message, '条款 3.1 的证明材料（“详见技术方案”）只是泛泛指向别处，没有页码或章节号。评委逐条打分，不会替我们翻找：请在投标截止前写明册、章节与页码（如“见技术方案第 3.2 节第 45 页”）。');
  });

  it('accepts a page, a section, a numbered attachment, a named document, or one specific entry among pointers', async () => {
    assert.deepEqual(at(await run(table('见第 3.2 节第 45 页', '详见技术方案第三章', '见附件 3', '某医院验收报告', ['详见技术方案', '第 12 页'])), 'vacuous-evidence'), []);
  });

  it('speaks English', async () => {
    const f = await run(table('See proposal'), '', 'en');
    assert.match(f.find((y) => y.code === 'vacuous-evidence')!.message, /^The evidence for clause 3\.1 \("See proposal"\) only points elsewhere, with no page or section/);
  });

  it('follows policy.rules', async () => {
    assert.deepEqual(at(await run(table('详见技术方案'), policyYaml({}, { 'vacuous-evidence': 'off' })), 'vacuous-evidence'), []);
    assert.equal((await run(table('详见技术方案'), policyYaml({}, { 'vacuous-evidence': 'error' }))).find((y) => y.code === 'vacuous-evidence')?.severity, 'error');
  });
});
