import type { PanelModel, ViewChip, ViewStakeholderType } from '../protocol';
import { el, fmt } from './element';
import type { PanelRenderContext } from './panelContext';
import { renderChip, TYPE_MARK } from './renderMap';

/** A cell with more people than this shows them as type groups with counts (no tall column with 20+ people). */
export const GROUP_ABOVE = 3;
const TYPE_ORDER: readonly ViewStakeholderType[] = ['approver', 'it-decider', 'business-decider', 'user', 'unknown'];

/**
 * The influence × attitude map for the editor area: row and column headers in full, a count per cell, and
 * crowded cells as one chip per decision-maker type ("◆ Approver ×3") whose title names the people and
 * which unfolds into their own chips.
 */
export function renderPanelMap(ctx: PanelRenderContext, m: PanelModel): HTMLElement {
  const { doc, s } = ctx;
  const grid = el(doc, 'div', { className: 'panel-map', attrs: { role: 'table', 'aria-label': s('map.aria') } });
  const head = el(doc, 'div', { className: 'panel-map-row', attrs: { role: 'row' } }, el(doc, 'span', { className: 'panel-map-corner', attrs: { role: 'columnheader' } }));
  for (const cell of m.map.rows[0]?.cells ?? []) {
    head.append(el(doc, 'span', { className: 'panel-map-colhead', text: s(`map.attitude.${cell.attitude}`), attrs: { role: 'columnheader', 'data-attitude': cell.attitude } }));
  }
  grid.append(head);
  for (const row of m.map.rows) {
    const rowLabel = s(`map.influence.${row.influence}`);
    const line = el(doc, 'div', { className: 'panel-map-row', attrs: { role: 'row', 'data-influence': row.influence } },
      el(doc, 'span', { className: 'panel-map-rowhead', text: rowLabel, attrs: { role: 'rowheader' } }));
    for (const cell of row.cells) {
      const box = el(doc, 'div', {
        className: 'panel-map-cell',
        attrs: { 'role': 'cell', 'data-attitude': cell.attitude, 'data-count': String(cell.chips.length), 'aria-label': fmt(s('map.cellAria'), rowLabel, s(`map.attitude.${cell.attitude}`), cell.chips.length) },
      });
      if (cell.chips.length) box.append(el(doc, 'span', { className: 'cell-count', text: fmt(ctx.p('panel.map.people'), cell.chips.length), attrs: { 'aria-hidden': 'true' } }));
      if (cell.chips.length > GROUP_ABOVE) box.append(...groups(cell.chips).map((g) => renderGroup(ctx, m.key, g.type, g.chips)));
      else for (const c of cell.chips) box.append(renderChip(ctx, m.key, c));
      line.append(box);
    }
    grid.append(line);
  }
  const out = el(doc, 'div', { className: 'panel-map-section' }, grid);
  if (m.map.unplaced.length) {
    const list = el(doc, 'div', { className: 'unplaced', attrs: { 'role': 'group', 'aria-label': s('map.unplaced') } }, el(doc, 'h4', { text: s('map.unplaced') }));
    if (m.map.unplaced.length > GROUP_ABOVE) list.append(...groups(m.map.unplaced).map((g) => renderGroup(ctx, m.key, g.type, g.chips)));
    else for (const c of m.map.unplaced) list.append(renderChip(ctx, m.key, c));
    out.append(list);
  }
  return out;
}

/** Chips by decision-maker type, in the method's order. One pass. */
function groups(chips: ViewChip[]): { type: ViewStakeholderType; chips: ViewChip[] }[] {
  const by = new Map<ViewStakeholderType, ViewChip[]>();
  for (const c of chips) {
    const list = by.get(c.type) ?? [];
    list.push(c);
    by.set(c.type, list);
  }
  return TYPE_ORDER.filter((t) => by.has(t)).map((type) => ({ type, chips: by.get(type)! }));
}

/** One type group: a summary chip with the count whose title lists the people; it unfolds into their chips. */
function renderGroup(ctx: PanelRenderContext, key: string, type: ViewStakeholderType, chips: ViewChip[]): HTMLElement {
  const { doc, s } = ctx;
  const label = chips[0].typeLabel || s('map.typeUnknown');
  const names = chips.map((c) => (c.title ? `${c.name} (${c.title})` : c.name) + (c.cold ? ` · ${s('map.cold')}` : ''));
  const cold = chips.some((c) => c.cold);
  const summary = el(doc, 'summary', {
    className: `chip chip-group type-${type}${cold ? ' cold' : ''}`,
    attrs: { 'title': names.join('\n'), 'aria-label': fmt(ctx.p('panel.map.groupAria'), label, chips.length), 'data-focus': `group:${type}:${chips[0].id}` },
  },
  el(doc, 'span', { className: 'chip-mark', text: TYPE_MARK[type], attrs: { 'aria-hidden': 'true' } }),
  el(doc, 'span', { className: 'chip-name', text: fmt(ctx.p('panel.map.group'), label, chips.length) }));
  const people = el(doc, 'div', { className: 'chip-group-people' }, ...chips.map((c) => renderChip(ctx, key, c)));
  return el(doc, 'details', { className: 'chip-group-fold', attrs: { 'data-type': type, 'data-count': String(chips.length) } }, summary, people);
}
