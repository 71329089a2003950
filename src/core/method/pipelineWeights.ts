import type { StageId } from './vocabulary';

/**
 * How much of an open engagement's value the portfolio counts as weighted pipeline, by the stage it is in
 * (the chance, as the method sees it, that a deal at that stage is won). Method data, not a forecast:
 * a team that knows its own win rates per stage overrides nothing here yet (docs/team.md "Weights").
 * Closure has no weight: a closed deal is won (counted in full) or not (counted at zero), never pipeline.
 */
export const STAGE_WEIGHTS: Readonly<Record<Exclude<StageId, 'closure'>, number>> = {
  kickoff: 0.05,
  introduction: 0.1,
  research: 0.2,
  solution: 0.4,
  bidding: 0.6,
};

/** Days without an activity after which an open engagement counts as stalled (CLI `--stalled-days`). */
export const DEFAULT_STALLED_DAYS = 30;

/** A bid is "due this week" when its deadline is today or within the next 6 days (7 calendar days). */
export const DUE_WINDOW_DAYS = 6;
