import type { ViewChip, ViewStakeholderType } from '../protocol';
import { renderChip, TYPE_MARK } from './chip';
import { el, fmt } from './element';
import type { RenderContext } from './renderContext';

/** A map cell with more people than this shows them as type groups with counts (no tall column). */
export const GROUP_ABOVE = 3;
const TYPE_ORDER: readonly ViewStakeholderType[] = ['approver', 'it-decider', 'business-decider', 'user', 'unknown'];

/** The chips of a cell: each person when few, else one unfoldable group per decision-maker type. */
export function renderCellChips(ctx: RenderContext, key: string, chips: ViewChip[], compact: boolean): HTMLElement[] {
  if (chips.length <= GROUP_ABOVE) return chips.map((c) => renderChip(ctx, key, c));
  return groups(chips).map((g) => renderGroup(ctx, key, g.type, g.chips, compact));
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

/**
 * One type group: a summary chip with the count ("◆ Approver ×3", or "◆ ×3" when `compact`) whose title names
 * the people; it unfolds into their own chips.
 */
function renderGroup(ctx: RenderContext, key: string, type: ViewStakeholderType, chips: ViewChip[], compact: boolean): HTMLElement {
  const { doc, s } = ctx;
  const label = chips[0].typeLabel || s('map.typeUnknown');
  const names = chips.map((c) => (c.title ? `${c.name} (${c.title})` : c.name) + (c.cold ? ` · ${s('map.cold')}` : ''));
  const cold = chips.some((c) => c.cold);
  const summary = el(doc, 'summary', {
    className: `chip chip-group type-${type}${cold ? ' cold' : ''}`,
    attrs: { 'title': `${label}\n${names.join('\n')}`, 'aria-label': fmt(s(chips.length === 1 ? 'map.groupAria.one' : 'map.groupAria'), label, chips.length), 'data-focus': `group:${type}:${chips[0].id}` },
  },
  el(doc, 'span', { className: 'chip-mark', text: TYPE_MARK[type], attrs: { 'aria-hidden': 'true' } }),
  el(doc, 'span', { className: 'chip-name', text: compact ? fmt(s('map.groupCount'), chips.length) : fmt(s('map.group'), label, chips.length) }));
  const people = el(doc, 'div', { className: 'chip-group-people' }, ...chips.map((c) => renderChip(ctx, key, c)));
  return el(doc, 'details', { className: 'chip-group-fold', attrs: { 'data-type': type, 'data-count': String(chips.length) } }, summary, people);
}
