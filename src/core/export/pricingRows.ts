import type { Engagement } from '../model/engagement';
import { linePrice } from '../model/pricedTotal';
import { quoteOf } from '../model/quote';

/** One priced line as an export shows it. */
export interface PricedLine {
  item: string;
  qty?: number;
  unitPrice?: number;
  /** The line's price (model/pricedTotal.ts `linePrice`); undefined when the line has none. */
  amount?: number;
  optional: boolean;
  req: string[];
}

/** Every pricing file of an engagement as one schedule; the arithmetic is THE quote's (model/quote.ts). */
export interface PricingSummary {
  currency?: string;
  lines: PricedLine[];
  /** Σ non-optional lines before discounts. */
  subtotal: number;
  /** The discounts as an amount. */
  discount: number;
  /** The rate, when there is one pricing file and its discount is a rate. */
  discountRate?: number;
  /** THE priced total (`quoteOf`); undefined when nothing is priced or the files' currencies differ. */
  total?: number;
  optionsTotal: number;
}

/** The pricing files of the engagement (path order) summed; undefined without pricing. */
export function pricingSummary(e: Engagement): PricingSummary | undefined {
  if (e.pricing.length === 0) return undefined;
  const quote = quoteOf(e);
  const out: PricingSummary = { currency: quote.currency, lines: [], subtotal: 0, discount: 0, optionsTotal: 0, total: quote.total };
  for (const doc of e.pricing) {
    for (const l of doc.lines) {
      const price = linePrice(l);
      out.lines.push({ item: l.item ?? '', qty: l.qty, unitPrice: l.unitPrice, amount: price !== undefined && Number.isFinite(price) ? round2(price) : undefined, optional: l.optional, req: l.req.map((r) => r.id) });
    }
  }
  for (const { priced } of quote.parts) {
    out.subtotal = round2(out.subtotal + priced.gross);
    out.discount = round2(out.discount + priced.discount);
    out.optionsTotal = round2(out.optionsTotal + priced.optional);
  }
  const only = e.pricing.length === 1 ? e.pricing[0].discount : undefined;
  if (only !== undefined && only > 0 && only < 1) out.discountRate = only;
  return out;
}

/** Money is kept to the fen/cent: binary floating point must not print 0.30000000000000004. */
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
