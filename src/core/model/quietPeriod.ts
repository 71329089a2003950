import { QUIET_PERIOD, type QuietBehaviour } from '../method/timing';
import { daysBetween } from '../text/isoDate';
import { bidDeadline } from './bidDeadline';
import type { Engagement } from './records';

/**
 * True from the day the tender notice is published to the bid deadline, both included: the bid's quiet
 * period, when the customer's evaluators are not approached privately and questions go through the formal
 * clarification channel (澄清/答疑). False when either date is missing or not a date.
 */
export function inQuietPeriod(published: unknown, deadline: unknown, today: string): boolean {
  const since = daysBetween(published, today);
  const left = daysBetween(today, deadline);
  return since !== undefined && left !== undefined && since >= 0 && left >= 0;
}

/**
 * The engagement's quiet period today: from the first tender's `published` date to the bid deadline, and on
 * while the engagement is still in the bidding stage after it — evaluation and publicity (评标/公示) are no
 * time to approach the evaluators either; the period ends when the engagement moves to closure.
 */
export function engagementInQuietPeriod(e: Engagement, today: string): boolean {
  const published = e.tenders.find((t) => t.published !== undefined)?.published;
  if (published === undefined) return false;
  const deadline = bidDeadline(e)?.date;
  if (inQuietPeriod(published, deadline, today)) return true;
  const since = daysBetween(published, today);
  const past = daysBetween(deadline, today);
  return e.stage === 'bidding' && since !== undefined && past !== undefined && past > 0;
}

/**
 * How a code behaves today (method/timing.ts QUIET_PERIOD): `'formal-channel'` (report as information that
 * points to 澄清/答疑), `'silent'` (do not report), or undefined outside the quiet period or for other codes.
 */
export function quietBehaviour(code: string, e: Engagement, today: string): QuietBehaviour | undefined {
  const b = QUIET_PERIOD[code];
  return b !== undefined && engagementInQuietPeriod(e, today) ? b : undefined;
}
