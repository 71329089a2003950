import type { ScoringRule } from '../method/vocabulary';
import { formatAmount } from '../text/formatAmount';
import type { CompetitorPrice, DeviationRow, ScoringItem } from './records';
import type { ReasonText } from './scoreReasons';

/** What the price item is compared with. */
export interface PriceFacts {
  /** Our priced total in the tender's currency; undefined when unknown or in another currency. */
  ours?: number;
  competitors: Pick<CompetitorPrice, 'name' | 'price'>[];
  /** A price above this (ceiling price, else tender budget) is an invalid bid and no benchmark. */
  limit?: number;
}

/** A scoring rule as the simulator reads it (a `ScoringItem` record without its place). */
export type ScoringFacts = Omit<ScoringItem, 'at'>;

/** One scoring item as the simulator sees it. */
export interface ItemEstimate {
  /** Index in `tender.scoring`. */
  index: number;
  item: string;
  points: number;
  rule: ScoringRule;
  expected: number;
  lost: number;
  why: ReasonText;
  /** The cheapest way to win the lost points back, when there is one. */
  recover?: ReasonText;
  /** True when `expected` is an assumption (data missing), not a computation. */
  assumed: boolean;
  /** `deduct`: negative deviations counted, and whether they reach `void_after`. */
  negatives?: number;
  void?: boolean;
}

/** The price item's points if one competitor's price were the benchmark. */
export interface PriceScenario {
  name: string;
  price: number;
  /** False when the price is above the limit: that bid is void and sets no benchmark. */
  valid: boolean;
  price_points: number;
  total: number;
}

/** The expected score of our bid. */
export interface ScoreEstimate {
  items: ItemEstimate[];
  total: number;
  max: number;
  scenarios: PriceScenario[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const DEFAULT_MARKS = ['▲'];

/**
 * Our expected score from the tender's scoring rules (docs/format.md, Format 2): `price-low` by the lowest-price
 * method (lowest valid price ÷ our price × points), `deduct` per negative deviation on the given marks and
 * clauses, `count` per item offered up to the cap, `judged` from the estimate. An item without `rule` is
 * `price-low` when its type is price, else `judged`. Items without positive points are left out.
 */
export function estimateScore(scoring: readonly ScoringFacts[], rows: readonly Pick<DeviationRow, 'ref' | 'mark' | 'deviation'>[], price: PriceFacts): ScoreEstimate {
  const items: ItemEstimate[] = [];
  for (const s of scoring) {
    if (s.points === undefined || !(s.points > 0)) continue;
    const rule: ScoringRule = s.rule ?? (s.type === 'price' ? 'price-low' : 'judged');
    const base = { index: s.index, item: s.item ?? `#${s.index + 1}`, points: s.points, rule };
    const part = rule === 'price-low' ? priceLow(s.points, price) : rule === 'deduct' ? deduct(s, rows) : rule === 'count' ? count(s) : judged(s);
    items.push({ ...base, ...part, expected: round2(part.expected), lost: round2(s.points - part.expected) });
  }
  const total = round2(items.reduce((a, i) => a + i.expected, 0));
  const max = round2(items.reduce((a, i) => a + i.points, 0));
  return { items, total, max, scenarios: scenarios(items, total, price) };
}

type Part = Omit<ItemEstimate, 'index' | 'item' | 'points' | 'rule' | 'lost'>;

function validPrices(price: PriceFacts): { name: string; price: number; valid: boolean }[] {
  return price.competitors
    .filter((c): c is { name?: string; price: number } => c.price !== undefined && c.price > 0)
    .map((c, i) => ({ name: c.name ?? `#${i + 1}`, price: c.price, valid: price.limit === undefined || c.price <= price.limit }));
}

function priceLow(points: number, price: PriceFacts): Part {
  const ours = price.ours;
  if (ours === undefined || !(ours > 0)) return { expected: points, assumed: true, why: { key: 'priceUnknown' } };
  const rivals = validPrices(price).filter((c) => c.valid);
  if (rivals.length === 0) return { expected: points, assumed: true, why: { key: 'priceNoRivals' } };
  const lowest = rivals.reduce((a, b) => (b.price < a.price ? b : a));
  if (lowest.price >= ours) return { expected: points, assumed: false, why: { key: 'priceLowest', params: { ours: formatAmount(ours), points } } };
  const expected = (lowest.price / ours) * points;
  return {
    expected,
    assumed: false,
    why: { key: 'priceBeaten', params: { lowest: formatAmount(lowest.price), name: lowest.name, ours: formatAmount(ours), points, expected: formatAmount(round2(expected)) } },
    recover: { key: 'priceRecover', params: { target: formatAmount(lowest.price), lost: formatAmount(round2(points - expected)) } },
  };
}

function deduct(s: ScoringFacts, rows: readonly Pick<DeviationRow, 'ref' | 'mark' | 'deviation'>[]): Part {
  const marks = s.marks && s.marks.length > 0 ? s.marks : DEFAULT_MARKS;
  const label = marks.map((m) => m || '—').join('/');
  const scope = new Set(s.clauses);
  const negatives = rows.filter((r) => r.deviation === 'negative' && marks.includes(r.mark ?? '') && (scope.size === 0 || (r.ref !== undefined && scope.has(r.ref)))).length;
  const isVoid = s.voidAfter !== undefined && s.voidAfter > 0 && negatives >= s.voidAfter;
  const points = s.points!;
  const voided = { key: 'deductVoid', params: { count: negatives, void_after: s.voidAfter } } as const;
  if (s.per === undefined || !(s.per > 0)) return { expected: points, assumed: !isVoid, negatives, void: isVoid, why: isVoid ? voided : { key: 'deductNoPer' } };
  if (negatives === 0) return { expected: points, assumed: false, negatives, void: false, why: { key: 'deductNone', params: { marks: label } } };
  const lost = Math.min(points, negatives * s.per);
  return {
    expected: points - lost,
    assumed: false,
    negatives,
    void: isVoid,
    why: isVoid ? voided : { key: 'deduct', params: { count: negatives, marks: label, per: s.per, lost: formatAmount(round2(lost)) } },
    recover: { key: 'deductRecover', params: { per: s.per } },
  };
}

function count(s: ScoringFacts): Part {
  const points = s.points!;
  if (s.per === undefined || !(s.per > 0)) return { expected: points, assumed: true, why: { key: 'countNoPer' } };
  const offered = s.count !== undefined && s.count > 0 ? Math.floor(s.count) : 0;
  const expected = Math.min(points, offered * s.per);
  const lost = points - expected;
  const why: ReasonText = s.count === undefined ? { key: 'countMissing' } : { key: 'count', params: { count: offered, per: s.per, expected: formatAmount(round2(expected)), points } };
  if (lost <= 0) return { expected, assumed: false, why };
  return { expected, assumed: false, why, recover: { key: 'countRecover', params: { more: Math.ceil(lost / s.per - 1e-9), lost: formatAmount(round2(lost)) } } };
}

function judged(s: ScoringFacts): Part {
  const points = s.points!;
  if (s.estimate === undefined) return { expected: points, assumed: true, why: { key: 'judgedAssumed' } };
  const expected = Math.max(0, Math.min(points, s.estimate));
  return { expected, assumed: false, why: { key: 'judged', params: { expected: formatAmount(round2(expected)) } } };
}

/** One scenario per competitor price: that price alone as the benchmark (a void bid sets none). */
function scenarios(items: ItemEstimate[], total: number, price: PriceFacts): PriceScenario[] {
  const item = items.find((i) => i.rule === 'price-low');
  const ours = price.ours;
  if (!item || ours === undefined || !(ours > 0)) return [];
  return validPrices(price).map((c) => {
    const points = round2(c.valid && c.price < ours ? (c.price / ours) * item.points : item.points);
    return { name: c.name, price: c.price, valid: c.valid, price_points: points, total: round2(total - item.expected + points) };
  });
}
