import type { EngagementStatus } from '../../core';
import type { ViewBidCard } from '../../webview/protocol';

/** Weak spots the card lists: the few with the most points to win back (status ranks them). */
const WEAK_SHOWN = 3;

/** The bid card of the sidebar from the status snapshot; undefined outside the bidding stage. Pure. */
export function bidCardModel(status: EngagementStatus): ViewBidCard | undefined {
  if (status.stage !== 'bidding') return undefined;
  const b = status.bids;
  const card: ViewBidCard = { ...b.clauses, quietPeriod: b.quietPeriod };
  if (b.deadline !== undefined && b.daysToDeadline !== undefined) Object.assign(card, { deadline: b.deadline, daysLeft: b.daysToDeadline });
  const score = status.score;
  if (score) {
    const lost = new Map(score.items.map((i) => [i.item, i.lost]));
    card.score = { total: score.total, max: score.max, weak: score.weakSpots.slice(0, WEAK_SHOWN).map((item) => ({ item, lost: lost.get(item) ?? 0 })) };
  }
  return card;
}
