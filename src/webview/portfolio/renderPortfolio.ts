import { button, el, fmt } from '../render/element';
import { PORTFOLIO_SORTS, PORTFOLIO_TABS, type PortfolioOnly, type PortfolioSort, type PortfolioStringKey, type PortfolioTab, type PortfolioViewModel, type PortfolioViewRow } from './protocol';

/** The webview's own state: tab, sort column and direction, filter text. */
export interface PortfolioUi {
  tab: PortfolioTab;
  sort: PortfolioSort;
  descending: boolean;
  filter: string;
  /** Only the stalled rows, or only the bids due this week; all when absent. */
  only?: PortfolioOnly;
}

/** What the renderer needs: the document, the host's strings, the state and its callbacks. */
export interface PortfolioContext {
  doc: Document;
  s(key: PortfolioStringKey): string;
  ui: PortfolioUi;
  onUi(ui: PortfolioUi): void;
  onOpen(key: string): void;
  /** Opens a requirement of the gap log at its item in requirements.yaml. */
  onOpenRequirement?(key: string, requirement: string): void;
}

/** Rows whose text holds the filter (case-insensitive), sorted by a column; empty values last either way. */
export function visibleRows(rows: readonly PortfolioViewRow[], ui: Pick<PortfolioUi, 'sort' | 'descending' | 'filter' | 'only'>): PortfolioViewRow[] {
  const q = ui.filter.trim().toLowerCase();
  const only = ui.only ?? 'all';
  const kept = rows.filter((r) => (only === 'all' || r[only]) && (!q || [r.customer, r.title, r.id, r.folder, r.stageLabel, r.owner, r.deadline, r.lastActivity].some((v) => v.toLowerCase().includes(q))));
  const value = (r: PortfolioViewRow): string | number | null => {
    const v = r[ui.sort];
    return v === '' ? null : v;
  };
  const dir = ui.descending ? -1 : 1;
  // Array.prototype.sort is stable: equal keys keep the host's order (stage, then customer).
  return kept.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return dir * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
  });
}

const NUMERIC: ReadonlySet<PortfolioSort> = new Set(['daysInStage', 'budget', 'priced', 'daysToDeadline', 'qualification', 'errors', 'warnings']);

/** The panel: heading, tabs, then the engagement table (with stage totals), the people or the gaps. Text only. */
export function renderPortfolio(ctx: PortfolioContext, model: PortfolioViewModel | undefined): HTMLElement {
  const { doc, s, ui } = ctx;
  const root = el(doc, 'div', { className: 'portfolio' });
  if (!model || model.rows.length === 0) {
    root.append(el(doc, 'p', { className: 'empty', text: s('empty') }));
    return root;
  }
  root.append(el(doc, 'h1', { text: fmt(s('heading'), model.today) }));
  const tabs = el(doc, 'div', { className: 'tabs', attrs: { role: 'tablist' } });
  for (const t of PORTFOLIO_TABS) {
    tabs.append(button(doc, { className: t === ui.tab ? 'tab selected' : 'tab', text: s(`tab.${t}`), attrs: { 'role': 'tab', 'aria-selected': String(t === ui.tab), 'data-focus': `tab-${t}` } }, () => ctx.onUi({ ...ui, tab: t })));
  }
  root.append(tabs);
  if (ui.tab === 'people') root.append(peopleTable(ctx, model));
  else if (ui.tab === 'gaps') root.append(gapsTable(ctx, model));
  else root.append(...engagementsView(ctx, model));
  return root;
}

function engagementsView(ctx: PortfolioContext, model: PortfolioViewModel): HTMLElement[] {
  const { doc, s, ui } = ctx;
  const summary = el(doc, 'ul', { className: 'summary' }, ...model.summary.map((line) => el(doc, 'li', { text: line })));
  // Counts that filter the table (a sentence of ids does not scale past a handful, nor tell duplicates apart).
  const only = ui.only ?? 'all';
  const filters = el(doc, 'div', { className: 'only', attrs: { role: 'group' } },
    ...model.filters.map((f) => button(doc, { className: f.only === only ? 'only selected' : 'only', text: f.text, attrs: { 'aria-pressed': String(f.only === only), 'data-focus': `only-${f.only}` } },
      () => ctx.onUi({ ...ui, only: f.only === only ? 'all' : f.only }))),
    only === 'all' ? undefined : button(doc, { className: 'only', text: s('only.all'), attrs: { 'data-focus': 'only-all' } }, () => ctx.onUi({ ...ui, only: 'all' })));
  const stages = table(doc, [s('stages.stage'), s('stages.count'), s('stages.value'), s('stages.weighted')], model.stages.map((st) => [st.label, String(st.count), st.value, st.weighted]), 'stages');
  const input = el(doc, 'input', { className: 'filter', attrs: { 'type': 'search', 'id': 'portfolio-filter', 'value': ui.filter, 'data-focus': 'filter' } }) as HTMLInputElement;
  input.value = ui.filter;
  input.addEventListener('input', () => ctx.onUi({ ...ui, filter: input.value }));
  const rows = visibleRows(model.rows, ui);
  const toolbar = el(doc, 'div', { className: 'toolbar' }, el(doc, 'label', { text: s('filter.label'), attrs: { for: 'portfolio-filter' } }), input,
    el(doc, 'span', { className: 'shown', text: fmt(s('shown'), rows.length, model.rows.length) }));
  const head = el(doc, 'tr', {}, ...PORTFOLIO_SORTS.map((c) => {
    const active = c === ui.sort;
    const th = el(doc, 'th', { className: NUMERIC.has(c) ? 'n' : undefined, attrs: { 'scope': 'col', 'data-col': c, 'aria-sort': active ? (ui.descending ? 'descending' : 'ascending') : 'none' } });
    th.append(button(doc, { text: s(`column.${c}`) + (active ? (ui.descending ? ' ▼' : ' ▲') : ''), attrs: { 'data-focus': `sort-${c}` } }, () => ctx.onUi({ ...ui, sort: c, descending: active ? !ui.descending : false })));
    return th;
  }));
  const body = el(doc, 'tbody');
  for (const r of rows) {
    const name = el(doc, 'th', { attrs: { 'scope': 'row', 'data-col': 'customer' } },
      button(doc, { className: 'open', text: r.customer || r.folder, attrs: { 'aria-label': fmt(s('open.aria'), r.title || r.folder), 'title': r.folder, 'data-focus': `open-${r.key}` } }, () => ctx.onOpen(r.key)),
      el(doc, 'span', { className: 'title', text: [r.title, r.id ? `[${r.id}]` : ''].filter(Boolean).join(' ') }),
      r.stalled ? el(doc, 'span', { className: 'stalled', text: s('stalled') }) : undefined);
    const num = (v: number | null, text?: string) => el(doc, 'td', { className: 'n', text: v === null ? '' : (text ?? String(v)) });
    const cells = [
      el(doc, 'td', { text: r.stageLabel }),
      num(r.daysInStage),
      num(r.budget, r.budgetText),
      num(r.priced, r.pricedText),
      num(r.daysToDeadline, r.deadline ? deadlineCell(s, r.deadline, r.daysToDeadline) : ''),
      num(r.qualification),
      el(doc, 'td', { className: r.errors > 0 ? 'n errors' : 'n', text: String(r.errors) }),
      el(doc, 'td', { className: r.warnings > 0 ? 'n warnings' : 'n', text: String(r.warnings) }),
      el(doc, 'td', { className: 'date', text: r.lastActivity }),
      el(doc, 'td', { text: r.owner }),
    ];
    // data-col names each cell's column so portfolio.css can set narrow-panel columns aside (one per PORTFOLIO_SORTS after the name).
    cells.forEach((td, i) => td.setAttribute('data-col', PORTFOLIO_SORTS[i + 1]));
    body.append(el(doc, 'tr', { className: r.stalled ? 'is-stalled' : undefined, attrs: { 'data-key': r.key } }, name, ...cells));
  }
  return [summary, filters, stages, toolbar, el(doc, 'table', { className: 'grid rows' }, el(doc, 'thead', {}, head), body)];
}

function peopleTable(ctx: PortfolioContext, model: PortfolioViewModel): HTMLElement {
  const { s } = ctx;
  const heads = [s('people.person'), s('stages.count'), s('people.record'), s('people.followUps'), s('people.gates'), s('people.research'), s('people.stars'), s('people.history'), s('people.lossReasons')];
  return table(ctx.doc, heads, model.people.map((p) => [p.person, String(p.engagements), p.record, p.followUps, p.gates, p.research, String(p.stars), String(p.history), p.lossReasons]), 'people');
}

function gapsTable(ctx: PortfolioContext, model: PortfolioViewModel): HTMLElement {
  const { doc, s } = ctx;
  if (model.gaps.length === 0) return el(doc, 'p', { className: 'empty', text: s('gaps.none') });
  const t = table(doc, [s('gaps.area'), s('gaps.revenue'), s('gaps.engagements'), s('gaps.types'), s('gaps.won'), s('gaps.requirements')], model.gaps.map((g) => [g.area, g.revenue, String(g.engagements), g.types, g.won, '']), 'gaps');
  // The last cell of each area lists its requirements as links (a lead goes from "Reporting — 7" to them).
  const rows = t.querySelectorAll('tbody tr');
  model.gaps.forEach((g, i) => {
    const cell = rows[i].lastElementChild!;
    cell.classList.add('links');
    for (const r of g.requirements) {
      cell.append(button(doc, { className: 'link', text: r.label, attrs: { 'aria-label': fmt(s('requirement.aria'), r.label), 'data-focus': `req-${r.key}#${r.requirement}` } }, () => ctx.onOpenRequirement?.(r.key, r.requirement)));
    }
  });
  return t;
}

function table(doc: Document, heads: string[], rows: string[][], className: string): HTMLElement {
  return el(doc, 'table', { className: `grid ${className}` },
    el(doc, 'thead', {}, el(doc, 'tr', {}, ...heads.map((h) => el(doc, 'th', { text: h, attrs: { scope: 'col' } })))),
    el(doc, 'tbody', {}, ...rows.map((cells) => el(doc, 'tr', {}, ...cells.map((c, i) => el(doc, i === 0 ? 'th' : 'td', { text: c, attrs: i === 0 ? { scope: 'row' } : undefined }))))));
}

/** The bid deadline with its distance in words: "(today)", "(in 3 d)", "(2 d ago)" — a bare "(0)" had no unit. */
export function deadlineCell(s: (key: PortfolioStringKey) => string, deadline: string, days: number | null): string {
  if (days === null) return deadline;
  if (days === 0) return fmt(s('deadline.today'), deadline);
  return days > 0 ? fmt(s('deadline.ahead'), deadline, days) : fmt(s('deadline.past'), deadline, -days);
}
