import { el, button, fmt } from '../render/element';
import type { MatrixFilter, MatrixLink, MatrixModel, MatrixRow, MatrixStringKey } from './protocol';
import { MATRIX_FILTERS } from './protocol';

/** What the renderer needs: the document, the host's strings, the filter and how to open a place. */
export interface MatrixContext {
  doc: Document;
  s(key: MatrixStringKey): string;
  filter: MatrixFilter;
  onFilter(filter: MatrixFilter): void;
  onOpen(link: MatrixLink): void;
}

/** The rows a filter keeps: needs answered nowhere, priced nowhere, or riding on a ★ clause. */
export function filterRows(rows: readonly MatrixRow[], filter: MatrixFilter): MatrixRow[] {
  switch (filter) {
    case 'unanswered':
      return rows.filter((r) => r.answered.length === 0);
    case 'unpriced':
      return rows.filter((r) => r.priced.length === 0);
    case 'star':
      return rows.filter((r) => r.star);
    default:
      return [...rows];
  }
}

const COLUMNS = ['answered', 'priced', 'deviations', 'source'] as const;

/**
 * The panel: a heading, a filter and a table of requirements × answered / priced / deviation / source.
 * Every value goes in as text (`el`'s `textContent`), every place is a button that asks the host to open it.
 */
export function renderMatrix(ctx: MatrixContext, model: MatrixModel | undefined): HTMLElement {
  const { doc, s } = ctx;
  const root = el(doc, 'div', { className: 'matrix' });
  if (!model) {
    root.append(el(doc, 'p', { className: 'empty', text: s('empty') }));
    return root;
  }
  const rows = filterRows(model.rows, ctx.filter);
  root.append(el(doc, 'h1', { text: fmt(s('heading'), model.title) }));
  // No requirement at all is not a filter result: say how to record one instead of offering empty filters.
  if (model.rows.length === 0) {
    root.append(el(doc, 'p', { className: 'empty', text: s('noRequirements') }));
    return root;
  }
  const select = el(doc, 'vscode-single-select', { className: 'filter', attrs: { 'id': 'matrix-filter', 'aria-label': s('filter.label') } });
  for (const f of MATRIX_FILTERS) {
    const count = filterRows(model.rows, f).length;
    select.append(el(doc, 'vscode-option', { text: `${s(`filter.${f}`)} (${count})`, attrs: { value: f, selected: f === ctx.filter ? '' : undefined } }));
  }
  select.addEventListener('change', () => {
    const v = (select as HTMLElement & { value?: string }).value as MatrixFilter | undefined;
    if (v && v !== ctx.filter && (MATRIX_FILTERS as readonly string[]).includes(v)) ctx.onFilter(v);
  });
  root.append(el(doc, 'div', { className: 'toolbar' },
    el(doc, 'label', { text: s('filter.label'), attrs: { for: 'matrix-filter' } }), select,
    el(doc, 'vscode-badge', { className: 'shown', text: fmt(s('shown'), rows.length, model.rows.length) })));
  if (rows.length === 0) {
    root.append(el(doc, 'p', { className: 'empty', text: s('noRows') }));
    return root;
  }
  const head = el(doc, 'tr', {}, el(doc, 'th', { text: s('column.requirement'), attrs: { scope: 'col' } }),
    ...COLUMNS.map((c) => el(doc, 'th', { text: s(`column.${c}`), attrs: { scope: 'col' } })));
  const body = el(doc, 'tbody');
  for (const r of rows) {
    const id = el(doc, 'th', { className: 'req', attrs: { scope: 'row' } },
      linkButton(ctx, r.at, r.id, 'id'),
      el(doc, 'span', { className: 'title', text: r.title }),
      el(doc, 'span', { className: 'facts', text: [r.star ? '★' : '', r.kanoLabel, r.statusLabel].filter(Boolean).join(' · ') }));
    body.append(el(doc, 'tr', { attrs: { 'data-id': r.id } }, id, ...COLUMNS.map((c) => cell(ctx, r[c], c))));
  }
  root.append(el(doc, 'table', { className: 'grid' }, el(doc, 'thead', {}, head), body));
  return root;
}

function cell(ctx: MatrixContext, links: readonly MatrixLink[], column: (typeof COLUMNS)[number]): HTMLElement {
  const td = el(ctx.doc, 'td', { className: links.length ? column : `${column} missing`, attrs: { 'data-column': column } });
  if (links.length === 0) td.append(el(ctx.doc, 'span', { className: 'none', text: ctx.s('none') }));
  for (const l of links) td.append(linkButton(ctx, l, l.label, column));
  return td;
}

function linkButton(ctx: MatrixContext, link: MatrixLink, label: string, column: string): HTMLElement {
  return button(ctx.doc, {
    className: 'link',
    text: label,
    attrs: { 'title': link.where, 'aria-label': fmt(ctx.s('link.aria'), label, link.where), 'data-column': column, 'data-where': link.where },
  }, () => ctx.onOpen(link));
}
