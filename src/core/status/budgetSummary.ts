import { sameCurrency } from '../model/currency';
import { quoteOf, type Quote } from '../model/quote';
import type { Engagement } from '../model/records';
import { policyValue } from '../rules/ruleList';

/** Budget against the priced total. */
export interface BudgetSummary {
  budget?: number;
  currency?: string;
  priced?: number;
  /** The pricing's currency when it differs from the budget's (then there is no `ratio`: no exchange rate). */
  pricedCurrency?: string;
  /** priced / budget, when both are known in one currency. */
  ratio?: number;
  tolerance: number;
  errorFactor: number;
}

/**
 * Budget (`model/budget.ts`) against THE priced total (`model/quote.ts`: every pricing file, options out,
 * discount off) — the numbers scope-creep reads, so the bar and the finding never disagree.
 */
export function budgetSummary(e: Engagement, quote: Quote = quoteOf(e)): BudgetSummary {
  const out: BudgetSummary = { tolerance: policyValue(e.policy, 'scope_tolerance'), errorFactor: policyValue(e.policy, 'scope_error_factor') };
  const budget = quote.budget;
  const currency = budget?.currency ?? quote.currency;
  if (budget) out.budget = budget.amount;
  if (currency) out.currency = currency;
  if (quote.total !== undefined) out.priced = quote.total;
  if (quote.currency && !sameCurrency(quote.currency, currency)) out.pricedCurrency = quote.currency;
  if (out.budget !== undefined && quote.againstBudget !== undefined) out.ratio = quote.againstBudget / out.budget;
  return out;
}
