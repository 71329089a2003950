import type { KanoClass, RequirementStatus } from '../method/vocabulary';
import type { Engagement } from '../model/records';

/** Requirements by Kano class × status. */
export interface NeedsSummary {
  total: number;
  byKano: Record<KanoClass | 'unclassified', Record<RequirementStatus | 'open', number>>;
  unreasonable: number;
  /** Requirement ids no pricing line or deviation row traces to. */
  untraced: string[];
}

/**
 * Requirements by Kano class × status (需求的划分), the unreasonable ones, and the ids nothing traces to:
 * no pricing line and no deviation row names them in `req` (out-of-scope ones need no trace).
 */
export function needsSummary(e: Engagement): NeedsSummary {
  const empty = () => ({ met: 0, partial: 0, unmet: 0, 'out-of-scope': 0, open: 0 });
  const byKano: NeedsSummary['byKano'] = { basic: empty(), performance: empty(), excitement: empty(), unclassified: empty() };
  const traced = new Set([...e.pricing.flatMap((p) => p.lines.flatMap((l) => l.req)), ...e.deviations.flatMap((d) => d.req)].map((r) => r.id));
  const untraced: string[] = [];
  let unreasonable = 0;
  for (const r of e.requirements) {
    const status = r.status ?? 'open';
    byKano[r.kano ?? 'unclassified'][status]++;
    if (r.reasonable === false) unreasonable++;
    if (r.id !== undefined && status !== 'out-of-scope' && !traced.has(r.id)) untraced.push(r.id);
  }
  return { total: e.requirements.length, byKano, unreasonable, untraced };
}
