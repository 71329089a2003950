import type { EngagementOption, PanelModel } from '../protocol';
import { el, fmt } from './element';
import { renderPanelBid } from './panelBid';
import { renderPanelConcerns, renderPanelQualification } from './panelConcerns';
import type { PanelRenderContext } from './panelContext';
import { renderPanelMap } from './panelMap';
import { renderPanelPipeline } from './panelPipeline';
import { renderPitfalls } from './renderPitfalls';

/** Sections of the editor-area dashboard, in reading order. */
export const PANEL_SECTIONS = ['pipeline', 'map', 'bid', 'concerns', 'pitfalls', 'qualification'] as const;
export type PanelSectionId = (typeof PANEL_SECTIONS)[number];

/**
 * The whole editor-area dashboard for one engagement (or the empty message): header with the counts, then the
 * sections on a CSS grid that reflows with the editor's width. `onPick` switches the engagement.
 */
export function renderPanel(ctx: PanelRenderContext, m: PanelModel | undefined, engagements: EngagementOption[], onPick: (key: string) => void): HTMLElement {
  const { doc, s, p } = ctx;
  const root = el(doc, 'div', { className: 'panel' });
  if (engagements.length > 1) root.append(renderPicker(ctx, m?.key, engagements, onPick));
  if (!m) {
    root.append(el(doc, 'p', { className: 'empty muted', text: s('empty') }));
    return root;
  }
  root.append(el(doc, 'header', { className: 'panel-header' },
    el(doc, 'h1', { className: 'engagement-title', text: m.title }),
    el(doc, 'div', { className: 'engagement-customer muted', text: m.customer }),
    el(doc, 'div', { className: 'counts', text: fmt(s('counts'), m.counts.error, m.counts.warning, m.counts.info), attrs: { 'data-error': String(m.counts.error), 'data-warning': String(m.counts.warning), 'data-info': String(m.counts.info) } })));
  const titles: Record<PanelSectionId, string> = {
    pipeline: s('section.pipeline'), bid: p('panel.section.bid'), map: s('section.map'), concerns: p('panel.section.concerns'),
    pitfalls: s('section.pitfalls'), qualification: p('panel.section.qualification'),
  };
  const bodies: Record<PanelSectionId, () => HTMLElement> = {
    pipeline: () => renderPanelPipeline(ctx, m),
    bid: () => renderPanelBid(ctx, m),
    map: () => renderPanelMap(ctx, m),
    concerns: () => renderPanelConcerns(ctx, m),
    pitfalls: () => renderPitfalls(ctx, m),
    qualification: () => renderPanelQualification(ctx, m),
  };
  const grid = el(doc, 'div', { className: 'panel-grid' });
  for (const id of PANEL_SECTIONS) {
    grid.append(el(doc, 'section', { className: `panel-section panel-section-${id}`, attrs: { 'data-section': id, 'aria-labelledby': `panel-h-${id}` } },
      el(doc, 'h2', { text: titles[id], attrs: { id: `panel-h-${id}` } }), bodies[id]()));
  }
  root.append(grid);
  return root;
}

function renderPicker(ctx: PanelRenderContext, current: string | undefined, engagements: EngagementOption[], onPick: (key: string) => void): HTMLElement {
  const { doc, s } = ctx;
  const select = el(doc, 'select', { className: 'picker', attrs: { 'id': 'engagement-picker', 'aria-label': s('picker.label') } }) as HTMLSelectElement;
  for (const o of engagements) select.append(el(doc, 'option', { text: o.label, attrs: { value: o.key, selected: o.key === current ? '' : undefined } }));
  select.addEventListener('change', () => { if (select.value && select.value !== current) onPick(select.value); });
  return el(doc, 'div', { className: 'picker-row' }, el(doc, 'label', { text: s('picker.label'), attrs: { for: 'engagement-picker' } }), select);
}
