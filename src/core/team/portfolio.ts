import { DEFAULT_STALLED_DAYS, DUE_WINDOW_DAYS, STAGE_WEIGHTS } from '../method/pipelineWeights';
import { STAGE_IDS, type Outcome, type StageId } from '../method/vocabulary';
import { daysBetween } from '../text/isoDate';
import { addLeftOut, inMainCurrency, mainCurrency, type CurrencyAmount } from './currencyTotals';
import type { EngagementFacts } from './engagementFacts';
import { lossReasons, winRate, type ReasonCount } from './winLoss';

/** One portfolio row (JSON keys are the CLI contract: snake_case like the files). */
export interface PortfolioRow {
  id: string | null;
  title: string | null;
  customer: string | null;
  stage: StageId | null;
  days_in_stage: number | null;
  budget: number | null;
  priced: number | null;
  /** The currency of `budget` (else of `priced` when there is no budget). */
  currency: string | null;
  /** The currency of `priced`; differs from `currency` when the quote is in another currency than the budget. */
  priced_currency: string | null;
  deadline: string | null;
  /** Days from today to the bid deadline (negative once passed). */
  days_to_deadline: number | null;
  qualification: number | null;
  errors: number;
  warnings: number;
  last_activity: string | null;
  owner: string | null;
  /** The engagement folder, workspace-relative: what a click opens. */
  folder: string;
  outcome: Outcome | null;
  /** Open, and idle for more than `stalledDays`: since the last activity, else since `dates.opened`; or undated and never active. */
  stalled: boolean;
}

/** The pipeline of one stage. */
export interface StageTotal {
  stage: StageId;
  count: number;
  /** Σ of the rows' value (priced total, else budget); for closure: won deals only. */
  value: number;
  /** value × the stage's weight (method/pipelineWeights.ts); closure: the won value. */
  weighted: number;
  /** Rows of this stage whose amount is in another currency than the totals': left out of value and weighted. */
  excluded: CurrencyAmount[];
}

/** The portfolio's totals. */
export interface PortfolioTotals {
  engagements: number;
  open: number;
  byStage: StageTotal[];
  /** Open engagements (stage before closure). */
  pipeline: { value: number; weighted: number };
  won: { count: number; value: number };
  lost: { count: number; value: number };
  /** won / (won + lost); null before any deal is decided. Abandoned and no-decision are not counted. */
  win_rate: number | null;
  loss_reasons: ReasonCount[];
  /** Lost deals whose closure report gives no reasons: counted in the win rate, missing from `loss_reasons`. */
  lost_without_reasons: { id: string | null; folder: string }[];
  /** Engagements in closure without an outcome (no closure report, or none written): in no rate at all. */
  closed_without_outcome: { id: string | null; folder: string }[];
  stalled_days: number;
  stalled: { id: string | null; folder: string; last_activity: string | null; days_idle: number | null }[];
  due_this_week: { id: string | null; folder: string; deadline: string; days_to_deadline: number }[];
  /** Currency codes the amounts are written in (budgets and quotes). */
  currencies: string[];
  /** The currency every amount of the totals is in: the one most counted engagements use; null when none is stated. */
  currency: string | null;
  /** Amounts in other currencies, never added to the totals (open deals, won and lost ones), per currency. */
  excluded: CurrencyAmount[];
}

/** `presales portfolio --format json`. */
export interface Portfolio {
  today: string;
  engagements: PortfolioRow[];
  totals: PortfolioTotals;
}

/** Options of the portfolio: the day it is computed for and the stalled threshold. */
export interface PortfolioOptions {
  today: string;
  stalledDays?: number;
}

/** The portfolio of a team: rows in stage order (then customer, id), totals. Linear after the sort. */
export function buildPortfolio(facts: readonly EngagementFacts[], options: PortfolioOptions): Portfolio {
  const { today } = options;
  const stalledDays = options.stalledDays ?? DEFAULT_STALLED_DAYS;
  const idleDays = new Map<PortfolioRow, number | undefined>();
  const rows = facts.map((f) => {
    const r = row(f, today, stalledDays);
    idleDays.set(r, idleOf(f, today));
    return r;
  });
  rows.sort(byStageThenName);
  const hasReasons = new Set(facts.filter((f) => f.reasons.some((x) => x.trim() !== '')).map((f) => f.root));
  const main = mainCurrency(rows.filter(counted).map(valueCurrency));
  const byStage = new Map<StageId, StageTotal>(STAGE_IDS.map((s) => [s, { stage: s, count: 0, value: 0, weighted: 0, excluded: [] }]));
  const totals: PortfolioTotals = {
    engagements: rows.length,
    open: 0,
    byStage: [],
    pipeline: { value: 0, weighted: 0 },
    won: { count: 0, value: 0 },
    lost: { count: 0, value: 0 },
    win_rate: winRate(facts),
    loss_reasons: lossReasons(facts),
    lost_without_reasons: [],
    closed_without_outcome: [],
    stalled_days: stalledDays,
    stalled: [],
    due_this_week: [],
    currencies: [...new Set(rows.flatMap((r) => [r.currency, r.priced_currency]).filter((c): c is string => !!c))].sort(),
    currency: main ?? null,
    excluded: [],
  };
  for (const r of rows) {
    const currency = valueCurrency(r);
    // Another currency: counted as a deal, its amount listed apart, never added.
    const amount = r.priced ?? r.budget;
    const foreign = !inMainCurrency(currency, main) && amount !== null;
    const value = foreign ? 0 : amount ?? 0;
    if (foreign && counted(r)) {
      addLeftOut(totals.excluded, currency!, amount);
      if (r.stage && (r.stage !== 'closure' || r.outcome === 'won')) addLeftOut(byStage.get(r.stage)!.excluded, currency!, amount);
    }
    if (r.outcome === 'won') totals.won = { count: totals.won.count + 1, value: totals.won.value + value };
    if (r.outcome === 'lost') totals.lost = { count: totals.lost.count + 1, value: totals.lost.value + value };
    if (r.outcome === 'lost' && !hasReasons.has(r.folder)) totals.lost_without_reasons.push({ id: r.id, folder: r.folder });
    if (r.stage === 'closure' && r.outcome === null) totals.closed_without_outcome.push({ id: r.id, folder: r.folder });
    if (!r.stage) continue;
    const t = byStage.get(r.stage)!;
    t.count++;
    if (r.stage === 'closure') {
      if (r.outcome === 'won') {
        t.value += value;
        t.weighted += value;
      }
      continue;
    }
    totals.open++;
    t.value += value;
    t.weighted += value * STAGE_WEIGHTS[r.stage];
    if (r.stalled) totals.stalled.push({ id: r.id, folder: r.folder, last_activity: r.last_activity, days_idle: idleDays.get(r) ?? null });
    if (r.deadline && r.days_to_deadline !== null && r.days_to_deadline >= 0 && r.days_to_deadline <= DUE_WINDOW_DAYS) {
      totals.due_this_week.push({ id: r.id, folder: r.folder, deadline: r.deadline, days_to_deadline: r.days_to_deadline });
    }
  }
  for (const t of byStage.values()) {
    t.value = cents(t.value);
    t.weighted = cents(t.weighted);
    totals.byStage.push(t);
    if (t.stage !== 'closure') {
      totals.pipeline.value = cents(totals.pipeline.value + t.value);
      totals.pipeline.weighted = cents(totals.pipeline.weighted + t.weighted);
    }
  }
  totals.due_this_week.sort((a, b) => a.days_to_deadline - b.days_to_deadline || a.folder.localeCompare(b.folder));
  return { today, engagements: rows, totals };
}

function row(f: EngagementFacts, today: string, stalledDays: number): PortfolioRow {
  const idle = idleOf(f, today);
  return {
    id: f.id ?? null,
    title: f.title ?? null,
    customer: f.customer ?? null,
    stage: f.stage ?? null,
    days_in_stage: f.stageSince ? daysBetween(f.stageSince, today) ?? null : null,
    budget: f.budget ?? null,
    priced: f.priced ?? null,
    currency: f.currency ?? null,
    priced_currency: f.pricedCurrency ?? null,
    deadline: f.deadline ?? null,
    days_to_deadline: f.deadline ? daysBetween(today, f.deadline) ?? null : null,
    qualification: f.qualification ?? null,
    errors: f.errors,
    warnings: f.warnings,
    last_activity: f.lastActivity ?? null,
    owner: f.owner ?? null,
    folder: f.root,
    outcome: f.outcome ?? null,
    stalled: f.stage !== undefined && f.stage !== 'closure' && (idle === undefined || idle > stalledDays),
  };
}

/** Days since the last activity; with none logged yet, since `dates.opened` (a brand-new kickoff is not stalled). */
function idleOf(f: EngagementFacts, today: string): number | undefined {
  const since = f.lastActivity ?? f.opened;
  return since ? daysBetween(since, today) : undefined;
}

/** The currency of a row's value (priced total, else budget). */
function valueCurrency(r: PortfolioRow): string | undefined {
  return (r.priced !== null ? r.priced_currency : r.currency) ?? undefined;
}

/** Rows whose value enters a total: open deals, won and lost ones. */
function counted(r: PortfolioRow): boolean {
  return (r.stage !== null && r.stage !== 'closure') || r.outcome === 'won' || r.outcome === 'lost';
}

function byStageThenName(a: PortfolioRow, b: PortfolioRow): number {
  const s = (r: PortfolioRow) => (r.stage ? STAGE_IDS.indexOf(r.stage) : STAGE_IDS.length);
  return s(a) - s(b) || (a.customer ?? '').localeCompare(b.customer ?? '') || a.folder.localeCompare(b.folder);
}

function cents(n: number): number {
  return Math.round(n * 100) / 100;
}
