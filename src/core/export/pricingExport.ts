import type { Engagement } from '../model/engagement';
import { text, type Cell, type ExportDocument } from './exportDocument';
import { exportLabels } from './exportLabels';
import { exportMeta, formatMoney } from './exportMeta';
import { pricingSummary } from './pricingRows';

/**
 * The price schedule (报价明细表): every line in file order, optional lines marked and left out of the total,
 * then subtotal, discount, total and — when there are options — the options total.
 */
export function pricingExport(e: Engagement): ExportDocument {
  const l = exportLabels(e.language);
  const p = pricingSummary(e);
  const meta = exportMeta(e, l);
  if (p?.currency) meta.push({ label: l.currency, value: p.currency });
  const rows: Cell[][] = (p?.lines ?? []).map((line, i) => [
    text(String(i + 1)),
    line.optional ? [{ text: line.item }, { text: l.option, italic: true }] : text(line.item),
    text(line.qty === undefined ? '' : String(line.qty)),
    text(line.unitPrice === undefined ? '' : formatMoney(line.unitPrice)),
    text(line.amount === undefined ? '' : formatMoney(line.amount), line.optional ? { italic: true } : {}),
    text(line.req.join(', ')),
  ]);
  const sum = (label: string, amount: string, bold = false): Cell[] => [[], text(label, { bold }), [], [], text(amount, { bold }), []];
  if (p) {
    if (p.discount > 0) {
      rows.push(sum(l.subtotal, formatMoney(p.subtotal)));
      const rate = p.discountRate !== undefined ? ` (${Math.round(p.discountRate * 10000) / 100}%)` : '';
      rows.push(sum(l.discount + rate, `−${formatMoney(p.discount)}`));
    }
    if (p.total !== undefined) rows.push(sum(l.total, formatMoney(p.total), true));
    if (p.optionsTotal > 0) rows.push(sum(l.optionsTotal, formatMoney(p.optionsTotal)));
  }
  return {
    title: l.pricingTitle,
    language: e.language,
    meta,
    blocks: [{ type: 'table', header: l.pricingColumns.map((c) => text(c)), rows, align: ['center', 'left', 'right', 'right', 'right', 'left'], widths: [6, 40, 8, 15, 15, 16] }],
  };
}
