import { STAGES } from '../method/stages';
import type { GapType, Outcome, StageId } from '../method/vocabulary';
import { bidDeadline } from '../model/bidDeadline';
import { engagementBudget } from '../model/budget';
import { currencyCode } from '../model/currency';
import { currentStageIndex } from '../model/engagement';
import { quoteOf } from '../model/quote';
import type { Engagement } from '../model/records';
import { qualificationSummary } from '../status/qualificationSummary';
import { isoDay } from '../text/isoDate';
import type { Finding } from '../types';
import { engagementEvaluation, type EngagementEvaluation } from './engagementEvaluation';

/** One `requirements.items[].gap` as the gap log counts it. */
export interface GapEntry {
  /** The product area as written (trimmed); '' when absent. */
  area: string;
  /** `unspecified` when the gap names no valid type. */
  type: GapType | 'unspecified';
  requirement: string;
}

/**
 * What the team views keep of one checked engagement: a digest computed once, so a 1,000-engagement
 * portfolio holds digests, not parsed files.
 */
export interface EngagementFacts {
  /** The engagement folder, workspace-relative ('' for the root). */
  root: string;
  id?: string;
  title?: string;
  customer?: string;
  stage?: StageId;
  /** The day the current stage began, and how it is known (docs/team.md "Days in stage"). */
  stageSince?: string;
  stageSinceFrom?: 'dates' | 'review' | 'activity' | 'opened';
  budget?: number;
  /** The budget's currency code, else the pricing currency's (model/currency.ts folds 人民币, RMB, ¥ into CNY). */
  currency?: string;
  /** THE priced total (model/quote.ts), when the pricing files agree on currency. */
  priced?: number;
  /** The currency of `priced`: the pricing files', else the budget's (a quote that states none is in the budget's). */
  pricedCurrency?: string;
  deadline?: string;
  qualification?: number;
  errors: number;
  warnings: number;
  /** Latest dated contact: an activity's `date` or `follow_up`. */
  lastActivity?: string;
  /** `dates.opened`: idle days count from it while no activity is logged. */
  opened?: string;
  /** `team.presales_lead`. */
  owner?: string;
  /** From the closure report's front matter. */
  outcome?: Outcome;
  lostTo?: string;
  reasons: string[];
  gaps: GapEntry[];
  evaluation: EngagementEvaluation;
}

/** Digests an engagement and its (final) findings as of `today`. Linear in the engagement's records. */
export function engagementFacts(e: Engagement, findings: readonly Finding[], today: string): EngagementFacts {
  const quote = quoteOf(e);
  const budget = engagementBudget(e);
  const budgetCurrency = currencyCode(budget?.currency ?? e.budget?.currency);
  const quoteCurrency = currencyCode(quote.currency);
  const closure = e.deliverables.find((d) => d.closure !== undefined)?.closure;
  const since = stageSince(e);
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  const gaps: GapEntry[] = [];
  for (const r of e.requirements) {
    if (!r.gap) continue;
    gaps.push({ area: (r.gap.area ?? '').trim(), type: r.gap.type ?? 'unspecified', requirement: r.id ?? `#${r.index + 1}` });
  }
  return {
    root: e.root,
    id: e.id,
    title: e.title,
    customer: e.customer,
    stage: e.stage,
    stageSince: since?.date,
    stageSinceFrom: since?.from,
    budget: budget?.amount,
    currency: budgetCurrency ?? quoteCurrency,
    priced: quote.total,
    pricedCurrency: quote.total === undefined ? undefined : quoteCurrency ?? budgetCurrency,
    deadline: bidDeadline(e)?.date,
    qualification: qualificationSummary(e)?.score,
    errors,
    warnings,
    lastActivity: latest(e.activities.flatMap((a) => [a.date, a.followUp])),
    opened: e.dates.opened,
    owner: e.team.presalesLead,
    outcome: closure?.outcome,
    lostTo: closure?.lostTo,
    reasons: closure?.reasons ?? [],
    gaps,
    evaluation: engagementEvaluation(e, findings, today),
  };
}

/**
 * The day the current stage began: `dates.<stage>` when written; else the latest passing review of an
 * earlier stage (the gate that moved the engagement on); else the earliest activity logged for the current
 * stage; else `dates.opened` — except for closure, which did not begin when the deal was opened (a closed
 * deal is then undated, not "200 days in closure"). Undefined when the engagement states none of these.
 */
function stageSince(e: Engagement): { date: string; from: NonNullable<EngagementFacts['stageSinceFrom']> } | undefined {
  if (!e.stage) return undefined;
  const written = e.dates.other[e.stage];
  if (written !== undefined) return { date: written, from: 'dates' };
  const current = currentStageIndex(e);
  const earlier = new Set(STAGES.slice(0, current).map((s) => s.id));
  const review = latest(e.reviews.filter((r) => r.result === 'pass' && r.stage !== undefined && earlier.has(r.stage)).map((r) => r.date));
  if (review) return { date: review, from: 'review' };
  const activity = earliest(e.activities.filter((a) => a.stage === e.stage).map((a) => a.date));
  if (activity) return { date: activity, from: 'activity' };
  if (e.dates.opened !== undefined && e.stage !== 'closure') return { date: e.dates.opened, from: 'opened' };
  return undefined;
}

/** The latest valid ISO date of a list (ISO strings compare as dates). */
export function latest(dates: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d !== undefined && isoDay(d) !== undefined && (best === undefined || d > best)) best = d;
  return best;
}

function earliest(dates: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d !== undefined && isoDay(d) !== undefined && (best === undefined || d < best)) best = d;
  return best;
}
