import type { DashboardModel, ViewOtherFindings, ViewPitfall, ViewScopeBar } from '../protocol';
import { button, el, fmt } from './element';
import type { RenderContext } from './renderContext';

/** The scope-creep bar first (the method's headline pitfall), then pitfalls grouped by severity. */
export function renderPitfalls(ctx: RenderContext, m: DashboardModel): HTMLElement {
  const { doc, s } = ctx;
  const out = el(doc, 'div', { className: 'pitfalls-section' });
  if (m.scope) out.append(renderScope(ctx, m.scope));
  if (m.qualification) out.append(el(doc, 'p', { className: 'qualification', attrs: { 'data-score': String(m.qualification.score), title: m.qualification.items.map((q) => `${q.met ? '☑' : '☐'} ${q.letter} ${q.label}`).join('\n') }, text: fmt(s('qualification.score'), m.qualification.score) }));
  if (!m.pitfalls.length && !m.otherFindings?.length) out.append(el(doc, 'p', { className: 'muted', text: s('pitfalls.none') }));
  for (const group of m.pitfalls) {
    const id = group.history ? 'history' : group.severity;
    const title = group.history ? fmt(s('pitfalls.history'), group.items.length) : `${s(`severity.${group.severity}`)} (${group.items.length})`;
    const list = el(doc, 'ul', { className: 'pitfalls', attrs: { 'aria-label': title, 'data-severity': group.severity, 'data-history': group.history ? 'true' : undefined } });
    group.items.forEach((p, i) => list.append(renderPitfall(ctx, m.key, p, `${id}:${i}`)));
    // The 售前考评 record stays folded: it is not work for today.
    if (group.history) out.append(el(doc, 'details', { className: 'pitfalls-history' }, el(doc, 'summary', { className: 'severity severity-history', text: title }), list));
    else out.append(el(doc, 'h4', { className: `severity severity-${group.severity}`, text: title }), list);
  }
  if (m.otherFindings?.length) out.append(renderOtherFindings(ctx, m.key, m.otherFindings));
  return out;
}

/** Structural findings (schema, syntax…), one row per code: with the pitfalls they add up to the header's counts. */
export function renderOtherFindings(ctx: RenderContext, key: string, groups: ViewOtherFindings[]): HTMLElement {
  const { doc, s } = ctx;
  const total = groups.reduce((n, g) => n + g.count, 0);
  const title = fmt(s('pitfalls.other'), total);
  const list = el(doc, 'ul', { className: 'pitfalls other-findings', attrs: { 'aria-label': title } });
  groups.forEach((g, i) => {
    const where = `${g.location.file}:${g.location.range.start.line + 1}`;
    list.append(el(doc, 'li', { className: `pitfall other severity-${g.severity}`, attrs: { 'data-code': g.code, 'data-severity': g.severity, 'data-count': String(g.count) } },
      el(doc, 'div', { className: 'pitfall-head' },
        el(doc, 'code', { className: 'pitfall-code', text: g.code }),
        el(doc, 'span', { className: 'pitfall-count muted', text: fmt(s(g.count === 1 ? 'pitfall.count.one' : 'pitfall.count'), g.count) })),
      el(doc, 'div', { className: 'pitfall-summary', text: g.summary }),
      el(doc, 'div', { className: 'pitfall-foot' },
        button(doc, { className: 'action goto', text: s('pitfall.goto'), attrs: { 'aria-label': fmt(s('pitfall.gotoAria'), g.code, where), 'data-focus': `other:${i}` } },
          () => ctx.post({ type: 'reveal', key, file: g.location.file, range: g.location.range })),
        el(doc, 'span', { className: 'pitfall-location muted', text: where }))));
  });
  return el(doc, 'div', { className: 'other-findings-section' }, el(doc, 'h4', { className: 'severity severity-other', text: title }), list);
}

function renderPitfall(ctx: RenderContext, key: string, p: ViewPitfall, focusId: string): HTMLElement {
  const { doc, s } = ctx;
  const where = `${p.location.file}:${p.location.range.start.line + 1}`;
  return el(doc, 'li', { className: 'pitfall', attrs: { 'data-code': p.code } },
    el(doc, 'div', { className: 'pitfall-head' },
      p.term ? el(doc, 'span', { className: 'pitfall-term', text: p.term, attrs: { lang: 'zh-CN' } }) : undefined,
      el(doc, 'code', { className: 'pitfall-code', text: p.code })),
    el(doc, 'div', { className: 'pitfall-summary', text: p.summary }),
    p.message && p.message !== p.summary ? el(doc, 'div', { className: 'pitfall-message muted', text: p.message }) : undefined,
    el(doc, 'div', { className: 'pitfall-foot' },
      button(doc, { className: 'action goto', text: s('pitfall.goto'), attrs: { 'aria-label': fmt(s('pitfall.gotoAria'), p.term ?? p.code, where), 'data-focus': `pitfall:${focusId}` } },
        () => ctx.post({ type: 'reveal', key, file: p.location.file, range: p.location.range })),
      el(doc, 'span', { className: 'pitfall-location muted', text: where })));
}

/** Budget vs priced on one scale, with the warning and circuit-breaker marks. */
export function renderScope(ctx: RenderContext, b: ViewScopeBar): HTMLElement {
  const { doc, s } = ctx;
  const money = moneyFormat(ctx.locale, b.currency);
  const ratio = Math.round(b.ratio * 1000) / 10;
  const bar = el(doc, 'div', {
    className: `scope-bar level-${b.level}`,
    attrs: { role: 'meter', 'aria-label': s('scope.title'), 'aria-valuemin': '0', 'aria-valuemax': String(Math.round((b.errorAt / b.budget) * 100)), 'aria-valuenow': String(ratio), 'aria-valuetext': fmt(s('scope.ratio'), ratio) },
  });
  // Positions via CSSOM (allowed by the CSP, unlike style attributes).
  const part = (className: string, left: number, width?: number) => {
    const e = el(doc, 'span', { className, attrs: { 'aria-hidden': 'true' } });
    if (width === undefined) e.style.left = `${left}%`;
    else e.style.width = `${width}%`;
    bar.append(e);
  };
  part('scope-fill', 0, b.pricedPercent);
  part('scope-mark scope-mark-budget', b.budgetPercent);
  part('scope-mark scope-mark-warn', b.warnPercent);
  part('scope-mark scope-mark-error', b.errorPercent);
  return el(doc, 'div', { className: 'scope', attrs: { 'data-level': b.level } },
    el(doc, 'h4', { text: s('scope.title') }),
    bar,
    el(doc, 'ul', { className: 'scope-legend' },
      el(doc, 'li', { className: 'scope-priced', text: `${fmt(s('scope.priced'), money(b.priced))} — ${fmt(s('scope.ratio'), ratio)}` }),
      el(doc, 'li', { className: 'scope-budget', text: fmt(s('scope.budget'), money(b.budget)) }),
      el(doc, 'li', { className: 'scope-warn', text: fmt(s('scope.warn'), money(b.warnAt)) }),
      el(doc, 'li', { className: 'scope-error', text: fmt(s('scope.error'), money(b.errorAt)) })));
}

function moneyFormat(locale: string, currency?: string): (n: number) => string {
  try {
    const f = new Intl.NumberFormat(locale, currency ? { style: 'currency', currency, maximumFractionDigits: 0 } : { maximumFractionDigits: 0 });
    return (n) => f.format(n);
  } catch {
    return (n) => `${Math.round(n)}${currency ? ` ${currency}` : ''}`;
  }
}
