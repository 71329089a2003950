import { pricedTotal } from '../rules/scopeCreep';
import type { BudgetSummary } from '../status/statusTypes';
import { engagementBudget } from './budget';
import { filesOfKind, isRecord, type Engagement } from './engagement';

/**
 * Budget (engagement `budget.amount`, else the interface form's `budget` — budget.ts) against the priced
 * total of every pricing file (`total`, else Σ qty × unit_price — the scope-creep rule's own arithmetic).
 */
export function budgetSummary(e: Engagement): BudgetSummary {
  const out: BudgetSummary = { tolerance: e.policy.scope_tolerance, errorFactor: e.policy.scope_error_factor };
  const budget = engagementBudget(e);
  const pricing = filesOfKind(e, 'pricing');
  const totals = pricing.map(pricedTotal).filter((t): t is number => t !== undefined);
  const pricingCurrency = pricing.map((f) => (isRecord(f.data) ? f.data.currency : undefined)).find((c): c is string => typeof c === 'string' && c.trim() !== '');
  const currency = budget?.currency ?? pricingCurrency?.trim();
  if (budget) out.budget = budget.amount;
  if (currency) out.currency = currency;
  if (totals.length > 0) out.priced = totals.reduce((a, b) => a + b, 0);
  if (out.budget !== undefined && out.priced !== undefined) out.ratio = out.priced / out.budget;
  return out;
}
