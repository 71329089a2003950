import type { Engagement } from './records';

/** The customer's budget as the engagement states it. */
export interface Budget {
  amount: number;
  currency?: string;
  /** Where it came from: engagement.yaml `budget.amount` or the interface form's `budget`. */
  source: 'engagement' | 'interface-form';
}

/** The budget from `engagement.budget.amount`, else the interface form's `budget`; undefined when neither is a positive number. */
export function engagementBudget(e: Engagement): Budget | undefined {
  const currency = e.budget?.currency;
  const own = e.budget?.amount;
  if (own !== undefined && own > 0) return { amount: own, currency, source: 'engagement' };
  for (const form of e.interfaceForms) {
    if (form.budget !== undefined && form.budget > 0) return { amount: form.budget, currency, source: 'interface-form' };
  }
  return undefined;
}
