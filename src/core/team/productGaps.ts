import { GAP_TYPES, type GapType } from '../method/vocabulary';
import { addLeftOut, inMainCurrency, mainCurrency, type CurrencyAmount } from './currencyTotals';
import type { EngagementFacts } from './engagementFacts';

/** The gap types, most costly first; gaps written without a valid type come last. */
export const GAP_ORDER: readonly (GapType | 'unspecified')[] = [...GAP_TYPES, 'unspecified'];

/** The gaps of one type in one area. */
export interface GapTypeTotal {
  type: GapType | 'unspecified';
  /** Engagements (open or lost) with at least one such gap. */
  engagements: number;
  requirements: number;
  /** Σ the budgets of those engagements, each counted once. */
  revenue: number;
  /** `folder#REQ-001` of each gap, to find it. */
  where: string[];
  /** The same gaps as folder and requirement (an id, or `#3` for the third item without one): what a link opens. */
  items: { folder: string; requirement: string }[];
  /** Budgets in another currency than the log's: listed, not added to `revenue`. */
  excluded: CurrencyAmount[];
}

/** One product area of the gap log. */
export interface GapArea {
  /** As written in `gap.area`; '' when absent. */
  area: string;
  /** Σ the budgets of the open and lost engagements with a gap in this area, each counted once. */
  revenue: number;
  engagements: number;
  types: GapTypeTotal[];
  /** Won engagements that had a gap here (not revenue at stake: the deal was won anyway). */
  won: { engagements: number; revenue: number };
  /** Budgets of open and lost engagements in another currency than the log's: listed, not added to `revenue`. */
  excluded: CurrencyAmount[];
}

/** `presales gaps --format json`. */
export interface GapLog {
  areas: GapArea[];
  /** Engagements with a gap but no budget: counted, adding nothing to revenue. */
  unbudgeted: number;
  /** The currency of every revenue: the one most budgets of the team are in; null when none is stated. */
  currency: string | null;
}

/**
 * The product-gap log (FORMAT "requirements.items[].gap"): areas ranked by the revenue at stake, i.e. the
 * budgets of the open and lost engagements their gaps appear in. Won deals are listed apart; abandoned and
 * no-decision ones are left out (nothing says the gap decided them). Linear in the gaps, then a sort.
 */
export function buildGapLog(facts: readonly EngagementFacts[]): GapLog {
  const areas = new Map<string, { area: GapArea; ids: Set<string>; byType: Map<string, GapTypeTotal & { ids: Set<string> }> }>();
  const unbudgeted = new Set<string>();
  const main = mainCurrency(facts.filter((f) => f.budget !== undefined).map((f) => f.currency));
  for (const f of facts) {
    if (f.gaps.length === 0) continue;
    const won = f.outcome === 'won';
    if (!won && f.outcome !== undefined && f.outcome !== 'lost') continue;
    // A budget in another currency is listed apart (`excluded`), never added to the revenue.
    const foreign = f.budget !== undefined && !inMainCurrency(f.currency, main) ? f.currency : undefined;
    const budget = foreign ? 0 : f.budget ?? 0;
    if (f.budget === undefined) unbudgeted.add(f.root);
    for (const g of f.gaps) {
      let a = areas.get(g.area);
      if (!a) areas.set(g.area, (a = { area: { area: g.area, revenue: 0, engagements: 0, types: [], won: { engagements: 0, revenue: 0 }, excluded: [] }, ids: new Set(), byType: new Map() }));
      const first = !a.ids.has(f.root);
      a.ids.add(f.root);
      if (won) {
        if (first) {
          a.area.won.engagements++;
          a.area.won.revenue += budget;
        }
        continue;
      }
      if (first) {
        a.area.engagements++;
        a.area.revenue += budget;
        if (foreign) addLeftOut(a.area.excluded, foreign, f.budget!);
      }
      let t = a.byType.get(g.type);
      if (!t) a.byType.set(g.type, (t = { type: g.type, engagements: 0, requirements: 0, revenue: 0, where: [], items: [], excluded: [], ids: new Set() }));
      if (!t.ids.has(f.root)) {
        t.ids.add(f.root);
        t.engagements++;
        t.revenue += budget;
        if (foreign) addLeftOut(t.excluded, foreign, f.budget!);
      }
      t.requirements++;
      t.where.push(`${f.root || '.'}#${g.requirement}`);
      t.items.push({ folder: f.root, requirement: g.requirement });
    }
  }
  const out: GapArea[] = [];
  for (const { area, byType } of areas.values()) {
    area.types = [...byType.values()].map(({ ids: _ids, ...t }) => t).sort((x, y) => GAP_ORDER.indexOf(x.type) - GAP_ORDER.indexOf(y.type));
    out.push(area);
  }
  // Deal-breakers first among equal revenue: they cost whole deals.
  const worst = (a: GapArea) => (a.types.length > 0 ? GAP_ORDER.indexOf(a.types[0].type) : GAP_ORDER.length);
  out.sort((x, y) => y.revenue - x.revenue || worst(x) - worst(y) || x.area.localeCompare(y.area));
  return { areas: out, unbudgeted: unbudgeted.size, currency: main ?? null };
}
