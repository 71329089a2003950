import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { buildStatus } from '../../../src/core';
import { dashboardModel } from '../../../src/extension/dashboard/dashboardModel';
import { fsFromFolder } from '../helpers/checkFixture';
import { engagementYaml } from '../helpers/engagementBuilder';
import { MemoryFs } from '../helpers/memoryFs';
import { renderInDom } from './renderHarness';

const zh = JSON.parse(readFileSync(new URL('../../../l10n/parts/dashboard.zh-cn.json', import.meta.url), 'utf8')) as Record<string, string>;

async function fixtureModel() {
  const [r] = await checkWorkspace(fsFromFolder('test/fixtures/timing/bid-four-days-left'), { today: '2026-12-01' });
  return dashboardModel(buildStatus(r.engagement, r.findings, { today: '2026-12-01' }), 'k', 'zh-CN');
}

describe('sidebar: timing, skipped research, qualification, where concerns are answered', () => {
  it('keeps the 售前考评 record in a closed fold after today’s pitfalls', async () => {
    const m = await fixtureModel();
    assert.deepEqual(m.pitfalls.map((g) => [g.severity, g.history ?? false]), [['warning', false], ['info', false], ['info', true]]);
    const { root, close } = renderInDom(m, { t: (s) => zh[s] ?? s });
    try {
      const fold = root.querySelector('details.pitfalls-history')!;
      assert.ok(fold, 'a history fold');
      assert.equal(fold.hasAttribute('open'), false);
      assert.match(fold.querySelector('summary')!.textContent!, /^历史（售前考评）（\d+）$/);
      assert.ok(fold.querySelector('[data-code="gate-not-met"]'));
      assert.equal(root.querySelectorAll('ul.pitfalls:not([data-history]) [data-code="gate-not-met"]').length, 0);
      assert.match(root.querySelector('.qualification')!.textContent!, /^商机鉴定评分 0\/100$/);
    } finally { await close(); }
  });

  it('shows where a concern is answered, and reveals it on click', async () => {
    const m = await fixtureModel();
    const perf = m.map.concerns.find((c) => c.concern === 'performance')!;
    assert.deepEqual(perf.answeredAt, { file: '04-solution/solution.md', range: { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } } });
    const { root, posted, close } = renderInDom(m);
    try {
      const link = root.querySelector('[data-concern="performance"] .concern-where') as HTMLElement;
      assert.equal(link.textContent, 'answered at 04-solution/solution.md:18');
      link.click();
      assert.deepEqual(posted, [{ type: 'reveal', key: 'k', file: '04-solution/solution.md', range: perf.answeredAt!.range }]);
      assert.equal(root.querySelector('[data-concern="usability"] .concern-where'), null);
    } finally { await close(); }
  });

  it('draws a skipped research stage as skipped', async () => {
    const files = { 'engagement.yaml': engagementYaml({ stage: 'solution', extra: 'research:\n  reason: none\n' }) };
    const [r] = await checkWorkspace(new MemoryFs(files), { today: '2026-11-28' });
    const m = dashboardModel(buildStatus(r.engagement, r.findings, { today: '2026-11-28' }), 'k', 'zh-CN');
    const { root, close } = renderInDom(m, { t: (s) => zh[s] ?? s });
    try {
      const stage = root.querySelector('.stage[data-stage="research"]')!;
      assert.equal(stage.getAttribute('data-state'), 'skipped');
      assert.equal(stage.querySelector('.stage-state')!.textContent, '已跳过');
    } finally { await close(); }
  });
});
