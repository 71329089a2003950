import type { PanelModel } from '../protocol';
import { renderCellChips } from './chipGroups';
import { el, fmt } from './element';
import type { PanelRenderContext } from './panelContext';

export { GROUP_ABOVE } from './chipGroups';

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
        attrs: { 'role': 'cell', 'data-attitude': cell.attitude, 'data-count': String(cell.chips.length), 'aria-label': fmt(s(cell.chips.length === 1 ? 'map.cellAria.one' : 'map.cellAria'), rowLabel, s(`map.attitude.${cell.attitude}`), cell.chips.length) },
      });
      if (cell.chips.length) box.append(el(doc, 'span', { className: 'cell-count', text: fmt(ctx.p(cell.chips.length === 1 ? 'panel.map.people.one' : 'panel.map.people'), cell.chips.length), attrs: { 'aria-hidden': 'true' } }));
      box.append(...renderCellChips(ctx, m.key, cell.chips, false));
      line.append(box);
    }
    grid.append(line);
  }
  const out = el(doc, 'div', { className: 'panel-map-section' }, grid);
  if (m.map.unplaced.length) {
    const list = el(doc, 'div', { className: 'unplaced', attrs: { 'role': 'group', 'aria-label': s('map.unplaced') } }, el(doc, 'h4', { text: s('map.unplaced') }));
    list.append(...renderCellChips(ctx, m.key, m.map.unplaced, false));
    out.append(list);
  }
  return out;
}
