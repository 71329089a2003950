import { bidScore } from '../model/bidScore';
import type { Quote } from '../model/quote';
import type { Engagement } from '../model/records';
import { SCORE_REASONS, type ReasonText } from '../model/scoreReasons';
import type { ScoringRule } from '../method/vocabulary';
import { formatMessage } from '../text/formatMessage';
import type { Language } from '../types';

/** One scoring item of the estimate, its words in the snapshot's language. */
export interface ScoreItemStatus {
  item: string;
  points: number;
  expected: number;
  lost: number;
  why: string;
  rule: ScoringRule;
  /** The cheapest way to win the lost points back, when there is one. */
  recover?: string;
  /** True when `expected` is an assumption (data missing). */
  assumed: boolean;
  /** `deduct` only: the negative deviations reach `void_after`. */
  void?: boolean;
}

/** The price item's points and our total with one competitor's price as the benchmark. */
export interface ScoreScenarioStatus {
  name: string;
  price: number;
  /** False when the price is above the tender's limit: that bid is void. */
  valid: boolean;
  price_points: number;
  total: number;
}

/** The score estimate (评分测算) of `status`: per item, total, the price scenarios and the formula used. */
export interface ScoreSummary {
  items: ScoreItemStatus[];
  total: number;
  max: number;
  scenarios: ScoreScenarioStatus[];
  /** The price formula stated, as 87 号令 art. 55 asks (present when an item scores by `price-low`). */
  formula?: string;
  /** Items that lose points, most recoverable first (their names). */
  weakSpots: string[];
}

const say = (r: ReasonText, lang: Language) => formatMessage(SCORE_REASONS[r.key], lang, r.params);

/** The score estimate for `status` (model/scoreEstimate.ts), or undefined when no tender has scoring rules. */
export function scoreSummary(e: Engagement, language: Language, quote?: Quote): ScoreSummary | undefined {
  const score = bidScore(e, quote);
  if (!score) return undefined;
  const { items, total, max, scenarios } = score.estimate;
  const out: ScoreSummary = {
    items: items.map((i) => {
      const item: ScoreItemStatus = { item: i.item, points: i.points, expected: i.expected, lost: i.lost, why: say(i.why, language), rule: i.rule, assumed: i.assumed };
      if (i.recover) item.recover = say(i.recover, language);
      if (i.void) item.void = true;
      return item;
    }),
    total,
    max,
    scenarios: scenarios.map((s) => ({ ...s })),
    weakSpots: items.filter((i) => i.lost > 0 && !i.assumed).sort((a, b) => b.lost - a.lost || a.index - b.index).map((i) => i.item),
  };
  if (items.some((i) => i.rule === 'price-low')) out.formula = SCORE_REASONS.formula[language];
  return out;
}
