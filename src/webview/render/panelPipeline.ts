import type { PanelModel, ViewStage } from '../protocol';
import { button, el, fmt } from './element';
import type { PanelRenderContext } from './panelContext';

/**
 * The six stages side by side (wrapping on a narrow editor): state in words and a mark (skipped, left with the
 * gate unmet), percent, deliverables and every gate blocker as a link to where to act.
 */
export function renderPanelPipeline(ctx: PanelRenderContext, m: PanelModel): HTMLElement {
  const { doc, s } = ctx;
  const list = el(doc, 'ol', { className: 'panel-pipeline', attrs: { 'aria-label': s('pipeline.aria') } });
  for (const stage of m.stages) list.append(renderStage(ctx, m.key, stage));
  return list;
}

function renderStage(ctx: PanelRenderContext, key: string, stage: ViewStage): HTMLElement {
  const { doc, s } = ctx;
  const stateText = stage.gateUnmet ? `⚠ ${s('stage.gateUnmet')}` : s(`stage.${stage.state}`);
  const bar = el(doc, 'span', { className: 'stage-bar', attrs: { 'aria-hidden': 'true' } }, el(doc, 'span', { className: 'stage-bar-fill' }));
  (bar.firstChild as HTMLElement).style.width = `${stage.percent}%`; // CSSOM: allowed under the CSP
  const card = el(doc, 'li', {
    className: `panel-stage stage-${stage.state}${stage.gateUnmet ? ' stage-gate-unmet' : ''}`,
    attrs: { 'data-stage': stage.id, 'data-state': stage.state, 'data-gate-unmet': stage.gateUnmet ? 'true' : undefined, 'aria-current': stage.state === 'current' ? 'step' : undefined, 'aria-label': fmt(s('pipeline.stageAria'), stage.label, stateText, stage.percent) },
  },
  el(doc, 'div', { className: 'panel-stage-head' },
    el(doc, 'span', { className: 'stage-label', text: stage.label }),
    el(doc, 'span', { className: 'stage-percent', text: fmt(s('pipeline.percent'), stage.percent) })),
  el(doc, 'div', { className: 'stage-state', text: stateText }),
  bar);
  const done = stage.deliverables.filter((d) => !d.optional && d.state !== 'missing' && d.state !== 'invalid').length;
  const owed = stage.deliverables.filter((d) => !d.optional).length;
  if (stage.deliverables.length) {
    const items = el(doc, 'ul', { className: 'panel-deliverables', attrs: { 'aria-label': fmt(s('deliverables'), stage.label) } });
    for (const d of stage.deliverables) {
      const ok = d.state !== 'missing' && d.state !== 'invalid';
      const state = [s(`deliverable.${d.state}`), d.optional ? s('deliverable.optional') : ''].filter(Boolean).join(' · ');
      items.append(el(doc, 'li', { attrs: { 'data-kind': d.kind, 'data-state': d.state } },
        button(doc, { className: 'link', attrs: { 'title': d.path, 'aria-label': `${fmt(s(d.exists ? 'deliverable.open' : 'deliverable.create'), d.label)} (${state})`, 'data-focus': `p-deliverable:${stage.id}:${d.kind}` } },
          () => ctx.post({ type: 'openDeliverable', key, kind: d.kind, path: d.path, exists: d.exists }),
          el(doc, 'span', { className: 'check', text: ok ? '☑' : '☐', attrs: { 'aria-hidden': 'true' } }),
          el(doc, 'span', { text: ` ${d.label}` })),
        el(doc, 'span', { className: 'muted', text: ` ${state}` })));
    }
    card.append(el(doc, 'div', { className: 'muted panel-deliverable-count', text: `${done}/${owed}` }), items);
  }
  if (stage.blockers.length && stage.state !== 'todo') {
    const blockers = el(doc, 'ul', { className: 'blockers', attrs: { 'aria-label': ctx.p('panel.stage.blockers') } });
    stage.blockers.forEach((b, i) => {
      const loc = b.location;
      blockers.append(el(doc, 'li', { className: 'blocker' }, loc
        ? button(doc, { className: 'link', text: b.message, attrs: { 'title': `${loc.file}:${loc.range.start.line + 1}`, 'data-focus': `p-blocker:${stage.id}:${i}` } },
          () => ctx.post({ type: 'reveal', key, file: loc.file, range: loc.range }))
        : el(doc, 'span', { text: b.message })));
    });
    card.append(el(doc, 'h4', { text: ctx.p('panel.stage.blockers') }), blockers);
  }
  return card;
}
