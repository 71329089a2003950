import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { buildStatus } from '../../../src/core';
import { dashboardModel } from '../../../src/extension/dashboard/dashboardModel';
import { engagementFacts, validateMessage } from '../../../src/extension/dashboard/messageValidator';
import { TODAY } from '../helpers/checkFixture';
import { engagementYaml } from '../helpers/engagementBuilder';
import { MemoryFs } from '../helpers/memoryFs';
import { renderInDom } from './renderHarness';

async function model() {
  const [r] = await checkWorkspace(new MemoryFs({
    'engagement.yaml': engagementYaml({ stage: 'solution' }),
    'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: li\n    name: 李主任\n    shoe_size: 42\n',
  }), { today: TODAY });
  const status = buildStatus(r.engagement, r.findings, { today: TODAY });
  return { status, files: r.engagement.files.map((f) => f.path), m: dashboardModel(status, 'k', 'en') };
}

describe('sidebar tells the truth', () => {
  it('a stage left with its gate unmet reads "⚠ left with gate unmet" and lists its blockers, never "done"', async () => {
    const { m } = await model();
    assert.equal(m.stages[0].gateUnmet, true);
    assert.equal(m.stages[3].gateUnmet, undefined, 'the current stage is not "left"');
    const { root, close } = renderInDom(m, { ui: { selectedStage: 0 } });
    try {
      const kickoff = root.querySelector('[data-stage="kickoff"]')!;
      assert.equal(kickoff.getAttribute('data-gate-unmet'), 'true');
      assert.equal(kickoff.querySelector('.stage-state')!.textContent, '⚠ left with gate unmet');
      assert.ok(!/\bdone\b/.test(kickoff.querySelector('.stage-button')!.getAttribute('aria-label')!));
      assert.ok(root.querySelectorAll('.stage-detail[data-stage="kickoff"] .blocker').length > 0, 'its blockers show');
    } finally { await close(); }
  });

  it('lists structural findings so the rows add up to the header counts, and each reveals its place', async () => {
    const { status, files, m } = await model();
    const schema = m.otherFindings!.find((g) => g.code === 'schema')!;
    assert.equal(schema.severity, 'error');
    const { root, posted, close } = renderInDom(m);
    try {
      const rows = [...root.querySelectorAll('.pitfall')];
      const listed = rows.reduce((n, r) => n + Number(r.getAttribute('data-count') ?? 1), 0);
      assert.equal(listed, m.counts.error + m.counts.warning + m.counts.info);
      (root.querySelector('.other-findings [data-code="schema"] .goto') as HTMLElement).click();
      assert.deepEqual(posted, [{ type: 'reveal', key: 'k', file: schema.location.file, range: schema.location.range }]);
      // The host accepts that reveal: the file is one of the engagement's.
      assert.ok(validateMessage(posted[0], () => engagementFacts(files, status)));
    } finally { await close(); }
  });
});

describe('sidebar map with a crowded cell', () => {
  it('folds more than three people of one cell into one chip per type with a count; the title names them', async () => {
    const people = Array.from({ length: 8 }, (_, i) =>
      `  - id: p${i}\n    name: 人员${i}\n    title: 科员\n    type: ${i < 5 ? 'user' : 'approver'}\n    influence: medium\n    attitude: neutral\n    last_contact: 2026-11-20\n`).join('');
    const [r] = await checkWorkspace(new MemoryFs({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), 'stakeholders.yaml': `kind: stakeholders\npeople:\n${people}` }), { today: TODAY });
    const m = dashboardModel(buildStatus(r.engagement, r.findings, { today: TODAY }), 'k', 'en');
    const { root, posted, close } = renderInDom(m);
    try {
      const cell = root.querySelector('[data-influence="medium"] .map-cell[data-attitude="neutral"]')!;
      assert.equal(cell.querySelectorAll(':scope > button.chip').length, 0, 'no column of eight chips');
      const folds = [...cell.querySelectorAll(':scope > details.chip-group-fold')];
      assert.deepEqual(folds.map((f) => [f.getAttribute('data-type'), f.getAttribute('data-count')]), [['approver', '3'], ['user', '5']]);
      const user = folds[1].querySelector('summary')!;
      assert.equal(user.querySelector('.chip-name')!.textContent, '×5');
      assert.equal(user.getAttribute('title'), 'User\n人员0 (科员)\n人员1 (科员)\n人员2 (科员)\n人员3 (科员)\n人员4 (科员)');
      assert.equal(user.getAttribute('aria-label'), 'User: 5 people, show them');
      // Unfolded, each person is still a chip that opens its record.
      (folds[1].querySelector('button.chip[data-id="p4"]') as HTMLElement).click();
      assert.deepEqual(posted, [{ type: 'openStakeholder', key: 'k', id: 'p4' }]);
    } finally { await close(); }
  });
});

describe('sidebar → full-size dashboard', () => {
  it('has an "Open full dashboard" link that asks the host for Open Dashboard, which the validator allows', async () => {
    const { status, files, m } = await model();
    const { root, posted, close } = renderInDom(m);
    try {
      const link = root.querySelector<HTMLElement>('.dashboard-header button.open-panel')!;
      assert.equal(link.textContent, 'Open full dashboard');
      link.click();
      assert.deepEqual(posted, [{ type: 'command', key: 'k', command: 'presales.openDashboard' }]);
      assert.deepEqual(validateMessage(posted[0], () => engagementFacts(files, status)), posted[0]);
    } finally { await close(); }
  });
});
