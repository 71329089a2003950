import type { EngagementFacts } from './engagementFacts';

/** A loss reason and how many lost deals name it. */
export interface ReasonCount {
  reason: string;
  count: number;
}

/** How many loss reasons the team views list. */
export const TOP_REASONS = 5;

/** won / (won + lost) of the closure reports; null when none is decided. Abandoned and no-decision are not counted. */
export function winRate(facts: readonly Pick<EngagementFacts, 'outcome'>[]): number | null {
  let won = 0;
  let lost = 0;
  for (const f of facts) {
    if (f.outcome === 'won') won++;
    else if (f.outcome === 'lost') lost++;
  }
  return won + lost === 0 ? null : Math.round((won / (won + lost)) * 1000) / 1000;
}

/**
 * The most frequent `reasons` of lost deals (trimmed, case-insensitive for Latin text, each counted once per
 * deal), most frequent first, then alphabetical; the first spelling met is shown.
 */
export function lossReasons(facts: readonly Pick<EngagementFacts, 'outcome' | 'reasons'>[], top = TOP_REASONS): ReasonCount[] {
  const counts = new Map<string, ReasonCount>();
  for (const f of facts) {
    if (f.outcome !== 'lost') continue;
    const seen = new Set<string>();
    for (const raw of f.reasons) {
      const reason = raw.trim();
      const key = reason.toLowerCase();
      if (!reason || seen.has(key)) continue;
      seen.add(key);
      const c = counts.get(key);
      if (c) c.count++;
      else counts.set(key, { reason, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)).slice(0, top);
}
