import { engagementBudget, type Budget } from './budget';
import { currencyCode, sameCurrency } from './currency';
import { pricedTotalOf, roundCents, type PricedTotal } from './pricedTotal';
import type { Engagement, PricingDoc, Tender } from './records';

/** One pricing file and its priced total. */
export interface QuotePart {
  doc: PricingDoc;
  priced: PricedTotal;
}

/** What we ask the customer to pay, read once from every pricing file, with what it is compared with. */
export interface Quote {
  /** Pricing files that carry a price, in path order. */
  parts: QuotePart[];
  /**
   * THE priced total: Σ of the parts' priced totals (several pricing files are parts of one quote:
   * software, hardware, services). Undefined when nothing is priced or the files disagree on currency.
   */
  total?: number;
  /** The pricing currency as written in the first file that states one. */
  currency?: string;
  /** A pricing file whose currency differs from the first stated one (the total is then unknown). */
  splitCurrency?: PricingDoc;
  /** The customer's budget (engagement, else interface form). */
  budget?: Budget;
  /** The first tender file. */
  tender?: Tender;
  /** The total when it can be compared with the budget (same currency, or one unstated). */
  againstBudget?: number;
  /** The total when it can be compared with the tender's ceiling and budget. */
  againstTender?: number;
}

/**
 * The quote of an engagement: the one model `scope-creep`, `price-over-ceiling`, `total-mismatch`,
 * `currency-mismatch`, the score estimate and `status` all read.
 */
export function quoteOf(e: Engagement): Quote {
  const parts: QuotePart[] = [];
  for (const doc of e.pricing) {
    const priced = pricedTotalOf(doc);
    if (priced) parts.push({ doc, priced });
  }
  const stated = e.pricing.find((d) => currencyCode(d.currency) !== undefined);
  const splitCurrency = stated ? e.pricing.find((d) => !sameCurrency(d.currency, stated.currency)) : undefined;
  const quote: Quote = { parts, currency: stated?.currency, splitCurrency, budget: engagementBudget(e), tender: e.tenders[0] };
  if (parts.length === 0 || splitCurrency) return quote;
  const total = roundCents(parts.reduce((a, p) => a + p.priced.total, 0));
  quote.total = total;
  if (!quote.budget || sameCurrency(quote.currency, quote.budget.currency)) quote.againstBudget = total;
  if (quote.tender && sameCurrency(quote.currency, tenderCurrency(quote))) quote.againstTender = total;
  return quote;
}

/** The tender's currency: its own `currency`, else the engagement budget's (the customer states both). */
export function tenderCurrency(q: Pick<Quote, 'tender' | 'budget'>): string | undefined {
  return q.tender?.currency ?? q.budget?.currency;
}
