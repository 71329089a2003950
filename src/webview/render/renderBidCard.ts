import type { ViewBidCard } from '../protocol';
import { el, fmt } from './element';
import type { RenderContext } from './renderContext';

/** Days left at which the countdown turns urgent (the method's last-days review). */
const URGENT_DAYS = 3;

/** The bid card: countdown, ★/▲ clauses unanswered, quiet period, expected score and weak spots. */
export function renderBidCard(ctx: RenderContext, b: ViewBidCard): HTMLElement {
  const { doc, s } = ctx;
  const num = new Intl.NumberFormat(ctx.locale, { maximumFractionDigits: 2 });
  const card = el(doc, 'section', { className: 'bid-card', attrs: { 'aria-label': s('bid.title') } }, el(doc, 'h3', { className: 'bid-title', text: s('bid.title') }));
  if (b.deadline !== undefined && b.daysLeft !== undefined) {
    card.append(el(doc, 'p', { className: b.daysLeft <= URGENT_DAYS ? 'bid-deadline urgent' : 'bid-deadline', text: deadlineText(s, b.daysLeft, b.deadline) }));
  }
  const open = b.starUnanswered + b.triangleUnanswered > 0;
  card.append(el(doc, 'p', { className: open ? 'bid-clauses open' : 'bid-clauses', text: fmt(s('bid.clauses'), b.star, b.starUnanswered, b.triangle, b.triangleUnanswered) }));
  if (b.quietPeriod) card.append(el(doc, 'p', { className: 'bid-quiet muted', text: s('bid.quiet') }));
  if (b.score) {
    card.append(el(doc, 'p', { className: 'bid-score', text: fmt(s('bid.score'), num.format(b.score.total), num.format(b.score.max)) }));
    if (b.score.weak.length > 0) {
      const list = el(doc, 'ul', { className: 'bid-weak', attrs: { 'aria-label': s('bid.weak') } });
      for (const w of b.score.weak) list.append(el(doc, 'li', { text: fmt(s('bid.weakItem'), w.item, num.format(w.lost)) }));
      card.append(el(doc, 'div', { className: 'bid-weak-title muted', text: s('bid.weak') }), list);
    }
  }
  return card;
}

/** The countdown line: "due today" on the day itself, singular for one day, the days passed after it. */
export function deadlineText(s: RenderContext['s'], daysLeft: number, deadline: string): string {
  if (daysLeft === 0) return fmt(s('bid.deadline.today'), deadline);
  if (daysLeft > 0) return fmt(s(daysLeft === 1 ? 'bid.deadline.one' : 'bid.deadline'), daysLeft, deadline);
  return fmt(s(daysLeft === -1 ? 'bid.deadlinePast.one' : 'bid.deadlinePast'), -daysLeft, deadline);
}
