import type { PricingDoc, PricingLine } from './records';

/** THE priced total of one pricing file (docs/format.md, Format 2), with the parts a message may name. */
export interface PricedTotal {
  /** Σ non-optional lines − discount: what the customer is asked to pay. */
  total: number;
  /** Σ non-optional lines, before the discount. */
  gross: number;
  /** The discount as an amount (a rate applied to `gross`). */
  discount: number;
  /** Σ optional lines: quoted, not in the total. */
  optional: number;
  /** Lines that carry a price (amount, or unit_price × qty). */
  pricedLines: number;
  /** `lines` when computed from priced lines; `written` when only a `total` is written. */
  from: 'lines' | 'written';
}

/** A pricing line as the total reads it. */
export type LineFacts = Pick<PricingLine, 'qty' | 'unitPrice' | 'amount' | 'optional'>;

/** A pricing file as the total reads it. */
export interface PricingFacts extends Pick<PricingDoc, 'discount' | 'total'> {
  lines: readonly LineFacts[];
}

/** The price of one line: qty × unit_price (qty 1 when absent), else `amount`; undefined when it has neither. */
export function linePrice(line: Pick<PricingLine, 'qty' | 'unitPrice' | 'amount'>): number | undefined {
  if (line.unitPrice !== undefined) return (line.qty ?? 1) * line.unitPrice;
  return line.amount;
}

/** The discount as an amount: 0 < d < 1 is a rate of `gross`, d ≥ 1 an amount; anything else is no discount. */
export function discountAmount(discount: number | undefined, gross: number): number {
  if (discount === undefined || !Number.isFinite(discount) || discount <= 0) return 0;
  return discount < 1 ? gross * discount : discount;
}

/**
 * The priced total of one pricing file with its parts: Σ non-optional lines − discount. A file with no priced
 * line falls back to its written `total` (nothing to compute it from); undefined when it has neither.
 * A written `total` never overrides priced lines: when they differ, `total-mismatch` says so.
 */
export function pricedTotalOf(doc: PricingFacts): PricedTotal | undefined {
  let gross = 0;
  let optional = 0;
  let pricedLines = 0;
  for (const line of doc.lines) {
    const price = linePrice(line);
    if (price === undefined || !Number.isFinite(price)) continue;
    pricedLines++;
    if (line.optional) optional += price;
    else gross += price;
  }
  if (pricedLines === 0) {
    if (doc.total === undefined) return undefined;
    return { total: doc.total, gross: doc.total, discount: 0, optional: 0, pricedLines: 0, from: 'written' };
  }
  const discount = discountAmount(doc.discount, gross);
  return { total: roundCents(gross - discount), gross: roundCents(gross), discount: roundCents(discount), optional: roundCents(optional), pricedLines, from: 'lines' };
}

/** The priced total of one pricing file (see `pricedTotalOf`): the one number `scope-creep`, the budget view and `status` share. */
export function pricedTotal(doc: PricingFacts): number | undefined {
  return pricedTotalOf(doc)?.total;
}

/** Money to the cent, so 0.1 + 0.2 compares equal to a written 0.3. */
export function roundCents(n: number): number {
  return Math.round(n * 100) / 100;
}
