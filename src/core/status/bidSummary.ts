import type { Procurement } from '../method/vocabulary';
import { bidDeadline } from '../model/bidDeadline';
import { priceLimit } from '../model/bidScore';
import { clauseIndex, unansweredClauses } from '../model/clauseIndex';
import { engagementInQuietPeriod } from '../model/quietPeriod';
import { isBareResponse } from '../model/bareResponse';
import type { Engagement } from '../model/records';
import { daysBetween } from '../text/isoDate';

/** Deviation tables at a glance. */
export interface BidSummary {
  rows: number;
  star: number;
  triangle: number;
  negative: number;
  starNegative: number;
  bare: number;
  deadline?: string;
  daysToDeadline?: number;
  /** The bid card (Format 2): the tender's route, its ★/▲ clauses and how many no row answers yet. */
  procurement?: Procurement;
  clauses: { star: number; triangle: number; starUnanswered: number; triangleUnanswered: number };
  /** The tender notice's date, and whether today lies in the quiet period (model/quietPeriod.ts: published → leaving the bidding stage). */
  published?: string;
  quietPeriod: boolean;
  /** The lower of the tender's ceiling price and budget: a price above it voids the bid. */
  priceLimit?: number;
}

/** Deviation tables at a glance, plus the bid deadline (`model/bidDeadline.ts`, the rule's own). */
export function bidSummary(e: Engagement, today: string): BidSummary {
  const rows = e.deviations;
  const negative = rows.filter((r) => r.deviation === 'negative');
  const out: BidSummary = {
    rows: rows.length,
    star: rows.filter((r) => r.mark === '★').length,
    triangle: rows.filter((r) => r.mark === '▲').length,
    negative: negative.length,
    starNegative: negative.filter((r) => r.mark === '★').length,
    bare: rows.filter(isBareResponse).length,
    clauses: clauseCounts(e),
    quietPeriod: false,
  };
  const tender = e.tenders[0];
  if (tender?.procurement) out.procurement = tender.procurement;
  if (tender?.published) out.published = tender.published;
  const limit = tender ? priceLimit(tender) : undefined;
  if (limit !== undefined) out.priceLimit = limit;
  const deadline = bidDeadline(e);
  if (deadline) {
    out.deadline = deadline.date;
    out.daysToDeadline = daysBetween(today, deadline.date);
    out.quietPeriod = engagementInQuietPeriod(e, today);
  }
  return out;
}

/** ★/▲ clauses of the tender and those no deviation row answers (clause-unanswered's own definition). */
function clauseCounts(e: Engagement): BidSummary['clauses'] {
  const index = clauseIndex(e);
  const out = { star: 0, triangle: 0, starUnanswered: 0, triangleUnanswered: 0 };
  for (const c of index.clauses.values()) {
    if (c.mark === '★') out.star++;
    else if (c.mark === '▲') out.triangle++;
  }
  for (const c of unansweredClauses(e, index)) {
    if (c.mark === '★') out.starUnanswered++;
    else out.triangleUnanswered++;
  }
  return out;
}
