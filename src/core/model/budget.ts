import type { Engagement } from './engagement';
import { filesOfKind, isRecord } from './engagement';

/** The customer's budget as the engagement states it. */
export interface Budget {
  amount: number;
  currency?: string;
  /** Where it came from: engagement.yaml `budget.amount` or the interface form's `budget`. */
  source: 'engagement' | 'interface-form';
}

/** The budget from `engagement.budget.amount`, else the interface form's `budget`; undefined when neither is a positive number. */
export function engagementBudget(e: Engagement): Budget | undefined {
  const b = e.data.budget;
  const currency = isRecord(b) && typeof b.currency === 'string' && b.currency.trim() ? b.currency.trim() : undefined;
  if (isRecord(b) && isPositive(b.amount)) return { amount: b.amount, currency, source: 'engagement' };
  for (const f of filesOfKind(e, 'interface-form')) {
    if (isRecord(f.data) && isPositive(f.data.budget)) return { amount: f.data.budget, currency, source: 'interface-form' };
  }
  return undefined;
}

function isPositive(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}
