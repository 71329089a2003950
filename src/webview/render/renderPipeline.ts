import type { DashboardModel, ViewStage } from '../protocol';
import { button, el, fmt } from './element';
import type { RenderContext } from './renderContext';

/** Glyphs for deliverable states: a shape as well as a colour, so state is readable without colour. */
const CHECK = { done: '☑', open: '☐' };

/**
 * The stage pipeline (启动 → … → 结束) with the current stage marked, then the deliverable checklist and
 * blockers of the selected stage (the current one unless the user picked another).
 */
export function renderPipeline(ctx: RenderContext, m: DashboardModel, selected: number, onSelect: (i: number) => void): HTMLElement {
  const { doc, s } = ctx;
  const list = el(doc, 'ol', { className: 'pipeline', attrs: { 'aria-label': s('pipeline.aria') } });
  m.stages.forEach((stage, i) => {
    const bar = el(doc, 'span', { className: 'stage-bar', attrs: { 'aria-hidden': 'true' } }, el(doc, 'span', { className: 'stage-bar-fill' }));
    // CSSOM writes are allowed under a CSP without 'unsafe-inline' (style attributes in markup are not).
    (bar.firstChild as HTMLElement).style.width = `${stage.percent}%`;
    // A stage left with its gate unmet is not "done": it says so, in words and with a mark.
    const stateText = stage.gateUnmet ? `⚠ ${s('stage.gateUnmet')}` : s(`stage.${stage.state}`);
    const item = el(doc, 'li', { className: `stage stage-${stage.state}${stage.gateUnmet ? ' stage-gate-unmet' : ''}`, attrs: { 'data-stage': stage.id, 'data-state': stage.state, 'data-gate-unmet': stage.gateUnmet ? 'true' : undefined, 'aria-current': stage.state === 'current' ? 'step' : undefined } },
      button(doc, {
        className: 'stage-button',
        attrs: { 'aria-pressed': String(i === selected), 'aria-label': fmt(s('pipeline.stageAria'), stage.label, stateText, stage.percent), 'data-focus': `stage:${stage.id}` },
      }, () => onSelect(i),
      el(doc, 'span', { className: 'stage-label', text: stage.label }),
      el(doc, 'span', { className: 'stage-percent', text: fmt(s('pipeline.percent'), stage.percent) }),
      el(doc, 'span', { className: 'stage-state', text: stateText }),
      bar));
    list.append(item);
  });
  const stage = m.stages[selected];
  return el(doc, 'div', { className: 'pipeline-section' }, list, stage && renderStageDetail(ctx, m.key, stage), renderToolbar(ctx, m.key));
}

function renderStageDetail(ctx: RenderContext, key: string, stage: ViewStage): HTMLElement {
  const { doc, s } = ctx;
  const heading = fmt(s('deliverables'), stage.label);
  const items = el(doc, 'ul', { className: 'deliverables', attrs: { 'aria-label': heading } });
  for (const d of stage.deliverables) {
    const ok = d.state === 'final' || d.state === 'present' || d.state === 'review' || d.state === 'draft';
    const state = [s(`deliverable.${d.state}`), d.optional ? s('deliverable.optional') : ''].filter(Boolean).join(' · ');
    items.append(el(doc, 'li', { className: 'deliverable', attrs: { 'data-kind': d.kind, 'data-state': d.state } },
      button(doc, {
        className: 'link deliverable-button',
        attrs: { 'aria-label': `${fmt(s(d.exists ? 'deliverable.open' : 'deliverable.create'), d.label)} (${state})`, title: d.path, 'data-focus': `deliverable:${d.kind}` },
      }, () => ctx.post({ type: 'openDeliverable', key, kind: d.kind, path: d.path, exists: d.exists }),
      el(doc, 'span', { className: 'check', text: ok ? CHECK.done : CHECK.open, attrs: { 'aria-hidden': 'true' } }),
      el(doc, 'span', { className: 'deliverable-label', text: d.label }),
      el(doc, 'span', { className: 'deliverable-state', text: state }))));
  }
  const detail = el(doc, 'div', { className: 'stage-detail', attrs: { 'data-stage': stage.id } },
    el(doc, 'h4', { text: heading }), items);
  if (stage.state !== 'current' && !stage.gateUnmet) return detail;
  detail.append(el(doc, 'h4', { text: s('blockers') }));
  if (!stage.blockers.length) detail.append(el(doc, 'p', { className: 'muted', text: s('blockers.none') }));
  const blockers = el(doc, 'ul', { className: 'blockers' });
  stage.blockers.forEach((b, i) => {
    const loc = b.location;
    blockers.append(el(doc, 'li', { className: 'blocker' }, loc
      ? button(doc, { className: 'link', text: b.message, attrs: { title: `${loc.file}:${loc.range.start.line + 1}`, 'data-focus': `blocker:${i}` } },
        () => ctx.post({ type: 'reveal', key, file: loc.file, range: loc.range }))
      : el(doc, 'span', { text: b.message })));
  });
  if (stage.blockers.length) detail.append(blockers);
  return detail;
}

function renderToolbar(ctx: RenderContext, key: string): HTMLElement {
  const { doc, s } = ctx;
  const bar = el(doc, 'div', { className: 'toolbar' });
  const commands = [['presales.checkEngagement', 'command.check'], ['presales.recordReview', 'command.review'], ['presales.advanceStage', 'command.advance']] as const;
  for (const [command, label] of commands) {
    bar.append(button(doc, { className: 'action', text: s(label), attrs: { 'data-command': command, 'data-focus': `command:${command}` } },
      () => ctx.post({ type: 'command', key, command })));
  }
  return bar;
}
