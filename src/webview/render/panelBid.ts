import type { PanelModel, ViewBidDetail } from '../protocol';
import { el } from './element';
import type { PanelRenderContext } from './panelContext';
import { renderBidCard } from './renderBidCard';

/** The bid card (countdown, ★/▲, quiet period, expected score) and, in full, the estimate per item and the price scenarios. */
export function renderPanelBid(ctx: PanelRenderContext, m: PanelModel): HTMLElement {
  const { doc } = ctx;
  if (!m.bid) return el(doc, 'p', { className: 'muted', text: ctx.p('panel.bid.none') });
  const out = el(doc, 'div', { className: 'panel-bid' }, renderBidCard(ctx, m.bid));
  if (m.bidDetail) out.append(renderItems(ctx, m.bidDetail), renderScenarios(ctx, m.bidDetail));
  return out;
}

function table(ctx: PanelRenderContext, className: string, caption: string, heads: string[], rows: (string | HTMLElement)[][], rowClass: (i: number) => string = () => ''): HTMLElement {
  const { doc } = ctx;
  const head = el(doc, 'tr', {}, ...heads.map((h) => el(doc, 'th', { text: h, attrs: { scope: 'col' } })));
  const body = el(doc, 'tbody', {}, ...rows.map((r, i) => el(doc, 'tr', { className: rowClass(i) }, ...r.map((c) => (typeof c === 'string' ? el(doc, 'td', { text: c }) : el(doc, 'td', {}, c))))));
  return el(doc, 'table', { className }, el(doc, 'caption', { text: caption }), el(doc, 'thead', {}, head), body);
}

function renderItems(ctx: PanelRenderContext, d: ViewBidDetail): HTMLElement {
  const num = new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 2 });
  const p = ctx.p;
  return table(ctx, 'bid-items', p('panel.bid.items'), [p('panel.bid.item'), p('panel.bid.points'), p('panel.bid.expected'), p('panel.bid.lost'), p('panel.bid.why')],
    d.items.map((i) => [i.item, num.format(i.points), i.assumed ? `${num.format(i.expected)} ${p('panel.bid.assumed')}` : num.format(i.expected),
      i.lost > 0 ? `−${num.format(i.lost)}` : '0', [i.why, i.recover].filter(Boolean).join(' → ')]),
    (i) => (d.items[i].lost > 0 ? 'lost' : ''));
}

function renderScenarios(ctx: PanelRenderContext, d: ViewBidDetail): HTMLElement {
  const num = new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 2 });
  const p = ctx.p;
  const out = el(ctx.doc, 'div', { className: 'bid-scenarios-section' });
  if (d.scenarios.length) {
    out.append(table(ctx, 'bid-scenarios', p('panel.bid.scenarios'), [p('panel.bid.scenario'), p('panel.bid.price'), p('panel.bid.pricePoints'), p('panel.bid.total')],
      d.scenarios.map((s) => [s.name, s.valid ? num.format(s.price) : `${num.format(s.price)} (${p('panel.bid.void')})`, num.format(s.pricePoints), num.format(s.total)]),
      (i) => (d.scenarios[i].valid ? '' : 'void')));
  }
  if (d.formula) out.append(el(ctx.doc, 'p', { className: 'bid-formula muted', text: d.formula }));
  return out;
}
