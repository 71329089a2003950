import { daysBetween } from '../text/isoDate';
import type { Engagement, Person } from './records';

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
export function lastContact(e: Engagement, person: Person, today: string): LastContact | undefined {
  let best: LastContact | undefined;
  const consider = (date: string | undefined, via: LastContact['via']) => {
    if (date === undefined || (daysBetween(date, today) ?? -1) < 0) return;
    if (!best || (daysBetween(best.date, date) ?? 0) > 0) best = { date, via };
  };
  consider(person.lastContact, 'last_contact');
  const id = person.id;
  if (id !== undefined) {
    for (const a of e.activities) if (a.with.some((w) => w.id === id)) consider(a.date, 'activity');
  }
  return best;
}
