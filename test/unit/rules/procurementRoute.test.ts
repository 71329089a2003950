import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { owedDeliverables, PROCUREMENT_ROUTES } from '../../../src/core/method/procurement';
import { STAGES } from '../../../src/core/method/stages';
import { check } from '../helpers/checkFixture';
import { engagementYaml } from '../helpers/engagementBuilder';

const bidding = STAGES.find((s) => s.id === 'bidding')!;
const missing = async (procurement?: string) => {
  const tender = `kind: tender\ndeadline: 2026-12-05\n${procurement ? `procurement: ${procurement}\n` : ''}`;
  const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'bidding' }), '05-bidding/tender.yaml': tender });
  // One finding for the stage, listing every deliverable it lacks.
  return f.filter((x) => x.code === 'missing-deliverable' && x.data?.stage === 'bidding').flatMap((x) => x.data?.kinds as string[]);
};

describe('procurement route', () => {
  it('negotiated routes owe the tender and a negotiation record instead of the sealed-bid documents', () => {
    for (const route of ['competitive-negotiation', 'competitive-consultation', 'single-source'] as const) {
      assert.deepEqual(owedDeliverables(bidding, route).deliverables, ['tender', 'negotiation-record'], route);
    }
  });

  it('tenders and inquiries keep the stage’s own list; other stages never change', () => {
    for (const route of ['public-tender', 'invited-tender', 'inquiry', undefined] as const) {
      assert.deepEqual(owedDeliverables(bidding, route).deliverables, bidding.deliverables);
    }
    const solution = STAGES.find((s) => s.id === 'solution')!;
    assert.deepEqual(owedDeliverables(solution, 'single-source').deliverables, solution.deliverables);
    assert.equal(Object.keys(PROCUREMENT_ROUTES).length, 6);
  });

  it('bid-deadline asks for the documents the route owes', async () => {
    const pending = async (procurement: string) => {
      const tender = `kind: tender\ndeadline: 2026-12-01\nprocurement: ${procurement}\n`;
      const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'bidding' }), '05-bidding/tender.yaml': tender });
      return (f.find((x) => x.code === 'bid-deadline')?.data?.pending as { kind: string }[]).map((p) => p.kind);
    };
    assert.deepEqual(await pending('single-source'), ['negotiation-record']);
    assert.deepEqual(await pending('invited-tender'), ['technical-bid', 'commercial-bid']);
  });

  it('missing-deliverable follows the route', async () => {
    assert.deepEqual(await missing('competitive-negotiation'), ['negotiation-record']);
    assert.deepEqual(await missing(), ['deviation-table', 'technical-bid', 'commercial-bid']);
    assert.deepEqual(await missing('public-tender'), ['deviation-table', 'technical-bid', 'commercial-bid']);
  });
});
