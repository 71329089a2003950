import { daysBetween } from '../text/isoDate';

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
