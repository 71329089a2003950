import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, policyYaml } from '../helpers/engagementBuilder';

const REPORT = '06-closure/closure-report.md';
// Lines: 1 ---, 2 kind, 3 stage, 4 status, then the given front matter lines, then ---.
const report = (...front: string[]) => ['---', 'kind: closure-report', 'stage: closure', 'status: final', ...front, '---', '# Closure report', ''].join('\n');
const run = (r: string, o: { stage?: string; language?: 'en' | 'zh-CN'; extra?: string } = {}) =>
  check({ 'engagement.yaml': engagementYaml({ stage: o.stage ?? 'closure', language: o.language ?? 'en', extra: o.extra }), [REPORT]: r });
const found = (f: Awaited<ReturnType<typeof check>>) => f.filter((x) => x.code === 'closure-incomplete');

describe('closure-incomplete', () => {
  it('warns at `outcome` when a lost deal gives no reasons, and at the `reasons` key when the list is empty or blank', async () => {
    const f = await run(report('outcome: lost', 'lost_to: Rival'));
    assert.deepEqual(at(f, 'closure-incomplete'), [`${REPORT}:5:10-5:14`]);
    const x = found(f)[0];
    assert.equal(x.severity, 'warning');
    assert.match(x.message, /^The deal is lost but the closure report gives no `reasons`/);
    assert.deepEqual(x.data, { missing: 'reasons' });
    assert.deepEqual(at(await run(report('outcome: lost', 'reasons: []')), 'closure-incomplete'), [`${REPORT}:6:1-6:8`]);
    assert.deepEqual(at(await run(report('outcome: lost', 'reasons:', '  - " "')), 'closure-incomplete'), [`${REPORT}:6:1-6:8`]); // blank reasons are none
  });

  it('warns at the `kind` key when a closed engagement’s report states no outcome; not before closure', async () => {
    const f = await run(report('reasons: [Price]'));
    assert.deepEqual(at(f, 'closure-incomplete'), [`${REPORT}:2:1-2:5`]);
    assert.deepEqual(found(f)[0].data, { missing: 'outcome' });
    assert.deepEqual(at(await run(report(), { stage: 'bidding' }), 'closure-incomplete'), []);
  });

  it('is silent with reasons, for won / abandoned deals without reasons, and when turned off', async () => {
    assert.deepEqual(at(await run(report('outcome: lost', 'reasons:', '  - Price')), 'closure-incomplete'), []);
    assert.deepEqual(at(await run(report('outcome: won')), 'closure-incomplete'), []);
    assert.deepEqual(at(await run(report('outcome: abandoned')), 'closure-incomplete'), []);
    assert.deepEqual(at(await run(report('outcome: lost'), { extra: policyYaml({}, { 'closure-incomplete': 'off' }) }), 'closure-incomplete'), []);
  });

  it('speaks Chinese', async () => {
    const [x] = found(await run(report('outcome: lost'), { language: 'zh-CN' }));
    assert.equal(x.message, '项目已丢单，但结束报告未填写 `reasons`：结束阶段的要点正是输赢分析。请写明丢单原因（价格、案例、客户关系……），团队的丢单原因统计才会计入这个项目。');
  });
});
