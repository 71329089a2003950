import { refKey, refKeyOf } from './clauseIndex';
import { quoteOf, type Quote } from './quote';
import type { Engagement, Tender } from './records';
import { estimateScore, type ScoreEstimate } from './scoreEstimate';

/** The score estimate of an engagement and the tender it was computed from. */
export interface BidScore {
  tender: Tender;
  estimate: ScoreEstimate;
}

/** The lower of the tender's ceiling price and budget: a price above it is an invalid bid. */
export function priceLimit(t: Tender): number | undefined {
  const limits = [t.ceilingPrice, t.budget].filter((v): v is number => v !== undefined && v > 0);
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

/**
 * Our expected score under the first tender that has scoring rules: the deviation rows of every table,
 * our priced total where it is comparable with the tender (same currency), the competitor price scenarios.
 */
export function bidScore(e: Engagement, quote: Quote = quoteOf(e)): BidScore | undefined {
  const tender = e.tenders.find((t) => t.scoring.length > 0);
  if (!tender) return undefined;
  // Refs compared as clause-unanswered compares them (trimmed, NFKC, case-insensitive, numbers as written).
  const scoring = tender.scoring.map((item) => ({ ...item, clauses: item.clauses.map((c) => refKey(c) ?? c) }));
  const rows = e.deviations.map((r) => ({ ref: refKeyOf(r), mark: r.mark, deviation: r.deviation }));
  const estimate = estimateScore(scoring, rows, {
    ours: tender === quote.tender ? quote.againstTender : undefined,
    competitors: tender.competitorPrices,
    limit: priceLimit(tender),
  });
  return { tender, estimate };
}
