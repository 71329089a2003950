import type { BidSummary } from '../status/statusTypes';
import { daysBetween, isoDay } from '../text/isoDate';
import { filesOfKind, isRecord, itemsOf, type Engagement } from './engagement';

// Mirrors rules/bareResponse.ts (which does not export its predicate) so the count matches the findings.
const BARE = new Set(
  ['响应', '满足', '完全响应', '完全满足', '符合', '完全符合', '满足要求', '符合要求', '响应要求', '完全满足要求', 'comply', 'complies', 'complied', 'compliant', 'fully comply', 'fully compliant', 'yes', 'ok', 'meet', 'meets', 'met'].map(normalize),
);

function normalize(s: string): string {
  return s.toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.every(isEmpty);
  return false;
}

/** True when a deviation row answers only "响应/满足/comply" and gives no evidence (点对点应答). */
export function isBareResponse(row: Record<string, unknown>): boolean {
  return typeof row.response === 'string' && BARE.has(normalize(row.response)) && isEmpty(row.evidence);
}

/** An ISO date string from a YAML value (a string or a Date), or undefined. */
function isoText(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString().slice(0, 10) : undefined;
  return typeof v === 'string' && isoDay(v) !== undefined ? v.trim() : undefined;
}

/** Deviation tables at a glance, plus the bid deadline (tender `deadline`, else `dates.bid_deadline`). */
export function bidSummary(e: Engagement, today: string): BidSummary {
  const rows = itemsOf(e, 'deviation-table', 'items').map((r) => r.value);
  const star = (r: Record<string, unknown>) => String(r.mark ?? '').includes('★');
  const negative = (r: Record<string, unknown>) => r.deviation === 'negative';
  const out: BidSummary = {
    rows: rows.length,
    star: rows.filter(star).length,
    triangle: rows.filter((r) => String(r.mark ?? '').includes('▲')).length,
    negative: rows.filter(negative).length,
    starNegative: rows.filter((r) => star(r) && negative(r)).length,
    bare: rows.filter(isBareResponse).length,
  };
  const tender = filesOfKind(e, 'tender').map((f) => (isRecord(f.data) ? isoText(f.data.deadline) : undefined)).find(Boolean);
  const dates = isRecord(e.data.dates) ? e.data.dates : {};
  const deadline = tender ?? isoText(dates.bid_deadline);
  if (deadline !== undefined) {
    out.deadline = deadline;
    out.daysToDeadline = daysBetween(today, deadline);
  }
  return out;
}
