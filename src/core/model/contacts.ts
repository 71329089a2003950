import { daysBetween, isoDay } from '../text/isoDate';
import type { Engagement } from './engagement';
import { itemsOf } from './engagement';

/** The most recent contact with a stakeholder and what records it. */
export interface LastContact {
  date: string;
  /** `last_contact` in stakeholders.yaml, or an activity `with` the person. */
  via: 'last_contact' | 'activity';
}

/**
 * The latest date on or before `today` that the person was contacted: their `last_contact` or any
 * activity `with` them. Planned (future) activities and invalid dates do not count.
 */
export function lastContact(e: Engagement, person: Record<string, unknown>, today: string): LastContact | undefined {
  let best: LastContact | undefined;
  const consider = (date: unknown, via: LastContact['via']) => {
    if (typeof date !== 'string' || isoDay(date) === undefined) return;
    if ((daysBetween(date, today) ?? -1) < 0) return;
    if (!best || (daysBetween(best.date, date) ?? 0) > 0) best = { date: date.trim(), via };
  };
  consider(person.last_contact, 'last_contact');
  const id = person.id;
  if (typeof id === 'string' || typeof id === 'number') {
    for (const a of itemsOf(e, 'activities', 'items')) {
      const w = a.value.with;
      const ids = Array.isArray(w) ? w : [w];
      if (ids.some((x) => x !== undefined && x !== null && String(x) === String(id))) consider(a.value.date, 'activity');
    }
  }
  return best;
}
