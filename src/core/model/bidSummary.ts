import type { BidSummary } from '../status/statusTypes';
import { daysBetween, isoDay } from '../text/isoDate';
import { isBareResponse } from './bareResponse';
import { filesOfKind, isRecord, itemsOf, type Engagement } from './engagement';


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
