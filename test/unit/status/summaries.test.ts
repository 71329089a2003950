import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engagementYaml, listYaml } from '../helpers/engagementBuilder';
import { statusOf } from './statusOf';

const REQS = listYaml('requirements', 'items', [
  { id: 'REQ-1', title: 'Login', kano: 'basic', status: 'met' },
  { id: 'REQ-2', title: 'Billing', kano: 'basic', status: 'unmet' },
  { id: 'REQ-3', title: 'Speed', kano: 'performance', status: 'partial' },
  { id: 'REQ-4', title: 'AI triage', kano: 'excitement', reasonable: false, status: 'met' },
  { id: 'REQ-5', title: 'Fax', status: 'out-of-scope' },
  { id: 'REQ-6', title: 'Reports' },
]);
const PRICING = 'kind: pricing\ncurrency: CNY\nlines:\n  - item: Core\n    qty: 2\n    unit_price: 500000\n    req: [REQ-1, REQ-2]\n  - item: Extra\n    unit_price: 300000\n    req: REQ-4\n';
const DEVIATION = listYaml('deviation-table', 'items', [
  { ref: '1.1', mark: '★', requirement: 'HA', response: '响应', deviation: 'negative' },
  { ref: '1.2', mark: '★', requirement: 'SSO', response: 'Supported via SAML 2.0', evidence: 'p.12', deviation: 'none', req: 'REQ-3' },
  { ref: '1.3', mark: '▲', requirement: 'Audit', response: 'Comply.', deviation: 'negative' },
  { ref: '1.4', mark: '', requirement: 'Docs', response: '满足', evidence: '附件3', deviation: 'positive' },
]);

describe('needs, bids and budget', () => {
  it('counts requirements by Kano × status, the unreasonable and the untraced', async () => {
    const s = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'bidding' }), 'requirements.yaml': REQS, '04-solution/pricing.yaml': PRICING, '05-bidding/deviation-technical.yaml': DEVIATION });
    const n = s.needs;
    assert.equal(n.total, 6);
    assert.deepEqual(n.byKano.basic, { met: 1, partial: 0, unmet: 1, 'out-of-scope': 0, open: 0 });
    assert.deepEqual(n.byKano.performance, { met: 0, partial: 1, unmet: 0, 'out-of-scope': 0, open: 0 });
    assert.deepEqual(n.byKano.excitement, { met: 1, partial: 0, unmet: 0, 'out-of-scope': 0, open: 0 });
    assert.deepEqual(n.byKano.unclassified, { met: 0, partial: 0, unmet: 0, 'out-of-scope': 1, open: 1 });
    assert.equal(n.unreasonable, 1);
    // REQ-5 is out of scope and needs no trace; REQ-3 is traced by a deviation row.
    assert.deepEqual(n.untraced, ['REQ-6']);
  });

  it('summarises deviation rows and the tender deadline', async () => {
    const s = await statusOf({
      'engagement.yaml': engagementYaml({ stage: 'bidding', extra: 'dates:\n  bid_deadline: 2026-12-31\n' }),
      '05-bidding/deviation-technical.yaml': DEVIATION,
      '05-bidding/tender.yaml': 'kind: tender\ndeadline: 2026-12-05\n',
    });
    assert.deepEqual(s.bids, {
      rows: 4, star: 2, triangle: 1, negative: 2, starNegative: 1, bare: 2, deadline: '2026-12-05', daysToDeadline: 7,
      procurement: 'public-tender', clauses: { star: 0, triangle: 0, starUnanswered: 0, triangleUnanswered: 0 }, quietPeriod: false,
    });
    const noTender = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'bidding', extra: 'dates:\n  bid_deadline: 2026-11-20\n' }) });
    assert.deepEqual([noTender.bids.rows, noTender.bids.deadline, noTender.bids.daysToDeadline], [0, '2026-11-20', -8]);
  });

  it('sets THE priced total (Σ qty × unit_price; a written total only without priced lines) against the budget', async () => {
    const files = { 'engagement.yaml': engagementYaml({ stage: 'solution', budget: 1000000 }), '04-solution/pricing.yaml': PRICING };
    const s = await statusOf(files);
    assert.deepEqual(s.budget, { budget: 1000000, currency: 'CNY', priced: 1300000, ratio: 1.3, tolerance: 0.1, errorFactor: 2 });
    // Format 2: the lines win over a written total (total-mismatch reports the difference).
    const total = await statusOf({ ...files, '04-solution/pricing.yaml': PRICING + 'total: 900000\n' });
    assert.equal(total.budget.priced, 1300000);
    const written = await statusOf({ ...files, '04-solution/pricing.yaml': 'kind: pricing\ncurrency: CNY\ntotal: 900000\n' });
    assert.equal(written.budget.priced, 900000);
    const none = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'kickoff' }) });
    assert.deepEqual(none.budget, { tolerance: 0.1, errorFactor: 2 });
  });

  it('groups pitfall findings by severity with the method term, and counts every finding', async () => {
    const s = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'solution', budget: 1000000 }), '04-solution/pricing.yaml': PRICING, 'requirements.yaml': REQS });
    assert.deepEqual(s.pitfalls.map((g) => g.severity), ['error', 'warning', 'info'].filter((sev) => s.pitfalls.some((g) => g.severity === sev)));
    const all = s.pitfalls.flatMap((g) => g.items);
    assert.ok(all.every((i) => i.finding.severity === s.pitfalls.find((g) => g.items.includes(i))!.severity));
    const creep = all.find((i) => i.code === 'scope-creep')!;
    assert.deepEqual([creep.term, creep.summary.en, creep.finding.file], ['随机熔断', 'The priced total exceeds the budget', '04-solution/pricing.yaml']);
    assert.ok(all.some((i) => i.code === 'basic-need-unmet' && i.term === '基本需求'));
    assert.ok(!all.some((i) => i.code === 'missing-deliverable'), 'structure codes are not pitfalls');
    const total = s.counts.error + s.counts.warning + s.counts.info;
    assert.ok(total > all.length);
    assert.deepEqual([s.id, s.title, s.customer, s.language, s.stage], ['acme', 'Acme', 'Acme Corp', 'en', 'solution']);
  });
});
