import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

type Item = Record<string, unknown>;
// listYaml: line 1 kind, 2 items:, then each item's keys in order; `parameter` is the first key, value from column 16.
const controls = (...items: Item[]) => listYaml('bid-control', 'items', items);
const run = (t: string, extra = '', language: 'en' | 'zh-CN' = 'zh-CN') =>
  check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', language, extra }), '05-bidding/bid-control.yaml': t });
const F = '05-bidding/bid-control.yaml';

const noProof = { parameter: '支持 5 家医联体', mark: '★', challenge_answer: '医共体建设要求' };
const noAnswer = { parameter: '移动护理离线', mark: '▲', proof: ['说明书第 5 页'] };
const neither = { parameter: '信创适配', mark: '▲' };
const proven = { parameter: '互联互通四级甲等', mark: '★', proof: ['测评证书'], challenge_answer: '卫健委评级要求' };
const unmarked = { parameter: '界面换肤', mark: '' };

describe('control-unproven', () => {
  it('warns at the parameter of a ★/▲ control lacking proof or a challenge answer, naming what is missing', async () => {
    const f = await run(controls(noProof, noAnswer, neither));
    assert.deepEqual(at(f, 'control-unproven'), [`${F}:3:16-3:25`, `${F}:6:16-6:22`, `${F}:9:16-9:20`]);
    const [a, b, c] = f.filter((y) => y.code === 'control-unproven');
    assert.equal(a.message, '★号控标参数“支持 5 家医联体”缺少证明材料（proof）：评委无法核实该参数，竞争对手也可借此质疑其无人能满足。请在投标截止前补齐证明材料（proof），如说明书、检测报告或案例。');
    assert.deepEqual([a.data, b.data, c.data], [{ proof: false, challengeAnswer: true }, { proof: true, challengeAnswer: false }, { proof: false, challengeAnswer: false }]);
    assert.match(c.message, /缺少证明材料（proof）和质疑应对口径（challenge_answer）/);
  });

  it('is silent for a proven control and an unmarked one', async () => {
    assert.deepEqual(at(await run(controls(proven, unmarked)), 'control-unproven'), []);
  });

  it('speaks English', async () => {
    const f = await run(controls(neither), '', 'en');
    assert.match(f.find((y) => y.code === 'control-unproven')!.message, /^The ▲ control parameter "信创适配" has no proof \(`proof`\) and challenge answer \(`challenge_answer`\)\./);
  });

  it('follows policy.rules', async () => {
    assert.deepEqual(at(await run(controls(neither), policyYaml({}, { 'control-unproven': 'off' })), 'control-unproven'), []);
  });
});
