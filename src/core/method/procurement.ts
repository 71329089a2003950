import type { Localized } from '../types';
import type { Kind } from './kinds';
import type { StageSpec } from './stages';
import type { Procurement } from './vocabulary';

/** What a procurement route (采购方式) changes in the method: the deliverables of the bidding stage. */
export interface ProcurementSpec {
  id: Procurement;
  label: Localized;
  /** Deliverables the bidding stage owes on this route; undefined keeps the stage's own list. */
  bidding?: { deliverables: Kind[]; optional: Kind[] };
}

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });
// Negotiated routes settle terms across the table: what is owed is the record of the talks, not a sealed bid.
const NEGOTIATED = { deliverables: ['tender', 'negotiation-record'] as Kind[], optional: ['bid-control', 'deviation-table'] as Kind[] };

/** The procurement routes of docs/format.md Format 2 (政府采购法: 公开招标, 邀请招标, 竞争性谈判, 竞争性磋商, 单一来源, 询价). */
export const PROCUREMENT_ROUTES: Readonly<Record<Procurement, ProcurementSpec>> = {
  'public-tender': { id: 'public-tender', label: t('公开招标', 'Public tender') },
  'invited-tender': { id: 'invited-tender', label: t('邀请招标', 'Invited tender') },
  'competitive-negotiation': { id: 'competitive-negotiation', label: t('竞争性谈判', 'Competitive negotiation'), bidding: NEGOTIATED },
  'competitive-consultation': { id: 'competitive-consultation', label: t('竞争性磋商', 'Competitive consultation'), bidding: NEGOTIATED },
  'single-source': { id: 'single-source', label: t('单一来源', 'Single source'), bidding: NEGOTIATED },
  inquiry: { id: 'inquiry', label: t('询价', 'Request for quotation') },
};

/** The deliverables a stage owes (and may have) on a procurement route; only the bidding stage depends on it. */
export function owedDeliverables(stage: StageSpec, route: Procurement | undefined): { deliverables: readonly Kind[]; optional: readonly Kind[] } {
  const override = stage.id === 'bidding' && route ? PROCUREMENT_ROUTES[route].bidding : undefined;
  return override ?? { deliverables: stage.deliverables, optional: stage.optional };
}
