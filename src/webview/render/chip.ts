import type { ViewChip, ViewStakeholderType } from '../protocol';
import { button, el, fmt, listText } from './element';
import type { RenderContext } from './renderContext';

/** A shape per decision-maker type, shown beside the type colour so colour is never the only cue. */
export const TYPE_MARK: Record<ViewStakeholderType, string> = {
  'approver': '◆',
  'it-decider': '■',
  'business-decider': '▲',
  'user': '●',
  'unknown': '?',
};

/** One person: type shape + name (+ a text "cold" mark); opens the person in stakeholders.yaml. */
export function renderChip(ctx: RenderContext, key: string, c: ViewChip): HTMLElement {
  const { doc, s } = ctx;
  const typeLabel = c.typeLabel || s('map.typeUnknown');
  const who = c.title ? `${c.name} (${c.title})` : c.name;
  const cold = c.cold ? (c.daysSinceContact !== undefined ? fmt(s(c.daysSinceContact === 1 ? 'map.coldDays.one' : 'map.coldDays'), c.daysSinceContact) : s('map.cold')) : undefined;
  return button(doc, {
    className: `chip type-${c.type}${c.cold ? ' cold' : ''}`,
    attrs: {
      'data-id': c.id, 'data-type': c.type, 'data-cold': String(c.cold), 'data-focus': `chip:${c.id}`,
      'aria-label': fmt(s('map.chipAria'), who, listText(s('list.pair'), [typeLabel, cold].filter((x): x is string => !!x))),
      title: [who, typeLabel, cold].filter(Boolean).join(' · '),
    },
  }, () => ctx.post({ type: 'openStakeholder', key, id: c.id }),
  el(doc, 'span', { className: 'chip-mark', text: TYPE_MARK[c.type], attrs: { 'aria-hidden': 'true' } }),
  el(doc, 'span', { className: 'chip-name', text: c.name }),
  c.cold ? el(doc, 'span', { className: 'chip-cold', text: s('map.cold') }) : undefined);
}
