import { formatMessage, type Language, type PortfolioTotals } from '../core';
import { countNoun } from './countNoun';
import { TEAM_TEXT as T } from './teamStrings';

/**
 * "Not in the win/loss reading: 1 lost deal without reasons (iris); 1 closed engagement without an outcome
 * (x)": the deals the rates and loss reasons cannot read, so a lead sees them instead of a silent gap.
 */
export function unreadLine(tt: Pick<PortfolioTotals, 'lost_without_reasons' | 'closed_without_outcome'>, language: Language): string | undefined {
  const en = language === 'en';
  const names = (xs: readonly { id: string | null; folder: string }[]) => xs.map((x) => x.id ?? (x.folder || '.')).join(en ? ', ' : '、');
  const parts: string[] = [];
  const lost = tt.lost_without_reasons;
  const closed = tt.closed_without_outcome;
  if (lost.length > 0) parts.push(formatMessage(T.lostNoReasons, language, { count: en ? countNoun(lost.length, 'lost deal') : lost.length, list: names(lost) }));
  if (closed.length > 0) parts.push(formatMessage(T.closedNoOutcome, language, { count: en ? countNoun(closed.length, 'closed engagement') : closed.length, list: names(closed) }));
  return parts.length === 0 ? undefined : formatMessage(T.unread, language, { list: parts.join(en ? '; ' : '；') });
}
