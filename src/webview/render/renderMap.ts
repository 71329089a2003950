import type { DashboardModel, ViewAttitude, ViewLocation } from '../protocol';
import { renderChip, TYPE_MARK } from './chip';
import { renderCellChips } from './chipGroups';
import { button, el, fmt, listText } from './element';
import type { RenderContext } from './renderContext';

export { renderChip, TYPE_MARK } from './chip';

/** A sign per attitude column, so a narrow sidebar can shorten the labels and still be read. */
const ATTITUDE_MARK: Record<ViewAttitude, string> = { champion: '++', supporter: '+', neutral: '0', skeptic: '−', opponent: '−−' };

/** The influence × attitude grid, people without a place, the coverage strip and the concern checklist. */
export function renderMap(ctx: RenderContext, m: DashboardModel): HTMLElement {
  const { doc, s } = ctx;
  const grid = el(doc, 'div', { className: 'map', attrs: { role: 'table', 'aria-label': s('map.aria') } });
  const head = el(doc, 'div', { className: 'map-row map-head', attrs: { role: 'row' } });
  for (const cell of m.map.rows[0]?.cells ?? []) {
    const label = s(`map.attitude.${cell.attitude}`);
    head.append(el(doc, 'span', { className: 'map-colhead', attrs: { role: 'columnheader', 'data-attitude': cell.attitude, title: label } },
      el(doc, 'span', { className: 'attitude-mark', text: ATTITUDE_MARK[cell.attitude], attrs: { 'aria-hidden': 'true' } }),
      el(doc, 'span', { className: 'attitude-label', text: label })));
  }
  grid.append(head);
  for (const row of m.map.rows) {
    const rowLabel = s(`map.influence.${row.influence}`);
    const line = el(doc, 'div', { className: 'map-row', attrs: { role: 'row', 'data-influence': row.influence } },
      el(doc, 'span', { className: 'map-rowhead', text: rowLabel, attrs: { role: 'rowheader' } }));
    for (const cell of row.cells) {
      const box = el(doc, 'div', {
        className: 'map-cell',
        attrs: { role: 'cell', 'data-attitude': cell.attitude, 'aria-label': fmt(s(cell.chips.length === 1 ? 'map.cellAria.one' : 'map.cellAria'), rowLabel, s(`map.attitude.${cell.attitude}`), cell.chips.length) },
      });
      // A crowded cell folds into one chip per type with a count: the narrow sidebar never grows a tall column.
      box.append(...renderCellChips(ctx, m.key, cell.chips, true));
      line.append(box);
    }
    grid.append(line);
  }
  const out = el(doc, 'div', { className: 'map-section' }, grid);
  if (m.map.unplaced.length) {
    const list = el(doc, 'div', { className: 'unplaced', attrs: { role: 'group', 'aria-label': s('map.unplaced') } }, el(doc, 'h4', { text: s('map.unplaced') }));
    for (const c of m.map.unplaced) list.append(renderChip(ctx, m.key, c));
    out.append(list);
  }
  out.append(renderCoverage(ctx, m), renderConcerns(ctx, m), el(doc, 'div', { className: 'toolbar' },
    button(doc, { className: 'action', text: s('command.addStakeholder'), attrs: { 'data-command': 'presales.addStakeholder', 'data-focus': 'command:presales.addStakeholder' } },
      () => ctx.post({ type: 'command', key: m.key, command: 'presales.addStakeholder' }))));
  return out;
}

function renderCoverage(ctx: RenderContext, m: DashboardModel): HTMLElement {
  const { doc, s } = ctx;
  const list = el(doc, 'ul', { className: 'coverage', attrs: { 'aria-label': s('map.coverage') } });
  for (const c of m.map.coverage) {
    list.append(el(doc, 'li', { className: `coverage-item type-${c.type}${c.gap ? ' gap' : ''}`, attrs: { 'data-type': c.type, 'data-gap': String(c.gap) } },
      el(doc, 'span', { className: 'chip-mark', text: TYPE_MARK[c.type], attrs: { 'aria-hidden': 'true' } }),
      el(doc, 'span', { className: 'coverage-label', text: c.label }),
      el(doc, 'span', { className: 'coverage-count', text: fmt(s('map.coverageCell'), c.mapped, c.contacted) }),
      c.gap ? el(doc, 'span', { className: 'gap-mark', text: s('map.gap') }) : undefined));
  }
  return el(doc, 'div', { className: 'coverage-section' }, el(doc, 'h4', { text: s('map.coverage') }), list);
}

function renderConcerns(ctx: RenderContext, m: DashboardModel): HTMLElement {
  const { doc, s } = ctx;
  const list = el(doc, 'ul', { className: 'concerns', attrs: { 'aria-label': s('map.concerns') } });
  for (const c of m.map.concerns) {
    const state = s(c.answered ? 'concern.answered' : 'concern.unanswered');
    list.append(el(doc, 'li', { className: `concern${c.answered ? ' answered' : ''}`, attrs: { 'data-concern': c.concern, 'data-answered': String(c.answered) } },
      el(doc, 'span', { className: 'check', text: c.answered ? '☑' : '☐', attrs: { 'aria-hidden': 'true' } }),
      el(doc, 'span', { className: 'concern-label', text: c.label }),
      el(doc, 'span', { className: 'concern-state', text: state }),
      c.heldBy.length ? el(doc, 'span', { className: 'concern-holders muted', text: listText(s('list.pair'), c.heldBy) }) : undefined,
      c.answeredAt ? renderAnsweredAt(ctx, m.key, c.answeredAt) : undefined));
  }
  return el(doc, 'div', { className: 'concerns-section' }, el(doc, 'h4', { text: s('map.concerns') }), list);
}

/** Where the solution answers a concern (file:line), a link that reveals it. */
function renderAnsweredAt(ctx: RenderContext, key: string, at: ViewLocation): HTMLElement {
  const where = `${at.file}:${at.range.start.line + 1}`;
  return button(ctx.doc, { className: 'link concern-where', text: fmt(ctx.s('concern.answeredAt'), where), attrs: { 'data-focus': `concern:${where}` } },
    () => ctx.post({ type: 'reveal', key, file: at.file, range: at.range }));
}
