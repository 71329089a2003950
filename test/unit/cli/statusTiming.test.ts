import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusText } from '../../../src/cli/statusText';
import { displayWidth } from '../../../src/cli/textWrap';
import { fsFromFolder, TODAY } from '../helpers/checkFixture';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { buildStatus } from '../../../src/core';
import { engagementYaml, listYaml } from '../helpers/engagementBuilder';
import { doc, statusOf } from '../status/statusOf';

const NO_START = /^\s*[。，、）」』》；：！？]/;
const NO_END = /[（「『《]$/;

describe('presales status: timing, qualification and concerns', () => {
  it('folds the 售前考评 record last, one line per code and place, and keeps lines CJK-clean', async () => {
    const [report] = await checkWorkspace(fsFromFolder('test/fixtures/timing/bid-four-days-left'), { today: '2026-12-01' });
    const out = statusText(buildStatus(report.engagement, report.findings, { today: '2026-12-01' }));
    assert.match(out, /^误区：\n  警告（2）\n    - bare-response/m);
    assert.match(out, /^  历史（售前考评）（\d+）\n    \d+ 条关于已走过阶段的结果：作为售前考评记录，不是当下的工作$/m);
    // One gate-not-met per left stage whose gate is unmet (kickoff, introduction, research), not one per condition.
    assert.match(out, /^    - gate-not-met · 本阶段总结与评价 · engagement\.yaml:6 ×3$/m);
    assert.ok(out.indexOf('历史（售前考评）（') > out.indexOf('提示（'), 'history comes after today’s information');
    for (const line of out.split('\n')) {
      assert.ok(displayWidth(line) <= 80, line);
      assert.doesNotMatch(line, NO_START, line);
      assert.doesNotMatch(line, NO_END, line);
    }
    assert.doesNotMatch(out, /engagement\(s\)|Pitfalls|warning \(/);
  });

  it('shows the qualification score and what it lacks, and where each held concern is answered', async () => {
    const s = await statusOf({
      'engagement.yaml': engagementYaml({ stage: 'solution', language: 'zh-CN' }),
      '01-kickoff/interface-form.yaml': 'kind: interface-form\nqualification:\n  budget_confirmed: true\n  approver: wang\n  pain: [排队]\n',
      'stakeholders.yaml': listYaml('stakeholders', 'people', [{ id: 'wang', name: '王院长', type: 'approver', concerns: ['price', 'brand'] }]),
      '04-solution/solution.md': doc('solution', {}, '# 方案\n\n报价控制在预算内。\n'),
    }, TODAY);
    const out = statusText(s);
    assert.match(out, /^鉴定销售机会（MEDDPICC）：\n  评分 50\/100 · M✓ E✓ D· D· P· I✓ C· C·\n  缺少：决策标准$/m);
    assert.match(out, /^  已回应 1\/2$/m);
    assert.match(out, /^  未回应：品牌（王院长）$/m);
    assert.match(out, /^  已回应：价格 04-solution\/solution\.md:6$/m);
    assert.equal(s.qualification?.score, 50);
  });

  it('near miss: no interface form, no qualification section', async () => {
    const s = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'solution' }) }, TODAY);
    assert.equal(s.qualification, undefined);
    assert.doesNotMatch(statusText(s), /Qualification/);
  });
});
