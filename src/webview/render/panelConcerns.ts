import type { PanelModel } from '../protocol';
import { button, el, fmt, listText } from './element';
import type { PanelRenderContext } from './panelContext';

/** Each concern of the method: who holds it and where the solution answers it (a link that opens file:line). */
export function renderPanelConcerns(ctx: PanelRenderContext, m: PanelModel): HTMLElement {
  const { doc, s, p } = ctx;
  const head = el(doc, 'tr', {}, ...[p('panel.concern.concern'), p('panel.concern.heldBy'), p('panel.concern.answeredAt')].map((h) => el(doc, 'th', { text: h, attrs: { scope: 'col' } })));
  const body = el(doc, 'tbody');
  for (const c of m.map.concerns) {
    const at = c.answeredAt;
    const where = at && `${at.file}:${at.range.start.line + 1}`;
    body.append(el(doc, 'tr', { className: c.answered ? 'answered' : 'unanswered', attrs: { 'data-concern': c.concern, 'data-answered': String(c.answered) } },
      el(doc, 'td', {}, el(doc, 'span', { className: 'check', text: c.answered ? '☑ ' : '☐ ', attrs: { 'aria-hidden': 'true' } }), el(doc, 'span', { text: c.label })),
      el(doc, 'td', { text: listText(s('list.pair'), c.heldBy) }),
      el(doc, 'td', {}, at && where
        ? button(doc, { className: 'link concern-where', text: where, attrs: { 'data-focus': `p-concern:${c.concern}` } }, () => ctx.post({ type: 'reveal', key: m.key, file: at.file, range: at.range }))
        : el(doc, 'span', { className: 'muted', text: c.answered ? s('concern.answered') : p('panel.concern.none') }))));
  }
  return el(doc, 'table', { className: 'panel-concerns' }, el(doc, 'thead', {}, head), body);
}

/** The qualification score (鉴定销售机会) with each element met or not. */
export function renderPanelQualification(ctx: PanelRenderContext, m: PanelModel): HTMLElement {
  const { doc, s, p } = ctx;
  const q = m.qualification;
  if (!q) return el(doc, 'p', { className: 'muted', text: p('panel.qualification.none') });
  const meter = el(doc, 'div', { className: 'qualification-meter', attrs: { 'role': 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(q.score), 'aria-label': p('panel.section.qualification') } }, el(doc, 'span', { className: 'qualification-fill' }));
  (meter.firstChild as HTMLElement).style.width = `${Math.max(0, Math.min(100, q.score))}%`;
  const list = el(doc, 'ul', { className: 'qualification-items' }, ...q.items.map((i) => el(doc, 'li', { className: i.met ? 'met' : 'unmet', attrs: { 'data-letter': i.letter, 'data-met': String(i.met) } },
    el(doc, 'span', { className: 'check', text: i.met ? '☑' : '☐', attrs: { 'aria-hidden': 'true' } }),
    el(doc, 'b', { text: ` ${i.letter} ` }), el(doc, 'span', { text: i.label }))));
  return el(doc, 'div', { className: 'panel-qualification', attrs: { 'data-score': String(q.score) } },
    el(doc, 'p', { className: 'qualification', text: fmt(s('qualification.score'), q.score) }), meter, list);
}
