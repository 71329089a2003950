import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { TODAY } from '../helpers/checkFixture';
import { engagementYaml, listYaml } from '../helpers/engagementBuilder';
import { MemoryFs } from '../helpers/memoryFs';
import { statusOf } from './statusOf';

const reqs = listYaml('requirements', 'items', [
  { id: 'REQ-001', title: 'Login', kano: 'basic', reasonable: true, status: 'met' },
  { id: 'REQ-002', title: 'Export to WeChat', kano: 'performance', reasonable: false, status: 'met' },
  { id: 'REQ-003', title: 'Single sign-on', kano: 'basic', status: 'unmet' },
]);

describe('truthful status', () => {
  it('marks a stage left with its gate unmet, and only such stages', async () => {
    // At solution with nothing written: kickoff and introduction were left with their gates unmet.
    const s = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'solution' }) });
    assert.deepEqual(s.stages.map((x) => [x.id, x.state, x.leftWithGateUnmet]), [
      ['kickoff', 'done', true],
      ['introduction', 'done', true],
      ['research', 'done', true],
      ['solution', 'current', false],
      ['bidding', 'todo', false],
      ['closure', 'todo', false],
    ]);
    assert.ok(s.stages[0].blockers.length > 0);
  });

  it('flags the requirement a pitfall sits in (blind-yes on a met item), not its neighbours', async () => {
    const s = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), 'requirements.yaml': reqs });
    const byId = new Map(s.requirementFlags.map((f) => [f.id, f]));
    assert.deepEqual(byId.get('REQ-002')?.findings.map((f) => f.code), ['blind-yes']);
    assert.equal(byId.get('REQ-002')?.severity, 'warning');
    assert.equal(byId.get('REQ-002')?.index, 1);
    assert.ok(!byId.has('REQ-001'), 'a clean met requirement has no flag');
    assert.deepEqual(byId.get('REQ-003')?.findings.map((f) => f.code).sort(), ['basic-need-unmet']);
  });

  it('counts every finding once: pitfall groups plus other findings add up to the counts, which equal the check', async () => {
    const files = {
      'engagement.yaml': engagementYaml({ stage: 'solution' }),
      'requirements.yaml': reqs,
      // A structural finding: an unknown field breaks the schema.
      'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: li\n    name: 李主任\n    shoe_size: 42\n',
    };
    const s = await statusOf(files);
    const [report] = await checkWorkspace(new MemoryFs(files), { today: TODAY });
    const bySeverity = { error: 0, warning: 0, info: 0 };
    for (const f of report.findings) bySeverity[f.severity]++;
    assert.deepEqual(s.counts, bySeverity, 'the status counts are the check totals');
    assert.ok(s.otherFindings.some((g) => g.code === 'schema'), 'structural findings are in the totals');
    for (const severity of ['error', 'warning', 'info'] as const) {
      const listed = s.pitfalls.filter((g) => g.severity === severity).reduce((n, g) => n + g.items.filter((i) => i.finding.severity === severity).length, 0)
        + s.otherFindings.filter((g) => g.severity === severity).reduce((n, g) => n + g.count, 0);
      assert.equal(listed, s.counts[severity], `${severity}: pitfalls + other findings = count`);
    }
  });
});
