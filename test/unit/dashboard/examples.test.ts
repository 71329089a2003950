import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { buildStatus } from '../../../src/core/status/statusBuilder';
import { dashboardModel } from '../../../src/extension/dashboard/dashboardModel';
import { engagementFacts, validateMessage } from '../../../src/extension/dashboard/messageValidator';
import { fsFromFolder, TODAY } from '../helpers/checkFixture';
import { renderInDom } from './renderHarness';

/** The shipped example, through the real core: check → status → view model → DOM → messages back. */
async function acme() {
  const [report] = await checkWorkspace(fsFromFolder(new URL('../../../examples/acme-his', import.meta.url).pathname), { today: TODAY });
  const status = buildStatus(report.engagement, report.findings, { today: TODAY });
  return { status, files: report.engagement.files.map((f) => f.path), model: dashboardModel(status, 'acme', 'zh-CN') };
}

describe('dashboard on examples/acme-his', () => {
  it('shows the solution stage as current, the key people and the scope-creep pitfall on pricing.yaml `total`', async () => {
    const { model } = await acme();
    assert.deepEqual(model.stages.map((s) => s.state), ['done', 'done', 'done', 'current', 'todo', 'todo']);
    assert.equal(model.stages[model.currentStage].label, '方案');
    const names = model.map.rows.flatMap((r) => r.cells.flatMap((c) => c.chips.map((p) => p.name)));
    assert.ok(names.includes('王海涛') && names.includes('张建国'), names.join());
    const creep = model.pitfalls.flatMap((g) => g.items).find((p) => p.code === 'scope-creep');
    assert.equal(creep?.term, '随机熔断');
    assert.equal(creep?.location.file, '04-solution/pricing.yaml');
    assert.equal(creep?.location.range.start.line + 1, 34);
    assert.deepEqual([model.scope?.budget, model.scope?.priced, model.scope?.level], [2_000_000, 2_450_000, 'warning']);
  });

  it('every control of the rendered dashboard posts a message the host accepts', async () => {
    const { status, files, model } = await acme();
    const facts = engagementFacts(files, status);
    const { root, posted, close } = renderInDom(model);
    try {
      for (const b of root.querySelectorAll('button')) (b as HTMLElement).click();
      assert.ok(posted.length > 10);
      for (const m of posted) assert.ok(validateMessage(JSON.parse(JSON.stringify(m)), (k) => (k === 'acme' ? facts : undefined)), JSON.stringify(m));
    } finally { await close(); }
  });
});
