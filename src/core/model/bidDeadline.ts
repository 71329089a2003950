import type { Engagement } from './records';
import type { Source } from './source';

/** The bid deadline and the node it is written at. */
export interface BidDeadline {
  date: string;
  at: Source;
  field: 'deadline' | 'bid_deadline';
}

/** The first tender's valid `deadline`, else engagement `dates.bid_deadline` (one definition for rule and views). */
export function bidDeadline(e: Engagement): BidDeadline | undefined {
  const tender = e.tenders.find((t) => t.deadline !== undefined);
  if (tender) return { date: tender.deadline!, at: { file: tender.at.file, path: ['deadline'] }, field: 'deadline' };
  if (e.dates.bidDeadline !== undefined) return { date: e.dates.bidDeadline, at: { file: e.file, path: ['dates', 'bid_deadline'] }, field: 'bid_deadline' };
  return undefined;
}
