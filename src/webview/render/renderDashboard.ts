import type { DashboardModel, EngagementOption } from '../protocol';
import { button, el, fmt } from './element';
import { renderBidCard } from './renderBidCard';
import type { RenderContext } from './renderContext';
import { renderMap } from './renderMap';
import { renderPipeline } from './renderPipeline';
import { renderPitfalls } from './renderPitfalls';

/** The three collapsible sections, in order. */
export const SECTIONS = ['pipeline', 'map', 'pitfalls'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** UI state the renderer reads and reports back (kept by main.ts in the webview state). */
export interface ViewState {
  collapsed: Partial<Record<SectionId, boolean>>;
  /** Stage whose deliverables show; the current stage when undefined. */
  selectedStage?: number;
  onToggle(section: SectionId, open: boolean): void;
  onSelectStage(index: number): void;
  onPick(key: string): void;
}

/** Builds the whole dashboard for one engagement (or the empty message) as a fresh element tree. */
export function renderDashboard(ctx: RenderContext, m: DashboardModel | undefined, engagements: EngagementOption[], ui: ViewState): HTMLElement {
  const { doc, s } = ctx;
  const root = el(doc, 'div', { className: 'dashboard' });
  if (engagements.length > 1) root.append(renderPicker(ctx, m?.key, engagements, ui));
  if (!m) {
    root.append(el(doc, 'p', { className: 'empty muted', text: s('empty') }));
    return root;
  }
  root.append(el(doc, 'header', { className: 'dashboard-header' },
    el(doc, 'h2', { className: 'engagement-title', text: m.title }),
    el(doc, 'div', { className: 'engagement-customer muted', text: m.customer }),
    el(doc, 'vscode-badge', { className: 'counts', text: fmt(s('counts'), m.counts.error, m.counts.warning, m.counts.info) }),
    // The sidebar is the compact summary; the full-size view lives in the editor area.
    button(doc, { className: 'link open-panel', text: s('command.openPanel'), attrs: { 'data-command': 'presales.openDashboard', 'data-focus': 'command:presales.openDashboard' } },
      () => ctx.post({ type: 'command', key: m.key, command: 'presales.openDashboard' }))));
  // The bid card sits above the sections: in the last days of a bid it is what matters most.
  if (m.bid) root.append(renderBidCard(ctx, m.bid));
  const selected = ui.selectedStage !== undefined && m.stages[ui.selectedStage] ? ui.selectedStage : Math.max(0, m.currentStage);
  const bodies: Record<SectionId, () => HTMLElement> = {
    pipeline: () => renderPipeline(ctx, m, selected, (i) => ui.onSelectStage(i)),
    map: () => renderMap(ctx, m),
    pitfalls: () => renderPitfalls(ctx, m),
  };
  for (const id of SECTIONS) {
    const section = el(doc, 'vscode-collapsible', {
      className: `section section-${id}`,
      attrs: { 'heading': s(`section.${id}`), 'data-section': id, 'open': ui.collapsed[id] ? undefined : '' },
    }, bodies[id]());
    section.addEventListener('vsc-collapsible-toggle', (e) => ui.onToggle(id, Boolean((e as CustomEvent<{ open?: boolean }>).detail?.open)));
    root.append(section);
  }
  return root;
}

function renderPicker(ctx: RenderContext, current: string | undefined, engagements: EngagementOption[], ui: ViewState): HTMLElement {
  const { doc, s } = ctx;
  const select = el(doc, 'vscode-single-select', { className: 'picker', attrs: { 'id': 'engagement-picker', 'aria-label': s('picker.label') } });
  for (const o of engagements) {
    select.append(el(doc, 'vscode-option', { text: o.label, attrs: { value: o.key, selected: o.key === current ? '' : undefined } }));
  }
  select.addEventListener('change', () => {
    const key = (select as HTMLElement & { value?: string }).value;
    if (key && key !== current) ui.onPick(key);
  });
  return el(doc, 'div', { className: 'picker-row' }, el(doc, 'label', { text: s('picker.label'), attrs: { for: 'engagement-picker' } }), select);
}
