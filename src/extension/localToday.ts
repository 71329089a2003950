import { localIsoDate } from '../core';

/** Today's local date as YYYY-MM-DD; the store asks at every check, so a session past midnight moves on. */
export function localToday(now = new Date()): string {
  return localIsoDate(now);
}
